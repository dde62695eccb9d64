import pytest

from orchestration.nlp.names import cologne, fold, germanise_word, name_variants


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


@pytest.mark.parametrize("a, b", [("Witkoff", "Vitkoff"), ("Lawrow", "Lavrov"), ("Uschakow", "Ushakov"),
                                  ("Selenskyj", "Zelensky"), ("Selenskyj", "Zelenskyy"), ("Peskow", "Peskov")])
def test_spellings_of_one_name_sound_alike(a, b):
    assert cologne(a) == cologne(b)


@pytest.mark.parametrize("a, b", [("Trump", "Putin"), ("Biden", "Rubio"), ("Lawrow", "Lutnick")])
def test_different_names_sound_different(a, b):
    assert cologne(a) != cologne(b)


def test_fold_removes_case_and_diacritics():
    assert fold("  Erdoğan ") == "erdogan"
    assert fold("Weißes Haus") == "weisses haus"
