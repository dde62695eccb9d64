"""The knowledge files themselves: ids, dates, aliases and coverage, checked row by row."""

import csv
import re
from collections import defaultdict
from datetime import date

import pytest

from orchestration.nlp.knowledge import KNOWLEDGE_DIR, german_lemmas, load_knowledge
from orchestration.nlp.names import fold

QID = re.compile(r"Q[1-9]\d*")
DAY = re.compile(r"\d{4}(-\d{2}-\d{2})?")
# Countries without a capital of their own: city-states and the historical states.
NO_CAPITAL = {"VA", "MC", "SM", "LU", "DJ", "SU", "DD", "YU", "CS", "XD"}
# States whose German adjective would name another state too (kongolesisch) or that German has none for.
NO_ADJECTIVE = {"CD", "CG", "DM", "KN", "XD"}
# Two people with one name, both in Wikidata (the loader drops such a name from the index).
HOMONYMS = {"andris berzins"}


def rows(name: str) -> list[dict]:
    with open(KNOWLEDGE_DIR / name, encoding="utf-8") as fh:
        return list(csv.DictReader([line for line in fh if not line.startswith("#")], delimiter="\t"))


def split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def roles(person: dict) -> list[tuple[str, str, str, str]]:
    return [tuple(spec.split(":")) for spec in split(person["roles"])]


@pytest.fixture(scope="module")
def persons():
    return rows("persons.tsv")


@pytest.fixture(scope="module")
def countries():
    return rows("countries.tsv")


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_every_wikidata_id_has_the_qid_form(persons, countries):
    ids = [p["id"] for p in persons] + [r["qid"] for r in rows("world_leaders.tsv")]
    ids += [c["qid"] for c in countries] + [c["capital_qid"] for c in countries]
    ids += [o["id"] for o in rows("organisations.tsv")]
    assert [i for i in ids if i and not QID.fullmatch(i)] == []


def test_curated_people_have_one_row_per_wikidata_id(persons):
    qids = [p["id"] for p in persons if p["id"]]
    assert len(qids) == len(set(qids))


def test_role_specs_have_four_parts_and_ordered_dates(persons):
    bad = []
    for person in persons:
        for spec in split(person["roles"]):
            parts = spec.split(":")
            if len(parts) != 4 or not all(DAY.fullmatch(d) for d in parts[2:] if d):
                bad.append((person["name"], spec))
            elif parts[2] and parts[3] and parts[3] <= parts[2]:
                bad.append((person["name"], spec))
    for row in rows("world_leaders.tsv"):
        if row["end"] and row["start"] and row["end"] < row["start"]:
            bad.append((row["name"], row["start"], row["end"]))
    assert bad == []


def test_no_alias_is_shared_by_two_people(kb):
    owners = defaultdict(set)
    for actor in kb.actors.values():
        if actor.kind == "person":
            for alias in actor.aliases:
                owners[fold(alias)].add(actor.entity_id)
    shared = {alias: ids for alias, ids in owners.items() if len(ids) > 1 and alias not in HOMONYMS}
    assert shared == {}


def test_no_alias_of_a_person_is_a_german_word(persons):
    lower_words = {w for pair in german_lemmas().items() for w in pair if w[:1].islower()}
    words = [(p["name"], a) for p in persons for a in [p["name"], *split(p["aliases"])] if a.lower() in lower_words]
    assert words == []


def test_every_country_has_codes_an_adjective_and_a_capital(countries):
    assert len({c["iso2"] for c in countries}) == len(countries)
    assert all(re.fullmatch(r"[A-Z]{2}", c["iso2"]) and re.fullmatch(r"[A-Z]{3}", c["iso3"]) for c in countries)
    assert [c["iso2"] for c in countries if not c["adjective"] and c["iso2"] not in NO_ADJECTIVE] == []
    assert [c["iso2"] for c in countries if not c["capital_de"] and c["iso2"] not in NO_CAPITAL] == []
    assert [c["iso2"] for c in countries if c["capital_de"] and not QID.fullmatch(c["capital_qid"])] == []


def test_all_sovereign_states_and_the_historical_ones_are_there(countries):
    # 193 UN members, the Vatican, Palestine, Kosovo, Taiwan, and five states of the past
    assert len(countries) == 202
    names = {c["name_de"] for c in countries}
    assert {"Sowjetunion", "DDR", "Jugoslawien", "Tschechoslowakei", "Deutsches Reich", "Kosovo", "Taiwan",
            "Palästina", "Elfenbeinküste", "Nordmazedonien"} <= names


def test_an_adjective_names_one_state(countries):
    stems = [a for c in countries for a in split(c["adjective"])]
    assert len(stems) == len(set(stems))
    assert "englisch" not in stems  # names England (places.tsv), not the United Kingdom


def test_people_belong_to_known_countries_and_parties(persons, countries):
    codes = {c["iso2"] for c in countries}
    parties = {o["name"] for o in rows("organisations.tsv") if o["kind"] == "party"}
    assert [p["name"] for p in persons if p["country"] and p["country"] not in codes] == []
    assert [p["name"] for p in persons if p["party"] and p["party"] not in parties] == []


def test_organisations_say_whether_they_can_be_a_side(countries):
    orgs = rows("organisations.tsv")
    assert {o["contact_side"] for o in orgs} == {"yes", "no"}
    by_name = {o["name"]: o for o in orgs}
    for party in ("CDU", "CSU", "SPD", "Grüne", "FDP", "AfD", "Linke"):
        assert by_name[party]["kind"] == "party" and by_name[party]["contact_side"] == "no"
    for body in ("Europäischer Rat", "Europäische Kommission", "Europäisches Parlament", "NATO", "G20",
                 "Palästinensische Autonomiebehörde", "Afrikanische Union", "ASEAN"):
        assert by_name[body]["contact_side"] == "yes"


def test_german_states_carry_their_iso_codes():
    states = [p for p in rows("places.tsv") if p["code"].startswith("DE-") and len(p["code"]) == 5]
    assert len(states) == 16
    assert {p["name"]: p["code"] for p in states}["Bayern"] == "DE-BY"


@pytest.mark.parametrize("role, org, day, name", [
    ("head_of_government", "PT", date(2020, 6, 1), "António Costa"),
    ("council_president", "EU", date(2020, 6, 1), "Charles Michel"),
    ("council_president", "EU", date(2025, 2, 1), "António Costa"),
    ("head_of_government", "IT", date(2020, 7, 17), "Giuseppe Conte"),
    ("head_of_government", "IT", date(2021, 6, 1), "Mario Draghi"),
    ("head_of_government", "AT", date(2018, 6, 1), "Sebastian Kurz"),
    ("head_of_government", "AT", date(2021, 6, 1), "Sebastian Kurz"),
    ("head_of_government", "DE-BY", date(2020, 6, 1), "Markus Söder"),
    ("head_of_government", "DE-NW", date(2020, 6, 1), "Armin Laschet"),
    ("health_minister", "DE", date(2020, 6, 1), "Jens Spahn"),
    ("foreign_minister", "DE", date(2020, 6, 1), "Heiko Maas"),
    ("foreign_minister", "FR", date(2020, 6, 1), "Jean-Yves Le Drian"),
    ("foreign_minister", "IL", date(2020, 9, 1), "Gabi Aschkenasi"),
])
def test_holders_on_a_publication_date(kb, role, org, day, name):
    assert kb.holder(role, org, day).name == name


EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
G20 = "AR AU BR CA CN IN ID JP KR MX RU SA ZA TR GB US".split()
MIDDLE_EAST = "IL IR IQ AE QA JO LB SY EG KW BH OM YE PS".split()
# Where the president heads the government (Turkey since July 2018 too): no head of government of its own.
PRESIDENTIAL = {"AR", "BR", "CY", "ID", "MX", "US", "ZA"}


def head_of_government(kb, country: str, day: date):
    if country in PRESIDENTIAL or country == "TR" and day >= date(2018, 7, 9):
        return kb.holder("head_of_state", country, day)
    return kb.holder("head_of_government", country, day)


def test_heads_of_government_and_foreign_ministers_since_2015_carry_wikidata_ids(kb):
    """Of the EU, G20 and Middle East states' heads of government and foreign ministers on the 15th of
    every third month from 2015 to 2022 (the years the Wikidata lists cover), at least nine in ten are
    known with their Wikidata id."""
    days = [date(year, month, 15) for year in range(2015, 2023) for month in (1, 4, 7, 10)]
    found = [holder for country in sorted(set(EU + G20 + MIDDLE_EAST)) for day in days
             for holder in (head_of_government(kb, country, day), kb.holder("foreign_minister", country, day))]
    assert sum(bool(h and h.wikidata_id) for h in found) / len(found) >= 0.9


@pytest.mark.parametrize("role, org, day, qid", [
    ("head_of_government", "DE", date(2020, 6, 1), "Q567"),  # Angela Merkel
    ("head_of_government", "PL", date(2016, 6, 1), "Q4877021"),  # Beata Szydło
    ("foreign_minister", "PL", date(2019, 6, 1), "Q11715253"),  # Jacek Czaputowicz
    ("head_of_government", "SK", date(2020, 6, 1), "Q552706"),  # Igor Matovič
    ("head_of_government", "BG", date(2020, 6, 1), "Q57775"),  # Bojko Borissow
    ("head_of_government", "MT", date(2021, 6, 1), "Q37860840"),  # Robert Abela
    ("foreign_minister", "JO", date(2020, 6, 1), "Q28336737"),  # Aiman al-Safadi
    ("foreign_minister", "SA", date(2016, 6, 1), "Q623802"),  # Adel al-Dschubeir
    ("foreign_minister", "SY", date(2019, 6, 1), "Q1334803"),  # Walid al-Muallim
    ("head_of_government", "KW", date(2021, 6, 1), "Q12219691"),  # Sabah al-Chalid al-Sabah
    ("foreign_minister", "BH", date(2021, 6, 1), "Q4666152"),  # Abdullatif al-Sajani
])
def test_office_holders_of_the_lists_are_known_by_their_wikidata_id(kb, role, org, day, qid):
    assert kb.holder(role, org, day).wikidata_id == qid


def test_no_holder_between_two_terms(kb):
    # Kurz was not chancellor between the Ibiza affair and his second government
    assert kb.holder("head_of_government", "AT", date(2019, 9, 1)).name != "Sebastian Kurz"


@pytest.mark.parametrize("alias, name", [
    ("Netanyahu", "Benjamin Netanjahu"), ("Zelensky", "Wolodymyr Selenskyj"), ("Lavrov", "Sergej Lawrow"),
    ("Erdogan", "Recep Tayyip Erdoğan"), ("Mohammad Javad Zarif", "Mohammed Dschawad Sarif"),
    ("Alexei Navalny", "Alexej Nawalny"), ("Qasem Soleimani", "Ghassem Soleimani"),
    ("Maros Sefcovic", "Maroš Šefčovič"), ("EU-Parlament", "Europäisches Parlament"), ("EZB", "Europäische Zentralbank"),
    ("Europäischen Rat", "Europäischer Rat"), ("Golanhöhen", "Golanhöhen"), ("Bayern", "Bayern"),
    ("Elfenbeinküste", "Elfenbeinküste"), ("Singapur", "Singapur"), ("Den Haag", "Den Haag"),
])
def test_forms_of_the_german_and_english_press_resolve(kb, alias, name):
    assert kb.lookup(alias).name == name


def test_misspelt_canonical_names_are_gone(kb):
    names = {a.name for a in kb.actors.values()}
    assert "Guiseppe Conte" not in names and "Giuseppe Conte" in names


@pytest.mark.parametrize("word", ["Weil", "Schule", "Kurz", "Store", "Hocke"])
def test_a_word_is_no_bare_surname_of_a_known_person(kb, word):
    # 'Weil er ...' is not Stephan Weil; folded 'Schule' is not Manja Schüle
    assert kb.lookup(word) is None


@pytest.mark.parametrize("last, name", [("Spahn", "Jens Spahn"), ("Söder", "Markus Söder"),
                                        ("Lawrow", "Sergej Lawrow")])
def test_a_distinct_surname_names_its_one_bearer(kb, last, name):
    assert kb.lookup(last).name == name


def test_every_state_and_capital_is_found_by_its_german_name(kb, countries):
    # 'Mali' is also a Serbian minister's surname, 'Montenegro' a Portuguese premier's: the state wins.
    # Victoria names the capital of the Seychelles and an Australian state: neither, rather than the wrong one.
    assert [c["name_de"] for c in countries if getattr(kb.lookup(c["name_de"]), "kind", None) != "country"] == []
    assert [c["capital_de"] for c in countries if c["capital_de"] and c["capital_de"] != "Victoria"
            and kb.lookup(c["capital_de"]) is None] == []
