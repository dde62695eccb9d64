"""The Python asset checks, called on real DuckDB files."""

import duckdb

from orchestration.checks import no_merged_people
from orchestration.resources import Warehouse
from orchestration.warehouse import build_path


def write_entities(published, rows):
    working = build_path(published)
    working.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(working))
    con.execute("create table dim_entities (entity_id varchar, canonical_name varchar, entity_type varchar, "
                "aliases varchar[])")
    con.executemany("insert into dim_entities values (?, ?, ?, ?)", rows)
    con.close()


def test_an_entity_with_two_peoples_names_fails_the_check_and_is_named(tmp_path):
    published = tmp_path / "warehouse.duckdb"
    write_entities(published, [
        ("per:1", "Michael Müller", "PERSON", ["Michael Müller", "Matthew Miller", "Müller"]),
        ("Q567", "Angela Merkel", "PERSON", ["Angela Merkel", "Angela Dorothea Merkel", "Merkel", "der Kanzlerin"]),
        ("Q183", "Deutschland", "GPE", ["Deutschland", "Bundesrepublik Deutschland"]),
    ])
    result = no_merged_people(warehouse=Warehouse(path=str(published)))
    assert not result.passed
    assert result.metadata["merged_entities"].value == 1
    [example] = result.metadata["examples"].value
    assert example["canonical_name"] == "Michael Müller"
    assert example["names"] == ["Michael Müller", "Matthew Miller"]


def test_spellings_and_short_forms_of_one_person_pass(tmp_path):
    published = tmp_path / "warehouse.duckdb"
    write_entities(published, [
        ("per:2", "Sergej Lawrow", "PERSON", ["Sergej Lawrow", "Sergei Lawrow", "Lawrow"]),
        ("per:3", "Alexander Lukaschenko", "PERSON", ["Alex Lukaschenko", "Alexander Lukaschenko"]),
    ])
    assert no_merged_people(warehouse=Warehouse(path=str(published))).passed
