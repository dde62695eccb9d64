"""Incremental equals clean: whatever happens to the folder between runs, a warehouse built run by
run holds what a build from scratch of the same folder holds, table by table (the raw tables and
rejected_inputs here, over random histories; every mart with real dbt in
tests/test_integration.py::test_incremental_marts_follow_new_changed_and_removed_articles_like_a_full_build)."""

import csv
import io
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration.assets.extract import raw_extractions
from orchestration.assets.ingest import raw_articles, record_rejections
from orchestration.nlp.records import Rejection
from orchestration.resources import ArticlesFolder, NlpSettings, Warehouse
from orchestration.warehouse import RAW_SCHEMA_SQL, build_path

# Articles of our own, with dates told relative to the publication day: a new publication date
# moves them, so it must extract the article again.
TEXTS = [
    "Gipfel in Paris\nMacron und Scholz trafen sich am Montag in Paris. Das Treffen dauerte zwei Stunden.",
    "Telefonat\nBiden telefonierte gestern mit Xi Jinping über Taiwan.",
    "Besuch in Ankara\nErdoğan empfing Selenskyj am Freitag in Ankara.",
    "Treffen geplant\nPutin will Trump im kommenden Monat in Budapest treffen.",
    "Gespräche in Rom\nMeloni traf Rutte am Dienstag in Rom. Beide sprachen über die NATO.",
    "Warschau\nTusk und Fiala berieten am Mittwoch in Warschau über die Ukraine.",
]
TITLES = ["Ein anderer Titel", "Eilmeldung", None]
SOURCES = ["Beispielzeitung", "Tagesblatt", None]
DATES = ["2024-03-14", "2024-03-21", "2025-01-02", "im Frühling", None]


@dataclass
class Folder:
    """The articles folder as the test changes it: text files, a feed of records, a manifest."""

    texts: dict[str, str | None] = field(default_factory=dict)  # None: an empty (rejected) file
    records: list[dict] = field(default_factory=list)
    manifest: dict[str, dict[str, str]] = field(default_factory=dict)

    def write(self, path: Path) -> None:
        if path.exists():
            shutil.rmtree(path)
        path.mkdir(parents=True)
        for name, text in self.texts.items():
            (path / name).write_text(text or "", encoding="utf-8")
        if self.records:
            (path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in self.records) + "\n", encoding="utf-8")
        if self.manifest:
            out = io.StringIO()
            writer = csv.DictWriter(out, ["file", "title", "source", "published_at"])
            writer.writeheader()
            for name, row in self.manifest.items():
                writer.writerow({"file": name, **row})
            (path / "manifest.csv").write_text(out.getvalue(), encoding="utf-8")


def initial() -> Folder:
    return Folder(
        texts={"a.txt": TEXTS[0], "b.txt": TEXTS[1], "c.txt": TEXTS[2], "leer.txt": None},
        records=[{"id": "f1", "text": TEXTS[3], "published_at": "2024-03-14"},
                 {"id": "f2", "text": TEXTS[4], "title": "Rom", "source": "Feed"},
                 {"id": "f1", "text": TEXTS[5], "published_at": "2024-05-01"}],  # an id taken: set aside
        manifest={"a.txt": {"title": "Gipfel", "source": "Beispielzeitung", "published_at": "2024-03-14"},
                  "b.txt": {"title": "", "source": "Tagesblatt", "published_at": "2024-03-20"}},
    )


# -- what happens to a folder between runs ---------------------------------------------------
def edit_text(folder: Folder, pick: int, variant: int) -> None:
    if folder.texts:
        name = sorted(folder.texts)[pick % len(folder.texts)]
        folder.texts[name] = TEXTS[variant % len(TEXTS)]


def break_or_fix(folder: Folder, pick: int, variant: int) -> None:
    """An empty file (set aside), or text into one: a file fixed since."""
    if folder.texts:
        name = sorted(folder.texts)[pick % len(folder.texts)]
        folder.texts[name] = None if folder.texts[name] else TEXTS[variant % len(TEXTS)]


def rename(folder: Folder, pick: int, variant: int) -> None:
    if folder.texts:
        name = sorted(folder.texts)[pick % len(folder.texts)]
        new = f"neu{variant}.txt"
        if new not in folder.texts:
            folder.texts[new] = folder.texts.pop(name)
            if name in folder.manifest:
                folder.manifest[new] = folder.manifest.pop(name)


def delete(folder: Folder, pick: int, variant: int) -> None:
    if folder.texts:
        folder.texts.pop(sorted(folder.texts)[pick % len(folder.texts)])


def duplicate(folder: Folder, pick: int, variant: int) -> None:
    """The same text under a second name: set aside as a duplicate while the first is there."""
    if folder.texts:
        name = sorted(folder.texts)[pick % len(folder.texts)]
        folder.texts[f"kopie{variant}.txt"] = folder.texts[name]


def edit_manifest(folder: Folder, pick: int, variant: int) -> None:
    """A title, source or publication date changed, a row added or removed."""
    names = sorted(folder.texts)
    if not names:
        return
    name = names[pick % len(names)]
    if variant % 4 == 3:
        folder.manifest.pop(name, None)
        return
    row = folder.manifest.setdefault(name, {"title": "", "source": "", "published_at": ""})
    key, values = [("title", TITLES), ("source", SOURCES), ("published_at", DATES)][variant % 3]
    row[key] = values[(pick + variant) % len(values)] or ""


def add_record(folder: Folder, pick: int, variant: int) -> None:
    """A record with a new id, or with an id another record already has."""
    ids = [r["id"] for r in folder.records] or ["f9"]
    record_id = ids[pick % len(ids)] if variant % 2 else f"f{len(folder.records) + 3}"
    folder.records.append({"id": record_id, "text": TEXTS[(pick + variant) % len(TEXTS)] + f" ({variant})",
                           "published_at": DATES[variant % 3]})


def drop_record(folder: Folder, pick: int, variant: int) -> None:
    """A record goes; when it held an id another record shares, that one takes over."""
    if folder.records:
        folder.records.pop(0 if variant % 2 else pick % len(folder.records))


def edit_record(folder: Folder, pick: int, variant: int) -> None:
    if folder.records:
        record = folder.records[pick % len(folder.records)]
        key, values = [("title", TITLES), ("source", SOURCES), ("published_at", DATES)][variant % 3]
        if values[variant % len(values)] is None:
            record.pop(key, None)
        else:
            record[key] = values[variant % len(values)]


CHANGES = [edit_text, break_or_fix, rename, delete, duplicate, edit_manifest, add_record, drop_record, edit_record]
change = st.tuples(st.sampled_from(CHANGES), st.integers(0, 7), st.integers(0, 11))
histories = st.lists(st.lists(change, min_size=1, max_size=4), min_size=1, max_size=3)


# -- comparing warehouses --------------------------------------------------------------------
# Every column but the clock's: when a row was first seen, updated or extracted differs by design.
RAW_SQL = {
    "raw_articles": "select * exclude (first_seen_at, updated_at) from raw.raw_articles",
    "raw_extracted_articles": "select * exclude (extracted_at) from raw.raw_extracted_articles",
    "raw_sentences": "select * from raw.raw_sentences",
    "raw_entities": "select * from raw.raw_entities",
    "raw_entity_mentions": "select * from raw.raw_entity_mentions",
    "raw_event_mentions": "select * from raw.raw_event_mentions",
    "rejected_inputs": "select file, reason from main.rejected_inputs",
}


def tables(path: Path, queries: dict[str, str]) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name: sorted(map(repr, con.execute(sql).fetchall())) for name, sql in queries.items()}
    finally:
        con.close()


def assert_same(incremental: dict[str, list], clean: dict[str, list]) -> None:
    for name in clean:
        assert incremental[name] == clean[name], name


def materialise(folder: Path, warehouse: Path) -> None:
    """Ingest and extraction: the Python assets, called as a run calls them (without its overhead)."""
    resources = {"articles_folder": ArticlesFolder(path=str(folder)), "warehouse": Warehouse(path=str(warehouse))}
    raw_articles(dg.build_asset_context(), **resources)
    list(raw_extractions(dg.build_asset_context(), warehouse=resources["warehouse"],
                         nlp_settings=NlpSettings(workers=1)))


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories)
def test_incremental_raw_tables_equal_a_clean_build(history, tmp_path_factory):
    """Edits, renames, deletions and duplicates between runs, in any order: after each run the
    working copy's tables equal those of a build from scratch of the same folder."""
    work = tmp_path_factory.mktemp("history")
    folder, path, incremental = initial(), work / "articles", work / "incremental.duckdb"
    folder.write(path)
    materialise(path, incremental)
    for step, changes in enumerate(history):
        for do, pick, variant in changes:
            do(folder, pick, variant)
        folder.write(path)
        materialise(path, incremental)
        clean = work / f"clean{step}.duckdb"
        materialise(path, clean)
        assert_same(tables(build_path(incremental), RAW_SQL), tables(build_path(clean), RAW_SQL))


def test_rejections_of_files_since_fixed_or_removed_go():
    con = duckdb.connect()
    con.execute(RAW_SCHEMA_SQL)
    record_rejections(con, [Rejection("leer.txt", "empty file"), Rejection("feed.jsonl:2", "malformed JSON line")])
    record_rejections(con, [Rejection("a.txt", "extraction failed: RuntimeError: kaputt")], extraction=True)
    record_rejections(con, [Rejection("feed.jsonl:2", "malformed JSON line")])  # leer.txt was fixed
    assert con.execute("select file from rejected_inputs order by file").fetchall() == [("a.txt",), ("feed.jsonl:2",)]
    record_rejections(con, [], extraction=True)  # a.txt extracted at last
    record_rejections(con, [])  # the feed was fixed
    assert con.execute("select count(*) from rejected_inputs").fetchall() == [(0,)]
