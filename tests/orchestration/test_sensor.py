import dagster as dg

from orchestration.resources import ArticlesFolder
from orchestration.sensors import articles_folder_sensor


def evaluate(folder, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"articles_folder": ArticlesFolder(path=str(folder))})
    return articles_folder_sensor(context), context.cursor


def test_runs_on_new_or_changed_files_only(articles_dir):
    (articles_dir / "a.txt").write_text("Titel\nText.", encoding="utf-8")
    first, cursor = evaluate(articles_dir)
    assert isinstance(first, dg.RunRequest)
    unchanged, _ = evaluate(articles_dir, cursor)
    assert isinstance(unchanged, dg.SkipReason)
    (articles_dir / "b.jsonl").write_text('{"text": "Neu."}\n', encoding="utf-8")
    changed, _ = evaluate(articles_dir, cursor)
    assert isinstance(changed, dg.RunRequest) and changed.run_key != first.run_key


def test_other_files_do_not_trigger(articles_dir):
    (articles_dir / "a.txt").write_text("Titel\nText.", encoding="utf-8")
    _, cursor = evaluate(articles_dir)
    (articles_dir / "notes.md").write_text("nicht relevant", encoding="utf-8")
    again, _ = evaluate(articles_dir, cursor)
    assert isinstance(again, dg.SkipReason)
