import pytest

from orchestration.nlp.names import (
    alias_spelling,
    fold,
    full_name_conflict,
    germanise_word,
    given_names_agree,
    name_variants,
    surname,
)


@pytest.mark.parametrize("english, german", [
    ("Lavrov", "Lawrow"), ("Vladimir", "Wladimir"), ("Sergey", "Sergej"), ("Peskov", "Peskow"),
    ("Ushakov", "Uschakow"), ("Yuri", "Juri"), ("Mikhail", "Michail"), ("Shmyhal", "Schmyhal"),
    ("Yermak", "Jermak"), ("Andriy", "Andrij"), ("Lukashenko", "Lukaschenko"),
])
def test_german_transliteration(english, german):
    assert germanise_word(english) == german


def test_zelensky_gets_the_german_spellings():
    assert {"Wolodymyr Selenskyj", "Wolodymyr Selenski"} <= name_variants("Volodymyr Zelensky", "UA")


def test_non_cyrillic_names_get_the_v_w_variant_only():
    assert name_variants("Steve Witkoff", "US") == {"Steve Witkoff", "Steve Vitkoff"}


@pytest.mark.parametrize("a, b, agree", [
    ("Sergei", "Sergej", True), ("Vladimir", "Wladimir", True), ("J.", "Joe", True), ("Alex", "Alexander", True),
    ("Michael", "Mark", False), ("Albert", "Olaf", False), ("Louis", "Louise", False), ("Michael", "Matthew", False),
])
def test_given_names_agree_only_for_one_persons_names(a, b, agree):
    assert given_names_agree(a, b) is agree


def test_full_names_of_different_people_conflict():
    assert full_name_conflict(["Helge Braun", "Heinrich Braune", "Braun"]) == ("Helge Braun", "Heinrich Braune")
    assert full_name_conflict(["Ursula von der Leyen", "Ursula Gertrud von der Leyen", "von der Leyen"]) is None


def test_a_spelling_with_a_known_given_name_is_no_other_person():
    from orchestration.nlp.names import names_beyond

    known = {"Steve Witkoff", "Stephen Witkoff"}
    assert names_beyond(["Stephen Vitkoff", "Steve Witkoff", "Michael Witkoff"], known) == ["Michael Witkoff"]


@pytest.mark.parametrize("surface, name, alias", [
    ("Al-Assad", "Baschar al-Assad", "al-Assad"),       # the capital opens the sentence
    ("El-Sisi", "Abdel Fattah el-Sisi", "el-Sisi"),
    ("al-Assad", "Baschar al-Assad", "al-Assad"),
    ("Al-Nahyan", "Al-Nahyan", "Al-Nahyan"),            # the name itself is written so
    ("Kramp-Karrenbauer", "Annegret Kramp-Karrenbauer", "Kramp-Karrenbauer"),
    ("Assad", "Baschar al-Assad", "Assad"),
])
def test_a_particle_is_written_as_in_the_full_name(surface, name, alias):
    assert alias_spelling(surface, name) == alias


@pytest.mark.parametrize("name,country,family_name", [
    ("Xi Jinping", "CN", "Xi"),
    ("Moon Jae In", "KR", "Moon"),
    ("Wang Yi", "CN", "Wang"),
    ("Ursula von der Leyen", "DE", "Leyen"),
    ("Fumio Kishida", "JP", "Kishida"),
])
def test_the_family_name_comes_first_only_where_names_put_it_first(name, country, family_name):
    assert surname(name, country) == family_name
