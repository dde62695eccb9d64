"""German date expressions resolved against an article's publication date.

dateparser was tried first: it returns None for "am kommenden Freitag",
"Sommer 2021" and "in diesem Jahr", reports no precision, and its search_dates
splits "Freitag im" out of running text. News needs the precision ("im Februar"
is a month, not the 9th), so the few patterns that matter are written here.

Every result carries its precision: 'day', 'month' or 'year'. Vague
expressions ("vor kurzem", "innerhalb einer Woche") give no date at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
            "sonntag": 6}
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO 8601 at its precision: 2025, 2025-08 or 2025-08-15
    precision: str  # day, month, year
    relative: bool = False  # resolved against the publication date


def iso(day: date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def _nearest_year(month: int, day: int, reference: date) -> date | None:
    """A day-month without a year: the occurrence closest to the reference date."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - reference).days)) if candidates else None


def _weekday(reference: date, weekday: int, direction: int) -> date:
    """The given weekday after (direction 1) or before (-1) the reference; the same day counts for 0."""
    delta = (weekday - reference.weekday()) % 7
    if direction > 0:
        return reference + timedelta(days=delta or 7)
    if direction < 0:
        return reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
    return reference + timedelta(days=delta) if delta <= 3 else reference - timedelta(days=7 - delta)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "am Montag (5. Mai)", "Montag, 5. Mai 2025": a weekday with its date
    ("weekday_date", re.compile(
        rf"\b(?:am\s+)?(?P<wd>{_WEEKDAY})\w*\s*(?:\(|,)\s*(?:den\s+)?(?P<d>\d{{1,2}})\.\s*(?P<m>{_MONTH})"
        rf"(?:\s+(?P<y>{_YEAR}))?\s*\)?", re.I)),
    # "15. August 2025", "am 5. Mai", "vom 14. bis 16. Mai" (start of the range)
    ("day_month", re.compile(
        rf"\b(?P<d>\d{{1,2}})\.\s*(?:(?:bis|und|-|–)\s*\d{{1,2}}\.\s*)?(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b", re.I)),
    ("iso_day", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("day_dotted", re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR})\b")),
    # "Anfang Juni 2021", "im Juni 2021", "im Februar"
    ("month", re.compile(
        rf"\b(?:(?:im|seit|ab|bis|Anfang|Mitte|Ende|Ende\s+des)\s+)?(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b", re.I)),
    ("season", re.compile(rf"\b(?:im\s+|seit\s+dem\s+|dem\s+)?(?:Frühjahr|Frühling|Sommer|Herbst|Winter)\s+(?P<y>{_YEAR})\b", re.I)),
    ("this_month", re.compile(r"\b(?:in\s+)?(?:diese[mn]?|de[mn]\s+laufenden)\s+Monat\b", re.I)),
    ("next_month", re.compile(r"\b(?:im\s+)?(?:nächsten|kommenden)\s+Monat\b", re.I)),
    ("last_month", re.compile(r"\b(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+Monat\b", re.I)),
    ("this_year", re.compile(r"\b(?:in\s+)?(?:diese[ms]|de[mn]\s+laufenden)\s+Jahr(?:es)?\b", re.I)),
    ("next_year", re.compile(r"\b(?:im\s+)?(?:nächsten|kommenden)\s+Jahr\b", re.I)),
    ("last_year", re.compile(r"\b(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+Jahr\b", re.I)),
    ("year", re.compile(rf"\b(?:(?:im\s+Jahr(?:e)?|seit|bis|ab|vor|nach)\s+)?(?P<y>{_YEAR})\b")),
    ("weekday", re.compile(
        rf"\b(?:(?P<dir>kommenden|nächsten|vergangenen|letzten|vorigen)\s+)?(?P<wd>{_WEEKDAY})"
        r"(?:morgen|mittag|nachmittag|abend|nacht|vormittag)?\b", re.I)),
    ("today", re.compile(r"\b(?P<w>heute|gestern|vorgestern|morgen|übermorgen)\b(?!\s*(?:früh)?\s*\w*zeit)")),
]
# The words each pattern cannot match without: a sentence is searched only with the patterns it can match,
# and most sentences, holding none of these words, with none.
_CLUES = {"digit": re.compile(r"\d"), "month": re.compile(_MONTH, re.I), "weekday": re.compile(_WEEKDAY, re.I),
          "monat": re.compile("monat", re.I), "jahr": re.compile("jahr", re.I),
          "day_word": re.compile("heute|gestern|morgen")}
_NEEDS = {"weekday_date": ("digit", "month", "weekday"), "day_month": ("digit", "month"), "iso_day": ("digit",),
          "day_dotted": ("digit",), "month": ("month",), "season": ("digit",), "this_month": ("monat",),
          "next_month": ("monat",), "last_month": ("monat",), "this_year": ("jahr",), "next_year": ("jahr",),
          "last_year": ("jahr",), "year": ("digit",), "weekday": ("weekday",), "today": ("day_word",)}
_RELATIVE_DAY = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
# Dates after these words mark the start or end of a span, not when the event was.
_BOUNDARY_WORDS = ("seit", "bis", "ab", "vor", "nach")


def find_dates(text: str, reference: date | None, future: bool = False) -> list[DateMention]:
    """All date expressions of a sentence, resolved against the reference (publication) date.

    >>> [d.value for d in find_dates("am kommenden Freitag", date(2025, 8, 9))]
    ['2025-08-15']
    >>> [d.value for d in find_dates("im Juni 2021", date(2025, 5, 5))]
    ['2021-06']
    """
    clues = {clue for clue, pattern in _CLUES.items() if pattern.search(text)}
    if not clues:
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        if not clues.issuperset(_NEEDS[kind]):
            continue
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            resolved = _resolve(kind, match, reference, future)
            taken.append(match.span())
            if resolved is None:
                continue
            value, precision, relative = resolved
            found.append(DateMention(match.start(), match.end(), value, precision, relative))
    return sorted(found, key=lambda d: d.start)


def is_boundary(text: str, mention: DateMention) -> bool:
    """'seit 2021', 'bis Mai', 'seit dem Sommer 2021': the date bounds a period rather than dating an event."""
    first_word = text[mention.start:mention.end].split()[0].lower()
    return first_word in _BOUNDARY_WORDS


def _resolve(kind: str, m: re.Match[str], reference: date | None, future: bool) -> tuple[str, str, bool] | None:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    if kind in ("weekday_date", "day_month", "iso_day", "day_dotted"):
        month = MONTHS[groups["m"].lower()] if groups["m"].isalpha() else int(groups["m"])
        day_of_month = int(groups["d"])
        if year is None:
            if reference is None:
                return None
            day = _nearest_year(month, day_of_month, reference)
            if kind == "weekday_date" and day is not None:
                day = _check_weekday(day, WEEKDAYS[groups["wd"].lower()], reference)
        else:
            try:
                day = date(year, month, day_of_month)
            except ValueError:
                return None
        return (day.isoformat(), "day", year is None) if day else None
    if kind == "month":
        month = MONTHS[groups["m"].lower()]
        if year is None:
            if reference is None:
                return None
            year = reference.year
        return f"{year:04d}-{month:02d}", "month", groups.get("y") is None
    if kind == "season":
        return str(year), "year", False
    if kind == "year":
        return str(year), "year", False
    if reference is None:
        return None
    if kind == "this_month":
        return iso(reference, "month"), "month", True
    if kind in ("next_month", "last_month"):
        shifted = (reference.replace(day=1) + timedelta(days=32)) if kind == "next_month" else (
            reference.replace(day=1) - timedelta(days=1))
        return iso(shifted, "month"), "month", True
    if kind == "this_year":
        return str(reference.year), "year", True
    if kind in ("next_year", "last_year"):
        return str(reference.year + (1 if kind == "next_year" else -1)), "year", True
    if kind == "weekday":
        direction = groups.get("dir") or ""
        step = 1 if direction.lower() in ("kommenden", "nächsten") or (not direction and future) else -1
        if not direction and not future:
            step = -1
        return _weekday(reference, WEEKDAYS[groups["wd"].lower()], step).isoformat(), "day", True
    if kind == "today":
        return (reference + timedelta(days=_RELATIVE_DAY[groups["w"]])).isoformat(), "day", True
    return None


def _check_weekday(day: date, weekday: int, reference: date) -> date:
    """'Montag (5. Mai)': keep the date when the weekday agrees; else try the neighbouring years."""
    if day.weekday() == weekday:
        return day
    for year in (reference.year, reference.year - 1, reference.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate
    return day


_MARKER = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d\d)(?:-(?P<m>\d\d))?(?:-(?P<d>\d\d))?\s*", re.I)


def strip_date_marker(text: str) -> tuple[str, str | None, str | None]:
    """Split a leading ' date 2025-05' marker off an article: (text, value, precision)."""
    match = _MARKER.match(text)
    if not match:
        return text, None, None
    value = match.group(0).split()[1]
    precision = "day" if match.group("d") else "month" if match.group("m") else "year"
    return text[match.end():], value, precision


def infer_publication_date(text: str, hint: str | None = None) -> tuple[date | None, str | None]:
    """A publication date from the text when no manifest gives one: (first day of the period, precision).

    A ' date 2025-05' marker gives the month; a weekday with its date inside that
    month ("am Montag (5. Mai)") narrows it to the day the article speaks of.
    """
    if hint is None:
        return None, None
    parts = [int(p) for p in hint.split("-")]
    precision = {1: "year", 2: "month", 3: "day"}[len(parts)]
    first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if precision == "month":
        for match in _PATTERNS[0][1].finditer(text):
            month = MONTHS[match.group("m").lower()]
            try:
                day = date(first.year, month, int(match.group("d")))
            except ValueError:
                continue
            if month == first.month and day.weekday() == WEEKDAYS[match.group("wd").lower()]:
                return day, "day"
    return first, precision
