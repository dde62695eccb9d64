"""Stage 4, date: when the event a trigger reports took or takes place.

The date is an expression in the trigger's own clause, the nearest to the trigger, resolved against
the publication date: a weekday points back in a report told in the past and forward otherwise
("Merz empfängt Tusk am Freitag"). Dates that bound a period ("seit 2019", "bis Ende Juli") are no
event dates. Precision is kept (a month stays a month); an event with no date of its own stays
undated rather than borrowing another's, except that a reference back ("das Treffen") shares the
date of the event it refers to (the most precise that agrees), "damals" the date of the sentence
before, a plan its paragraph's next sentence, and a beginning told as news ("hat seinen Besuch
begonnen", "zu Beginn des Treffens") the day it is told on. News told in the past without a date
gets the month of publication, never a habit nor what is counted from another event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from orchestration.nlp.dates import DateMention, date_words, days_later, days_of, find_dates, first_day, for_tense, is_boundary, last_day
from orchestration.nlp.events.sentence import ADJECTIVE_ENDINGS, Sentence, is_finite_verb
from orchestration.nlp.events.sides import phrase_range
from orchestration.nlp.events.status import (BEGINNING, is_participle, is_past_verb, more_to_come,
                                              postponed_without_a_date, relative_clause_of, resumed_in, resumed_meeting, still_ahead,
                                              told_as_news, told_in_past, verb_forms)
from orchestration.nlp.events.triggers import Trigger
from orchestration.nlp.events.words import in_list, word_list
from orchestration.nlp.knowledge import lemma

if TYPE_CHECKING:
    from orchestration.nlp.events.references import Frame


def dates_of(sentence: Sentence, reference: date | None, future: bool | None) -> list[DateMention]:
    """The event dates of a sentence (not the bounds of periods), offsets relative to the sentence.

    reference: the day the sentence speaks from (the publication day, or a live blog's dateline);
    future: True for a plan, False for a report in the past, None when the tense does not say.
    """
    if future and plan_that_came_to_nothing(sentence.words()):
        future = False  # "hatte im April reisen wollen": the plan lay ahead of a past that is over
    found = [d for d in find_dates(sentence.text, reference, future=future)
             if (not is_boundary(sentence.text, d) or _first_day_of_what_goes_on(sentence.text, d, future))
             and not _purpose(sentence.text, d) and not dates_another_happening(sentence, d)]
    if future is None:  # "Das Gespräch findet am Montag statt": news tells what is past in a past tense
        found = [for_tense(d, not is_boundary(sentence.text, d)) or d if d.rule in AHEAD_IN_PRESENT else d
                 for d in found]  # but "seit Freitag" lies back
    found = [for_tense(d, False) or d if d.rule in AHEAD_IN_PRESENT and _told_in_past_around(sentence, d) else d
             for d in found]
    found = [replace(d, rule=GOING_ON) if d.rule == "days_running" or is_boundary(sentence.text, d) else d
             for d in found]  # the boundaries left are the first days of what goes on
    found = [for_tense(d, True) or d if scheduled_for(sentence.text, d) else d for d in found]
    return [d for d in (_ahead_of_the_intention(sentence, d, found, reference) for d in found) if d is not None]


def intended_infinitive(sentence: Sentence, token: int) -> tuple[int, int] | None:
    """'Scholz kündigte am Montag an, am Donnerstag nach Kiew zu reisen', 'Die beiden vereinbarten, sich im Mai
    wieder zu treffen': the infinitive with 'zu' after a comma that a verb of intending, announcing or asking
    (intention_verb) before the comma governs, around a token; its tokens from after the comma to its end, or None.
    Not 'um ... zu' (purpose_clause), nor a clause with a finite verb of its own ('dass er reisen werde')."""
    comma = next((i for i in range(token, sentence.start - 1, -1) if sentence.texts[i] in (",", ";", ":")), None)
    if comma is None or sentence.texts[comma] != "," or comma + 1 >= sentence.end \
            or sentence.lowers[comma + 1] in ("um", "ohne", "statt", "anstatt", "dass", "ob"):
        return None
    end = next((i for i in range(token + 1, sentence.end) if sentence.texts[i] in ",;:.!?"), sentence.end)
    words = sentence.lowers[comma + 1:end]
    if not any(w == "zu" and i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1].islower()
               or _zu_infix(w) for i, w in enumerate(words)):
        return None
    if any(is_finite_verb(sentence.texts[i]) or is_past_verb(sentence.lowers[i])
           for i in range(comma + 1, end) if sentence.texts[i].islower()):
        return None
    if not any(in_list("intention_verb", w) for w in sentence.lowers[sentence.start:comma]):
        return None
    return comma + 1, end


def times_the_intending(sentence: Sentence, mention: DateMention, group: list[Trigger]) -> bool:
    """'Am Montag kündigte Scholz an, nach Kiew zu reisen', 'Merkel lud Macron am Dienstag ein, nach Berlin zu
    kommen': a date before the infinitive a verb of intending governs dates the intending, not what the infinitive
    tells, for a group whose triggers all stand in the infinitive."""
    spans = [intended_infinitive(sentence, t.token) for t in group]
    if not all(span is not None and span[0] <= t.token for span, t in zip(spans, group)):
        return False
    lo = sentence.offsets[spans[0][0]] - sentence.start_char
    return mention.end <= lo


def times_the_announcing(sentence: Sentence, mention: DateMention, group: list[Trigger], start: int, end: int) -> bool:
    """'Vor fünf Wochen hatte Seehofer ein Sondertreffen angekündigt', 'Am Montag lud Merkel Macron zu einem Besuch ein',
    'das am Montag vereinbarte Treffen': in a clause whose verb announces, agrees on or invites to a contact
    (announcing_verb) that a trigger noun names, a date before the noun is the day of the announcing; the contact's own
    follows the noun ('kündigte ein Treffen am Freitag an') or 'für' ('für Mai angekündigt')."""
    if scheduled_for(sentence.text, mention) or not announced(sentence, group, start, end):
        return False
    return mention.end <= sentence.offsets[group[0].token] - sentence.start_char


def announced(sentence: Sentence, group: list[Trigger], start: int, end: int) -> bool:
    """'kündigte einen Besuch an', 'lud ihn zu einem Treffen ein': trigger nouns in a clause whose verb announces, agrees
    on or invites to them (announcing_verb); the clause's tense is the announcing's, not the contact's. Not the
    occasion of the announcing ('hatte im Januar bei einem Besuch angekündigt, dass ...': the visit's January)."""
    return all(t.is_noun and not ((governed := sentence.governing_preposition(t.token)) is not None
                                  and in_list("during_preposition", governed[0])) for t in group) \
        and any(in_list("announcing_verb", w) for w in sentence.words(start, end))


def _zu_infix(word: str) -> bool:
    """'anzureisen', 'teilzunehmen', 'zusammenzukommen': a separable verb's infinitive with 'zu' inside."""
    at = word.find("zu", 2)
    return word.isalpha() and at > 0 and word.endswith(("en", "rn", "ln")) and in_list("separable_prefix", word[:at]) \
        if at > 0 else False


def _ahead_of_the_intention(sentence: Sentence, mention: DateMention, found: list[DateMention],
                            reference: date | None) -> DateMention | None:
    """'Am Montag kündigte Scholz an, am Donnerstag nach Kiew zu reisen': a weekday in an infinitive that a verb of
    intending governs lies ahead of the intending, the first such day on or after the day the main clause names
    (Thursday after that Monday), else after the reference day. None where the main clause names only a month or
    a year, or several dates ('hatte im Januar angekündigt, am Donnerstag zu reisen': which Thursday is not told)."""
    if not mention.tense_dependent or reference is None:
        return mention
    token = token_at(sentence, mention.start)
    span = intended_infinitive(sentence, token) if token is not None else None
    if span is None or token < span[0]:
        return mention
    lo = sentence.offsets[span[0]] - sentence.start_char
    main = [d for d in found if d.end <= lo]
    if not main:
        return for_tense(mention, True) or mention
    if len(main) != 1 or main[0].precision != "day":
        return None
    told = main[0]
    intending = [word_list("intention_verb").get(w) for w in sentence.lowers[sentence.start:span[0] - 1]]
    if told.tense_dependent and ("past" in intending or clause_in_past(sentence, sentence.start, span[0] - 1)):
        told = for_tense(told, False) or told  # "vereinbarten am Freitag": the Friday before, whatever the plan
    anchor = first_day(told)
    again = [d for d in find_dates(sentence.text, anchor, future=True) if d.start == mention.start]
    if not again or again[0].future_value is None:
        return mention
    return replace(again[0], value=again[0].future_value, past_value=again[0].future_value)  # fixed by the anchor


DATED_IN_PASSING = ("am", "vom", "von", "im")  # "der Anschlag am Montag", "die Wahl vom Sonntag", "die Wahl im Mai"
PLACE_PREPOSITIONS = ("in", "im", "aus", "bei")
PLACE_ARTICLES = ("der", "dem", "den")


def dates_another_happening(sentence: Sentence, mention: DateMention) -> bool:
    """'Die Gespräche finden unter dem Eindruck der Messerattacke in Nizza am Donnerstag statt', 'Nach dem Anschlag
    vom Montag telefonierte Macron mit Erdogan', 'seit der Wahl am 3. November': a date that follows a noun of a
    happening which is no contact (an attack, a vote, a death), its place between, is that happening's date."""
    if not sentence.text[mention.start:].lower().startswith(tuple(w + " " for w in DATED_IN_PASSING)):
        return False
    token = token_at(sentence, mention.start)
    if token is None:
        return False
    i = token - 1
    place = i
    while place > sentence.start and sentence.texts[place][:1].isupper():
        place -= 1
    if place < i and sentence.lowers[place] in PLACE_ARTICLES and place > sentence.start:
        place -= 1
    if place < i and sentence.lowers[place] in PLACE_PREPOSITIONS and _a_named_place(sentence, place + 1, i + 1):
        i = place - 1  # "der Messerattacke in Nizza am Donnerstag": the place belongs to the noun before it
    return i >= sentence.start and sentence.texts[i][:1].isupper() and _names_a_happening(sentence.lowers[i])


DOCUMENT_PREPOSITIONS = ("von", "vom", "aus")  # "das Abkommen von 2015", "der Vertrag vom 12. März", "aus dem Jahr 2015"


def dates_a_document(sentence: Sentence, mention: DateMention, group: list[Trigger]) -> bool:
    """'verhandeln über die Umsetzung des Pariser Klimaschutzabkommens von 2015', 'das Atomabkommen aus dem Jahr
    2015': a date after 'von'/'vom'/'aus' right behind a noun of a document (document_noun) that is not the trigger
    is when the document was made, not when the contact was."""
    token = token_at(sentence, mention.start)
    if token is None:
        return False
    if sentence.lowers[token] not in DOCUMENT_PREPOSITIONS:
        token -= 1  # "aus | dem Jahr 2015": the date begins after its preposition
    noun = token - 1
    if noun < sentence.start or sentence.lowers[token] not in DOCUMENT_PREPOSITIONS \
            or not sentence.texts[noun][:1].isupper() or any(t.token == noun for t in group):
        return False
    return any(sentence.lowers[noun].endswith(stem + ending) for stem in word_list("document_noun")
               for ending in ("", "s", "es", "n", "en"))


def _a_named_place(sentence: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end name a place the actors stage knows ('Nizza', 'der Türkei'; not 'im Hafen')."""
    names = [t for t in range(start, end) if sentence.lowers[t] not in PLACE_ARTICLES]
    return bool(names) and all(any(slot.token_start <= t < slot.token_end and slot.is_place for slot in sentence.slots)
                               for t in names)


def _names_a_happening(word: str) -> bool:
    """'Messerattacke', 'Präsidentschaftswahl', 'Anschlags', 'Wahlen': a noun (or a compound's last part) of the list
    happening_noun, in any case form."""
    return any(word.endswith(stem + ending) for stem in word_list("happening_noun")
               for ending in ("", "s", "es", "e", "en", "n"))


def unanchored_eves(dates: list[DateMention], before: list[DateMention], reference: date | None) -> list[DateMention]:
    """'Am Abend zuvor hatten die Minister beraten' is the evening before the day the story tells; that is the
    reference day only where neither the sentence nor the one before names another day ('Am Montag traf Scholz
    Macron. Am Abend zuvor hatte er mit Biden telefoniert' is the Sunday, which the eve's reading does not know).
    before: the dates of the sentence before in its paragraph."""
    others = [d for d in dates + before if d.rule != EVENING_BEFORE and d.precision == "day"
              and (reference is None or d.value != reference.isoformat())]
    return [d for d in dates if d.rule != EVENING_BEFORE or not others]


DAY_PART_RULES = frozenset({"this_evening"})  # the rules of a part of a day without its day ('am Abend', 'am Nachmittag')
DAY_PART = "day_part_of_the_story"  # the rule of the day the story tells, for 'am Abend' told in the past
EVENING_BEFORE = "evening_before"  # the rule of 'am Abend zuvor', 'am Vorabend' (orchestration/nlp/dates.py)
GOING_ON = "going_on"  # the rule of the first day of an event told as going on ('seit Freitag', 'seit vier Tagen')
COUNTED_DAY = "counted_weekday"  # the rule of a weekday named as an event's n-th day ('am Samstag, dem zweiten Tag')
FIRST_DAY_RULES = frozenset({GOING_ON, COUNTED_DAY})


def _told_in_past_around(sentence: Sentence, mention: DateMention) -> bool:
    """'Beamte nehmen an den Gesprächen teil, die am Dienstag begonnen haben': a weekday in a clause of its own told
    in the Perfekt or Präteritum lies back, whatever the tense of the trigger's clause; not what is set for a day
    ('hatte ihn für Montag eingeladen')."""
    token = token_at(sentence, mention.start)
    return token is not None and not scheduled_for(sentence.text, mention) \
        and clause_in_past(sentence, *sentence.clause(token))


def clause_in_past(sentence: Sentence, start: int, end: int) -> bool:
    """A clause whose own verbs are a Präteritum or a Perfekt ('die am Dienstag begonnen haben', 'hatte am Montag
    eingeladen'), not one whose main clause is ('Am Freitag wolle er anrufen, teilte die Sprecherin mit')."""
    verbs = verb_forms(sentence, start, end)
    return any(is_past_verb(w) for w in verbs) or any(in_list("perfect_auxiliary", w) for w in verbs) \
        and any(is_participle(w) for w in verbs)


def token_at(sentence: Sentence, offset: int) -> int | None:
    """The token that begins at or covers a character offset of the sentence's text."""
    at = sentence.start_char + offset
    found = None
    for i in range(sentence.start, sentence.end):
        if sentence.offsets[i] > at:
            break
        found = i
    return found


def _first_day_of_what_goes_on(text: str, mention: DateMention, future: bool | None) -> bool:
    """'Die Regierungschefs verhandeln seit Freitag', 'Die EU verhandelt seit 2014 mit China': told in the present, a
    date after 'seit' is when what is going on began; a summit is dated by its first day, and negotiations as a
    whole by their start (date_of_group keeps a month or a year only for those). Told in the past, only a day
    after 'seit' is such a start ('Beim Gipfel war seit Freitag verhandelt worden', 'hatten seit dem 17. Juli
    beraten'); 'seit 2014' in a past report bounds a state that may have ended before the event told."""
    words = text[:mention.start].split()[-1:] + text[mention.start:mention.end].split()[:1]
    after_seit = any(w.lower() == "seit" for w in words)
    return after_seit and (future is None or future is False and mention.precision == "day")


def scheduled_for(text: str, mention: DateMention) -> bool:
    """'hat für Montag ein Treffen organisiert', 'war für Freitag geplant': the time something is set for lies
    ahead of the setting, whatever the tense."""
    words = text[:mention.start].split()[-1:] + text[mention.start:mention.end].split()[:1]
    return any(w.lower() == "für" for w in words) or mention.precision != "day" and _postponed_to(text, words)


def _postponed_to(text: str, words: list[str]) -> bool:
    """'Trump kündigte an, den Gipfel auf September zu verschieben', 'Die Konferenz wurde auf das Frühjahr vertagt':
    the month or year something is put off to lies ahead of the putting off, whatever the tense (a day it is
    adjourned to may be the next of a summit going on: 'wurde auf Freitagvormittag vertagt')."""
    return any(w.lower() == "auf" for w in words) and any(
        in_list("postponement", w) or in_list("postponed", w) for w in (w.strip(".,;:!?\"“”") for w in text.lower().split()))


# Rules whose day the present tense puts ahead; a month or a date stays at its nearest ("Ende Juli" in October).
AHEAD_IN_PRESENT = frozenset({"weekday", "weekend", "night", "weekday_range"})


def _purpose(text: str, mention: DateMention) -> bool:
    """'das Budget für die Jahre 2021 bis 27', 'Pläne für 2030': what a date is for, not when the event is; but
    'für den für September geplanten Gipfel' is what the event is set for. A year read with its 'für' after a
    noun of a target or a plan ('beim Gipfel ein Klimaziel für 2030 festlegen', 'den Haushalt für 2021') is what
    it is for too; not after another ('lud den US-Präsidenten für 2021 zu einem Gipfel ein')."""
    before = text[max(0, mention.start - 20):mention.start].lower().split()
    if mention.precision == "year" and before and _names_a_target(before[-1]):
        before += text[mention.start:mention.end].lower().split()[:1]
    after = [w.strip(".,;:!?\"“”") for w in text[mention.end:mention.end + 30].lower().split()[:1]]
    return bool(before) and ("für" in before[-3:]) and not (after and in_list("scheduling_participle", after[0]))


def _names_a_target(word: str) -> bool:
    """'Klimaziel', 'Ziele', 'Haushalt', 'Finanzplan': a noun (or a compound's last part) of the list target_noun."""
    return any(word.endswith(stem) for stem in word_list("target_noun"))


def date_in_clause(sentence: Sentence, trigger: Trigger, dates: list[DateMention]) -> DateMention | None:
    """The date in the trigger's clause nearest to it; for a temporal 'als'/'wo' clause or an infinitive of
    purpose also the clause it explains ("im Februar, als sich die Minister in Riad trafen", "reiste am Montag
    nach Kiew, um dort zu verhandeln"), for a second conjunct the first ("reiste am Montag ab und traf ..."); a date
    that ends right before the trigger counts its days ("am Sonntag, dem dritten Tag des Gipfels")."""
    relative = relative_clause_of(sentence, trigger) if trigger.is_noun else None
    trigger = trigger.token
    reach = [_inside_relative_clause(sentence, trigger, *sentence.clause(trigger))]
    first = reach[0][0]
    if (temporal_clause(sentence, first) or purpose_clause(sentence, first, reach[0][1])) \
            and first - 2 >= sentence.start:
        reach.append(sentence.clause(first - 2))
    elif second_conjunct(sentence, first):
        reach.append(sentence.clause(first - 1))
    elif (fronted := fronted_time_clause(sentence, first)) is not None:
        reach.append(fronted)
    if relative is not None:
        reach.insert(0, relative)
    at = sentence.offsets[trigger] - sentence.start_char
    counting = [d for d in dates if d.rule == COUNTED_DAY and d.start <= at and not sentence.text[d.end:at].strip()]
    if counting:  # "am Sonntag, dem dritten Tag des Gipfels": the date counts the days of the trigger's event
        return counting[0]
    for start, end in reach:
        lo = sentence.offsets[start] - sentence.start_char
        hi = sentence.offsets[end - 1] - sentence.start_char + len(sentence.texts[end - 1])
        inside = [d for d in dates if lo <= d.start < hi]
        if inside:
            return most_precise_agreeing(first_of_a_pair(sentence.text, min(inside, key=lambda d: abs(d.start - at)),
                                                         inside), inside)
    return None


def first_of_a_pair(text: str, mention: DateMention, others: list[DateMention]) -> DateMention:
    """'heute und morgen auf den Gipfeltreffen', 'am Montag und am Dienstag beim Gipfel': of two days joined by 'und' or
    'bis' (day_pair_joiner), an event told over both is dated by the first."""
    for other in others:
        between = text[other.end:mention.start].lower().split()
        if other is not mention and other.precision == mention.precision == "day" and other.end <= mention.start \
                and between and in_list("day_pair_joiner", between[0]) \
                and all(w in ("am", "an", "zum") for w in between[1:]):
            return other
    return mention


def fronted_time_clause(sentence: Sentence, first: int) -> tuple[int, int] | None:
    """'Als Deutschland und Frankreich Anfang März ankündigten, die Grenzen zu schließen, verhandelte Luxemburg hart':
    a clause of time with 'als' that opens the sentence, ending in its verb, stands before the main clause's finite
    verb and tells when that clause's event was; first: the token the trigger's clause begins with."""
    if first <= sentence.start or sentence.texts[first - 1] != "," or sentence.lowers[sentence.start] != "als" \
            or not temporal_clause(sentence, sentence.start):
        return None
    if not (is_finite_verb(sentence.texts[first]) or is_past_verb(sentence.lowers[first])):
        return None  # the main clause opens with its verb: "..., verhandelte Luxemburg"
    start, end = sentence.clause(sentence.start)
    verbs = [i for i in range(start + 1, end) if sentence.texts[i].islower() and is_past_form(sentence.lowers[i])]
    return (start, end) if end <= first and verbs else None


def most_precise_agreeing(nearest: DateMention, others: list[DateMention]) -> DateMention:
    """'Der in diesem Jahr ausgerichtete Gipfel soll vom 4. bis 6. Mai stattfinden': of the dates of one clause that
    agree with the nearest (the year and a day in it), the most precise; the first day of several."""
    agreeing = [d for d in others if dates_agree(d, nearest)]
    return max(agreeing, key=lambda d: (PRECISION.index(d.precision), -first_day(d).toordinal()), default=nearest)


def date_of_group(sentence: Sentence, group: list[Trigger], dates: list[DateMention]) -> DateMention | None:
    """The date a group of triggers states for its event: each trigger's own (date_in_clause), the most
    precise of those that agree ('beim Gipfel am Wochenende' and 'der Gipfel, der am Freitagabend
    beginnt' is that Friday); where they disagree, the first trigger's. A start after 'seit' dates a summit by
    its first day ('verhandeln seit Freitag'), negotiations as a whole by their month or year ('seit März'), not
    by the day a round began."""
    clause = sentence.clause(group[0].token)
    if resumed_meeting(sentence, group, *clause):
        return None  # "Der Gipfel wird morgen wieder einberufen": the day it goes on, not its first
    ended = ended_in_its_clause(sentence, group, dates, *clause)
    if ended is not None:
        return ended
    dates = [d for d in dates if not superseded(sentence, d, *clause) or ended_in_its_month(sentence, d, group, *clause)]
    if not all(t.event_type == "NEGOTIATION" for t in group):  # "seit 2019 treffen sich": a habit, no start
        dates = [d for d in dates if d.rule != GOING_ON or d.precision == "day" and not since_then(sentence, group)]
    elif negotiations_as_a_whole(group):  # "seit Sonntag laufen die Verhandlungen": this round, not the whole
        dates = [d for d in dates if d.rule != GOING_ON or d.precision != "day"]
    dates = [d for d in dates if not in_attribute_of_another_noun(sentence, d, group) and not resumed_then(sentence, d, group)
             and not dates_a_document(sentence, d, group)]
    # "Am Montag kündigte Scholz an, nach Kiew zu reisen": the Monday is the announcing's, the journey's day untold
    dates = [d for d in dates if not times_the_intending(sentence, d, group)
             and not times_the_announcing(sentence, d, group, *clause)]
    # "Das für Mai geplante Treffen wurde am Donnerstag abgesagt": the day of the calling off leaves May
    dates = [d for d in dates if not called_off_when(sentence, d, group[0], *clause)]
    found = [_first_of_the_days(sentence, t, _a_day_of_what_goes_on(t, _ahead_of_its_noun(sentence, t, d)))
             for t in group
             if not topic_of_a_statement(sentence, t) and (d := date_in_clause(sentence, t, dates)) is not None]
    found = [d for d in found if d is not None]
    best = found[0] if found else None
    for other in found[1:]:
        if dates_agree(best, other) and PRECISION.index(other.precision) > PRECISION.index(best.precision):
            best = other
    return a_call_at_the_weekend(group, best)


PRECISION = ("year", "month", "day")


def a_call_at_the_weekend(group: list[Trigger], mention: DateMention | None) -> DateMention | None:
    """'Merkel telefonierte am Wochenende mit Macron', 'Am Wochenende traf er den Kronprinzen', 'reist an diesem
    Wochenende nach Kiew': a call, meeting or journey may be on either day of the weekend, so it keeps only the
    weekend's month (none where Saturday and Sunday lie in two months); a summit or conference over it
    (weekend_event: 'der G20-Gipfel am Wochenende', 'beim G20-Treffen am Wochenende') began on its Saturday."""
    if mention is None or mention.rule != "weekend" or mention.precision != "day" or any(_a_weekend_event(t) for t in group):
        return mention
    saturday = first_day(mention)
    sunday = saturday + timedelta(days=1)
    return replace(mention, value=mention.value[:7], precision="month") if sunday.month == saturday.month else None


def _a_weekend_event(trigger: Trigger) -> bool:
    """'Gipfel', 'G20-Gipfels', 'Klimakonferenz', 'G20-Treffen' (a meeting named after its body): a gathering of days."""
    text = trigger.text.lower()
    return trigger.is_noun and (text.endswith(tuple(date_words()["weekend_event"])) or _compound_name(trigger) is not None
                                and trigger.word.lemma.lower() == "treffen")


def since_then(sentence: Sentence, group: list[Trigger]) -> bool:
    """'Seit dem 24. Februar hat Scholz mit Putin telefoniert', 'hat sich seit Montag zweimal mit Macron getroffen':
    a call, or a meeting told by its verb in the Perfekt, is a moment; 'seit' then says it fell some time after that
    day, not on it ('verhandeln seit Dienstag', 'der Gipfel läuft seit Freitag', 'ist seit Montag zu Besuch' go on
    since that day)."""
    if all(t.event_type == "CALL" for t in group):
        return True
    start, end = sentence.clause(group[0].token)
    verbs = verb_forms(sentence, start, end)
    perfect = any(word_list("perfect_auxiliary").get(w) == "present" for w in verbs) and any(
        is_participle(w) for w in verbs)
    return perfect and not any(t.is_noun for t in group)


def resumed_then(sentence: Sentence, mention: DateMention, group: list[Trigger]) -> bool:
    """'Die Gespräche werden am Freitag fortgesetzt', 'Der Gipfel wird morgen wieder einberufen', 'Die EU und London
    wollen am Sonntag weiter verhandeln', 'setzen die Gespräche am Montag fort': the day something is taken up again
    is no day of its beginning, which a summit or negotiations are dated by. Only between the commas of the trigger
    and for what is taken up, not the occasion ('bei einem Treffen fortsetzen'); not for a round ('die Runde am
    Montag fortsetzen' may be told of the round to come), nor for talks planned to go on on a day ('wollen die
    Gespräche am 9. März fortsetzen': they meet then), unlike a summit, which is one event however long."""
    if any(t.is_noun and (t.text.lower().endswith(tuple(word_list("round_noun"))) or in_list("resumption",
                                                                                            t.text.lower()))
           for t in group):
        return False
    token = token_at(sentence, mention.start)
    if token is None:
        return False
    start, end = _between_commas(sentence, token)
    if not start <= group[0].token < end:
        return False  # "Bevor die Verhandlungen am Samstag wieder aufgenommen wurden, traf sich Rutte": their resumption
    if any(t.is_noun and sentence.governing_preposition(t.token) is not None for t in group):
        return False  # "die Diskussion bei einem Treffen Ende des Monats fortsetzen": the occasion, not what goes on
    words = sentence.lowers[start:end]
    resumed = resumed_in(words)
    summit = all(t.is_noun and t.text.lower().endswith(tuple(word_list("assembly_noun"))) for t in group)
    # "Ankara will die Gespräche am 9. März fortsetzen", "setzen ihre Gespräche am Montag fort" (a Monday ahead):
    # talks to be taken up on a day meet again that day
    ahead = mention.tense_dependent and mention.value == mention.future_value
    planned = ahead or any(in_list("plan_word", w) or in_list("modal_plan", w) for w in words)
    # but negotiations as a whole go on ('Die Verhandlungen sollen am Freitag fortgesetzt werden', 'wollen am Sonntag
    # weiter verhandeln'): a day they are to go on is a day of a session, not theirs
    going_on = negotiations_as_a_whole(group) or "weiter" in words and not any(t.is_noun for t in group)
    return resumed and (summit or going_on or not planned)


def _between_commas(sentence: Sentence, token: int) -> tuple[int, int]:
    """The stretch of the sentence around a token up to the next comma, clause mark or conjunction of clauses on
    either side ('den Versuch fortsetzen und sich am 27. und 28. Februar treffen'; not the 'und' before a name, a
    noun or a number: 'die Verhandlungen der EU und Kanadas', 'am 27. und 28. Februar')."""
    def bound(i: int) -> bool:
        return sentence.texts[i] in CLAUSE_MARKS_AND_COMMA or sentence.lowers[i] in ("und", "oder", "sowie") \
            and i + 1 < sentence.end and sentence.texts[i + 1][:1].islower() \
            and sentence.lowers[i + 1] not in ARTICLES
    start, end = token, token + 1
    while start > sentence.start and not bound(start - 1):
        start -= 1
    while end < sentence.end and not bound(end):
        end += 1
    return start, end


CLAUSE_MARKS_AND_COMMA = frozenset({",", ";", ":", "–", "—", "-"})


ATTRIBUTE_REACH = 6  # 'den von Moskau am 24. Februar begonnenen Krieg': an article a few words before the date


def in_attribute_of_another_noun(sentence: Sentence, mention: DateMention, group: list[Trigger]) -> bool:
    """'sprach mit Macron über den am Montag beschlossenen Plan', 'um den von Moskau am 24. Februar begonnenen Krieg
    zu beenden': a date between an article and the participle that qualifies a noun dates that noun, not the
    contact; unless a trigger stands in the attribute or is its noun ('die beim Gipfel am Dienstag vereinbarten
    Zölle' is the summit's Tuesday)."""
    token = token_at(sentence, mention.start)
    if token is None:
        return False
    article = next((j for j in range(token, max(sentence.start - 1, token - 1 - ATTRIBUTE_REACH), -1)
                    if sentence.lowers[j] in ARTICLES or sentence.texts[j] in ",;:" or is_finite_verb(sentence.texts[j])),
                   None)
    if article is None or sentence.lowers[article] not in ARTICLES:
        return False
    last = token_at(sentence, mention.end - 1) or token
    for i in range(last + 1, min(last + 4, sentence.end - 1)):
        lower = sentence.lowers[i]
        if not sentence.texts[i].isalpha():
            return False
        if sentence.texts[i].islower() and sentence.texts[i + 1][:1].isupper() and any(
                _participle_like(lower[:-len(e)]) for e in ADJECTIVE_ENDINGS if lower.endswith(e)):
            return not any(article < t.token <= i + 1 for t in group)
    return False


def _participle_like(stem: str) -> bool:
    """'beschlossen', 'vereinbart', 'unterzeichnet': a participle, also of a verb the lemma list lacks, known by an
    inseparable prefix and its ending."""
    return is_participle(stem) or stem.endswith(("t", "en")) and len(stem) > 6 and stem.startswith(
        tuple(word_list("inseparable_prefix")))


COUNTED_BACK = "counted_back_from_the_end"  # the first day of an event of told length, from the day it ended


def _first_of_the_days(sentence: Sentence, trigger: Trigger, mention: DateMention) -> DateMention | None:
    """'an dem dreitägigen Treffen, das am Donnerstag endet', 'bei dem am Samstag zu Ende gegangenen zweitägigen
    Gipfel': a day the trigger noun's relative clause or attribute says the event ends on is its last; counted back
    by the days the noun's 'n-tägig' gives, it is the first (Tuesday; Friday), else no date of the event."""
    if not trigger.is_noun or mention.precision != "day" or mention.rule == COUNTED_BACK:
        return mention
    spans = [span for span in (relative_clause_of(sentence, trigger), _attribute_of(sentence, trigger))
             if span is not None and _tells_an_end(sentence.words(*span))]
    if not any(_holds(sentence, span, mention) for span in spans):
        return mention
    return _counted_back(trigger, mention)


def _counted_back(trigger: Trigger, mention: DateMention) -> DateMention | None:
    """The last day of the trigger's event counted back by the days its 'n-tägig' gives; None without them."""
    days = next((n for m in trigger.modifiers if (n := days_of(m)) is not None), None)
    if days is None:
        return None
    first = first_day(mention) - timedelta(days=days - 1)
    return replace(mention, value=first.isoformat(), rule=COUNTED_BACK)


def _attribute_of(sentence: Sentence, trigger: Trigger) -> tuple[int, int] | None:
    """'dem am Samstag zu Ende gegangenen zweitägigen Gipfel': the words between a trigger noun's article and it."""
    phrase = phrase_range(sentence, trigger)
    return (phrase.start, trigger.token) if len(phrase) and phrase.start < trigger.token else None


def _holds(sentence: Sentence, span: tuple[int, int], mention: DateMention) -> bool:
    lo = sentence.offsets[span[0]] - sentence.start_char
    hi = sentence.offsets[span[1] - 1] - sentence.start_char + len(sentence.texts[span[1] - 1])
    return lo <= mention.start < hi


def _tells_an_end(words: list[str]) -> bool:
    """'endet', 'beendete', 'ging zu Ende', 'zu Ende gegangenen': words that tell an event ended."""
    return any(in_list("ending_verb", w) or w == "ende" and i > 0 and words[i - 1] == "zu" for i, w in enumerate(words))


def ended_in_its_clause(sentence: Sentence, group: list[Trigger], dates: list[DateMention], start: int,
                        end: int) -> DateMention | None:
    """'Der zweitägige Gipfel in Brüssel endete am Samstag', 'Der dreitägige Besuch ging am Freitag zu Ende': the
    day the clause of a trigger noun of told length, not in a prepositional phrase, says it ended on, counted back
    to its first (Friday; Wednesday)."""
    if not _tells_an_end(sentence.words(start, end)):
        return None
    for trigger in group:
        if trigger.is_noun and sentence.governing_preposition(trigger.token) is None:
            inside = [d for d in dates if d.precision == "day" and _holds(sentence, (start, end), d)]
            if len(inside) == 1 and (first := _counted_back(trigger, inside[0])) is not None:
                return first
    return None


def topic_of_a_statement(sentence: Sentence, trigger: Trigger) -> bool:
    """'Am Donnerstag will Merkel eine Regierungserklärung zum EU-Gipfel abgeben', 'die Pressekonferenz zum Treffen
    am Montag': the clause's date times the speech about the event, not the event."""
    j = trigger.token - 1
    if j - 1 < sentence.start or sentence.lowers[j] not in ("zum", "zur"):
        return False
    head = sentence.lowers[j - 1]
    return any(head.endswith(w) for w in word_list("statement_noun"))


def _ahead_of_its_noun(sentence: Sentence, trigger: Trigger, mention: DateMention) -> DateMention:
    """'Vor dem Gipfel am Montag warnten die Bauern ...': the date right after a trigger noun the sentence's
    time lies before is read ahead, whatever the tense of the clause."""
    if not still_ahead(sentence, trigger):
        return mention
    phrase = phrase_range(sentence, trigger)
    last = phrase.stop - 1 if len(phrase) else trigger.token
    end = sentence.offsets[last] - sentence.start_char + len(sentence.texts[last])
    if sentence.text[end:mention.start].strip():
        return mention  # "Vor dem Gipfel traf sich Scholz am Montag mit Macron": the Monday is the meeting's
    return for_tense(mention, True) or mention


def after_the_visit(sentence: Sentence, trigger: Trigger, mention: DateMention) -> DateMention:
    """'Er landet am Abend wieder in Teheran nach seinem Besuch in New York', 'Am Freitag sagte sie nach ihrer Reise durch
    Afrika ...': a visit a noun names after 'nach' (visit_after) ended before the day its clause tells, and began on a
    day the clause does not give: it keeps the month. Not a day that follows the noun's phrase ('nach seinem Besuch
    in Kiew am Montag' is the visit's), nor a meeting, which the day told after it often is ('sagte er am Montag nach
    dem Treffen'). Read after the status, which the day the clause tells decides ('landet am Abend' has happened)."""
    if mention.precision != "day" or not trigger.is_noun or trigger.event_type != "VISIT":
        return mention
    governed = sentence.governing_preposition(trigger.token)
    if governed is None or not in_list("visit_after", governed[0]):
        return mention
    phrase = phrase_range(sentence, trigger)
    last = phrase.stop - 1 if len(phrase) else trigger.token
    end = sentence.offsets[last] - sentence.start_char + len(sentence.texts[last])
    if mention.start >= sentence.offsets[trigger.token] - sentence.start_char \
            and not sentence.text[end:mention.start].strip(" ,"):
        return mention  # "nach seinem Besuch in Kiew am Montag": the date is the visit's own
    if sentence.offsets[trigger.token] - sentence.start_char <= mention.start < end:
        return mention  # inside the noun's own phrase
    return replace(mention, value=mention.value[:7], precision="month")


def _a_day_of_what_goes_on(trigger: Trigger, mention: DateMention) -> DateMention:
    """'Am Montag, beim laufenden Gipfel, ...', 'am Dienstag auf dem noch andauernden Treffen': a day of an event
    going on is one of its days, not the first it is dated by; it keeps the month."""
    if mention.precision != "day" or mention.rule in FIRST_DAY_RULES \
            or not any(in_list("ongoing_modifier", m) for m in trigger.modifiers):
        return mention
    return replace(mention, value=mention.value[:7], precision="month")


def superseded(sentence: Sentence, mention: DateMention, start: int, end: int) -> bool:
    """'Das für Mai angesetzte Treffen wird auf Juni verschoben', 'Eigentlich sollte der Gipfel im Juni sein':
    the date a postponed event no longer has (not the new one: 'auf Oktober verschoben'; postponed with no new
    date it is called off and keeps the date it had); 'Der Gipfel endet am Sonntag':
    the day an event ends, which is not the day it is dated by (its first)."""
    words = sentence.words(start, end)
    if any(in_list("ending_verb", w) for w in words):
        return True
    if not any(in_list("postponement", w) or in_list("original_plan", w) for w in words):
        return False
    if not any(in_list("postponement", w) for w in words) and planned_topic(words):
        return False  # "Eigentlich soll es heute beim Besuch um Migration gehen": the topic was to be another, not the day
    if not any(in_list("postponement", w) for w in words) and plan_that_came_to_nothing(words):
        return False  # "hatte ursprünglich Mitte April nach Kiew reisen wollen": the date it had, called off
    if not any(in_list("original_plan", w) for w in words) and postponed_without_a_date(sentence, start, end):
        return False  # called off: it keeps the date it had ("das für Mai angesetzte Treffen wird verschoben")
    around = sentence.text[:mention.start].split()[-1:] + sentence.text[mention.start:mention.end].split()[:1]
    return not any(w.lower() in ("auf", "aufs") for w in around)


def planned_topic(words: list[str]) -> bool:
    """'Eigentlich soll es heute beim Besuch um Migration gehen', 'Ursprünglich sollte es beim Gipfel am Montag um das
    Klima gehen': 'es geht um' (topic_verb after 'um') tells what the event was to be about; what 'eigentlich' sets
    against the news is its topic, not its date."""
    return "es" in words and "um" in words and any(in_list("topic_verb", w) for w in words[words.index("um"):])


def plan_that_came_to_nothing(words: list[str]) -> bool:
    """'Bereits Mitte April hatte er ursprünglich nach Kiew reisen wollen', 'hätte im Mai stattfinden sollen': a plan
    told in the Plusquamperfekt of a modal (a past auxiliary and a modal's infinitive) did not come about; the date
    it had is the date of the event called off, which keeps it."""
    return any(word_list("perfect_auxiliary").get(w) == "past" or w in ("hätte", "hätten") for w in words) \
        and any(in_list("modal_infinitive", w) for w in words)


def ended_in_its_month(sentence: Sentence, mention: DateMention, group: list[Trigger], start: int, end: int) -> bool:
    """'Mitte Mai endete ein Treffen der EU-Außenminister ohne Ergebnis': a meeting, call or visit ends in the month
    it took place, so the month its clause says it ended in is its month; not a day (a summit's last day is not its
    first), nor negotiations, which end months after they began, nor a date set for another ('verschoben')."""
    words = sentence.words(start, end)
    return mention.precision == "month" and all(t.event_type != "NEGOTIATION" for t in group) \
        and any(in_list("ending_verb", w) for w in words) \
        and not any(in_list("postponement", w) or in_list("original_plan", w) for w in words)


def called_off_when(sentence: Sentence, mention: DateMention, trigger: Trigger, start: int, end: int) -> bool:
    """'Im Januar sagte Paris den Besuch ab': in a clause that calls the event off, a date outside the
    trigger's own phrase dates the calling off ('die für Juni geplante Reise wurde abgesagt' keeps June)."""
    words = sentence.words(start, end)
    if not (any(in_list("calling_off", w) for w in words) or "ab" in words and "sagte" in words):
        return False
    at = sentence.offsets[trigger.token] - sentence.start_char
    between = sentence.text[mention.end:at] if mention.end <= at else sentence.text[at + len(trigger.text):mention.start]
    inside = between.split()
    return not (len(inside) <= 4 and "," not in between and (mention.end <= at and all(w.islower() for w in inside)
                                                             or mention.end > at and len(inside) <= 1))


def sharpen_dates(frames: list[Frame], stated: dict[int, DateMention | None], told: dict[int, str | None]) -> None:
    """A reference back that plans the event it refers to for a more precise date than the event was given,
    and agrees with it, dates that event and all its mentions: 'der Gipfel am Wochenende' (the month), then
    'der Gipfel, der am Freitagabend beginnt' (the day); of several days, the first. A day a report of what
    happened names may be one of several of the event ('die heutigen Gespräche' of a summit begun on Friday),
    and a month guessed from the publication date is no date the article states.
    stated: a frame's own date (id -> date), before it took the date of the event it refers to; told: its
    own status (None for the present tense, as of 'der Gipfel, der an diesem Freitag beginnt' on that Friday)."""
    sharper: dict[int, list[DateMention]] = {}
    for frame in frames:
        own, root = stated.get(id(frame)), frame.root
        if root is not frame and own is not None and root.date is not None \
                and (dates_agree(own, root.date) and PRECISION.index(own.precision) > PRECISION.index(root.date.precision)
                     or on_its_weekend(own, root.date)) \
                and told.get(id(frame)) in ("planned", None) and root.date.rule != NEWS_MONTH:
            sharper.setdefault(id(root), []).append(own)
    for frame in frames:
        if id(frame) in sharper:  # the most precise, and of those the first day: a summit is dated by its first
            frame.date = min(sharper[id(frame)], key=lambda d: (-PRECISION.index(d.precision), d.value))
    for frame in frames:
        root = frame.root
        if root is not frame and frame.date is not None and root.date is not None \
                and (dates_agree(frame.date, root.date)
                     and PRECISION.index(root.date.precision) > PRECISION.index(frame.date.precision)
                     or on_its_weekend(root.date, frame.date)):
            frame.date = root.date


def dates_may_agree(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates that may be one event's: one within the other, or a day on the weekend the other names."""
    return dates_agree(a, b) or a is not None and b is not None and (on_its_weekend(a, b) or on_its_weekend(b, a))


WEEKEND_REACH = (-1, 1)  # a summit 'am Wochenende' may begin on the Friday before its Saturday, or on the Sunday


def on_its_weekend(day: DateMention, weekend: DateMention) -> bool:
    """'der Gipfel am Wochenende', then 'das Treffen, das an diesem Freitag beginnt': a day the article states from
    the Friday to the Sunday of a weekend (its Saturday, dates.read_weekend) is when what goes on over it began."""
    if weekend.rule != "weekend" or day.rule == "weekend" or day.precision != "day" or weekend.precision != "day":
        return False
    return WEEKEND_REACH[0] <= (first_day(day) - first_day(weekend)).days <= WEEKEND_REACH[1]


def then_pointer(sentence: Sentence) -> str | None:
    """A word that points back to a time told before (then_pointer): 'damals' anywhere, to the last date of its
    paragraph ('paragraph'); 'da' opening a main clause, right before its finite verb, to the sentence before
    ('Das zeigte sich schon gestern Morgen. Da empfing Scholz Macron.': 'previous'). Not the conjunction 'Da er
    krank war, ...' (its verb stands last), nor 'da' inside a clause ('weil er da war')."""
    words = sentence.words()
    if any(word_list("then_pointer").get(w) == "paragraph" for w in words):
        return "paragraph"
    first = sentence.lowers[sentence.start]
    if word_list("then_pointer").get(first) != "previous" or sentence.start + 1 >= sentence.end:
        return None
    verb = sentence.texts[sentence.start + 1]
    return "previous" if verb.islower() and (is_finite_verb(verb) or is_past_verb(verb.lower())) else None


def in_another_year(own: DateMention | None, told: DateMention | None) -> bool:
    """'Als beim letzten Mal vor sieben Jahren über den EU-Haushalt verhandelt wurde' beside this July's budget talks,
    'Schon 2018 hatten sich die beiden getroffen': a report whose own clause dates it to a year the event it would
    refer back to does not lie in tells of another occurrence, and keeps its own date.
    own: the report's date from its own clause; told: the date of the event it would refer to."""
    if own is None or told is None:
        return False
    return first_day(own).year > last_day(told).year or last_day(own).year < first_day(told).year


def temporal_clause(sentence: Sentence, start: int) -> bool:
    """'als sich die Minister in Riad trafen', 'wo sie verhandelten': a clause of time; not a comparison 'als ob',
    'als wenn' ('Es klang am Freitag, als ob er die Gespräche abbräche' does not date the talks)."""
    following = sentence.lowers[start + 1] if start + 1 < sentence.end else ""
    return sentence.lowers[start] == "wo" or sentence.lowers[start] == "als" and following not in ("ob", "wenn")


def share_first_day(frames: list[Frame], stated: dict[int, DateMention | None]) -> None:
    """An event told as going on since a day ('Seit Freitag verhandeln die Staats- und Regierungschefs der EU',
    'am vierten Gipfeltag', 'am Sonntag, dem dritten Tag der Gipfelberatungen') dates the other mentions in the article of an event of its family with a side of its
    own that state no date of their own ('Warum ist der Gipfel so wichtig?', 'Der Gipfel sollte nur zwei Tage
    dauern') or only its month: a summit is dated by its first day. Not another to come ('der nächste Gipfel'), nor
    from negotiations named in the plural ('Seit Sonntag laufen die Verhandlungen' may be one round of many) unless
    a weekday is counted as their n-th day (those days are one meeting's).
    stated: a frame's own date (id -> date), before it took the date of the event it refers to."""
    begun = []
    for frame in frames:
        first = _first_day_told(frame, stated)
        if first is not None and frame.sides and (first.rule == COUNTED_DAY or not negotiations_as_a_whole(frame.triggers)):
            frame.date = first
            begun.append(frame)
    for source in begun:
        for frame in frames:
            own = stated.get(id(frame))
            if frame is source or frame.family != source.family or not set(frame.sides) & set(source.sides) \
                    or frame.date is not None and frame.date.rule in FIRST_DAY_RULES \
                    or any(more_to_come(t) for t in frame.triggers):
                continue  # "der nächste Gipfel" is another
            if own is None or own.rule == NEWS_MONTH or own.precision != "day" and dates_agree(own, source.date):
                frame.date = source.date


def _first_day_told(frame: Frame, stated: dict[int, DateMention | None]) -> DateMention | None:
    """The first day a frame's own clause tells ('seit Freitag', 'am Sonntag, dem dritten Gipfeltag'), even where it
    refers back to an event only the month of the report dated ('Der Gipfel ... Am Samstag, dem zweiten Tag der
    Beratungen, ...'); not where that event has a day of its own."""
    for told in (frame.date, stated.get(id(frame))):
        if told is not None and told.rule in FIRST_DAY_RULES and told.precision == "day":
            current = frame.date
            if current is told or current is None or current.rule == NEWS_MONTH \
                    or current.precision != "day" and dates_agree(current, told):
                return told
    return None


def share_the_news_day(frames: list[Frame], stated: dict[int, DateMention | None],
                       sides_of: Callable[[Frame], list[str]],
                       another_occurrence: Callable[[Frame], bool] = lambda frame: False,
                       told_as_earlier: Callable[[Frame], bool] = lambda frame: False) -> None:
    """A contact the month of publication only guessed for ('sagte Pompeo bei einem Besuch in Kopenhagen') took
    place on the day another report of it in the article states ('Pompeo ist am Mittwoch nach Kopenhagen gereist',
    'betonte er nach einem Treffen mit Laftit' after 'bei seinem Besuch am Freitag in Marokko'): a
    report of its family with the same sides (one's all among the other's) that happened on a day of that month. Not
    where such reports name different days (two calls of the same pair in one month), nor a report dated only by
    another (a reference back), nor a body's summit ('der EU-Gipfel'), whose reports may tell any of its days, nor
    where a report of that family and sides tells of another occurrence ('Am Abend telefonierte Merkel erneut mit
    Lukaschenko' beside 'Erst am Montag hatten die beiden telefoniert': two calls).
    sides_of: a frame's sides and the states its people act for; another_occurrence: whether a frame's sentence tells
    its contact happened once more ('erneut', 'wieder'); told_as_earlier: whether it tells its contact as one before the
    news ('hatten zuletzt am 7. Dezember ein Videotelefonat geführt'), whose day is no day of another report."""
    days: dict[int, set[str]] = {}
    for frame in frames:
        if frame.date is None or frame.date.rule != NEWS_MONTH or frame.collective:
            continue
        for source in frames:
            own = stated.get(id(source))
            if source is frame or source.collective or own is None or own is not source.date \
                    or own.precision != "day" or source.status != "happened" or source.family != frame.family \
                    or told_as_earlier(source) \
                    or not own.value.startswith(frame.date.value) or not _same_sides(sides_of(frame), sides_of(source)):
                continue
            days.setdefault(id(frame), set()).add(first_day(own).isoformat())
    for frame in frames:
        found = days.get(id(frame), set())
        if len(found) != 1:
            continue  # no day, or two: checked first, as the check below reads every pair of reports
        if any(other.family == frame.family and _same_sides(sides_of(frame), sides_of(other)) and another_occurrence(other)
               for other in frames):
            continue  # the article tells of two such contacts
        frame.date = DateMention(0, 0, found.pop(), "day", True, NEWS_DAY)


NEWS_DAY = "news_day"  # the rule of a day another report of the same event in the article states


def date_headings_by_their_paragraph(frames: list[Frame], stated: dict[int, DateMention | None],
                                     sides_of: Callable[[Frame], list[str]], heading: Callable[[int], bool],
                                     one_date: Callable[[int], bool]) -> None:
    """A sub-heading that names a contact and no date ('Spitzengespräch zwischen Berlin, Paris und Brüssel') is the
    title of the paragraph below it: it takes the date the paragraph's first sentence states for a contact of the
    same sides (one's all among the other's; 'Am Sonntagnachmittag erörterten Merkel und Macron in einem
    Telefonat ...'), of its kind, or of any where the heading leaves the kind open ('Gespräch'). None where that
    sentence names two dates ('trafen sich am Dienstag in Paris und am Mittwoch in Berlin').
    heading: whether the sentence of that index is a line of its own without a closing mark; one_date: whether it
    names exactly one date."""
    for frame in frames:
        if frame.date is not None or not frame.is_contact or not heading(frame.sentence) \
                or not one_date(frame.sentence + 1):
            continue
        found = {own.value: own for source in frames
                 if source.sentence == frame.sentence + 1 and source.is_contact and source.status == frame.status
                 and (own := stated.get(id(source))) is not None and own is source.date
                 and (source.family == frame.family or frame.event_type == "CONTACT")
                 and _same_sides(sides_of(frame), sides_of(source))}
        if len(found) == 1:
            frame.date = replace(found.popitem()[1], start=0, end=0, rule=HEADING_DATE)


HEADING_DATE = "heading_date"  # the rule of the date the first sentence under a sub-heading states


def standalone_line(text: str, start_char: int, end_char: int) -> bool:
    """'Spitzengespräch zwischen Berlin, Paris und Brüssel' on a line of its own, without a closing mark: a heading."""
    line = text[start_char:end_char].rstrip(" \t")
    before = text[:start_char].rstrip(" \t")
    after = line[len(line.rstrip()):] + text[end_char:].lstrip(" \t")
    return bool(line.strip()) and (not before or before.endswith("\n")) and (not after or after.startswith("\n")) \
        and line.rstrip()[-1:] not in ".!?:\"“”«»"


def undate_news_months_of_an_earlier_summit(frames: list[Frame], stated: dict[int, DateMention | None],
                                            published: date | None) -> None:
    """'Der Prozess um den Polizeieinsatz beim G20-Gipfel vor drei Jahren' and then 'Nach dem G20-Gipfel in Hamburg
    wurde ermittelt': a report the month of publication was only guessed for that names the same summit (the same
    compound noun: 'G20-Gipfel', 'Nato-Gipfels') as reports the article dates, all of them before that month, is of
    that earlier event: it takes their date where they agree on one, else none, never the month of publication. Not
    where any report of that name is dated to the month of publication or later ('beim EU-Gipfel im Oktober' beside
    'Der EU-Gipfel begann am Donnerstag')."""
    if published is None:
        return
    month = published.isoformat()[:7]
    dated: dict[str, list[DateMention]] = {}
    for frame in frames:
        own = stated.get(id(frame))
        if own is None or own is not frame.date or own.rule == NEWS_MONTH:
            continue
        for name in {_compound_name(t) for t in frame.triggers} - {None}:
            dated.setdefault(name, []).append(own)
    for frame in frames:
        if frame.date is None or frame.date.rule != NEWS_MONTH:
            continue
        names = {_compound_name(t) for t in frame.triggers} - {None}
        earlier = [d for name in names for d in dated.get(name, [])]
        if earlier and all(d.value[:7] < month for d in earlier):
            values = {d.value for d in earlier}
            frame.date = replace(earlier[0], start=0, end=0, rule=EARLIER_SUMMIT) if len(values) == 1 else None


EARLIER_SUMMIT = "earlier_summit"  # the rule of the date of an earlier summit of the same name the article states


def share_a_named_summits_date(frames: list[Frame], stated: dict[int, DateMention | None], published: date | None) -> None:
    """'Wenige Tage vor dem nächsten EU-Gipfel ...' and later 'der EU-Gipfel am Freitag': a report that names a summit
    by its compound ('EU-Gipfel', 'Nato-Gipfels') and has no date (not even the month of publication) takes the one
    date the article's other reports of that name and status state (planned with planned, happened with happened).
    Not where they state two dates (two summits, or two of its days), nor 'der letzte Gipfel'; nor a date of a year
    before the article's: a summit of a series held every year ('Schon 2015 war Elmau Gastgeber eines G7-Gipfels')
    is named for comparison, and 'der jetzige G7-Gipfel' is another one."""
    dated: dict[tuple[str, str], set[str]] = {}
    first: dict[tuple[str, str], DateMention] = {}
    for frame in frames:
        own = stated.get(id(frame))
        if own is None or own is not frame.date or own.rule == NEWS_MONTH or published is None \
                or own.value[:4] < str(published.year):
            continue
        for name in {_compound_name(t) for t in frame.triggers} - {None}:
            dated.setdefault((name, frame.status), set()).add(own.value)
            first.setdefault((name, frame.status), own)
    for frame in frames:
        if frame.date is not None or any(in_list("previous_in_series", m) for t in frame.triggers for m in t.modifiers):
            continue  # a month of publication stays: a report may be of another day of it (THIS_MONTHS_SUMMIT's test)
        keys = {(name, frame.status) for name in {_compound_name(t) for t in frame.triggers} - {None}}
        values = {v for key in keys for v in dated.get(key, set())}
        if len(values) == 1:
            source = next(first[key] for key in keys if key in first)
            frame.date = replace(source, start=0, end=0, rule=NAMED_SUMMIT)


NAMED_SUMMIT = "named_summit"  # the rule of the date other reports of a summit of the same name state


def _compound_name(trigger: Trigger) -> str | None:
    """'G20-Gipfels' -> 'g20-gipfel', 'Nato-Gipfel' -> 'nato-gipfel': a trigger noun compounded onto its word names
    one series of events; a bare 'Gipfel' or 'Treffen' names none."""
    text, head = trigger.text.lower(), trigger.word.lemma.lower()
    if not trigger.is_noun or "-" not in text:
        return None
    for ending in ("es", "s", ""):
        if text.endswith(head + ending) and len(text) > len(head + ending):
            return text[:len(text) - len(ending)]
    return None


def _same_sides(these: list[str], those: list[str]) -> bool:
    """'Pompeo, USA, Dänemark' and 'Pompeo, USA'; 'EU, Großbritannien' and 'EU': one's sides all among the other's."""
    a, b = set(these), set(those)
    return bool(a & b) and (a <= b or b <= a)


def undate_borrowed_processes(frames: list[Frame], stated: dict[int, DateMention | None]) -> None:
    """Negotiations named in the plural ('die Verhandlungen', 'die Brexit-Gespräche') are a process that began when
    it began: referring back to a meeting or round that has a date ('ein Treffen im Juni'), or told after one, they
    do not take its date; only an agenda of the day dates them ('Was wichtig wird: Gespräche über Abrüstung')."""
    for frame in frames:
        if frame.date is not None and frame.date.rule != AGENDA and stated.get(id(frame)) is None \
                and negotiations_as_a_whole(frame.triggers):
            frame.date = None


def purpose_clause(sentence: Sentence, start: int, end: int) -> bool:
    """'Scholz reiste am Dienstag nach Paris, um mit Macron zu verhandeln': an infinitive of purpose ('um ... zu',
    also 'ohne ... zu') has no time of its own; what it tells happens when its main clause does."""
    return sentence.lowers[start] in ("um", "ohne") and "zu" in sentence.lowers[start + 1:end]


def second_conjunct(sentence: Sentence, start: int) -> bool:
    """'Scholz reiste am Montag nach Paris und traf dort Macron': a clause that opens with its finite verb after 'und'
    shares the subject, and the time, of the clause before it (unless it names its own)."""
    return start - 1 > sentence.start and sentence.lowers[start - 1] in ("und", "sowie") \
        and sentence.texts[start][:1].islower() and (is_finite_verb(sentence.texts[start])
                                                     or is_past_verb(sentence.lowers[start]))


def _inside_relative_clause(sentence: Sentence, token: int, start: int, end: int) -> tuple[int, int]:
    """A trigger in a relative clause the clause finder missed (its finite verb looks like an infinitive:
    'Am Freitag redet Scholz im Bundestag, dessen Gewicht die Gipfel der Regierungschefs mindern'): the clause
    begins at the comma and relative pronoun before it."""
    comma = next((i for i in range(token - 1, start, -1) if sentence.texts[i] == ","), None)
    if comma is not None and comma + 1 < token and sentence.lowers[comma + 1] in RELATIVE_PRONOUNS | {"dessen", "deren"} \
            and not listed_after_article(sentence, comma + 1):
        return comma + 1, end  # the nearest comma: after "Scholz, der Kanzler, traf" the apposition is closed
    return start, end


def listed_after_article(sentence: Sentence, article: int) -> bool:
    """'mit Kollegen aus Polen, Spanien, den Niederlanden und der Kommission beraten': after a comma of a list,
    'den' is the article of the next item, not a relative pronoun: its noun (and adjectives before it) is followed
    by another comma or a conjunction of the list ('den Niederlanden und', 'der kleinen Schweiz,'); a relative
    clause goes on with its verb ('den Merz empfing', 'dessen Gewicht die Gipfel mindern')."""
    i = article + 1
    while i < sentence.end and sentence.lowers[i].isalpha() and sentence.texts[i].islower() \
            and not is_finite_verb(sentence.texts[i]):
        i += 1  # adjectives before the noun: 'der kleinen Schweiz'
    if i + 1 >= sentence.end or not sentence.texts[i][:1].isupper():
        return False
    return sentence.lowers[i + 1] in LIST_JOINERS


LIST_JOINERS = frozenset({",", "und", "oder", "sowie"})


RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "welches", "welcher", "welche", "welchem"}


def dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    return a is None or b is None or a.value.startswith(b.value) or b.value.startswith(a.value)


LEAD_SENTENCES = 2  # the headline and the lead tell the news of the day
FIRST_DAYS = 3  # news told in the past is of the last few days: in a month's first days it may be the month before
RECENT_SPAN = 14  # 'kürzlich', 'jüngst' reach back a couple of weeks: in a month's first half, into the last


def news_of_the_month(sentence: Sentence, group: list[Trigger], start: int, end: int, contact: bool, past: bool,
                      news: bool, published: date | None, roundup: date | None = None) -> DateMention | None:
    """A contact that happened, told as recent news ('in den vergangenen Tagen'; not a vague 'kürzlich'), in the Perfekt or
    Präteritum of news ('hat telefoniert', 'traf') or in the article's lead: the month of publication, no more
    precise. Never a habit ('mehrfach', 'regelmäßig', 'drei Mal'), talks going on for long ('seit 2013'), an
    event dated from another ('drei Wochen nach seiner Wahl', 'zwei Tage später') or counted back ('vor sieben
    Wochen'), the last of a series ('beim letzten Gipfel'), one a copula only describes ('Es war ihr erster Besuch'), background in a clause of reason or time
    ('weil sie sich in Rom trafen'), told as long ago or lasting years, cited as evidence, and not in a report of
    the first days of a month. In a roundup of one day's news (roundup: that day, 'Die Nachrichten vom Montag')
    what is told as news is that day's, wherever it is told and on whatever day of the month."""
    if not (past and contact) or published is None or published.day <= FIRST_DAYS and roundup is None:
        return None  # a headline in the present may announce ("Trump und Putin begegnen sich in Alaska")
    if negotiations_as_a_whole(group) or any(in_list("previous_in_series", m) for t in group for m in t.modifiers):
        return None  # "beim letzten EU-Gipfel": the one before, of any month
    if all((span := intended_infinitive(sentence, t.token)) is not None and span[0] <= t.token for t in group):
        return None  # "kündigte an, nach Kiew zu reisen": the past is the announcing's, the journey lies ahead
    if announced(sentence, group, start, end):
        return None  # "Merkel kündigte einen Besuch in Paris an": likewise
    words = sentence.words()
    if any(in_list("habitual_word", w) or w in ("seit", "bisher", "bislang") for w in sentence.words(start, end)):
        return None  # of the trigger's own clause: "hatte empfangen und telefoniert täglich" has one of each
    if dated_from_another_event(sentence, start, end) or days_later(sentence.text) is not None \
            or _counted(sentence, start, end) or points_to_another_time(sentence) \
            or _background(sentence, start) or _long_ago_or_long(sentence, start, end) \
            or before_an_era(sentence, group, start, end) or continues_an_earlier_story(sentence, start, end) \
            or all(recalled(sentence, t) for t in group) \
            or _evidence(sentence, group, start, end) or all(in_a_participle_attribute(sentence, t) for t in group):
        return None
    if (vaguely_recent(words, "vague_weeks") or vaguely_recent(words, "vague_no_date")
            or vaguely_recent(words) and published.day <= RECENT_SPAN) and not dated_in_month(sentence, published):
        return None  # "vor kurzem" gives no date (codebook); "kürzlich" in a paper of the 10th: as likely last month
    if (names_an_earlier_year(sentence, published) or names_another_month(sentence, published)) \
            and not dated_in_month(sentence, published):
        return None  # "die Weltfrauenkonferenz, die 1995 beschlossen hat", "Schon im März - ... - reiste er": of then
    recent = vaguely_recent(words) or \
        " ".join(words).find("vergangenen tagen") >= 0 or " ".join(words).find("letzten tagen") >= 0
    news = news and not described(sentence, group, start, end)
    if roundup is not None and news:
        return DateMention(0, 0, roundup.isoformat(), "day", True, ROUNDUP_DAY)
    if not (recent or news or sentence.index <= LEAD_SENTENCES):
        return None
    return DateMention(0, 0, published.isoformat()[:7], "month", True, NEWS_MONTH)


NEWS_MONTH = "news_month"  # the rule of a month guessed from the publication date
NEWS_TODAY = "news_today"  # the rule of the reference day for a contact the lead tells in the present
FROM_THE_NEWS = (NEWS_MONTH, NEWS_TODAY)  # rules that fill in a date no sentence states, from the publication


def stated_over_filled_in(own: DateMention | None, lent: DateMention | None) -> bool:
    """'Beim EU-Gipfel geht es ums Ganze. ... beim morgen beginnenden Gipfel': a reference back whose own clause states
    a date ('morgen', 'am Freitag') keeps it where the event it refers to has only a date filled in from the
    publication (its day or month); the stated date, which such a guess allows, becomes the event's."""
    return own is not None and lent is not None and lent.rule in FROM_THE_NEWS and own.rule not in FROM_THE_NEWS \
        and dates_may_agree(own, lent)


def news_of_the_day(sentence: Sentence, group: list[Trigger], start: int, end: int, contact: bool, past: bool,
                    today: date | None) -> DateMention | None:
    """'Bei seinem ersten Besuch in Tschechien hält Scholz in Prag eine Grundsatzrede', 'Pompeos Besuch in Tschechien
    zeigt die Spaltlinien', 'Scholz, derzeit zu Besuch in Washington, ...': a contact that happens, told in the
    present in the lead of a report (its first sentences) with no date, is the news of the reference day. Not a plan
    or a possibility (a modal or 'wird'; its status says so), a habit or what goes on for long ('regelmäßig', 'seit',
    'bereits'), negotiations as a whole, a contact a copula only describes ('Es ist das erste Treffen seit ...'),
    the last one ('sein jüngster Auftritt beim Gipfel'), a story told in the present ('Während eines Telefonats
    zweifelt Cameron dann an seinem Gegenüber'), a clause of reason or time, nor one in the past or a
    negation; and only where the contact is the occasion of what the clause tells ('bei seinem Besuch') or a word
    says it is now ('derzeit zu Besuch'), or a verb tells a meeting, call or talks ('Baerbock trifft in Rabat mit
    ihrem Amtskollegen zusammen'): 'Scholz reist nach China' may be next week's, 'reagiert auf den Besuch' last
    week's."""
    if past or not contact or today is None or sentence.index > LEAD_SENTENCES or negotiations_as_a_whole(group):
        return None
    words = sentence.words(start, end)
    if any(in_list("habitual_word", w) or in_list("ongoing_word", w) or in_list("frequency_adverb", w)
           or in_list("plan_word", w) or in_list("modal_plan", w) or in_list("negation", w)
           or in_list("past_marker", w) or in_list("status_cue", w) for w in words):
        return None
    if _background(sentence, start) or described(sentence, group, start, end) or any(more_to_come(t) for t in group) \
            or points_to_another_time(sentence) \
            or any(in_list("previous_in_series", m) or in_list("recency_word", m) for t in group for m in t.modifiers) \
            or any(in_list("recency_word", w) or in_list("narrative_word", w) for w in words):
        return None
    now = any(in_list("now_word", w) for w in words)
    if not (now or _at_the_occasion(sentence, group) or _meeting_told_as_news(sentence, group)):
        return None
    if lasts_days(group):  # "ringen beim EU-Gipfel": going on today, begun on a day the text does not tell
        return DateMention(0, 0, today.isoformat()[:7], "month", True, NEWS_MONTH) if today.day > FIRST_DAYS else None
    return DateMention(0, 0, today.isoformat(), "day", True, NEWS_TODAY)


def lasts_days(group: list[Trigger]) -> bool:
    """'Gipfel', 'G7-Treffen', 'Klimakonferenz', 'Tagung': a summit or conference (assembly_noun) mostly lasts two or
    three days, so one told as going on today may have begun days before. Not a bare 'Treffen' of two ministers, nor a
    video conference (a call of one sitting)."""
    return all(t.is_noun and t.event_type != "CALL" and t.text.lower().endswith(tuple(word_list("assembly_noun")))
               and not in_list("bare_meeting_noun", t.text.lower()) for t in group)


def summit_under_way(sentence: Sentence, group: list[Trigger], start: int, end: int, past: bool,
                     published: date | None) -> DateMention | None:
    """'Der Krieg in der Ukraine ist beim Gipfel allgegenwärtig', 'danach klingt bislang alles beim NATO-Gipfel': a summit
    or conference (assembly_noun) that happened with no date, the occasion ('beim', 'auf dem') of what a clause in the
    present tells, is going on as the report is written: the month of publication, never a guessed day (its first day
    may lie before). Not a bare 'Treffen' (plural alike), not in the past, not the last or the next one, not a plan or a negation ('wollen beim Gipfel
    festlegen'), nor in a report of the first days of a month."""
    if any(in_list("plan_word", w) or in_list("modal_plan", w) or in_list("negation", w) or in_list("past_marker", w)
           or in_list("ongoing_word", w) for w in sentence.words(start, end)):
        return None  # "wollen beim EU-Gipfel festlegen" may lie ahead; "nimmt ihn schon beim Gipfel mit", a look back
    if points_to_another_time(sentence) or _counted(sentence, start, end) or any(
            in_list("habitual_word", w) for w in sentence.words(start, end)):
        return None  # "Vor einigen Wochen ist sie bei einer Konferenz zu Gast", "Normalerweise sind die Gipfel ...": not now
    if past or published is None or published.day <= FIRST_DAYS or not _at_the_occasion(sentence, group) \
            or not all(t.is_noun and t.text.lower().endswith(tuple(word_list("assembly_noun"))) for t in group) \
            or any(more_to_come(t) or in_list("bare_meeting_noun", t.text.lower()) for t in group) \
            or any(in_list("previous_in_series", m) for t in group for m in t.modifiers):
        return None  # a bare "Treffen" may be one of a series ("bei den Treffen des Rats"), not one going on now
    return DateMention(0, 0, published.isoformat()[:7], "month", True, NEWS_MONTH)


def points_to_another_time(sentence: Sentence) -> bool:
    """'Merkel war damals in Paris, sie traf Sarkozy', 'Da traf er Macron': a sentence that points back to a time told
    before (then_pointer, in any of its clauses) tells of that time, which the publication does not date."""
    return then_pointer(sentence) is not None


def _meeting_told_as_news(sentence: Sentence, group: list[Trigger]) -> bool:
    """'Baerbock trifft in Rabat mit ihrem Amtskollegen zusammen', 'Die NATO-Außenminister beraten über die Ukraine',
    'Erstmals treffen sich Vertreter Russlands und der Ukraine': a meeting, call or talks a verb tells in the present in
    a sentence of the lead is the day's news, going on as the report is written. Not a journey ('Scholz reist nach
    China' may be next week's), nor negotiations ('verhandeln über Zölle' may go on for weeks), nor a headline, a line without a closing mark, which may announce ('Trump und Putin
    begegnen sich in Alaska' over a report of the summit to come)."""
    return sentence.text.rstrip()[-1:] in ".!?\"“”«»" and all(not t.is_noun and t.event_type in MET_NOW for t in group)


MET_NOW = frozenset({"MEETING", "CALL", "CONTACT"})  # not a journey, nor negotiations, which began when they began


def _at_the_occasion(sentence: Sentence, group: list[Trigger]) -> bool:
    """'Bei seinem Besuch in Prag hält Scholz eine Rede', 'während des Gipfels beraten die Minister': a trigger noun after a
    preposition of the occasion (during_preposition) while the clause tells something else that happens there."""
    return any(t.is_noun and (governed := sentence.governing_preposition(t.token)) is not None
               and in_list("during_preposition", governed[0]) for t in group)


def vaguely_recent(words: list[str], list_name: str = "vague_recency") -> bool:
    """'kürzlich', 'jüngst' (vague_recency): some time in the two weeks before the article, which in a month's first
    half may be last month as well as this one; 'vor kurzem' (vague_no_date): no date at all (codebook); 'in den
    vergangenen Wochen', 'in letzter Zeit' (vague_weeks): any time in the weeks or months before. Not an idiom that
    holds such a word (recency_idiom: 'nicht zuletzt' is not least, 'bis zuletzt' until the end)."""
    said = " " + " ".join(words) + " "
    for idiom in word_list("recency_idiom"):
        said = said.replace(f" {idiom} ", " ")
    return any(f" {phrase} " in said for phrase in word_list(list_name))


def names_an_earlier_year(sentence: Sentence, published: date) -> bool:
    """'ursprünglich von der Weltfrauenkonferenz der UN, die 1995 diese Strategie beschlossen hat', 'wie beim Gipfel
    im Mai 2019': a sentence that names a time of an earlier year may tell of then, wherever the year stands; not a
    year things are measured from ('weniger Emissionen gegenüber 1990', 'seit 2015', 'mehr als 2019')."""
    return any(d.value[:4].isdigit() and int(d.value[:4]) < published.year and not _measured_from(sentence, d)
               for d in find_dates(sentence.text, published, future=False))


def _measured_from(sentence: Sentence, mention: DateMention) -> bool:
    """'seit 2015', 'gegenüber 1990', 'bis Ende März': a time things are measured from or to (year_of_comparison)."""
    words = (sentence.text[:mention.start].split()[-1:] + sentence.text[mention.start:mention.end].split())[:2]
    return any(in_list("year_of_comparison", w.lower()) for w in words)


def names_another_month(sentence: Sentence, published: date) -> bool:
    """'Schon im März - einen Monat nach Kriegsbeginn - reiste Habeck nach Katar' in a July paper: a sentence that
    names a month or a day of another month, in the past and in the future reading alike, may tell of then, even
    where a dash or a comma keeps the time out of the trigger's clause; the month of publication would be a guess
    against the text. Not a time things are measured from ('seit dem 2. Februar')."""
    month = published.isoformat()[:7]
    return any(d.precision in ("month", "day") and not _measured_from(sentence, d)
               and not any((v or d.value).startswith(month) for v in (d.past_value, d.future_value))
               for d in find_dates(sentence.text, published, future=False))  # "dieses Wochenende" may lie ahead


def dated_in_month(sentence: Sentence, published: date) -> bool:
    """'Vor Kurzem, Anfang März, reiste er nach Israel' in a March paper: the sentence names a time of the month of
    publication, wherever it stands."""
    month = published.isoformat()[:7]
    return any(d.value.startswith(month) for d in find_dates(sentence.text, published, future=False))


ROUNDUP_LINES = 4  # the headline and the first paragraphs: where a roundup names the day it gathers
ROUNDUP_DAY = "roundup_day"  # the rule of the day a roundup of one day's news is of


def roundup_day(text: str, published: date | None) -> date | None:
    """'Die wichtigsten Corona-Nachrichten vom Montag', 'Hier finden Sie die Entwicklungen vom Dienstag im
    Überblick': a headline or lead that gathers one day's news names the day its reports are of, that weekday on
    or before the publication day; not a report about news ('Die Nachricht vom Montag schockierte viele' is
    one piece of news, in the singular)."""
    if published is None:
        return None
    weekdays = date_words()["weekday"]
    for line in text.split("\n", ROUNDUP_LINES)[:ROUNDUP_LINES]:
        words = [w.strip(".,:;!?\"„“”»«()").lower() for w in line.split()]
        for i in range(len(words) - 2):
            if words[i + 1] == "vom" and words[i + 2] in weekdays \
                    and any(words[i].endswith(n) for n in word_list("roundup_noun")):
                return published - timedelta(days=(published.weekday() - int(weekdays[words[i + 2]])) % 7)
    return None


def named_as_ahead(group: list[Trigger]) -> bool:
    """'auf eine baldige Zusammenkunft der G7', 'das nächste Treffen', 'die anstehenden Verhandlungen': a noun an
    adjective puts ahead names a contact not yet held, whatever day the story around it tells."""
    return all(t.is_noun for t in group) and any(m.startswith(tuple(word_list("ahead_modifier")))
                                                 for t in group for m in t.modifiers)


def going_on_for_long(sentence: Sentence, start: int, end: int) -> bool:
    """'Die Gespräche kommen seit Monaten kaum voran', 'nach wochenlangem Ringen': a clause that tells a contact going
    on for weeks or more tells a process, not the one day of a meeting or call (not 'erstmals seit Jahren', which
    tells one contact after a long gap)."""
    words = sentence.words(start, end)
    if any(w.startswith("erst") for w in words):
        return False
    return any(w == "seit" and any(in_list("long_span", x) for x in words[i + 1:i + 4]) for i, w in enumerate(words)) \
        or any(w.startswith(tuple(word_list("long_adjective"))) for w in words)


def negotiations_as_a_whole(group: list[Trigger]) -> bool:
    """'die Verhandlungen über das Abkommen', 'bei den Brexitverhandlungen': negotiations named in the plural are a
    process that began when it began, which a report of its progress does not tell (a 'Verhandlungsrunde' does
    take the month it is told in)."""
    return all(t.is_noun and t.event_type == "NEGOTIATION" and _plural_of_its_lemma(t) for t in group)


def _plural_of_its_lemma(trigger: Trigger) -> bool:
    """'Verhandlungen', 'Brexitverhandlungen', 'Handelsgespräche': the noun's head is not its lemma's singular
    form ('Verhandlungsrunde', 'Gesprächs' are singular)."""
    head = trigger.text.rsplit("-", 1)[-1].lower()
    return not head.endswith(trigger.word.lemma) and not head.endswith("s")


def dated_from_another_event(sentence: Sentence, start: int, end: int) -> bool:
    """'drei Wochen nach seiner Wahl', 'wenige Tage vor dem Referendum', 'kurz nach ihrem Amtsantritt': a time
    counted from another event, which may lie in any month."""
    for i in range(start + 1, end - 1):
        after = sentence.lowers[i + 1]
        if after not in ("nach", "vor") or not (sentence.lowers[i + 2:i + 3] and sentence.lowers[i + 2]
                                                 in DETERMINERS_AND_POSSESSIVES):
            continue
        word = sentence.lowers[i]
        if word == "kurz" or in_list("time_unit", word) and (sentence.lowers[i - 1].isdigit() or
                                                             in_list("count_word", sentence.lowers[i - 1])):
            return True
    return False


def _background(sentence: Sentence, start: int) -> bool:
    """A clause of reason or time: 'weil sich beide in Rom trafen', 'als Scholz in Paris war' (not the
    preposition 'während des Treffens')."""
    word, following = sentence.lowers[start], sentence.lowers[start + 1] if start + 1 < sentence.end else ""
    if not in_list("background_subordinator", word) or word in ("während", "seit") and following in \
            DETERMINERS_AND_POSSESSIVES:
        return False
    # a subordinate clause ends in its verb; "Als Reaktion bestätigte Trump", "Da traf er" are main clauses
    second = [sentence.lowers[i] for i in range(start + 1, min(start + 3, sentence.end)) if sentence.texts[i].islower()]
    return not any(is_past_verb(w) or is_finite_verb(w) for w in second)


def _long_ago_or_long(sentence: Sentence, start: int, end: int) -> bool:
    """Told as of long ago ('in der Vergangenheit', 'einst', 'seinerzeit'; 'früher', but not 'früher am Tag') or
    as lasting months or years ('nach sieben Jahren Verhandlungen', 'zogen sich über 40 Monate hin', 'nach
    monatelangen Gesprächen'): no month of publication."""
    words = sentence.words(start, end)
    for i, word in enumerate(words):
        if in_list("distant_past", word) and not (word == "früher" and words[i + 1:i + 2] == ["am"]):
            return True
        if in_list("long_time_unit", word) and i > 0 and (words[i - 1].isdigit() or in_list("count_word", words[i - 1])
                                                          or i > 1 and words[i - 2].isdigit()):
            return True  # "43 (Vietnam) oder gar 63 Monate": a number a word before
        if word.startswith(("monatelang", "jahrelang", "jahrzehntelang")):
            return True
    return False


ERA_REACH = 4  # 'vor dem Beginn des Krieges': the era's noun stands a few words after 'vor'


def before_an_era(sentence: Sentence, group: list[Trigger], start: int, end: int) -> bool:
    """'Scholz war vor dem Krieg zu Besuch bei Putin', 'vor seinem Amtsantritt traf er Xi', 'vor Beginn der
    Pandemie': a time before an era or a turning point (era_noun, also as a compound's last part) lies in any
    month before it. Not a trigger inside the phrase ('vor dem Gipfel'), whose time is another rule's, nor a
    time 'kurz vor' it, nor one before an election ('vor der Wahl' is often days before)."""
    inside = {governed[1] for t in group if t.is_noun and (governed := sentence.governing_preposition(t.token))}
    for i in range(start, end - 1):
        if sentence.lowers[i] != "vor" or i in inside or i > sentence.start and sentence.lowers[i - 1] == "kurz":
            continue  # "kurz vor dem Krieg" is near the turning point, which the article may date
        nouns = [j for j in range(i + 1, min(i + 1 + ERA_REACH, end)) if sentence.texts[j][:1].isupper()]
        if any(_names_an_era(sentence.lowers[j]) for j in nouns[:2]):  # its head, or the genitive after 'Beginn'
            return True
    return False


def _names_an_era(word: str) -> bool:
    """'Krieg', 'Ukraine-Krieges', 'Kriegsbeginn', 'Präsidentschaftswahl': a noun of era_noun or one ending in it."""
    return any(word.endswith(stem) for stem in word_list("era_noun"))


def continues_an_earlier_story(sentence: Sentence, start: int, end: int) -> bool:
    """'Die beiden hatten sich zweimal getroffen, das zweite Treffen in Hanoi scheiterte': a clause after a main
    clause in the Plusquamperfekt goes on with what came before, in the Präteritum as well. Not after a
    subordinate clause ('Nachdem sie sich geeinigt hatten, traf Scholz Macron' is news after it), nor a clause that
    turns to the present news ('nun', 'inzwischen')."""
    if start - 2 < sentence.start or sentence.texts[start - 1] != ",":
        return False
    if any(in_list("recency_word", w) or w in ("nun", "jetzt", "heute") for w in sentence.words(start, end)):
        return False
    before = sentence.clause(start - 2)
    first = sentence.lowers[before[0]]
    if in_list("background_subordinator", first) or first in ("dass", "ob", "damit", "um") \
            or before[0] > sentence.start and (first in RELATIVE_PRONOUNS or sentence.opens_relative_clause(before[0])) \
            or "," in sentence.texts[before[0]:before[1]]:
        return False  # "Nach dem Gespräch, in dem beide gerungen hatten, telefonierte Macron": a relative clause
    verbs = verb_forms(sentence, *before)
    return any(word_list("perfect_auxiliary").get(w) == "past" for w in verbs) and any(
        is_participle(w) for w in verbs)


def recalled(sentence: Sentence, trigger: Trigger) -> bool:
    """'Biden erinnerte an das Treffen in Singapur', 'in klarer Anspielung auf Trumps Treffen mit Kim', 'verwies auf
    den Gipfel in Helsinki': a trigger noun a word of recall governs with 'an' or 'auf' is an earlier event brought
    up as a topic, of any month. Not 'Beim Treffen erinnerte Scholz Macron an die Zusage': there the trigger
    is no object of the recall."""
    if not trigger.is_noun:
        return False
    governed = sentence.governing_preposition(trigger.token)
    if governed is None or governed[0] not in ("an", "auf"):
        return False
    at = governed[1]
    return any(in_list("recall_word", sentence.lowers[j]) for j in range(max(sentence.start, at - 4), at))


ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
PHRASE_WORDS = frozenset({"in", "im", "von", "vom", "mit", "und", "der", "des", "dem", "den"})


def in_a_participle_attribute(sentence: Sentence, trigger: Trigger) -> bool:
    """'Die durch den Gipfel in Singapur geweckten Hoffnungen', 'der beim Treffen vereinbarte Waffenstillstand': a
    trigger noun in a phrase between an article and the participle it qualifies tells what another noun comes from,
    background of any month, not news."""
    if not trigger.is_noun:
        return False
    governed = sentence.governing_preposition(trigger.token)
    if governed is None or governed[1] <= sentence.start or sentence.lowers[governed[1] - 1] not in ARTICLES:
        return False
    for i in range(trigger.token + 1, min(trigger.token + 8, sentence.end - 1)):
        text, lower = sentence.texts[i], sentence.lowers[i]
        if not text.isalpha():
            return False
        if text.islower() and lower not in PHRASE_WORDS:  # "durch das Treffen von Scholz und Macron in Paris"
            stems = [lower[:-len(e)] for e in ADJECTIVE_ENDINGS if lower.endswith(e)]
            return any(is_participle(s) for s in stems) and sentence.texts[i + 1][:1].isupper()
    return False


def _evidence(sentence: Sentence, group: list[Trigger], start: int, end: int) -> bool:
    """A trigger noun cited as evidence: 'Der Gipfel hat gezeigt, dass ...', 'Das Treffen bewies, wie ...':
    an argument about an event, which may lie in any month, not news of it."""
    return all(t.is_noun for t in group) and any(in_list("evidence_verb", w) for w in sentence.words(start, end))


def _counted(sentence: Sentence, start: int, end: int) -> bool:
    """'Beide trafen sich drei Mal', 'zweimal telefonierten sie' (several events, of any months), 'vor sieben
    Wochen' (a time counted back too vague to give a day or a month), 'wenige Wochen später' (counted from another
    event the article tells)."""
    for i in range(start, end):
        word, before = sentence.lowers[i], sentence.lowers[i - 1] if i > sentence.start else ""
        counted = before.isdigit() or in_list("count_word", before)
        if word.endswith("mal") and (word[:-3] and in_list("count_word", word[:-3]) or word == "mal" and counted):
            return True
        if before == "vor" or i >= sentence.start + 2 and sentence.lowers[i - 2] == "vor" and counted:
            if in_list("time_unit", word):
                return True
        if in_list("time_unit", word) and i + 1 < end and sentence.lowers[i + 1] in date_words()["sequel"]:
            return True  # "wenige Wochen später", "Monate danach": counted from an event told before, of any month
    return False


DETERMINERS_AND_POSSESSIVES = frozenset({"der", "dem", "den", "des", "eines", "einer", "einem", "seines", "seiner",
                                         "seinem", "seinen", "ihres", "ihrer", "ihrem", "ihren", "dessen", "deren"})


def described(sentence: Sentence, group: list[Trigger], start: int, end: int) -> bool:
    """A trigger noun that a copula in the past only describes: 'Es war ihr erster Besuch in Warschau', 'Das
    Treffen war ein Erfolg' (not 'war zu Gast', where a preposition makes the noun the event told)."""
    verbs = [w for w in sentence.words(start, end) if w in ("war", "waren")]
    others = [w for i, w in enumerate(sentence.words(start, end), start)
              if w not in ("war", "waren") and sentence.texts[i].islower() and is_past_form(w)]
    return bool(verbs) and not others and all(t.is_noun and sentence.governing_preposition(t.token) is None
                                              for t in group)


def told_as_before(sentence: Sentence, group: list[Trigger], start: int, end: int) -> bool:
    """'Die beiden Besuche zuvor hatten Proteste ausgelöst', 'das Treffen damals', 'Es war der ranghöchste Besuch seit
    Jahren': a clause that tells its event as one before the news (told_before) or that a copula only describes
    speaks of an earlier occurrence, which a day or month guessed for the news does not date."""
    return any(in_list("told_before", w) for w in sentence.words(start, end)) or described(sentence, group, start, end)


def is_past_form(lower: str) -> bool:
    return is_past_verb(lower) or is_participle(lower)


def begun_on_the_day(sentence: Sentence, group: list[Trigger], start: int, end: int,
                     day: date | None) -> DateMention | None:
    """A beginning told without a date is the day's news: 'Scholz hat seine Reise durch Asien begonnen', 'Nato-Gipfel
    in Vilnius beginnt', 'ist zu einem Besuch in Peking eingetroffen' (a visit begins with the arrival), 'sagte Tusk zum Auftakt des Gipfels', 'Zu Beginn des Treffens sprachen ...': the
    reference day. Told in the Perfekt or Präteritum of news, or in the present only in the headline ('an dem
    Tag, an dem der Gipfel beginnt' may be any day); not in the Plusquamperfekt or with a past marker ('hatte
    ... begonnen', 'damals'), nor still planned ('soll beginnen'), nor before or since ('vor Beginn', 'seit
    Beginn'); a beginning verb only in the Perfekt ('wie der Krieg begann' is a story told)."""
    if day is None or not (sentence.index == 0 or told_as_news(sentence, start, end)):
        return None
    words = sentence.words(start, end)
    verbs = [sentence.lowers[i] for i in range(start, end) if sentence.texts[i].islower()]
    if any(in_list("past_marker", w) or w in ("hatte", "hatten") or in_list("plan_word", w) for w in words):
        return None
    perfect_or_headline = sentence.index == 0 or any(in_list("perfect_auxiliary", w) for w in verbs) and not any(
        is_past_verb(w) for w in verbs)  # "hat ... begonnen"; "wie der Krieg begann" is a story told
    begins = perfect_or_headline and any(in_list("beginning_verb", lemma(w)) for w in verbs) \
        or any(_at_the_start_of(sentence, t) for t in group)
    return DateMention(0, 0, day.isoformat(), "day", True, BEGINNING) if begins else None


def _at_the_start_of(sentence: Sentence, trigger: Trigger) -> bool:
    """'zu Beginn des Treffens', 'zum Auftakt seines Besuchs', 'zum Auftakt des zweitägigen Gipfels'."""
    j = trigger.token - 1
    if j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in \
            DETERMINERS_AND_POSSESSIVES:
        j -= 1  # an adjective
    if j - 1 < sentence.start or sentence.lowers[j] not in DETERMINERS_AND_POSSESSIVES:
        return False
    return in_list("beginning_noun", sentence.lowers[j - 1]) and j - 2 >= sentence.start \
        and sentence.lowers[j - 2] in ("zu", "zum", "bei", "beim", "mit")  # not "vor Beginn", "seit Beginn"


def plan_goes_on(text: str, sentence: Sentence, before: Sentence | None, start: int, end: int, excluded: bool,
                 reference: date | None) -> DateMention | None:
    """A plan told in the present goes on in the next sentence of its paragraph: 'Am Freitag soll die
    Erklärung stehen. Dafür empfängt Scholz Tusk in Potsdam.' is that Friday. Only for a contact (excluded:
    one told in the past, or no contact), in a main clause without a date of its own, not a habit nor talks
    going on ('seit', 'regelmäßig'), after a sentence not told in the past with one day in the coming week."""
    if before is None or reference is None or excluded or "\n" in text[before.end_char:sentence.start_char]:
        return None
    if find_dates(sentence.text, reference, future=None) or _background(sentence, start) or any(
            in_list("habitual_word", w) or in_list("ongoing_word", w) for w in sentence.words(start, end)):
        return None
    if told_in_past(before, before.start, before.end):
        return None
    dates = [d for d in find_dates(before.text, reference, future=True) if not is_boundary(before.text, d)]
    if len(dates) != 1 or dates[0].precision != "day" or not 0 <= (first_day(dates[0]) - reference).days < 7:
        return None
    return dates[0]


AGENDA = "agenda"  # the rule of a day an agenda of the day gives
HEADING_WORDS = 4  # a line of a few words without a full stop is a heading ("Das Wichtigste zum Coronavirus")
AGENDA_ITEMS = 6  # an agenda of the day lists a few items, one a paragraph; a short heading may be joined to the next


def on_the_days_agenda(text: str, sentence: Sentence, past: bool, day: date | None) -> DateMention | None:
    """'Was wichtig wird\\nVon der Leyen und Johnson sprechen in Brüssel über den Brexit.': under a heading that
    announces the day's agenda ('Was wichtig wird', 'Termine des Tages'), an item told in the present takes place
    on the reference day, within the next few paragraphs and up to the next heading line. Not what an item tells in
    the past ('Zuletzt hatten sich die Minister getroffen')."""
    if past or day is None:
        return None
    before = text[:sentence.end_char].lower()  # a heading without a full stop is joined to its first item's sentence
    found = [(at, heading) for heading in word_list("agenda_heading") if (at := before.rfind(heading)) >= 0
             and text[at].isupper() and text[at + len(heading):at + len(heading) + 1] != ","]  # "Was wichtig wird, ist"
    if not found:
        return None
    at, heading = max(found)
    lines = text[at + len(heading):sentence.start_char].split("\n")
    if len(lines) - 1 > AGENDA_ITEMS or any(is_heading_line(line) for line in lines[1:-1]):
        return None
    return DateMention(0, 0, day.isoformat(), "day", True, AGENDA)


def is_heading_line(line: str) -> bool:
    """'Frühstücksflocke', 'Das Wichtigste zum Coronavirus': a short line without a closing mark."""
    words = line.split()
    return 0 < len(words) <= HEADING_WORDS and line.rstrip()[-1:] not in ".!?:\"“”«»"
