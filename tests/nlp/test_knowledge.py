from collections import defaultdict
from datetime import date

import pytest

from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.names import fold


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("alias, name", [
    ("Putin", "Wladimir Putin"), ("Putins", "Wladimir Putin"), ("Vladimir Putin", "Wladimir Putin"),
    ("Zelensky", "Wolodymyr Selenskyj"), ("Selenskyj", "Wolodymyr Selenskyj"),
    ("Stephen Vitkoff", "Steve Witkoff"), ("Lavrov", "Sergej Lawrow"), ("Yuri Ushakov", "Juri Uschakow"),
    ("Vereinigten Staaten", "Vereinigte Staaten"), ("USA", "Vereinigte Staaten"), ("Russlands", "Russland"),
    ("Moscow", "Moskau"), ("Kyiv", "Kiew"), ("Riyadh", "Riad"), ("Nato", "NATO"), ("Genève", "Genf"),
    ("Vereinigten Arabischen Emiraten", "Vereinigte Arabische Emirate"), ("Weißen Haus", "Weißes Haus"),
    ("Belgien", "Belgien"), ("Mali", "Mali"),  # not the surnames of 'Philippe von Belgien' and the like
])
def test_aliases_resolve_to_one_actor(kb, alias, name):
    assert kb.lookup(alias).name == name


def test_no_alias_names_two_actors(kb):
    owners = defaultdict(set)
    for alias, ids in kb.alias_ids.items():
        owners[alias] |= ids
    assert all(len(ids) == 1 for ids in owners.values())


def test_ambiguous_surnames_are_not_aliases(kb):
    assert kb.lookup("Kim") is None  # Kim Jong Un and others
    assert kb.lookup("Kurz") is None  # a German word, whoever holds the name


@pytest.mark.parametrize("role, org, day, name", [
    ("head_of_state", "RU", date(2025, 8, 9), "Wladimir Putin"),
    ("head_of_state", "US", date(2025, 8, 9), "Donald Trump"),
    ("head_of_state", "US", date(2021, 6, 16), "Joe Biden"),
    ("head_of_state", "UA", date(2025, 5, 18), "Wolodymyr Selenskyj"),
    ("foreign_minister", "RU", date(2025, 8, 15), "Sergej Lawrow"),
    ("head_of_government", "DE", date(2025, 6, 1), "Friedrich Merz"),
    ("head_of_government", "DE", date(2024, 6, 1), "Olaf Scholz"),
])
def test_role_holders_depend_on_the_date(kb, role, org, day, name):
    assert kb.holder(role, org, day).name == name


def test_wikidata_leaders_extend_the_curated_base(kb):
    macron = kb.lookup("Emmanuel Macron")
    assert macron.wikidata_id and macron.wikidata_id.startswith("Q")
    assert len([a for a in kb.actors.values() if a.kind == "person"]) > 300


@pytest.mark.parametrize("word, country", [("russischen", "Russland"), ("ukrainische", "Ukraine"),
                                            ("US-", "Vereinigte Staaten"), ("saudi-arabischen", "Saudi-Arabien")])
def test_adjectives_name_countries(kb, word, country):
    assert kb.adjective(word).name == country


@pytest.mark.parametrize("given, last, name", [
    ("Sergei", "Lawrow", "Sergej Lawrow"), ("Vladimir", "Putin", "Wladimir Putin"), ("Joseph", "Biden", "Joe Biden"),
    ("Ivanka", "Trump", None), ("Michael", "Rutte", None), ("Louise", "Michel", None), ("Albert", "Scholz", None),
])
def test_a_known_surname_links_only_with_a_given_name_that_agrees(kb, given, last, name):
    found = kb.person_by_name(given, last)
    assert (found.name if found else None) == name


def test_every_alias_index_entry_is_folded(kb):
    assert all(alias == fold(alias) for alias in kb.alias_ids)
