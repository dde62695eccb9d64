import json
from datetime import date

from orchestration.nlp import articles as reader


def test_txt_headline_marker_and_manifest(articles_dir):
    (articles_dir / "a.txt").write_text(" date 2025-05 Überschrift\nText am Montag (5. Mai).", encoding="utf-8")
    (articles_dir / "b.txt").write_text("Titel B\nText.", encoding="utf-8")
    (articles_dir / "manifest.csv").write_text("file,published_at,source\nb.txt,2024-01-02,Blatt\n", encoding="utf-8")
    found = {a.article_id: a for a in reader.read_folder(articles_dir).articles}
    assert found["a"].title == "Überschrift" and found["a"].text.startswith("Überschrift")
    assert (found["a"].published_at, found["a"].published_precision) == (date(2025, 5, 5), "day")
    assert (found["b"].published_at, found["b"].source) == (date(2024, 1, 2), "Blatt")


def test_manifest_wins_over_the_text(articles_dir):
    (articles_dir / "a.txt").write_text(" date 2025-05 Titel\nText.", encoding="utf-8")
    (articles_dir / "manifest.csv").write_text("file,published_at\na.txt,2025-05-18\n", encoding="utf-8")
    [article] = reader.read_folder(articles_dir).articles
    assert (article.published_at, article.published_precision) == (date(2025, 5, 18), "day")


def test_jsonl_feeds_are_streamed_whatever_their_size(articles_dir, monkeypatch):
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 100)
    lines = [json.dumps({"id": f"n{i}", "text": f"Titel {i}\n" + "Ein Satz. " * 20}) for i in range(5)]
    (articles_dir / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (articles_dir / "big.txt").write_text("Titel\n" + "x" * 200, encoding="utf-8")
    contents = reader.read_folder(articles_dir)
    assert [a.article_id for a in contents.articles] == [f"n{i}" for i in range(5)]
    assert [(r.file_name, r.reason.split()[0]) for r in contents.rejections] == [("big.txt", "file")]


def test_json_records_without_id_get_a_content_hash(articles_dir):
    (articles_dir / "one.json").write_text(json.dumps({"text": "Titel\nText."}), encoding="utf-8")
    [article] = reader.read_folder(articles_dir).articles
    assert len(article.article_id) == 16 and article.article_id == article.content_sha256[:16]


def test_text_in_decomposed_unicode_reads_as_the_same_names():
    """'Erdoğan' typed as g plus a combining breve (NFD) is the name the knowledge base knows."""
    import unicodedata

    from tests.nlp.helpers import extract_text

    text = "Bericht\nDer türkische Präsident Recep Tayyip Erdoğan gratulierte Joe Biden zum Sieg."
    decomposed = extract_text(unicodedata.normalize("NFD", text))
    composed = extract_text(unicodedata.normalize("NFC", text))
    names = {e.canonical_name for e in decomposed.entities.values()}
    assert names == {e.canonical_name for e in composed.entities.values()}
    assert "Recep Tayyip Erdoğan" in names


def test_a_date_wrapped_after_its_day_is_one_line():
    """'am 14.' / 'September' is one date; a day's ordinal before a line that does not open with a month stays."""
    text = ("Titel\nVergangene Woche hatte Berlin den Gipfel am 14.\nSeptember in Leipzig abgesagt.\n"
            "Die Frist endet am 3.\nDanach wird neu verhandelt.")
    article, _ = reader.make_article("a", "a.txt", text, {"published_at": "2020-06-11"})
    assert "am 14. September in Leipzig" in article.text
    assert "am 3.\nDanach" in article.text
