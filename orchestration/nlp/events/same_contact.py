"""Stage 7, the same contact told twice: the day and the kind one report gives, another one may lack.

An article names its contact in several sentences, and only some of them say when or how it took place:
"Biden und Selenskyj telefonieren am Sonntag" in the lead, "Biden sprach mit Selenskyj über ..." further down.
Once dates and statuses are read, a contact that states no date of its own (none, or only the month of
publication guessed for news) takes the day another report of it in the article states, and a "Gespräch"
("sprach mit") the kind CALL where the article reports the same talk as a call. The same contact: of its
kind (talk of any kind, CONTACT, may be any), of the same people and sides (one's all among the other's),
of the same status, at no other place. Never where the article tells of another occurrence of such a
contact (a second date for the same people; "erneut", "wieder", "zuvor", "zum zweiten Mal", "die nächste
Runde" in either sentence): two calls of one pair, a visit and the return, stay apart, undated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from orchestration.nlp.dates import DateMention
from orchestration.nlp.events.dating import NEWS_MONTH, dates_agree, negotiations_as_a_whole
from orchestration.nlp.events.references import DEFINITE, Frame, is_earlier_event, starts_new_event
from orchestration.nlp.events.status import more_to_come
from orchestration.nlp.events.triggers import verb_lemma
from orchestration.nlp.events.words import in_list, linking_phrases, word_list

SAME_CONTACT_DAY = "same_contact_day"  # the rule of a day another report of the same contact in the article states


def own_date(frame: Frame, stated: dict[int, DateMention | None]) -> DateMention | None:
    """The date a frame's own sentence gives: not the month of publication guessed for news ('Biden sprach mit
    Selenskyj' is dated by nothing it says)."""
    own = stated.get(id(frame))
    return None if own is None or own.rule == NEWS_MONTH else own


def date_it_keeps(frame: Frame, stated: dict[int, DateMention | None]) -> DateMention | None:
    """The date of a frame whose own sentence gives one, as the stages before settled it (the first day of a summit,
    'seit Freitag'): not where it took the date of the event it refers to instead ('Das Treffen am Dienstag verlief
    ruhig' may tell one of several days of a summit the article dates to March)."""
    if own_date(frame, stated) is None or frame.date is None or frame.date.rule == NEWS_MONTH:
        return None
    return frame.date


def dated_by_a_statement(frame: Frame, words: list[str], dates_its_noun: bool, said_right_after: bool = False) -> bool:
    """'Am 3. Oktober hat der Spiegel über Seehofers Türkei-Besuch berichtet', 'sagte Trump am 3. Oktober nach dem
    Treffen': a contact only a noun names, in a sentence that tells of speaking or commenting, may be dated by
    when it was talked about; its date lends no day to other reports. Not where the date follows its noun ('erklärte
    nach seinem Treffen am Montag mit Stoltenberg'), nor where the statement was made right after it on a day of
    the past week ('sagte er am Freitag nach der Krisensitzung'). words: the lower-case words of its sentence;
    dates_its_noun: whether its date follows its trigger noun; said_right_after: see said_right_after."""
    return all(t.is_noun for t in frame.triggers) and not dates_its_noun and not said_right_after \
        and any(in_list("commenting_verb", verb_lemma(w)) or in_list("speaking_verb", verb_lemma(w)) for w in words)


def follows_right_after(words_before: list[str]) -> bool:
    """'nach der Krisensitzung', 'nach seinem Treffen mit Scholz', 'unmittelbar nach den Gesprächen': the words
    before a trigger noun's article and adjectives (lower-case, the nearest last) end in a preposition of 'right
    after'."""
    return any(in_list("right_after", " ".join(words_before[-n:])) for n in (1, 2) if len(words_before) >= n)


def said_right_after(frame: Frame, words_before: list[str], own: DateMention | None, published: date | None) -> bool:
    """'sagte er am Freitag nach einer Krisensitzung der NATO-Außenminister', 'erklärte Macron am Montag nach dem
    Treffen mit Scholz': told in the past, a statement dated by a weekday of the last seven days and made after a
    contact a noun names was made the day that contact took place; not 'sagte er am 3. Oktober nach dem Treffen'
    (a date of any age), nor 'wird am Freitag nach dem Treffen erklären'. words_before: the lower-case words before
    the trigger noun's article and adjectives; own: the date its sentence gives."""
    if own is None or published is None or own.rule != "weekday" or own.precision != "day" or not frame.past \
            or not all(t.is_noun for t in frame.triggers) or not follows_right_after(words_before):
        return False
    day = date.fromisoformat(own.value)
    return published - timedelta(days=7) < day <= published


def tells_another_occurrence(frame: Frame, words: list[str]) -> bool:
    """'Biden telefonierte erneut mit Putin', 'Zuvor hatten sich beide in Genf getroffen', 'zum zweiten Mal',
    'die nächste Gesprächsrunde', 'bei ihrem letzten Treffen': a report that sets its contact beside another of
    the same kind (words: the lower-case words of its sentence)."""
    return any(in_list("another_occurrence", w) for w in words) \
        or any(starts_new_event(t) or is_earlier_event(t) or more_to_come(t) for t in frame.triggers)


@cache
def _repetition() -> tuple[dict[str, list[tuple[str, ...]]], tuple[str, ...]]:
    """The linking's phrases of repetition by their first word, and its stems of repeated adjectives."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in linking_phrases("repetition"):
        by_first.setdefault(phrase[0], []).append(phrase)
    return by_first, tuple(stem for (stem, *_) in linking_phrases("repeated_adjective"))


def told_again(words: list[str]) -> bool:
    """'telefonierte erneut', 'trafen sich wieder', 'ein zweites Mal', 'nach dem neuerlichen Treffen': a report that
    tells its contact happened once more (words: the lower-case words of its sentence), so that the article tells of
    two; not 'erstmals' or 'bereits', which tell of no other in the article. The lists are the linking's
    (linking.tsv: repetition, repeated_adjective), which sets such a report apart across articles. Linear in the
    sentence: it is asked for every pair of reports of an article."""
    by_first, stems = _repetition()
    return any(tuple(words[k:k + len(phrase)]) == phrase
               for k, word in enumerate(words) if word in by_first for phrase in by_first[word]) \
        or any(word.startswith(stems) for word in words)


def told_as_an_earlier_one(words: list[str]) -> bool:
    """'Biden und Putin hatten zuletzt am 7. Dezember ein Videotelefonat geführt', 'damals in Genf': a report that tells
    its contact as one before the news (earlier_adverb), so that the article tells of two (words: the lower-case words
    of its sentence); not 'nicht zuletzt' (not least) nor 'bis zuletzt' (recency_idiom)."""
    return any(in_list("earlier_adverb", w) and not (k > 0 and in_list("recency_idiom", f"{words[k - 1]} {w}"))
               for k, w in enumerate(words))


def same_people(a: Frame, b: Frame, people: Callable[[Frame], set[str]], sides: Callable[[Frame], list[str]]) -> bool:
    """'Biden, USA, Selenskyj, Ukraine' and 'Biden, Selenskyj': the same people (at least one), and one's sides all
    among the other's; not 'Seehofer, Türkei' and 'Seehofer, Oktay, Türkei' (his visit and one talk of it)."""
    these, those = set(sides(a)), set(sides(b))
    return bool(people(a)) and people(a) == people(b) and (these <= those or those <= these)


def may_be_the_same(target: Frame, source: Frame, people: Callable[[Frame], set[str]],
                    sides: Callable[[Frame], list[str]], places_agree: Callable[[str | None, str | None], bool]) -> bool:
    """Two reports that may be of one contact: of one kind (talk of any kind, 'sprach mit', may be a call or a
    meeting, as 'das Gespräch' may refer back to either; a meeting is not the visit it is part of, whose first day
    may be another), of the same people, the same status, at no two places; in two sentences (a second trigger of
    one sentence, 'sprach nach seinem Telefonat mit Putin auch mit Scholz', is another contact or the sentence's
    own)."""
    kinds_agree = source.event_type == target.event_type or target.event_type == "CONTACT"
    return source.sentence != target.sentence and source.is_contact and source.reportable and not source.collective \
        and kinds_agree and source.status == target.status and same_people(target, source, people, sides) \
        and places_agree(target.location, source.location)


def dated_reports(target: Frame, frames: list[Frame], stated: dict[int, DateMention | None],
                  people: Callable[[Frame], set[str]], sides: Callable[[Frame], list[str]],
                  places_agree: Callable[[str | None, str | None], bool]) -> list[DateMention]:
    """The dates other reports of the same contact give themselves (of any precision)."""
    return [own for source in frames if may_be_the_same(target, source, people, sides, places_agree)
            and (own := date_it_keeps(source, stated)) is not None]


def dates_of_the_same_people(target: Frame, frames: list[Frame], stated: dict[int, DateMention | None],
                             people: Callable[[Frame], set[str]], sides: Callable[[Frame], list[str]]) -> list[DateMention]:
    """The dates reports of contacts of any kind of the same people and status give themselves: 'Scholz
    telefonierte am Montag mit Macron' and 'Am Mittwoch traf Scholz Macron in Paris' leave open which one 'Scholz
    sprach mit Macron' is."""
    return [own for source in frames if source.sentence != target.sentence and source.is_contact and source.reportable
            and source.status == target.status and same_people(target, source, people, sides)
            and (own := date_it_keeps(source, stated)) is not None]


def fill_the_day(frames: list[Frame], stated: dict[int, DateMention | None], words_of: Callable[[Frame], list[str]],
                 people: Callable[[Frame], set[str]], sides: Callable[[Frame], list[str]],
                 places_agree: Callable[[str | None, str | None], bool], dates_its_noun: Callable[[Frame], bool],
                 one_date: Callable[[int], bool], right_after: Callable[[Frame], bool] = lambda frame: False) -> None:
    """A contact whose sentence gives no date ('Biden sprach mit Selenskyj über Waffenhilfe', 'Bei dem Treffen
    ging es um Gas') takes the day another report of it states ('Biden hat am Sonntag mit Selenskyj telefoniert'),
    where every date those reports give is that one day (of several days, or a day and another year: fill
    nothing) and no report of it tells of another occurrence (an undated 'telefonierte erneut' beside 'hatten am
    Montag telefoniert' makes two calls, and the day is the first one's). Negotiations as a whole keep their start open.
    words_of: the lower-case words of a frame's sentence; people: the people among its sides; sides: its sides
    and the states its people act for; dates_its_noun: whether a frame's date follows its trigger noun ('das
    Treffen am Montag'); one_date: whether the sentence of that index names exactly one date (not 'trafen sich am
    Dienstag in Paris und am Mittwoch in Berlin', two meetings a single report may stand for); right_after: whether
    a frame's sentence tells of a statement made right after it (said_right_after)."""
    found: dict[int, DateMention] = {}
    for frame in frames:
        if not frame.is_contact or not frame.reportable or frame.collective or own_date(frame, stated) is not None \
                or frame.date is not None and frame.date.precision == "day" \
                or negotiations_as_a_whole(frame.triggers) or tells_another_occurrence(frame, words_of(frame)):
            continue
        told = dated_reports(frame, frames, stated, people, sides, places_agree)
        if not told or len({d.value for d in told}) != 1 or told[0].precision != "day" \
                or not dates_agree(frame.date, told[0]) \
                or any(not dates_agree(told[0], d) for d in dates_of_the_same_people(frame, frames, stated, people, sides)):
            continue
        sources = [s for s in frames if may_be_the_same(frame, s, people, sides, places_agree)
                   and date_it_keeps(s, stated) is not None]
        if any(tells_another_occurrence(s, words_of(s)) or dated_by_a_statement(s, words_of(s), dates_its_noun(s), right_after(s))
               or not one_date(s.sentence) for s in sources):
            continue
        if any(told_again(words_of(s)) for s in frames if may_be_the_same(frame, s, people, sides, places_agree)):
            continue  # "Am Abend telefonierte Merkel erneut mit Lukaschenko": the article tells of two such calls
        found[id(frame)] = replace(told[0], start=0, end=0, rule=SAME_CONTACT_DAY)
    for frame in frames:
        if id(frame) in found:
            frame.date = found[id(frame)]


def names_it_again(target: Frame, source: Frame, after_a_comma: Callable[[Frame, Frame], bool]) -> bool:
    """'Am Freitag sprach Macron mit Putin, hieß es nach dem Telefonat': a trigger noun with the definite article
    behind a comma after the report names the contact it reports; not one in its own phrase ('sprach nach seinem
    Telefonat mit Putin auch mit Scholz' is an earlier contact)."""
    return source.sentence == target.sentence and after_a_comma(target, source) \
        and all(t.is_noun and t.determiner in DEFINITE for t in source.triggers)


def call_it_a_call(frames: list[Frame], words_of: Callable[[Frame], list[str]],
                   people: Callable[[Frame], set[str]], sides: Callable[[Frame], list[str]],
                   places_agree: Callable[[str | None, str | None], bool],
                   after_a_comma: Callable[[Frame, Frame], bool]) -> None:
    """'Biden sprach mit Selenskyj' (CONTACT) is the call the article reports elsewhere ('Biden telefonierte am
    Sonntag mit Selenskyj'): of the same people and status, on an agreeing date, where no report of those people
    tells of a meeting in person on such a date, nor of another occurrence; in another sentence, or naming it again
    in its own ('hieß es nach dem Telefonat'). after_a_comma: whether the second frame's trigger follows the
    first's behind a comma."""
    calls: list[Frame] = []
    for frame in frames:
        if frame.event_type != "CONTACT" or not frame.reportable or frame.collective \
                or tells_another_occurrence(frame, words_of(frame)):
            continue
        same = [s for s in frames if (s.sentence != frame.sentence or names_it_again(frame, s, after_a_comma))
                and s is not frame and s.is_contact and s.reportable and s.status == frame.status
                and same_people(frame, s, people, sides) and dates_agree(frame.date, s.date)]
        kinds = {s.event_type for s in same} - {"CONTACT"}
        if kinds == {"CALL"} and not any(tells_another_occurrence(s, words_of(s)) for s in same) \
                and all(places_agree(frame.location, s.location) for s in same):
            calls.append(frame)
    for frame in calls:
        frame.event_type = "CALL"


def met_on_the_visit(frames: list[Frame], words_of: Callable[[Frame], list[str]], people: Callable[[Frame], set[str]],
                     polity: Callable[[str], str | None]) -> None:
    """'Vor den gemeinsamen Gesprächen mit Israels Außenminister Lapid hatte Baerbock Yad Vashem besucht' in an article of
    her visit to Israel: talk of any kind (CONTACT) between a visitor and a person of the state she visits, of the same
    status at an agreeing date, is a meeting on that visit; not talk with a third state's person ('sagte während
    eines Besuchs in Usbekistan, eine Bitte der USA um ein Gespräch sei eingegangen'), nor another occurrence.
    people: the people among a frame's sides; polity: the state or organisation a side stands for."""
    visits = [f for f in frames if f.event_type == "VISIT" and f.reportable and f.antecedent is None]
    for frame in frames:
        if frame.event_type != "CONTACT" or not frame.reportable or frame.collective \
                or tells_another_occurrence(frame, words_of(frame)):
            continue
        for visit in visits:
            hosts = {polity(s) for s in visit.sides if s not in people(visit)} - {None}
            # the host named on the visit ('reiste nach Oslo, wo ihn Støre empfing') is met, no traveller
            travellers = {p for p in people(visit) & people(frame) if polity(p) not in hosts}
            others = [s for s in frame.sides if s not in travellers and polity(s) not in {polity(t) for t in travellers}]
            if travellers and others and hosts and all(polity(s) in hosts for s in others) \
                    and visit.status == frame.status and dates_agree(visit.date, frame.date):
                frame.event_type = "MEETING"
                break


def host_met_on_the_visit(frames: list[Frame], words_of: Callable[[Frame], list[str]],
                          people: Callable[[Frame], set[str]], polity: Callable[[str], str | None]) -> None:
    """'Scholz ist nach Saudi-Arabien gereist' and further on 'Bei seinem Treffen mit Bin Salman ...': a visit that
    names its visitor and only the state visited takes as side the one person of that state the article has the
    visitor meet there (same status, agreeing date, no third state at the meeting), who is its host. Not where the
    article tells the visitor's other trip to that state, nor where it has him meet several people of that state,
    met or still to meet ('Treffen mit Netanjahu', 'Geplant ist auch ein Treffen mit Gantz'): a programme of
    meetings, each an event of its own, names no one host of the visit."""
    visits = [f for f in frames if f.event_type == "VISIT" and f.reportable and not f.collective]
    meetings = [f for f in frames if f.event_type in ("MEETING", "CONTACT") and f.reportable and not f.collective
                and not tells_another_occurrence(f, words_of(f))]
    for visit in visits:
        travellers = people(visit)
        own = {polity(p) for p in travellers} - {None}
        hosts = {polity(s) for s in visit.sides if s not in travellers} - own - {None}
        if not travellers or len(hosts) != 1 or any(polity(p) in hosts for p in travellers):
            continue
        trips = [v for v in visits if people(v) & travellers and hosts & {polity(s) for s in v.sides}]
        if any(not dates_agree(v.date, visit.date) or v.status != visit.status for v in trips):
            continue  # "Schon 2019 war er in Riad": two trips, whose host is whose is not told
        met: dict[str, bool] = {}  # each person of the host state met, and whether at the visit's status
        for meeting in meetings:
            if not people(meeting) & travellers or not dates_agree(meeting.date, visit.date):
                continue
            others = [s for s in meeting.sides if s not in travellers and polity(s) not in own]
            if others and all(polity(s) in hosts for s in others):
                for person in (p for p in people(meeting) if p in others):
                    met[person] = met.get(person, False) or meeting.status == visit.status
        if len(met) == 1 and all(met.values()):
            visit.sides = list(dict.fromkeys(visit.sides + list(met)))


def counterpart_in_office(frames: list[Frame], people: Callable[[Frame], set[str]],
                          polity: Callable[[str], str | None], role: Callable[[str], str | None],
                          named: set[str]) -> None:
    """'Außenminister Maas reist nach Moskau' or 'Seehofer berät mit seinem französischen Kollegen', in an article
    that names 'den russischen Außenminister Sergej Lawrow' or 'Frankreichs Innenminister Castaner': a contact of
    one minister with a state of which it names no person is with his counterpart there, that state's holder of
    the same office, where the article names exactly one (counterpart_office: ministers only; a head of state's or
    government's counterpart depends on the other state's constitution). Not where the article has him meet another
    person of that state ('Dort traf er Netanjahu. Pompeo sprach auch mit Außenminister Aschkenasi'): a programme of
    meetings names no one counterpart. Never two people in its place."""
    offices = word_list("counterpart_office")
    for frame in frames:
        if not frame.is_contact or not frame.reportable or frame.collective:
            continue
        persons = people(frame)
        if len(persons) != 1:
            continue
        (person,) = persons
        office, own = role(person), polity(person)
        if office not in offices or own is None:
            continue
        states = {polity(s) for s in frame.sides if s not in persons} - {own, None}
        if len(states) != 1:
            continue
        holders = [p for p in named if p != person and role(p) == office and polity(p) in states]
        met = {p for f in frames if f.is_contact and person in people(f)
               for p in people(f) - {person} if polity(p) in states}
        if len(holders) == 1 and not met - set(holders):  # others of that state met: a programme, no one counterpart
            frame.sides = list(dict.fromkeys(frame.sides + holders))
