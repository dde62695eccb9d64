"""Reading an articles folder: .txt, .json and .jsonl files plus an optional manifest.csv.

Bad input never stops a run: every problem becomes a Rejection (file, reason)
and the good articles go on. Legacy encodings are detected and decoded.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

from orchestration.nlp.dates import date_words, infer_publication_date, strip_date_marker
from orchestration.nlp.records import Article, Rejection

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20_000_000  # a larger .txt or .json file is no news article (.jsonl feeds are streamed)
MAX_ARTICLE_CHARS = 1_000_000
MANIFEST = "manifest.csv"
SUFFIXES = (".txt", ".json", ".jsonl")


@dataclass
class FolderContents:
    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(article: Article) -> str:
    """Hash of everything the extraction of an article reads: text, title, publication date and its
    precision, source and language. A change to any of them extracts the article again (a new
    publication date moves every date the article's text gives relative to it)."""
    fields = [article.text, article.title, article.published_at and article.published_at.isoformat(),
              article.published_precision, article.source, article.language]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the most likely legacy encoding (cp1252, latin-1)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data:
        raise ValueError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp850"]).best()
    if best is None:
        raise ValueError("undecodable text")
    return str(best)


def _check_text(text: str) -> str:
    """Normalise line ends and Unicode (NFC: 'Erdoğan' typed as g and a combining breve is the same
    name as the one-letter ğ); refuse what is not readable text."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ValueError("empty file")
    controls = sum(1 for c in text[:10000] if ord(c) < 32 and c not in "\n\t")
    if controls > 10:
        raise ValueError("binary content (control characters)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ValueError(f"article longer than {MAX_ARTICLE_CHARS:,} characters")
    return text


def parse_date(value: str | None) -> tuple[date | None, str | None]:
    """'2025-08-09', '2025-08', '2025', '2025-08-09T10:00:00Z', '09.08.2025' -> (date, precision)."""
    if value is None or not str(value).strip():
        return None, None
    value = str(value).strip()
    head = value[:10]
    for fmt, precision in (("%Y-%m-%d", "day"), ("%d.%m.%Y", "day")):
        try:
            from datetime import datetime

            return datetime.strptime(head, fmt).date(), precision
        except ValueError:
            continue
    parts = value.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return date(int(parts[0]), int(parts[1]), 1), "month"
    if value.isdigit() and len(value) == 4:
        return date(int(value), 1, 1), "year"
    raise ValueError(f"unparseable date {value!r}")


# Punctuation that ends a line on purpose; a line of one or two words without it was wrapped by mistake.
LINE_END_PUNCTUATION = tuple('.!?:;"“”„»«)\'')


def join_broken_wraps(text: str, keep_first_line: bool) -> str:
    """'Christine\nLagarde, die Präsidentin ...' -> 'Christine Lagarde, die Präsidentin ...'.

    News feeds lose the drop cap or first words of a paragraph onto a line of their own; left so,
    the line would be a sentence and a name would be cut in two. The headline line stays.
    """
    lines = text.split("\n")
    joined = [lines[0]]
    for index, line in enumerate(lines[1:], start=1):
        previous = joined[-1]
        words = previous.split()
        broken = 0 < len(words) <= 2 and not previous.rstrip().endswith(LINE_END_PUNCTUATION) \
            and line[:1].isalpha() and not (keep_first_line and len(joined) == 1 and index == 1)
        if broken or day_broken_from_its_month(previous, line):
            joined[-1] = previous + " " + line
        else:
            joined.append(line)
    return "\n".join(joined)


def day_broken_from_its_month(previous: str, line: str) -> bool:
    """'den geplanten Gipfel am 14.' / 'September in Leipzig abgesagt': a line that ends in a day's ordinal, before one
    that opens with a month, is one date wrapped in two; left so, the ordinal's dot would end a sentence."""
    words, following = previous.split(), line.split(maxsplit=1)
    if not words or not following:
        return False
    day = words[-1]
    return day.endswith(".") and day[:-1].isdigit() and 1 <= int(day[:-1]) <= 31 \
        and following[0].rstrip(",.").lower() in date_words()["month"]


def make_article(article_id: str, file_name: str, raw_text: str, meta: dict) -> tuple[Article, list[Rejection]]:
    """An Article from text and metadata; the text's own date marker fills a missing publication date."""
    problems: list[Rejection] = []
    text = _check_text(raw_text)
    text, marker, _ = strip_date_marker(text)
    text = text.strip("\n")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = meta.get("title") or (lines[0] if lines else None)
    text = join_broken_wraps(text, keep_first_line=not meta.get("title"))
    published, precision = None, None
    try:
        published, precision = parse_date(meta.get("published_at"))
    except ValueError as exc:
        problems.append(Rejection(file_name, f"{exc}; publication date inferred from the text instead"))
    if published is None:
        published, precision = infer_publication_date(text, marker)
    article = Article(
        article_id=article_id, file_name=file_name, title=title, text=text, published_at=published,
        published_precision=precision, source=meta.get("source") or None, url=meta.get("url") or None,
        language=meta.get("language") or "de", content_sha256=sha256(text),
    )
    return article, problems


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[Rejection]]:
    path = folder / MANIFEST
    if path.is_symlink():
        problem = link_problem(path, folder)
        if problem:
            return {}, [Rejection(MANIFEST, problem)]
        path = path.resolve()
    if not path.is_file():
        return {}, []
    rows, problems = {}, []
    try:
        reader = csv.DictReader(io.StringIO(decode(read_bytes(path))))
        for line, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            if not name:
                problems.append(Rejection(f"{MANIFEST}:{line}", "manifest row without a file name"))
                continue
            target = (folder / name).resolve()
            if folder.resolve() not in target.parents:
                problems.append(Rejection(f"{MANIFEST}:{line}", f"path {name!r} leaves the articles folder"))
                continue
            if not target.is_file():
                problems.append(Rejection(f"{MANIFEST}:{line}", f"manifest names missing file {name!r}"))
                continue
            rows[Path(name).name] = {k: (v or "").strip() for k, v in row.items() if k}  # a link's own name
    except (ValueError, csv.Error, OSError) as exc:
        problems.append(Rejection(MANIFEST, f"unreadable manifest: {exc}"))
    return rows, problems


def _records(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line, record, error) for each JSON object of a .json file or each line of a .jsonl file.

    A .jsonl file is read line by line, so a feed of any size is fine; a .json file is one document.
    """
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(decode(read_bytes(path)))
        except json.JSONDecodeError as exc:
            yield 0, None, f"malformed JSON: {exc.msg} at line {exc.lineno}"
            return
        except RecursionError:
            yield 0, None, "malformed JSON: nested too deeply"
            return
        for i, record in enumerate(data if isinstance(data, list) else [data], start=1):
            yield i, record, None
        return
    with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)), "rb") as fh:
        for i, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                yield i, json.loads(decode(raw)), None
            except (ValueError, RecursionError) as exc:  # RecursionError: nested thousands of levels deep
                yield i, None, f"malformed JSON line: {getattr(exc, 'msg', exc)}"


RECORD_FIELDS = ("id", "title", "text", "published_at", "source", "url", "language")


def unencodable_field(record: dict) -> str | None:
    """The first field of a JSON record that is no valid Unicode text: JSON may escape half of a
    surrogate pair ('\\ud800'), which no UTF-8 text, file or database can hold."""
    for name in RECORD_FIELDS:
        value = record.get(name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name
    return None


def _json_article(record: object, where: str, meta: dict) -> tuple[Article, list[Rejection]]:
    """One JSON record as an Article; a ValueError says why the record is set aside."""
    if not isinstance(record, dict):
        raise ValueError("JSON value is not an object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ValueError("record without text")
    bad = unencodable_field(record)
    if bad:
        raise ValueError(f"invalid Unicode (an unpaired surrogate) in {bad!r}")
    fields = {k: record.get(k) for k in ("title", "published_at", "source", "url", "language")}
    fields = {k: str(v) for k, v in fields.items() if v is not None}
    article_id = str(record.get("id") or sha256(body)[:16])
    return make_article(article_id, where, body, {**meta, **fields})


def _json_articles(path: Path, meta: dict, source: Path | None = None) -> tuple[list[Article], list[Rejection]]:
    """The articles of a .json or .jsonl file: a record that cannot be read is set aside alone."""
    articles, problems = [], []
    for line, record, error in _records(source or path):
        where = f"{path.name}:{line}" if line else path.name
        if error:
            problems.append(Rejection(where, error))
            continue
        try:
            article, issues = _json_article(record, where, meta)
        except ValueError as exc:
            problems.append(Rejection(where, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - whatever one record does, the others go on
            problems.append(Rejection(where, f"unreadable record: {type(exc).__name__}: {exc}"))
            continue
        articles.append(article)
        problems.extend(issues)
    return articles, problems


def link_problem(path: Path, folder: Path) -> str | None:
    """Why a symbolic link in the articles folder is not read, or None for a link to a file in it.

    'passwd.txt -> /etc/passwd' would put a file from outside into the warehouse; a loop, a link to
    nothing or to a folder is no article either, and a link to an article of the folder would read it
    twice. Each is set aside with its reason.
    """
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return f"symbolic link to a missing file ({os.readlink(path)})"
    except (RuntimeError, OSError):
        return "symbolic link loop"
    if folder.resolve() not in target.parents:
        return f"symbolic link to {target}, outside the articles folder: not read"
    if target.is_dir():
        return "symbolic link to a folder: not read"
    if not target.is_file():
        return "symbolic link to something that is no file: not read"
    if target.parent == folder.resolve() and target.suffix.lower() in SUFFIXES:
        return f"symbolic link to {target.name}, which is read under its own name"
    return None


def read_bytes(path: Path) -> bytes:
    """A file's bytes, never through a symbolic link swapped in after the folder was listed."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        if os.fstat(fh.fileno()).st_size > MAX_FILE_BYTES and path.suffix.lower() != ".jsonl":
            raise ValueError(f"file larger than {MAX_FILE_BYTES // 1_000_000} MB")
        return fh.read()


def is_utf8(name: str) -> bool:
    """Whether a file name is UTF-8 (Python hands other bytes of a name over as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def input_paths(folder: Path) -> tuple[list[Path], list[Rejection]]:
    """The article files of a folder in name order (a symbolic link as the file in the folder it
    points to), and the links that are set aside."""
    paths, problems = [], []
    for path in sorted(folder.iterdir()):
        if not is_utf8(path.name):
            shown = os.fsencode(path.name).decode("utf-8", "replace")
            problems.append(Rejection(shown, "file name is not valid UTF-8: rename the file"))
            continue
        if path.is_symlink() and path.name != MANIFEST:  # the manifest's link is read_manifest's
            problem = link_problem(path, folder)
            if problem:
                problems.append(Rejection(path.name, problem))
                continue
        if path.suffix.lower() in SUFFIXES and path.is_file():
            paths.append(path)
    return paths, problems


def read_folder(folder: Path) -> FolderContents:
    """Every article of a folder, with what was set aside and why."""
    contents = FolderContents()
    if not folder.is_dir():
        raise FileNotFoundError(f"articles folder {folder} does not exist")
    manifest, problems = read_manifest(folder)
    contents.rejections.extend(problems)
    paths, problems = input_paths(folder)
    contents.rejections.extend(problems)
    for path in paths:
        source = path.resolve() if path.is_symlink() else path  # a link read as the file it names in the folder
        meta = manifest.get(path.name, {})
        try:
            if path.suffix.lower() == ".txt":
                article, issues = make_article(path.stem, path.name, decode(read_bytes(source)), meta)
                contents.articles.append(article)
                contents.rejections.extend(issues)
            else:
                articles, issues = _json_articles(path, meta, source)
                contents.articles.extend(articles)
                contents.rejections.extend(issues)
        except (ValueError, OSError) as exc:
            contents.rejections.append(Rejection(path.name, str(exc)))
        except Exception as exc:  # noqa: BLE001 - whatever one file does, the others go on
            contents.rejections.append(Rejection(path.name, f"unreadable file: {type(exc).__name__}: {exc}"))
    _drop_duplicates(contents)
    for rejection in contents.rejections:
        log.warning("input set aside: %s: %s", rejection.file_name, rejection.reason)
    return contents


def _drop_duplicates(contents: FolderContents) -> None:
    """The same text under two names, or two records with one id, is kept once (the first by name)."""
    seen_text: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    kept = []
    for article in contents.articles:
        if article.content_sha256 in seen_text:
            contents.rejections.append(Rejection(
                article.file_name, f"duplicate of {seen_text[article.content_sha256]} (same text)"))
        elif article.article_id in seen_id:
            contents.rejections.append(Rejection(
                article.file_name, f"article id {article.article_id!r} already used by {seen_id[article.article_id]}"))
        else:
            seen_text[article.content_sha256] = article.file_name
            seen_id[article.article_id] = article.file_name
            kept.append(article)
    contents.articles = kept
