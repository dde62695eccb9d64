"""German date expressions resolved against a reference day: the publication date, or a live blog's dateline.

Rules written here, not a library: dateparser 1.5 (measured for this module, then dropped as a dependency)
finds no date in "am kommenden Freitag", "am 12. Juni 2018", "am 5. Mai", "Mitte Juli", "im Sommer 2019" or
"im vergangenen Jahr", reads "14 Uhr" as the 14th and "im Juli" as a day in July, reports no precision, and
its search_dates takes about 8 ms a sentence (these rules: well under 0.1 ms).

Every mention has a precision: day, month or year (the contract has no other). A week ("vergangene Woche")
is given as its month when it lies within one month, else not at all; a weekend as its Saturday; a season with a year
gives the year. Vague expressions ("vor kurzem", "seit Wochen", "bald") give no date.

Tense. A bare weekday ("am Montag"), a month or day without a year and a bare season depend on the tense of
the report: `future=False` (the default) counts back to the latest such day, `future=True` forward to the
next one, `future=None` takes the nearest. The reference day itself counts in every case, so "am Montag" in
a Monday's paper is that Monday. Such a mention carries both readings (past_value, future_value) and
`for_tense` switches between them without parsing again. "am kommenden"/"am vergangenen Montag" never mean
the reference day; "am heutigen Dienstag" and "an diesem Dienstag" in a Tuesday's paper are that day.

A rule matches the words a date cannot do without (a weekday, a month, a year) and then reads the words
before them backwards ("seit dem", "am kommenden"): patterns that start with optional words are slow, and
the leading words tell whether a date bounds a period (is_boundary). The words themselves are in
orchestration/knowledge/date_words.tsv.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Callable, NamedTuple

from orchestration.nlp.knowledge import KNOWLEDGE_DIR


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO 8601 at its precision: 2025, 2025-08 or 2025-08-15
    precision: str  # day, month, year
    relative: bool = False  # counted from the reference day
    rule: str = ""  # the rule that read it: weekday, day_month, week, year, ...
    past_value: str | None = None  # the value for a report in the past tense (where the tense decides it)
    future_value: str | None = None  # the value for a plan, or a present tense that speaks of the future

    @property
    def tense_dependent(self) -> bool:
        return self.past_value != self.future_value


def for_tense(mention: DateMention, future: bool) -> DateMention | None:
    """The mention read for a report in the past (future=False) or of a plan (True); None when that reading
    has no date at this precision (a week across two months). Mentions that do not depend on tense stay."""
    if not mention.tense_dependent:
        return mention
    value = mention.future_value if future else mention.past_value
    return replace(mention, value=value) if value is not None else None


# -- words -------------------------------------------------------------------------------------------------
@cache
def date_words() -> dict[str, dict[str, str]]:
    """kind -> {word: value} from knowledge/date_words.tsv."""
    words: dict[str, dict[str, str]] = defaultdict(dict)
    with open(KNOWLEDGE_DIR / "date_words.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            words[row["kind"]][row["word"]] = row["value"]
    return dict(words)


def _number(kind: str, word: str) -> int:
    return int(date_words()[kind][word.lower()])


def _span(kind: str, word: str) -> tuple[int, int]:
    """'3-5' -> (3, 5) for seasons and phases."""
    first, last = date_words()[kind][word.lower()].split("-")
    return int(first), int(last)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    words = date_words()
    return int(words["month"].get(key) or words["month_abbreviation"][key])


def _alternation(*kinds: str) -> str:
    words = {w for kind in kinds for w in date_words()[kind]}
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _pattern(template: str, flags: int = 0) -> re.Pattern[str]:
    """A rule's regex: <NAME> stands for a word list of date_words.tsv or a shared piece below."""
    pieces = {
        "S": r"\s+",  # article texts break lines inside sentences
        "MONTH": _alternation("month") + r"\b",
        "MONTHX": "(?:" + _alternation("month") + r"\b|" + _alternation("month_abbreviation") + r"\.)",
        "WD": _alternation("weekday"),
        "PART": _alternation("day_part"),
        "REL": _alternation("relative_day"),
        "DAYADJ": _alternation("day_adjective"),
        "DIR": _alternation("direction"),
        "OFF": _alternation("offset"),
        "SEASON": _alternation("season"),
        "NUM": _alternation("number"),
        "UNIT": _alternation("unit"),
        "HABIT": _alternation("habitual"),
        "ORD": _alternation("ordinal"),
        "EVENTDAY": _alternation("event_day"),
        "EVNOUN": _alternation("event_noun"),
        "YEAR": r"(?:1[89]|20)\d\d(?![\d/]|[.,]\w)",
        "DAY": r"\b(?<!\.)(?P<d>[0-3]?\d)\.",
    }
    return re.compile(re.sub(r"<([A-Z]+)>", lambda m: pieces[m.group(1)], template), re.I | flags)


# -- the words before a date -------------------------------------------------------------------------------
@cache
def _word_sets() -> dict[str, frozenset[str]]:
    words = date_words()
    return {
        "article": frozenset("zum zur am beim vom im dem den des der das an in von für stand auf".split()),
        "lead": frozenset(words["boundary"]) | frozenset("noch erst schon bereits".split()),
        "weekday_modifier": frozenset(words["direction"]) | frozenset(w + "en" for w in words["day_adjective"]),
        "month_direction": frozenset(words["direction"]),
        "time_of_day": frozenset(("frühen", "späten")),
        "phase": frozenset(("anfang", "mitte", "ende", "monat")),
        "year_word": frozenset(("jahr", "jahre", "jahres")),
        "determiner": frozenset(("das", "dem", "diesem", "dieses")),
        "weekend_article": frozenset(("am", "übers", "über", "zum", "an")),
        "today": frozenset(("heute",)),
    }


_LEAD_STEPS = ("article", "article", "lead")
_WEEKDAY_STEPS = ("weekday_modifier", "time_of_day", "article", "lead")
_MONTH_STEPS = ("month_direction", "phase", "article", "lead")
_YEAR_STEPS = ("year_word", "article", "lead")
_WEEKEND_STEPS = ("weekday_modifier", "determiner", "weekend_article", "lead")


def _previous_word(text: str, pos: int) -> tuple[int, str] | None:
    """The word that ends in whitespace just before pos, with its start."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == pos or end == 0:
        return None
    begin = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind("\t", 0, end)) + 1
    while begin < end and text[begin] in _OPENING:  # „Seit Freitag
        begin += 1
    return (begin, text[begin:end]) if begin < end else None


_OPENING = "„\"“‚'»«(["


def read_before(text: str, start: int, steps: tuple[str, ...]) -> tuple[int, dict[str, str]]:
    """Walk back from a date over the words of each step (nearest first, each optional): 'bis zum kommenden
    Freitag' -> the start of 'bis' and {'weekday_modifier': 'kommenden', 'article': 'zum', 'lead': 'bis'}."""
    sets, found, pos = _word_sets(), {}, start
    for step in steps:
        previous = _previous_word(text, pos)
        if previous is None:
            break
        if previous[1].lower() in sets[step]:
            pos, found[step] = previous[0], previous[1]
    return pos, found


class Hit:
    """A rule's match with the words read before it: group() answers from either."""

    __slots__ = ("match", "before", "start")

    def __init__(self, match: re.Match[str], before: dict[str, str], start: int) -> None:
        self.match, self.before, self.start = match, before, start

    def group(self, *names: str) -> str | None:
        """The first of the named groups (or words before) that took part in the match."""
        for name in names:
            if name in self.before:
                return self.before[name]
            try:
                value = self.match.group(name)
            except IndexError:
                continue
            if value:
                return value
        return None

    @property
    def text(self) -> str:
        return self.match.group(0)


# -- counting days -----------------------------------------------------------------------------------------
def iso(day: date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def weekday_near(reference: date, weekday: int, how: str) -> date:
    """The weekday counted from the reference day.

    past: the latest on or before it; future: the first on or after it; nearest: the closer of the two
    (the reference day when it is that weekday); next/last: strictly after/before it.
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if how == "next":
        return reference + timedelta(days=ahead or 7)
    if how == "last":
        return reference - timedelta(days=back or 7)
    if how == "past" or (how == "nearest" and back <= ahead):
        return reference - timedelta(days=back)
    return reference + timedelta(days=ahead)


def _how(future: bool | None) -> str:
    return "nearest" if future is None else "future" if future else "past"


_PLAN_AHEAD_MONTHS = 3


def _month_year(reference: date, month: int, how: str) -> int:
    """The year of a month named without one. A plan may name the month just past ("im Mai" in early June); a
    report in the past tense often reports a plan for the months ahead ("sagte, sie würden sich im Mai treffen"
    in March), so up to three months ahead stay in the reference year."""
    if how == "past":
        return reference.year if month <= reference.month + _PLAN_AHEAD_MONTHS else reference.year - 1
    if how == "future":
        return reference.year if month >= reference.month - 1 else reference.year + 1
    years = (reference.year - 1, reference.year, reference.year + 1)  # nearest; a tie stays in the same year
    return min(years, key=lambda y: (abs(12 * (y - reference.year) + month - reference.month), y != reference.year))


def _day_without_year(reference: date, month: int, day: int, how: str) -> date | None:
    """A day and month: the occurrence nearest the reference day, unless the tense points the other way: a plan
    more than a month back ("soll am 10. Dezember stattfinden" in June is the coming December), a report in the
    past tense more than three months ahead (closer, it is often a plan it reports)."""
    candidates = [d for y in range(reference.year - 1, reference.year + 2) if (d := _date_or_none(y, month, day))]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: abs((d - reference).days))
    if how == "future" and (reference - nearest).days > 30:
        return min((d for d in candidates if d > reference), default=nearest)
    if how == "past" and (nearest - reference).days > 31 * _PLAN_AHEAD_MONTHS:
        return max((d for d in candidates if d < reference), default=nearest)
    return nearest


def _season_year(reference: date, first: int, last: int, how: str) -> int | None:
    """The year of a season (or a part of the year) named without one; None for one that spans two years."""
    if first > last:
        return None
    if how == "past":
        return reference.year if first <= reference.month else reference.year - 1
    if how == "future":
        return reference.year if last >= reference.month else reference.year + 1
    if first <= reference.month <= last:
        return reference.year
    middle = (first + last) // 2
    return _month_year(reference, middle, "nearest")


def _month_of_days(first: date, last: date) -> str | None:
    """A span of days as its month, if it lies within one."""
    return iso(first, "month") if (first.year, first.month) == (last.year, last.month) else None


def _week(reference: date, offset: int, part: tuple[int, int] = (0, 6)) -> str | None:
    """The month of a week (Monday to Sunday) offset from the reference day's week, or of a part of it."""
    monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset)
    return _month_of_days(monday + timedelta(days=part[0]), monday + timedelta(days=part[1]))


def _weekend(reference: date, how: str) -> str:
    """The Saturday of a weekend, its first day: past/future as for weekdays; a Sunday's paper speaks of its own
    weekend ('der Gipfel am Wochenende' in Monday's paper began on the Saturday before)."""
    if how in ("last", "next"):
        saturday = weekday_near(reference, 5, how)
        if how == "last" and saturday + timedelta(days=1) >= reference:
            saturday -= timedelta(weeks=1)
    elif reference.weekday() == 6:
        saturday = reference - timedelta(days=1)
    else:
        saturday = weekday_near(reference, 5, how)
    return saturday.isoformat()


# -- rules -------------------------------------------------------------------------------------------------
class Reading(NamedTuple):
    """What a rule reads: the value for each tense, its precision, and whether it was counted from the reference."""

    past: str | None
    future: str | None
    nearest: str | None
    precision: str
    relative: bool = True


def _fixed(value: str | None, precision: str, relative: bool = True) -> Reading | None:
    return Reading(value, value, value, precision, relative) if value is not None else None


def _by_tense(read: Callable[[str], str | None], precision: str) -> Reading | None:
    values = (read("past"), read("future"), read("nearest"))
    return Reading(*values, precision) if any(v is not None for v in values) else None


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_or_none(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _str_or_none(value: int | None) -> str | None:
    return str(value) if value is not None else None


def _explicit_day(year: str | None, month: int, day: int, reference: date | None) -> Reading | None:
    if not 1 <= month <= 12:
        return None
    if year is not None:
        return _fixed(_iso_or_none(_date_or_none(int(year), month, day)), "day", relative=False)
    if reference is None:
        return None
    return _by_tense(lambda how: _iso_or_none(_day_without_year(reference, month, day, how)), "day")


def read_weekday_date(hit: Hit, reference: date | None) -> Reading | None:
    """'am Montag, 5. Mai', 'Montag (5. Mai 2025)', 'Freitag, 17.9.': the date, in the year the weekday fits."""
    month = _month(hit.group("m")) if hit.group("m") else int(hit.group("mn"))
    day, weekday, year = int(hit.group("d")), _number("weekday", hit.group("wd")), hit.group("y", "y2")
    if year or reference is None or not 1 <= month <= 12:
        return _explicit_day(year, month, day, reference)
    fitting = [d for d in (_date_or_none(y, month, day) for y in range(reference.year - 1, reference.year + 2))
               if d is not None and d.weekday() == weekday]
    if fitting:
        return _fixed(min(fitting, key=lambda d: abs((d - reference).days)).isoformat(), "day")
    return _explicit_day(None, month, day, reference)


def read_day_range(hit: Hit, reference: date | None) -> Reading | None:
    """'vom 17. bis 21. Juli', '17./18. Juli 2021', 'vom 30. Juni bis 2. Juli': the first day."""
    return _explicit_day(hit.group("y1", "y"), _month(hit.group("m1", "m")), int(hit.group("d")), reference)


def read_day_month(hit: Hit, reference: date | None) -> Reading | None:
    """'am 12. Juni 2018', 'am 5. Mai' (the nearest 5 May), '12. Okt.'."""
    return _explicit_day(hit.group("y"), _month(hit.group("m")), int(hit.group("d")), reference)


def read_dotted_day(hit: Hit, reference: date | None) -> Reading | None:
    """'12.6.2018', '2018-06-12', 'am 12.6.', 'vom 14.01.21' (two digits: this century up to 2049)."""
    short = hit.group("yy")
    year = hit.group("y") or (str((2000 if int(short) < 50 else 1900) + int(short)) if short else None)
    return _explicit_day(year, int(hit.group("mn")), int(hit.group("d")), reference)


def read_month(hit: Hit, reference: date | None) -> Reading | None:
    """'im Juli', 'Ende Juli', 'Mitte Juli 2019', 'Juli 2019', 'im April dieses Jahres', 'im vergangenen Juni':
    always the month, never its first day."""
    month = _month(hit.group("m"))
    if hit.group("y"):
        return _fixed(f"{hit.group('y')}-{month:02d}", "month", relative=False)
    if reference is None:
        return None
    if hit.group("off"):
        return _fixed(f"{reference.year + _number('offset', hit.group('off'))}-{month:02d}", "month")
    if hit.group("month_direction"):
        return _fixed(f"{_directed_month_year(reference, month, hit.group('month_direction'))}-{month:02d}", "month")
    return _by_tense(lambda how: f"{_month_year(reference, month, how)}-{month:02d}", "month")


def _directed_month_year(reference: date, month: int, word: str) -> int:
    """The year of a month with a direction, whatever the tense: 'im vergangenen Juni' is the last June before
    the reference month (in a June that is a year back, in November the same year), 'im kommenden März' the
    next March after it, 'diesen Juni' the reference year's."""
    direction = date_words()["direction"][word.lower()]
    if direction == "before_last":  # 'im vorvergangenen Juni': the June a year before the last
        return (reference.year if month < reference.month else reference.year - 1) - 1
    if direction == "last":
        return reference.year if month < reference.month else reference.year - 1
    if direction == "next":
        return reference.year if month > reference.month else reference.year + 1
    return reference.year


def read_season(hit: Hit, reference: date | None) -> Reading | None:
    """'im Sommer 2019' -> 2019 (the contract has no season: the year is what is sure), 'im Herbst vergangenen
    Jahres', 'im Sommer' (this or last year by tense); a bare winter spans two years and gives nothing."""
    if hit.group("y"):
        return _fixed(hit.group("y"), "year", relative=False)
    if reference is None:
        return None
    if hit.group("off"):
        return _fixed(str(reference.year + _number("offset", hit.group("off"))), "year")
    first, last = _span("season", hit.group("s"))
    return _by_tense(lambda how: _str_or_none(_season_year(reference, first, last, how)), "year")


# the months that "Anfang", "Mitte" and "Ende des Jahres" can mean
_YEAR_PARTS = {"anfang": (1, 3), "beginn": (1, 3), "mitte": (5, 8), "ende": (10, 12)}


def read_year_part(hit: Hit, reference: date | None) -> Reading | None:
    """'Ende 2019', 'Anfang des Jahres', 'Ende vergangenen Jahres', 'zum Jahresende': the year."""
    if hit.group("y", "y2"):
        return _fixed(hit.group("y", "y2"), "year", relative=False)
    if reference is None:
        return None
    if hit.group("off"):
        return _fixed(str(reference.year + _number("offset", hit.group("off"))), "year")
    first, last = _YEAR_PARTS[hit.group("ph", "ph2").lower()]
    return _by_tense(lambda how: _str_or_none(_season_year(reference, first, last, how)), "year")


def read_relative_year(hit: Hit, reference: date | None) -> Reading | None:
    """'im vergangenen Jahr', 'nächstes Jahr', 'im Vorjahr', 'beim diesjährigen Gipfel'."""
    if reference is None:
        return None
    offset = _number("offset", hit.group("off")) if hit.group("off") else -1 if hit.text.lower().startswith("vor") \
        else 0
    return _fixed(str(reference.year + offset), "year")


def read_relative_month(hit: Hit, reference: date | None) -> Reading | None:
    """'im vergangenen Monat', 'diesen Monat', 'Ende des Monats', 'im Vormonat'."""
    if reference is None:
        return None
    offset = _number("offset", hit.group("off")) if hit.group("off") else -1 if hit.text.lower().startswith("vor") \
        else 0
    index = reference.year * 12 + reference.month - 1 + offset
    return _fixed(f"{index // 12}-{index % 12 + 1:02d}", "month")


def read_week(hit: Hit, reference: date | None) -> Reading | None:
    """'vergangene Woche', 'Ende nächster Woche', 'Anfang der Woche': the month, if the week lies in one."""
    if reference is None:
        return None
    offset = _number("offset", hit.group("off")) if hit.group("off") else -1 if "vorwoche" in hit.text.lower() else 0
    part = _span("phase", hit.group("ph")) if hit.group("ph") else (0, 6)
    return _fixed(_week(reference, offset, part), "month")


WHOLE_WEEKEND = ("übers", "über")  # 'übers Wochenende gescheitert': at some time over it, begun perhaps before


def read_weekend(hit: Hit, reference: date | None) -> Reading | None:
    """'am Wochenende', 'am vergangenen Wochenende': its Saturday, the first day of what goes on over it (a call
    on either of its days is left its month by the dating stage)."""
    if reference is None:
        return None
    if (hit.group("weekend_article") or "").lower() in WHOLE_WEEKEND:  # 'übers Wochenende': what went on over it
        return _by_tense(lambda how: _month_of_days(date.fromisoformat(_weekend(reference, how)),
                                                    date.fromisoformat(_weekend(reference, how)) + timedelta(days=1)),
                         "month")
    direction = date_words()["direction"].get((hit.group("weekday_modifier") or "").lower())
    if direction in ("next", "last"):
        return _fixed(_weekend(reference, direction), "day")
    if direction == "before_last":  # 'am vorvergangenen Wochenende': the last before the last week's
        return _fixed(_weekend(reference - timedelta(weeks=1), "last"), "day")
    return _by_tense(lambda how: _weekend(reference, how), "day")


def read_ago(hit: Hit, reference: date | None) -> Reading | None:
    """'vor drei Tagen' (that day), 'vor 30 Jahren' (the calendar year), 'vor einer Woche', 'vor zwei Monaten':
    a count of weeks or months is only as exact as its unit, so it gives the month that its whole margin falls
    in, or nothing; 'heute vor einem Jahr' and 'vor genau einem Jahr' (an anniversary to the day) are that day."""
    if reference is None:
        return None
    count = int(hit.group("n")) if hit.group("n").isdigit() else _number("number", hit.group("n"))
    unit = _number("unit", hit.group("u"))
    if hit.group("today") or hit.group("exact") and unit == 365:
        if unit == 365:
            return _fixed(_iso_or_none(_date_or_none(reference.year - count, reference.month, reference.day)), "day")
        return _fixed((reference - timedelta(days=count * unit)).isoformat(), "day")
    if unit == 365:  # anniversaries count calendar years: "vor 30 Jahren" in 2019 is 1989
        return _fixed(str(reference.year - count), "year")
    back = reference - timedelta(days=count * unit)
    if unit == 1:
        return _fixed(back.isoformat(), "day") if count <= 14 else None
    margin = timedelta(days={7: 3, 30: 10}[unit] * (1 if count == 1 else 2))
    return _fixed(_month_of_days(back - margin, back + margin), "month")


_LONGEST_RUN = 14  # days an event told as going on may have lasted to be counted back to its first


def read_days_running(hit: Hit, reference: date | None) -> Reading | None:
    """'seit vier Tagen', 'am dritten Gipfeltag', 'an Tag zwei der Verhandlungen', 'am vierten Tag des Gipfels': an
    event going on for some days, today being the last of them, began that many days back counting today: its first
    day. Only in the present (told in the past the day counted from is not known)."""
    if reference is None:
        return None
    word = hit.group("n", "o", "n2")
    count = int(word) if word.isdigit() else _number("number" if hit.group("n", "n2") else "ordinal", word)
    if not 1 <= count <= _LONGEST_RUN:
        return None
    return Reading(None, None, (reference - timedelta(days=count - 1)).isoformat(), "day")


def read_counted_weekday(hit: Hit, reference: date | None) -> Reading | None:
    """'am Samstag, dem zweiten Tag des Gipfels', 'Am Montagmorgen, es ist der vierte Tag des Treffens', 'am Sonntag
    beim Gipfel am dritten Tag in Folge': a weekday named as the n-th day of an event; its first day lies n-1 days
    before that weekday, in any tense (Saturday the 2nd day: Friday)."""
    if reference is None:
        return None
    count = _number("ordinal", hit.group("o"))
    if not 1 <= count <= _LONGEST_RUN:
        return None
    weekday, back = _number("weekday", hit.group("wd")), timedelta(days=count - 1)
    return _by_tense(lambda how: (weekday_near(reference, weekday, how) - back).isoformat(), "day")


def _day_named(hit: Hit, reference: date | None) -> Reading | None:
    """The day a weekday ('Samstag') or a day and month ('29. Juni') of a hit names."""
    if hit.group("wd"):
        if reference is None:
            return None
        weekday = _number("weekday", hit.group("wd"))
        return _by_tense(lambda how: weekday_near(reference, weekday, how).isoformat(), "day")
    return _explicit_day(hit.group("y"), _month(hit.group("m")), int(hit.group("d")), reference)


def _each_day(reading: Reading | None, shift: Callable[[date], str | None], precision: str) -> Reading | None:
    """A reading whose every day (past, future, nearest) is moved by shift."""
    if reading is None:
        return None
    values = [shift(date.fromisoformat(v)) if v is not None else None
              for v in (reading.past, reading.future, reading.nearest)]
    return Reading(*values, precision, reading.relative) if any(v is not None for v in values) else None


def read_counted_day(hit: Hit, reference: date | None) -> Reading | None:
    """'am zweiten Tag des Gipfels am Freitag', 'am dritten Verhandlungstag, dem 12. Mai': the day named after an
    event's n-th day; its first day lies n-1 days before (the second day Friday: Thursday)."""
    count = _number("ordinal", hit.group("o"))
    if not 1 <= count <= _LONGEST_RUN:
        return None
    return _each_day(_day_named(hit, reference), lambda day: (day - timedelta(days=count - 1)).isoformat(), "day")


_SHORT_EVENT = 3  # days a summit whose length is not told is taken to have lasted, for the month of its first day


def read_last_day(hit: Hit, reference: date | None) -> Reading | None:
    """'zum Abschluss des zweitägigen Gipfels am Samstag', 'am Samstag, dem letzten Tag des dreitägigen Treffens',
    'am letzten Gipfeltag am 29. Juni': the day named is the event's last; counted back by the days its 'n-tägig'
    gives, it is the first (two days ending Saturday: Friday); without them only the month, when a short event
    ending that day lies within one ('am letzten Gipfeltag am Samstag' the 2nd of a month: no date)."""
    days = next((n for word in hit.text.split() if (n := days_of(word.lower())) is not None), None)
    if days is not None and not 1 <= days <= _LONGEST_RUN:
        return None
    if days is None:
        return _each_day(_day_named(hit, reference),
                         lambda day: _month_of_days(day - timedelta(days=_SHORT_EVENT - 1), day), "month")
    return _each_day(_day_named(hit, reference), lambda day: (day - timedelta(days=days - 1)).isoformat(), "day")


def days_of(word: str) -> int | None:
    """'dreitägigen' -> 3, '2-tägige' -> 2: the days an adjective of duration gives an event."""
    stem, sep, rest = word.partition("tägig")
    if not sep:
        return None
    stem = stem.rstrip("-")
    if stem.isdigit():
        return int(stem)
    value = date_words()["number"].get(stem)
    return int(value) if value else None


def read_years_running(hit: Hit, reference: date | None) -> Reading | None:
    """'seit sieben Jahren': what goes on began in the calendar year that many years back (in 2020, 2013). Only in
    the present."""
    if reference is None:
        return None
    count = int(hit.group("n")) if hit.group("n").isdigit() else _number("number", hit.group("n"))
    return Reading(None, None, str(reference.year - count), "year")


def read_weekday_of_week(hit: Hit, reference: date | None) -> Reading | None:
    """'Donnerstag vergangener Woche', 'am Montag nächster Woche', 'nächste Woche Dienstag': that week's day."""
    if reference is None:
        return None
    monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=_number("offset", hit.group("off", "off2")))
    return _fixed((monday + timedelta(days=_number("weekday", hit.group("wd", "wd2")))).isoformat(), "day")


def read_weekday(hit: Hit, reference: date | None) -> Reading | None:
    """'am Montag', 'Montagabend', 'am kommenden Freitag', 'am heutigen Dienstag', 'an diesem Montag',
    'in der Nacht zu Freitag' (the Friday: the night ends in it), 'von Montag bis Mittwoch' and 'am Donnerstag
    und Freitag' (the first day)."""
    if reference is None:
        return None
    weekday = _number("weekday", hit.group("wd"))
    modifier = (hit.group("dir", "weekday_modifier") or "").lower()
    adjectives = date_words()["day_adjective"]
    if modifier[:-2] in adjectives:  # am heutigen/gestrigen/morgigen Dienstag: that day, as the weekday agrees
        anchor = reference + timedelta(days=int(adjectives[modifier[:-2]]))
        return _fixed(weekday_near(anchor, weekday, "nearest").isoformat(), "day")
    direction = date_words()["direction"].get(modifier)
    if direction in ("next", "last"):
        return _fixed(weekday_near(reference, weekday, direction).isoformat(), "day")
    if direction == "before_last":  # 'am vorvergangenen Montag': the one a week before the last
        return _fixed((weekday_near(reference, weekday, "last") - timedelta(weeks=1)).isoformat(), "day")
    return _by_tense(lambda how: weekday_near(reference, weekday, how).isoformat(), "day")


def read_night(hit: Hit, reference: date | None) -> Reading | None:
    """'in der Nacht zu Freitag': that Friday; 'in einer Nacht zum Montag' is some night, no date."""
    return None if hit.group("indefinite") else read_weekday(hit, reference)


def read_last_night(hit: Hit, reference: date | None) -> Reading | None:
    """'in der Nacht', 'in der vergangenen Nacht', 'die nächtlichen Verhandlungen': told in the past, the night
    before the reference day, dated by its evening; in a plan, the coming night (the reference day). In the
    present it may be any night ('nächtliche Sitzungen sind anstrengend'): no date."""
    if reference is None:
        return None
    direction = "last" if hit.group("dir2") else date_words()["direction"].get((hit.group("dir") or "").lower())
    yesterday, tonight = (reference - timedelta(days=1)).isoformat(), reference.isoformat()
    if direction == "before_last":
        return _fixed((reference - timedelta(days=2)).isoformat(), "day")  # 'in der vorvergangenen Nacht'
    if direction == "last":
        return _fixed(yesterday, "day")
    if direction in ("next", "this"):
        return _fixed(tonight, "day")
    return Reading(yesterday, tonight, None, "day")


def read_this_evening(hit: Hit, reference: date | None) -> Reading | None:
    """'Am Abend werden die Minister beraten', 'am Nachmittag landet er': in a plan or the present, that part of
    the reference day; told in the past it may be the evening of any day the story tells."""
    return Reading(None, reference.isoformat(), reference.isoformat(), "day") if reference is not None else None


def read_evening_before(hit: Hit, reference: date | None) -> Reading | None:
    """'Am Abend zuvor hatten die Minister beraten', 'am Vorabend': the evening before the reference day, whatever the
    tense; not the eve of a named event ('am Vorabend des Gipfels' is counted from the summit: no date)."""
    return _fixed((reference - timedelta(days=1)).isoformat(), "day") if reference is not None else None


def read_today(hit: Hit, reference: date | None) -> Reading | None:
    """'im Laufe des Tages', 'im Laufe des heutigen Tages': the reference day."""
    return _fixed(reference.isoformat(), "day") if reference is not None else None


def read_relative_day(hit: Hit, reference: date | None) -> Reading | None:
    """'heute', 'gestern Abend', 'vorgestern', 'morgen früh', 'am heutigen Tag', 'die gestrige Sitzung'."""
    if reference is None:
        return None
    word, kind = (hit.group("w"), "relative_day") if hit.group("w") else (hit.group("adj"), "day_adjective")
    return _fixed((reference + timedelta(days=_number(kind, word))).isoformat(), "day")


def read_year(hit: Hit, reference: date | None) -> Reading | None:
    """'1985', 'im Jahr 1991', 'seit 2019': the year (a bare number must pass looks_like_year)."""
    return _fixed(hit.group("y"), "year", relative=False)


def read_year_range(hit: Hit, reference: date | None) -> Reading | None:
    """'von 2015 bis 2019', 'zwischen 2011 und 2014', '2015-2019': a period, given as its first year."""
    return _fixed(hit.group("y"), "year", relative=False) if int(hit.group("y2")) > int(hit.group("y")) else None


def read_nothing(hit: Hit, reference: date | None) -> Reading | None:
    """'2019/20', 'jeden Montag', 'montags', 'Bild am Sonntag': words that look like a date and are none."""
    return None


# -- guards: what a pattern cannot tell ----------------------------------------------------------------------
def _word_before(text: str, start: int) -> str:
    previous = _previous_word(text, start)
    return previous[1] if previous else ""


_FIRST_WORD = re.compile(r"\s*([^\s,;:.()!?]+)")


def _word_after(text: str, end: int) -> str:
    match = _FIRST_WORD.match(text, end, min(len(text), end + 30))
    return match.group(1) if match else ""


ADJECTIVES_BEFORE_A_NOUN = 2  # 'das heutige informelle Treffen der EU-Außenminister'


def _noun_after(text: str, end: int) -> str:
    """The noun after a word, over a few adjectives: 'beim heutigen informellen EU-Gipfel' -> 'EU-Gipfel'."""
    for _ in range(ADJECTIVES_BEFORE_A_NOUN + 1):
        match = _FIRST_WORD.match(text, end, min(len(text), end + 40))
        if match is None:
            return ""
        word = match.group(1)
        if word[:1].isupper() or not word.isalpha():
            return word
        end = match.end()
    return ""


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?:\"„“»«–-("


@cache
def _then() -> re.Pattern[str]:
    """Words that set 'heute' against the past, and comparisons with a year ('stabiler als 2008')."""
    return re.compile(r"\b(?:" + _alternation("then") + r"|als\s+(?:im\s+Jahr\s+)?(?:19|20)\d\d)\b", re.I)


def _nowadays(text: str, hit: Hit) -> bool:
    """'auch heute', 'schon heute', 'heute noch', 'heute oft': these days, not this day."""
    words = date_words()["nowadays"]
    return words.get(_word_before(text, hit.match.start()).lower()) == "before" \
        or words.get(_word_after(text, hit.match.end()).lower()) == "after"


_STRONG_LEADS = frozenset("seit bis ab vor nach spätestens frühestens zwischen binnen jahr jahre jahres".split())


def looks_like_year(text: str, hit: Hit) -> bool:
    """A four-digit number is a year unless it counts or names something: '2000 Soldaten', 'rund 1900',
    '14 Uhr', 'Agenda 2030', 'Seite 2019'. After 'im Jahr', 'seit', 'bis' it is a year."""
    words = date_words()
    start = hit.match.start("y")
    before, after = _word_before(text, start).lower(), _word_after(text, hit.match.end())
    if after.lower() in words["measure"] or before in words["named"] or before in words["section"]:
        return False
    if any(w.lower() in _STRONG_LEADS for w in hit.before.values()):
        return True
    if before in words["count"]:
        return False
    return not (int(hit.group("y")) % 100 == 0 and after[:1].isupper())


_EMPTY_LEADS = frozenset("noch erst schon bereits".split())


def month_has_context(text: str, hit: Hit) -> bool:
    """A month name alone may be a name ('August Hanning'): it needs a preposition, 'Anfang'/'Mitte'/'Ende' or a
    year ('im Juli', 'bis Ende Juli', 'Juli 2019')."""
    return bool(hit.group("y", "off")) or any(w.lower() not in _EMPTY_LEADS for w in hit.before.values())


def season_has_article(text: str, hit: Hit) -> bool:
    """'im Sommer', 'seit dem Herbst': a bare season needs its article ('Sommer' alone may be anything)."""
    return hit.group("article") is not None and hit.group("article").lower() in ("im", "dem", "zum", "den")


def weekday_is_a_day(text: str, hit: Hit) -> bool:
    """'Robinson und Freitag', 'Jana Freitag': after a capitalised word inside a sentence a weekday is a name;
    after one that opens the sentence ('Doch Sonntag startete ...') it is a day."""
    if hit.before or _sentence_start(text, hit.start):
        return True
    previous = _previous_word(text, hit.start)
    return previous is None or not previous[1][:1].isupper() or _sentence_start(text, previous[0])


def weekend_is_dated(text: str, hit: Hit) -> bool:
    """'ein langes Wochenende', 'jedes Wochenende', 'am ersten Wochenende' are no particular weekend."""
    word = _word_before(text, hit.match.start())
    return "weekday_modifier" in hit.before or not word[:1].islower() or word.lower() in _word_sets()["determiner"] \
        or word.lower() in _word_sets()["weekend_article"]


def relative_day_is_a_day(text: str, hit: Hit) -> bool:
    """'am Morgen' and 'jeden Morgen' are mornings, 'die Welt von morgen' is the future, 'heute-journal' a
    programme, 'der heutige Präsident' the present one."""
    word = hit.group("w")
    before = _word_before(text, hit.match.start()).lower()
    if before == "von" or before == "auf" and text[:hit.match.start()].lower().rstrip().endswith("heute auf"):
        return False
    if word is None:  # "der heutige Präsident" is today's one; "das heutige Treffen" is today
        return hit.group("adj").lower() != "heutig" or _noun_after(text, hit.match.end()).lower().endswith(
            tuple(date_words()["occasion"]))
    if word.lower() == "heute" and (_then().search(text) or _nowadays(text, hit)):
        return False  # "Damals wie heute", "heute stabiler als 2008", "auch heute noch": nowadays
    if word[:1].isupper() and (hit.before or not _sentence_start(text, hit.start)):
        return False  # "am Morgen", "ins Gestern", "das Heute" are nouns; "Morgen reist er" opens a sentence
    follows = text[hit.match.end():hit.match.end() + 9].lower()
    return not (follows.startswith("-") or follows.lstrip().startswith(("journal", "show")))


@dataclass(frozen=True)
class Rule:
    name: str
    template: str
    read: Callable[[Hit, date | None], Reading | None]
    clues: tuple[str, ...]  # the rule cannot match a sentence without each of these clues
    before: tuple[str, ...] = _LEAD_STEPS  # the words it reads backwards (see read_before)
    guard: Callable[[str, Hit], bool] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.template)


@cache
def _compiled(template: str) -> re.Pattern[str]:
    return _pattern(template)


_YEAR_RANGE_END = r"(?:zum<S>|dem<S>Jahr<S>)?(?P<y2><YEAR>)\b"
# An event named after a day of it: "des (zweitägigen) Gipfels", "seines Besuchs in Peking", "der Verhandlungen".
_EVENT_OF = r"(?:de[rs]|seine[rs]|ihre[rs]|eine[rs])<S>(?:[\w-]+(?:en|e)<S>){0,2}[\w-]*?<EVNOUN>\b(?:<S>in<S>[\w-]+)?"
# The day named after it: "am Freitag", ", dem 12. Mai", "Samstag".
_DAY_AFTER = (r"(?:\s*,\s*|<S>)(?:am<S>|dem<S>|den<S>)?(?:(?P<wd><WD>)(?:<PART>)?\b|"
              r"<DAY>\s*(?P<m><MONTHX>)(?:<S>(?P<y><YEAR>))?)")
_DAY_BEFORE = r"(?:(?P<wd><WD>)(?:<PART>)?\b|<DAY>\s*(?P<m><MONTHX>)(?:<S>(?P<y><YEAR>))?)\s*,?<S>(?:dem|am|den|der)<S>"
_LAST_DAY = r"(?:letzten|abschließenden)<S>(?:<EVENTDAY>\b|Tag<S>" + _EVENT_OF + ")"
_EVENT_END = r"(?:zum|zu|beim|bei|nach|am|mit)<S>(?:dem<S>)?(?:Abschluss|Ende|Schluss|Ausklang)<S>" + _EVENT_OF
# Earlier rules claim their words first: "am Montag, 5. Mai" is one date, not a weekday and a day.
RULES: tuple[Rule, ...] = (
    Rule("named_day", r"\b(?:Straße|Platz|Allee|Brücke|Ufer)<S>des<S><DAY>\s*<MONTH>", read_nothing, ("digit", "month"),
         ()),
    Rule("weekday_date", r"\b(?P<wd><WD>)(?:<PART>)?\b,?\s*\(?\s*(?:den<S>)?<DAY>"
         r"\s*(?:(?P<m><MONTHX>)(?:<S>(?P<y><YEAR>))?|(?P<mn>[01]?\d)\.(?P<y2>(?:19|20)\d\d)?(?!\d))\)?",
         read_weekday_date, ("weekday", "digit"), _WEEKDAY_STEPS),
    Rule("counted_day", r"\b(?:am|an)<S>(?P<o><ORD>)en<S>(?:<EVENTDAY>\b|Tag<S>" + _EVENT_OF + ")" + _DAY_AFTER,
         read_counted_day, ("tag",), ()),
    Rule("last_day", r"\b(?:am|an)<S>" + _LAST_DAY + _DAY_AFTER, read_last_day, ("tag",), ()),
    Rule("last_day", r"\b" + _EVENT_END + _DAY_AFTER, read_last_day, (), ()),
    Rule("last_day", r"\b" + _DAY_BEFORE + _LAST_DAY, read_last_day, ("tag",), _WEEKDAY_STEPS),
    Rule("day_range", r"<DAY>(?:\s*(?P<m1><MONTHX>)(?:<S>(?P<y1><YEAR>))?)?"
         r"\s*(?:bis(?:<S>zum)?|und|-|–|/)\s*[0-3]?\d\.\s*(?P<m><MONTHX>)(?:<S>(?P<y><YEAR>))?",
         read_day_range, ("digit", "month")),
    Rule("day_month", r"<DAY>\s*(?P<m><MONTHX>)(?:<S>(?P<y><YEAR>))?", read_day_month, ("digit", "month")),
    Rule("iso_day", r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b", read_dotted_day, ("digit",)),
    Rule("dotted_day", r"<DAY>(?P<mn>[01]?\d)\.(?:(?P<y>(?:19|20)\d\d)\b|(?P<yy>\d\d)\b(?![.,]\d)|(?![\d.]|\s*Uhr))",
         read_dotted_day, ("digit",)),
    Rule("season", r"\b(?P<s><SEASON>)<S>(?:(?:des<S>Jahres<S>)?(?P<y><YEAR>)\b(?!/)|"
         r"(?:des<S>)?(?P<off><OFF>)<S>Jahres\b)", read_season, ("season",)),
    Rule("bare_season", r"\b(?P<s><SEASON>)\b", read_season, ("season",), guard=season_has_article),
    Rule("year_part_explicit", r"\b(?:Anfang|Mitte|Ende)<S>(?P<y><YEAR>)\b(?![./-]\d)", read_year_part, ("digit",)),
    Rule("year_part", r"\b(?:(?P<ph>Anfang|Mitte|Ende)<S>(?:des<S>Jahres\b(?:<S>(?P<y2><YEAR>))?|"
         r"(?:des<S>)?(?P<off><OFF>)<S>Jahres\b)|Jahres(?P<ph2>anfang|beginn|mitte|ende)\b)",
         read_year_part, ("jahr",)),
    Rule("month", r"\b(?P<m><MONTH>)(?:<S>(?P<y><YEAR>)|<S>(?:des<S>)?(?P<off><OFF>)<S>Jahres\b)?", read_month,
         ("month",), _MONTH_STEPS,
         month_has_context),
    Rule("relative_year", r"\b(?:(?P<off><OFF>)<S>Jahr(?:es)?\b|Vorjahr(?:es)?\b|(?:dies|vor)jährig\w*)",
         read_relative_year, ("jahr",)),
    Rule("relative_month", r"\b(?:(?P<off><OFF>)<S>Monats?\b|(?:Anfang|Mitte|Ende)<S>des<S>Monats\b|Vormonats?\b|"
         r"Monats(?:anfang|beginn|mitte|ende)s?\b)",
         read_relative_month, ("monat",)),
    Rule("weekday_of_week", r"\b(?:(?P<wd><WD>)(?:<PART>)?<S>(?P<off><OFF>)<S>Woche\b|"
         r"(?P<off2><OFF>)<S>Woche<S>(?P<wd2><WD>)(?:<PART>)?\b)", read_weekday_of_week, ("weekday", "woche")),
    Rule("weekend", r"\bWochenende\b", read_weekend, ("woche",), _WEEKEND_STEPS, weekend_is_dated),
    Rule("week_part", r"\b(?P<ph>Anfang|Mitte|Ende)<S>(?:der<S>Woche\b|(?P<off><OFF>)<S>Woche\b)", read_week,
         ("woche",)),
    Rule("week", r"\b(?:(?P<off><OFF>)<S>Woche\b|Vorwoche\b)", read_week, ("woche",)),
    Rule("counted_weekday", r"\b(?P<wd><WD>)(?:<PART>)?\b[^.;:!?\"„“]{0,60}?\b(?:am|zum|dem|den|der)<S>(?P<o><ORD>)(?:en|e)<S>"
         r"(?:<EVENTDAY>\b|Tag<S>(?:de[rs]|in<S>Folge)\b)", read_counted_weekday, ("weekday", "tag"), _WEEKDAY_STEPS),
    Rule("days_running", r"\b(?:seit<S>(?P<n>\d{1,2}|<NUM>)<S>Tagen|am<S>(?P<o><ORD>)en<S>(?:<EVENTDAY>|Tag(?=<S>de[rs]\b))|"
         r"an<S>Tag<S>(?P<n2>\d{1,2}|<NUM>)(?=<S>de[rs]\b))\b", read_days_running, ("tag",), ()),
    Rule("years_running", r"\bseit<S>(?P<n>\d{1,2}|<NUM>)<S>Jahren\b", read_years_running, ("jahr",), ()),
    Rule("ago", r"\bvor<S>(?P<exact>genau<S>)?(?P<n>\d{1,3}|<NUM>)<S>(?P<u><UNIT>)\b", read_ago, ("vor",), ("today",)),
    Rule("habitual", r"\b<HABIT><S>(?:(?:am|dem)<S>)?<WD>(?:<PART>)?\b|\b<WD>(?:<PART>)?s\b|"
         r"\b<WD>(?:(?:,\s*|<S>und<S>|<S>bis<S>)<WD>)*,?<S>(?:von<S>|ab<S>|um<S>)?\d{1,2}(?:[.:]\d\d)?<S>?(?:bis|-|–)|"
         r"\b(?:Bild|Welt|FAZ|Allgemeine|Tagesspiegel)<S>am<S>Sonntag\b", read_nothing, ("weekday",), ()),
    Rule("night", r"\b(?P<indefinite>einer<S>)?Nacht<S>(?:von<S><WD><S>)?(?:zu|zum|auf)<S>(?:den<S>)?(?:(?P<dir><DIR>)<S>)?(?P<wd><WD>)\b",
         read_night, ("weekday", "nacht"), ("article", "article", "lead")),
    Rule("last_night", r"\b(?:in<S>der<S>(?:(?P<dir><DIR>)<S>)?Nacht\b(?!<S>(?:zu|zum|zur|auf|von|vom|des|der|nach|vor|"
         r"zwischen|mit|ohne)\b)|(?P<dir2>vergangene|letzte)<S>Nacht\b|nächtliche[nmrs]?\b)",
         read_last_night, ("nacht",), ()),
    Rule("evening_before", r"\b(?:am<S>(?:(?:frühen|späten)<S>)?Abend<S>(?:zuvor|davor)|am<S>Vorabend)\b"
         r"(?!<S>(?:des|der|von|vom|zu|zum|zur|eines|einer|seines|seiner|ihres|ihrer|dieses|dieser)\b)",
         read_evening_before, ("abend",), ()),
    Rule("this_evening", r"\b(?:am|gegen)<S>(?:(?:frühen|späten)<S>)?(?:Abend|Nachmittag|Vormittag|Mittag)\b",
         read_this_evening, ("abend",), ()),
    Rule("today_phrase", r"\bim<S>Laufe<S>des<S>(?:heutigen<S>)?(?:Tages|Vormittags|Nachmittags|Abends)\b", read_today,
         ("laufe",), ()),
    Rule("weekday_range", r"\b(?:von|zwischen|am|an)<S>(?:(?P<dir><DIR>)<S>)?(?P<wd><WD>)(?:<PART>)?<S>(?:bis|und)<S>"
         r"<WD>(?:<PART>)?\b",
         read_weekday, ("weekday",), ()),
    Rule("weekday", r"\b(?P<wd><WD>)(?:<PART>)?\b(?:<S>früh\b)?", read_weekday, ("weekday",), _WEEKDAY_STEPS,
         weekday_is_a_day),
    Rule("relative_day", r"\b(?:(?P<w><REL>)\b(?:<S>(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)\b)?"
         r"|(?P<adj><DAYADJ>)e[nmrs]?\b)", read_relative_day, ("relative_day",),
         guard=relative_day_is_a_day),
    Rule("year_slash", r"\b(?<!\.)(?:1[89]|20)\d\d/(?:\d\d)?\d\d\b", read_nothing, ("digit",), ()),
    Rule("year_range", r"\b(?<![.,/-])(?P<y><YEAR>)\s*(?:bis|–|-)\s*" + _YEAR_RANGE_END, read_year_range, ("digit",),
         _YEAR_STEPS),
    Rule("year_between", r"\bzwischen<S>(?:den<S>Jahren<S>|dem<S>Jahr<S>)?(?P<y><YEAR>)<S>und<S>" + _YEAR_RANGE_END,
         read_year_range, ("digit",)),
    Rule("year", r"\b(?<![.,/-])(?P<y><YEAR>)\b(?!-\w)", read_year, ("digit",), _YEAR_STEPS, looks_like_year),
)
# Rules whose dates never bound a period, and those whose dates always do.
_EVENT_SPANS = frozenset(("day_range", "weekday_range", "ago"))
_PERIODS = frozenset(("year_range", "year_between"))


# -- finding -----------------------------------------------------------------------------------------------
@cache
def _clue_words() -> dict[str, tuple[str, ...]]:
    """Substrings that each rule needs; few enough to test every sentence for all of them quickly."""
    words = date_words()
    return {
        "month": tuple(words["month_abbreviation"]) + ("märz", "mai", "jänner"),  # the full names contain these
        "weekday": tuple(words["weekday"]),
        "relative_day": ("heut", "gestern", "gestrig", "morg"),
        "season": ("frühjahr", "frühling", "sommer", "herbst", "winter"),
        "woche": ("woche",), "jahr": ("jahr", "jähr"), "tag": ("tag",), "monat": ("monat",), "nacht": ("nacht", "nächtlich"),
        "vor": ("vor",), "laufe": ("laufe",), "abend": ("abend", "mittag"),
    }


_DIGIT = re.compile(r"\d")


def _clues(text: str) -> set[str]:
    lower = text.lower()
    found = {clue for clue, words in _clue_words().items() if any(w in lower for w in words)}
    if _DIGIT.search(text):
        found.add("digit")
    return found


def find_dates(text: str, reference: date | None, future: bool | None = False) -> list[DateMention]:
    """All date expressions of a sentence, resolved against the reference day.

    future: False for a report in the past tense, True for a plan, None when the tense is unknown (nearest).

    >>> [d.value for d in find_dates("am kommenden Freitag", date(2025, 8, 9))]
    ['2025-08-15']
    >>> [d.value for d in find_dates("im Juni 2021", date(2025, 5, 5))]
    ['2021-06']
    """
    clues = _clues(text)
    if not clues:
        return []
    how = _how(future)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for rule in RULES:
        if not clues.issuperset(rule.clues):
            continue
        for match in rule.pattern.finditer(text):
            start, before = read_before(text, match.start(), rule.before) if rule.before else (match.start(), {})
            end = match.end()
            if start < match.start() and _overlaps(taken, start, end):
                start, before = match.start(), {}  # "dieses Jahr 2025": the words before belong to another date
            if _overlaps(taken, start, end):
                continue
            hit = Hit(match, before, start)
            if rule.guard is not None and not rule.guard(text, hit):
                continue
            taken.append((start, end))
            reading = rule.read(hit, reference)
            if reading is None:
                continue
            value = {"past": reading.past, "future": reading.future, "nearest": reading.nearest}[how]
            if value is not None:
                found.append(DateMention(start, end, value, reading.precision, reading.relative, rule.name,
                                         reading.past, reading.future))
    return of_a_year_named_after(text, sorted(found, key=lambda d: d.start))


def of_a_year_named_after(text: str, found: list[DateMention]) -> list[DateMention]:
    """'im November kommenden Jahres', 'vom 1. bis 12. November nächsten Jahres', 'am 3. März vergangenen Jahres':
    a day or month followed by a year in the genitive lies in that year, whatever the tense says; the two are one
    date."""
    out: list[DateMention] = []
    for mention in found:
        last = out[-1] if out else None
        if last is not None and mention.rule == "relative_year" and last.precision in ("day", "month") \
                and not text[last.end:mention.start].strip() and text[mention.start:mention.end].lower().endswith("jahres"):
            value = mention.value + last.value[4:]
            out[-1] = replace(last, end=mention.end, value=value, past_value=value, future_value=value)
            continue
        out.append(mention)
    return out


@cache
def _sequel_pattern() -> re.Pattern[str]:
    return _pattern(r"\b(?:(?P<n>\d{1,2}|<NUM>)<S>(?P<u><UNIT>)<S>(?P<seq>" + _alternation("sequel") + r")|"
                    r"(?:am<S>)?(?P<next>nächsten|folgenden)<S>Tag|(?P<after>Folgetag)|(?P<before>Vortag)|"
                    r"(?:tags|am<S>Tag)<S>(?P<seq2>darauf|zuvor)|"
                    r"(?P<same>(?:am|an<S>dem|an<S>diesem)<S>(?:selben|gleichen)<S>Tag|an<S>dem<S>Tag\b(?!\s*,)))\b")


def days_later(text: str) -> int | None:
    """Days counted from the day told before: 'zwei Tage später' 2, 'eine Woche danach' 7, 'tags darauf' and 'am
    nächsten Tag' 1, 'am Vortag' and 'drei Tage zuvor' -1 and -3, 'am selben Tag' and 'an dem Tag' 0; None
    without such words, or for a count of months or years (only as exact as their unit)."""
    lower = text.lower()
    if not any(w in lower for w in ("tag", "woche")):
        return None
    m = _sequel_pattern().search(text)
    if m is None:
        return None
    if m.group("same"):
        return 0  # "am selben Tag", "An dem Tag trafen sich ..." (not "an dem Tag, an dem ...": a relative clause says it)
    if m.group("next") or m.group("after"):
        return 1
    if m.group("before"):
        return -1
    if m.group("seq2"):
        return _number("sequel", m.group("seq2"))
    unit = _number("unit", m.group("u"))
    count = int(m.group("n")) if m.group("n").isdigit() else _number("number", m.group("n"))
    if unit not in (1, 7) or count * unit > 14:
        return None
    return count * unit * _number("sequel", m.group("seq"))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _words_before(text: str, start: int, count: int) -> list[str]:
    """The count words before start, nearest first and lower case, over qualifiers that may stand between a
    preposition and its date ('bis mindestens zum 1. Januar': 'bis')."""
    words: list[str] = []
    qualifiers = date_words()["qualifier"]
    while len(words) < count:
        previous = _previous_word(text, start)
        if previous is None:
            return words + [""] * (count - len(words))
        start, word = previous[0], previous[1].lower()
        if word not in qualifiers:
            words.append(word)
    return words


def is_baseline(text: str, mention: DateMention) -> bool:
    """'unter den Wert von 1990', 'im Vergleich zu 2019', 'das Niveau von 2008': a year compared with, not the
    time of what is told."""
    first = text[mention.start:mention.end].split()[0].lower()
    before = _words_before(text, mention.start, 2)
    preposition, noun = (first, before[0]) if first in _COMPARING else before
    return preposition in _COMPARING and noun in date_words()["baseline"]


_COMPARING = frozenset(("von", "vom", "zu", "zum", "mit"))


def is_boundary(text: str, mention: DateMention) -> bool:
    """'seit 2021', 'bis Ende Juli', 'ab Montag', 'vom 1. Mai an', 'von 2015 bis 2019': the date bounds
    a period rather than dating an event. 'vom 17. bis 21. Juli' dates an event that lasts."""
    boundary = date_words()["boundary"]
    if mention.rule in _PERIODS or is_baseline(text, mention):
        return True
    words = text[mention.start:mention.end].split()
    if _after_a_postposition(text, mention, words):
        return False
    before = _words_before(text, mention.start, 1)[0] in boundary
    if mention.rule in _EVENT_SPANS:
        return before
    if words and words[0].lower() in ("von", "vom") and _word_after(text, mention.end).lower() == "an":
        return True  # "vom 1. Mai an", "von 2021 an"
    return before or (bool(words) and words[0].lower() in boundary)


def _after_a_postposition(text: str, mention: DateMention, words: list[str]) -> bool:
    """'Maas drohte China gegenüber am Freitag': 'gegenüber' after its noun closes that phrase; a date with its
    own preposition after it is no baseline ('gegenüber 2019', 'gegenüber dem Vorjahr' are)."""
    lower = [w.lower() for w in words[:2]]
    if lower[:1] == ["gegenüber"]:
        return lower[1:2] in (["am"], ["im"])
    return _words_before(text, mention.start, 1)[0] == "gegenüber" and lower[:1] in (["am"], ["im"])


def first_day(mention: DateMention) -> date:
    """'2025-08' -> 2025-08-01, '2025' -> 2025-01-01."""
    parts = [int(p) for p in mention.value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def last_day(mention: DateMention) -> date:
    """'2025-08' -> 2025-08-31, '2025' -> 2025-12-31."""
    start = first_day(mention)
    if mention.precision == "year":
        return date(start.year, 12, 31)
    if mention.precision == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return start


# -- datelines ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dateline:
    """A date that opens a paragraph ("Mittwoch, 1. April, 18.44 Uhr: ..."): the day of the text it governs."""

    start: int  # the date's own characters
    end: int
    day: date
    since: int  # the text from here up to `until` has `day` as its reference day
    until: int


@cache
def _dateline_pattern() -> re.Pattern[str]:
    return _pattern(
        r"[ \t*]*(?:(?:update|aktualisiert|stand)(?:[ \t]+(?:vom|am))?:?[ \t]+)?"
        r"(?:(?P<wd><WD>),?[ \t]+(?:den[ \t]+)?)?(?P<d>[0-3]?\d)\.[ \t]*(?:(?P<m><MONTH>)|(?P<mn>[01]?\d)\.)"
        r"(?:[ \t]*(?P<y><YEAR>))?(?P<after>[ \t]*(?=\n|$)|[ \t]*[,:(–-]|\.[ \t]+(?=[A-ZÄÖÜ\"„]))")


# the first characters a dateline can have: a digit, a weekday's or "Update"/"Stand"'s letter, a space or star
_DATELINE_OPENINGS = frozenset("0123456789 \t*MDFSUAmdfsua")


def _dateline_day(m: re.Match[str], published: date | None) -> date | None:
    if m.group("wd"):
        reading = read_weekday_date(Hit(m, {}, m.start()), published)
    else:
        month = _month(m.group("m")) if m.group("m") else int(m.group("mn"))
        reading = _explicit_day(m.group("y"), month, int(m.group("d")), published) if 1 <= month <= 12 else None
    return date.fromisoformat(reading.nearest) if reading is not None and reading.nearest else None


def datelines(text: str, published: date | None) -> list[Dateline]:
    """The dates that open paragraphs, each with the stretch of text it dates.

    A series of two or more (a live blog's "Freitag, 15. Mai, 18.14 Uhr: ...", a chronicle's "5. März: ...")
    dates the text from each up to the next; in a live blog (entries within two months of publication) a short
    line without a full stop just above an entry is that entry's headline, and the last entry runs to the end.
    A single date, and the last of a chronicle, date their own paragraph (over wrapped lines up to a full
    stop), and the next one too when they stand alone on their line ("11. August 2013" above that day's
    paragraph). A date without a year is the one nearest the publication date on the weekday it names.
    """
    starts = [0] + [m.end() for m in re.finditer(r"\n+", text)]
    pattern = _dateline_pattern()
    found = [(m, day) for start in starts if text[start:start + 1] in _DATELINE_OPENINGS
             and (m := pattern.match(text, start)) and (day := _dateline_day(m, published)) is not None]
    lines = []
    for i, (m, day) in enumerate(found):
        index = bisect.bisect_right(starts, m.start()) - 1
        since = starts[index]
        alone = not m.group("after").strip(" \t") and index + 1 < len(starts)
        until = _paragraph_end(text, starts, index + 1 if alone else index)
        if len(found) >= 2:
            live = published is not None and abs((day - published).days) <= 62
            if live:
                since = _headline_start(text, starts, index)
            if i + 1 < len(found):
                following = bisect.bisect_right(starts, found[i + 1][0].start()) - 1
                until = _headline_start(text, starts, following) if live else starts[following]
            elif live:
                until = len(text)
        end = max(m.end(g) + (g == "mn") for g in ("y", "m", "mn") if m.group(g))
        lines.append(Dateline(m.start("wd") if m.group("wd") else m.start("d"), end, day, since, until))
    return lines


_TERMINAL = ".!?:\"“”»«'"


def _paragraph_end(text: str, starts: list[int], index: int) -> int:
    """The end of the paragraph that starts on line `index`: texts wrapped by hand go on over lines that end
    without a full stop (at most five)."""
    last = index
    while last + 1 < len(starts) and last - index < 5 and not text[starts[last]:starts[last + 1]].rstrip().endswith(
            tuple(_TERMINAL)):
        last += 1
    return starts[last + 1] if last + 1 < len(starts) else len(text)


def _headline_start(text: str, starts: list[int], index: int) -> int:
    """Where a live-blog entry begins: its dateline's paragraph, or the headline line just above it."""
    if index >= 1:
        headline = text[starts[index - 1]:starts[index]].strip().rstrip("\"“”»«'")
        if headline and len(headline) < 120 and headline[-1] not in ".!?:;,":
            return starts[index - 1]
    return starts[index]


class ReferenceDays:
    """The reference day at each place of an article: its dateline's day, else the publication date.

    >>> days = ReferenceDays("Montag, 4. Mai, 9 Uhr: Merkel telefoniert heute mit Macron.", date(2020, 5, 6))
    >>> days.at(30)
    datetime.date(2020, 5, 4)
    """

    def __init__(self, text: str, published: date | None) -> None:
        self.published = published
        self.lines = datelines(text, published)
        self._since = [line.since for line in self.lines]

    def at(self, offset: int) -> date | None:
        index = bisect.bisect_right(self._since, offset) - 1
        if index >= 0 and offset < self.lines[index].until:
            return self.lines[index].day
        return self.published


# -- article dates -----------------------------------------------------------------------------------------
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
        weekday_date = next(rule for rule in RULES if rule.name == "weekday_date")
        for match in weekday_date.pattern.finditer(text):
            if not match.group("m"):
                continue
            day = _date_or_none(first.year, _month(match.group("m")), int(match.group("d")))
            if day is not None and day.month == first.month \
                    and day.weekday() == _number("weekday", match.group("wd")):
                return day, "day"
    return first, precision
