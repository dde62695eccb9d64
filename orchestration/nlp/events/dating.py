"""Stage 4, date: when the event a trigger reports took or takes place.

The date is an expression in the trigger's own clause, the nearest to the trigger, resolved against
the publication date: a weekday points back in a report told in the past and forward otherwise
("Merz empfängt Tusk am Freitag"). Dates that bound a period ("seit 2019", "bis Ende Juli") are no
event dates. Precision is kept (a month stays a month); an event with no date of its own stays
undated rather than borrowing another's, except that a reference back ("das Treffen") shares the
date of the event it refers to, and "damals" the date of the sentence before.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from orchestration.nlp.dates import DateMention, find_dates, for_tense, is_boundary
from orchestration.nlp.events.sentence import PREPOSITIONS, Sentence
from orchestration.nlp.events.sides import phrase_range
from orchestration.nlp.events.triggers import Trigger

if TYPE_CHECKING:
    from orchestration.nlp.events.references import Frame


def dates_of(sentence: Sentence, reference: date | None, future: bool | None) -> list[DateMention]:
    """The event dates of a sentence (not the bounds of periods), offsets relative to the sentence.

    reference: the day the sentence speaks from (the publication day, or a live blog's dateline);
    future: True for a plan, False for a report in the past, None when the tense does not say.
    """
    found = [d for d in find_dates(sentence.text, reference, future=future)
             if not is_boundary(sentence.text, d) and not _purpose(sentence.text, d)]
    if future is None:  # "Das Gespräch findet am Montag statt": news tells what is past in a past tense
        found = [for_tense(d, True) or d if d.rule in AHEAD_IN_PRESENT else d for d in found]
    return found


# Rules whose day the present tense puts ahead; a month or a date stays at its nearest ("Ende Juli" in October).
AHEAD_IN_PRESENT = frozenset({"weekday", "weekend", "night", "weekday_range"})


def _purpose(text: str, mention: DateMention) -> bool:
    """'das Budget für die Jahre 2021 bis 27', 'Pläne für 2030': what a date is for, not when the event is."""
    before = text[max(0, mention.start - 20):mention.start].lower().split()
    return bool(before) and ("für" in before[-3:])


def date_in_clause(sentence: Sentence, trigger: Trigger, dates: list[DateMention]) -> DateMention | None:
    """The date in the trigger's clause nearest to it; for a temporal 'als'/'wo' clause also the clause
    it explains ("im Februar, als sich die Minister in Riad trafen")."""
    relative = _relative_clause_of(sentence, trigger) if trigger.is_noun else None
    trigger = trigger.token
    reach = [sentence.clause(trigger)]
    first = reach[0][0]
    if sentence.lowers[first] in ("als", "wo") and first - 2 >= sentence.start:
        reach.append(sentence.clause(first - 2))
    if relative is not None:
        reach.insert(0, relative)
    at = sentence.offsets[trigger] - sentence.start_char
    for start, end in reach:
        lo = sentence.offsets[start] - sentence.start_char
        hi = sentence.offsets[end - 1] - sentence.start_char + len(sentence.texts[end - 1])
        inside = [d for d in dates if lo <= d.start < hi]
        if inside:
            return min(inside, key=lambda d: abs(d.start - at))
    return None


def date_of_group(sentence: Sentence, group: list[Trigger], dates: list[DateMention]) -> DateMention | None:
    """The date a group of triggers states for its event: each trigger's own (date_in_clause), the most
    precise of those that agree ('am Wochenende beim Gipfel: ... bei dem Treffen, das an diesem Freitag
    beginnt' is that Friday); where they disagree, the first trigger's."""
    found = [d for d in (date_in_clause(sentence, t, dates) for t in group) if d is not None]
    best = found[0] if found else None
    for other in found[1:]:
        if dates_agree(best, other) and PRECISION.index(other.precision) > PRECISION.index(best.precision):
            best = other
    return best


PRECISION = ("year", "month", "day")


def sharpen_dates(frames: list[Frame], stated: dict[int, DateMention | None]) -> None:
    """A reference back that states a more precise date than the event it refers to was given, and agrees
    with it, dates that event and all its mentions: 'EU-Gipfel am Wochenende' (the month) and then 'das
    Treffen, das an diesem Freitag beginnt' (the day). stated: a frame's own date (id -> date), before it
    took the date of the event it refers to."""
    for frame in frames:
        own, root = stated.get(id(frame)), frame.root
        if root is not frame and own is not None and root.date is not None and dates_agree(own, root.date) \
                and PRECISION.index(own.precision) > PRECISION.index(root.date.precision):
            root.date = own
    for frame in frames:
        root = frame.root
        if root is not frame and frame.date is not None and root.date is not None \
                and dates_agree(frame.date, root.date) \
                and PRECISION.index(root.date.precision) > PRECISION.index(frame.date.precision):
            frame.date = root.date


RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "welches", "welcher", "welche", "welchem"}


def _relative_clause_of(sentence: Sentence, noun: Trigger) -> tuple[int, int] | None:
    """'ein Telefonat mit Macron, das am Montag stattfinden soll': a relative clause right after the
    trigger noun's phrase says when the event is (also after a preposition: 'der Gipfel, bei dem ...')."""
    phrase = phrase_range(sentence, noun)
    comma = phrase.stop if len(phrase) else noun.token + 1
    if comma >= sentence.end - 1 or sentence.texts[comma] != ",":
        return None
    pronoun = comma + 1
    if sentence.lowers[pronoun] in PREPOSITIONS and pronoun + 1 < sentence.end:
        pronoun += 1
    if sentence.lowers[pronoun] not in RELATIVE_PRONOUNS:
        return None
    return sentence.clause(pronoun)


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


def dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    return a is None or b is None or a.value.startswith(b.value) or b.value.startswith(a.value)
