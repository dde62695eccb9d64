"""Every kind of bad input lands in rejected_inputs; the good articles of the same run are complete."""

import json

import pytest

from tests.conftest import query, run_pipeline

GOOD = "Gipfel in Paris\nMacron und Scholz trafen sich am Montag in Paris. Das Treffen dauerte zwei Stunden.\n"
LEGACY = "Treffen in Genf\nDer französische Außenminister traf den Schweizer Präsidenten in Genf. Grüße!\n"


@pytest.fixture(scope="module")
def messy_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messy")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(LEGACY.encode("cp1252"))
    (folder / "latin1.txt").write_bytes(LEGACY.replace("Genf", "Bern").encode("latin-1"))
    (folder / "utf16.txt").write_bytes(LEGACY.replace("Genf", "Wien").encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB
    (folder / "zz_copy_of_good.txt").write_text(GOOD, encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": "Titel\nBiden telefonierte am Freitag mit Xi Jinping."}),
             '{"id": "j2", "text": "kaputt',
             json.dumps({"id": "j3", "title": "ohne Text"}),
             json.dumps({"id": "j4", "text": "Titel\nErdoğan empfing Selenskyj in Ankara."}),
             # half a surrogate pair, which JSON can escape and no UTF-8 text can hold: set aside alone
             json.dumps({"id": "j5\ud800", "text": "Titel\nMacron empfing Sánchez in Paris."}),
             json.dumps({"id": "j6", "title": "Eil\udc00", "text": "Titel\nMeloni traf Rutte in Rom."}),
             json.dumps({"text": "Titel\nTusk traf Fiala in Prag.\ud83d"}),
             "[" * 50_000 + "]" * 50_000]
    (folder / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,published_at,source\n"
        "good.txt,2024-03-14,Beispielzeitung\n"
        "missing.txt,2024-03-14,Niemand\n"
        "cp1252.txt,im Frühling,Altes Blatt\n"
        "../outside.txt,2024-03-14,Ausbrecher\n", encoding="utf-8")
    outside = folder.parent / f"{folder.name}-outside"
    outside.mkdir()
    (outside / "passwd").write_text("Geheim\nroot:x:0:0:Das Kennwort steht hier.\n", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(outside / "passwd")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "archive").symlink_to(outside)
    (folder / "older").mkdir()
    (folder / "older-link").symlink_to(folder / "older")
    (folder / "alias.txt").symlink_to(folder / "good.txt")
    warehouse = folder.parent / f"{folder.name}.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        result = run_pipeline(folder, warehouse, mp)
    assert result.success
    return warehouse, result


@pytest.fixture(scope="module")
def messy(messy_run):
    return messy_run[0]


def rejected(warehouse) -> dict[str, str]:
    return dict(query(warehouse, "select file, reason from rejected_inputs"))


@pytest.mark.parametrize("file, reason", [
    ("empty.txt", "empty file"),
    ("binary.txt", "binary"),
    ("huge.txt", "larger than"),
    ("zz_copy_of_good.txt", "duplicate of"),
    ("feed.jsonl:2", "malformed JSON"),
    ("feed.jsonl:3", "without text"),
    ("feed.jsonl:5", "unpaired surrogate) in 'id'"),
    ("feed.jsonl:6", "unpaired surrogate) in 'title'"),
    ("feed.jsonl:7", "unpaired surrogate) in 'text'"),
    ("feed.jsonl:8", "malformed JSON line"),
    ("manifest.csv:3", "missing file"),
    ("cp1252.txt", "unparseable date"),
    ("manifest.csv:5", "leaves the articles folder"),
    ("passwd.txt", "outside the articles folder: not read"),
    ("dangling.txt", "symbolic link to a missing file"),
    ("loop.txt", "symbolic link loop"),
    ("archive", "outside the articles folder: not read"),
    ("older-link", "symbolic link to a folder: not read"),
    ("alias.txt", "symbolic link to good.txt, which is read under its own name"),
])
def test_bad_input_is_recorded_with_its_reason(messy, file, reason):
    reasons = rejected(messy)
    assert file in reasons, reasons
    assert reason in reasons[file]


def test_legacy_encodings_are_decoded_not_rejected(messy):
    texts = dict(query(messy, "select article_id, text from dim_articles"))
    for article in ("cp1252", "latin1", "utf16"):
        assert article in texts
        assert "französische Außenminister" in texts[article] and "Grüße" in texts[article]


def test_good_articles_are_complete(messy):
    assert {a for (a,) in query(messy, "select article_id from dim_articles")} == {
        "good", "cp1252", "latin1", "utf16", "j1", "j4"}
    assert query(messy, "select source, published_at::varchar from dim_articles where article_id = 'good'") == [
        ("Beispielzeitung", "2024-03-14")]
    meetings = query(messy, "select count(*) from fct_event_mentions where article_id = 'good' and event_type = 'MEETING'")
    assert meetings == [(2,)]
    assert query(messy, "select count(*) from fct_event_mentions where article_id = 'j1' and event_type = 'CALL'") == [
        (1,)]


def test_a_bad_manifest_date_keeps_the_article_without_inventing_one(messy):
    assert query(messy, "select published_at, source from dim_articles where article_id = 'cp1252'") == [
        (None, "Altes Blatt")]


def test_the_rejected_inputs_asset_warns_of_what_this_run_set_aside(messy_run):
    warehouse, result = messy_run
    [check] = [e for e in result.get_asset_check_evaluations() if e.check_name == "nothing_set_aside_this_run"]
    assert not check.passed and check.severity.value == "WARN"
    assert check.metadata["set_aside"].value == len(rejected(warehouse))
    files = {record.data["file"] for record in check.metadata["files"].value.records}
    assert {"empty.txt", "feed.jsonl:2", "manifest.csv:5"} <= files


def test_a_link_out_of_the_folder_is_never_followed(messy):
    assert query(messy, "select count(*) from dim_articles where text like '%Kennwort%'") == [(0,)]
