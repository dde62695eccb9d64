"""Stage 3, status: did the event happen, is it planned, proposed, speculated about, cancelled, denied?

Read from the trigger's clause, strongest evidence first:
- a cancellation or denial ('abgesagt', 'dementiert'), or a negated trigger ('kein Treffen'): cancelled, denied;
- the trigger word itself ('Einladung', 'eingeladen'): proposed;
- a possibility ('könnte', 'ob', 'möglicherweise') or a condition ('wenn', 'falls'): speculative;
- a wish or offer ('will', 'Vorschlag', 'bereit'): proposed, or planned when it has a date to come
  ('Am Montag wollen von der Leyen und Johnson sprechen');
- a plan ('geplant', 'soll', 'wird', 'bevorstehend', 'am kommenden Freitag'): planned;
- the tense: Präteritum, Perfekt and the Konjunktiv of reported speech ('habe getroffen',
  'seien zusammengekommen') are happened; the present tense is happened unless its date lies ahead.
A trigger noun inside 'bei', 'nach', 'während' ('sagte bei dem Telefonat') presupposes its event: only
the tense speaks for it, not the modal verbs of the clause.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from orchestration.nlp.dates import date_words, find_dates, first_day
from orchestration.nlp.events.sentence import (DETERMINERS, PREPOSITIONS, SUBORDINATORS, Sentence, adjective_stem,
                                               is_attributive, is_finite_verb)
from orchestration.nlp.events.sides import phrase_range
from orchestration.nlp.events.triggers import Trigger, invites_to_a_meal, trigger_noun
from orchestration.nlp.events.words import in_list, linking_phrases, word_list
from orchestration.nlp.knowledge import lemma
from orchestration.nlp.records import CONTACT_TYPES

if TYPE_CHECKING:
    from orchestration.nlp.events.references import Frame

ORDER = ("cancelled", "denied", "speculative", "proposed", "planned", "happened")
PRESUPPOSING = frozenset({"bei", "beim", "nach", "während", "seit", "auf"})
_PARTICIPLE = re.compile(r"^[a-zäöü]*ge[a-zäöüß]+(en|t)$")
MODALS = frozenset({"will", "wolle", "wollen", "wollte", "wollten", "möchte", "möchten", "soll", "sollen",
                    "solle", "wird", "werden", "werde", "würde", "würden", "könnte", "könnten", "könne",
                    "dürfte", "dürften", "müsste", "müssten"})  # the last four: Konjunktiv II, never Präteritum


def read_status(sentence: Sentence, triggers: list[Trigger], others: list[Trigger], event_date: date | None,
                published: date | None, day_precise: bool = False, date_ends: date | None = None) -> str | None:
    """The status of the event a group of triggers reports; others are the sentence's other triggers,
    which claim the cues nearer to them. None when nothing but the present tense speaks: the caller
    decides (the status of the event referred to, else happened)."""
    own = [t.token for t in triggers]
    start, end = sentence.clause(own[0])
    verbs = {t.token for t in triggers + others if not t.is_noun}
    cues = _cues_for(sentence, own, [t.token for t in others], start,
                     _infinitive_phrase_after(sentence, own[-1], start, end), verbs)
    if any(_zu_infinitive(sentence, t) for t in triggers):
        cues |= _main_clause_cues(sentence, start)  # "wird erwartet, mit Meloni zu verhandeln": proposed
    if _hearsay_of_the_past(sentence, start, end):
        cues.discard("planned")  # "soll sich mit Macron getroffen haben": others say it happened
        cues.add("speculative")
    if all(on_the_programme(sentence, t, start, end) for t in triggers):
        cues.add("planned")  # "Auf dem Programm steht ein Treffen mit Macron": scheduled
    if all(t.is_noun and sentence.governing_preposition(t.token) is None for t in triggers) \
            and imminent(sentence, start, end):
        cues.add("planned")  # "Der Besuch steht unmittelbar bevor", "Am Montag steht ein Treffen an": due
    if told_as_rumour(sentence, start, end) and not _proposal_in(sentence, start, end):
        cues.add("speculative")  # "laut Medienberichten soll Scholz Macron treffen"; a proposal reported stays one
    given = all(presupposed(sentence, t) or begun_before_the_clause(sentence, t)
                or inside_it_in_the_past(sentence, t, start, end) for t in triggers) \
        or as_if(sentence, start)
    if given or all(_outcome_in_question(sentence, t, start, end) for t in triggers):
        # "beim Treffen will Merkel ansprechen", "ob es beim Gipfel eine Einigung gibt", "der Gipfel könnte
        # scheitern": the will and the doubt are about something else; the event itself takes place
        cues -= {"speculative", "proposed"}
        if all(t.is_noun and talks_in_the_plural(t.text) for t in triggers) and _only_future(sentence, start, end):
            cues.discard("planned")  # "werden die Verhandlungen nicht am Fisch scheitern lassen": the end lies ahead
    if all(still_ahead(sentence, t) and not _own_cue(t) for t in triggers):
        cues -= {"speculative", "proposed"}  # "Einen Tag vor dem Start des G7-Gipfels wollen Tausende demonstrieren":
        # the wish or the doubt is of what comes before the event, which lies ahead
    relative = relative_clause_of(sentence, triggers[0]) if triggers[0].is_noun else None
    if ("cancelled" in cues or _called_off(sentence, start, end) or _fell_through(sentence, start, end)
            or postponed_without_a_date(sentence, start, end)
            or relative is not None and _called_off_in(sentence, *relative)) and not _demanded(sentence):
        return "cancelled"  # not "fordert, den Gipfel abzusagen": a demand calls nothing off
    put_off = [put_off_by_a_noun(sentence, t, end) for t in triggers]
    if all(put_off):
        return "planned" if "planned" in put_off else "cancelled"  # "nach der Verschiebung der Klimakonferenz"
    if not given and called_off_otherwise(sentence, start, end) and not _demanded(sentence):
        return "cancelled"  # "Scholz wurde zu seinem Besuch in Kiew ausgeladen", "legte die Reise auf Eis"
    if "denied" in cues and not _took_place_after_all(sentence):
        return "denied"
    ruled = ruled_out(sentence, triggers, start, end)
    if ruled:
        return ruled  # "schloss ein Treffen aus": denied; "schloss ein Treffen nicht aus": speculative
    if plan_denied(sentence, start, end):
        return "denied"  # "Es gebe keine Pläne dafür, dass er mit Putin telefonieren werde"
    if _considered_before(sentence, start, end) or _plan_given_up(sentence, triggers, start, end):
        return "cancelled"  # "war erwogen worden, ... einzuladen", "hatte ihn treffen wollen": a plan given up
    if any(_meal_given(sentence, t, start, end, event_date, published, day_precise) for t in triggers):
        return "happened"  # "hatte am Montag ... zu einem Mittagessen eingeladen": the lunch was held
    if any(t.word.status == "proposed" for t in triggers) and invitation_declined(sentence, start, end):
        return "denied"  # "Putin lehnte die Einladung nach Minsk ab": the visit will not take place
    if all(declined_outright(sentence, t, start, end) for t in triggers):
        return "denied"  # "Die Ukraine hat einen Besuch Steinmeiers ausgeschlagen", "lehnte ein Treffen mit Putin ab"
    if any(t.word.status == "proposed" for t in triggers) and "speculative" not in cues \
            and invitation_accepted(sentence, start, end):
        return "planned"  # "Putin nahm die Einladung nach Pjöngjang an": agreed, the visit lies ahead
    if all(t.is_noun for t in triggers) and boycott_ahead(sentence, start, end):
        return "planned"  # "fordert, den G20-Gipfel zu boykottieren": the boycott is wished, the summit is set
    if all(modified_as_ongoing(t) for t in triggers) and not later_than(event_date, published):
        return "happened"  # "beim aktuellen EU-Gipfel", "in den gerade laufenden Verhandlungen": under way
    possible = said_possible(sentence, triggers, start, end)
    if possible:
        return possible  # "grundsätzlich seien Gespräche möglich": may be; "ein solcher Besuch ist nicht möglich": denied
    if all(set_by_its_attribute(t) for t in triggers) and not told_in_past(sentence, start, _to_the_comma(sentence, own[-1], end)) \
            and not later_than(published, event_date):
        return "planned"  # "falls nötig der im September geplante Gipfel", "der Vorschlag werde beim nächsten Treffen
        # diskutiert": the noun's own word sets the event; the doubt or the proposal of the clause is about another thing
    forced = next((t.word.status for t in triggers if t.word.status and not at_whose_invitation(sentence, t)), None)
    if forced:
        return forced
    if begins_later(sentence, start, end) and not later_than(published, event_date):
        return "planned"  # "Danach beginnen die Verhandlungen": the present of a beginning after something else
    if all(yet_to_begin(sentence, t, start, end) for t in triggers):
        # "Bulgarien hatte den Beginn der Beitrittsgespräche blockiert": what the clause tells is of its beginning
        return "speculative" if "speculative" in cues else "proposed" if "proposed" in cues else "planned"
    if resumed_meeting(sentence, triggers, start, end):
        return "happened"  # "Der Gipfel wird morgen wieder einberufen": adjourned, it has begun
    if begins_on_the_day(sentence, triggers, start, end, event_date, published, day_precise) \
            and not told_in_past(sentence, start, end):
        return None  # "Bei der heute beginnenden Konferenz wollen EU und UN beraten": it is under way
    if all(named_as_aim(sentence, t, start, end) for t in triggers):
        return "proposed"  # "Ziel sind dauerhafte Gespräche zwischen Athen und Ankara"
    if all(requested(sentence, t, start, end) for t in triggers):
        ahead = event_date is not None and published is not None and event_date >= published
        return "planned" if ahead and day_precise else "proposed"  # "hat für Montag ein Treffen beantragt": set
    if all(asked_for(sentence, t, start, end) for t in triggers):
        return "proposed"  # "die Hoffnung auf Verhandlungen", "fordert Gespräche", "setzt sich für Gespräche ein"
    if all(_prospect_of(sentence, t) for t in triggers):
        return "speculative"  # "Fragen zur Machbarkeit eines Gipfels"
    if all(running_course(sentence, t, start, end) for t in triggers) \
            and not (day_precise and later_than(event_date, published)):
        return "happened"  # "auch die Verhandlungen stecken fest": whatever else the sentence guesses at
    if all(_before_it_in_the_past(sentence, t, start, end) for t in triggers) \
            and not later_than(event_date, published):
        return "happened"  # "Kurz vor dem Gipfel wollte Macron Putin einbinden": his wish, the summit came after
    if all(_announced_at_it(sentence, t, start, end) for t in triggers) and not later_than(event_date, published):
        return "happened"  # "hatte bei einem Besuch Kadhemis angekündigt, dass ...": the visit was the occasion
    aimed_at = next((status for t in triggers if (status := _aimed_at(sentence, t, start, end))), None)
    if aimed_at:
        return aimed_at  # "haben sich auf ein Treffen geeinigt": it lies ahead
    if all(process_under_way(sentence, t) or driven_on(sentence, t, start, end) for t in triggers) \
            and not (day_precise and later_than(event_date, published)):
        return "happened"  # "mangelnde Fortschritte in den Verhandlungen": talks whose course is spoken of have begun
    if relative is not None and _took_place_in(sentence, *relative):
        return "happened"  # "die Gespräche, die am Dienstag begonnen haben"
    if all(_after_it(sentence, t) for t in triggers) and told_in_past(sentence, start, end):
        return "happened"  # "mahnte nach der Konferenz, Millionen würden ...": what came after it is past
    if all(still_ahead(sentence, t) for t in triggers) and _perfect(sentence, start, end):
        return "planned"  # "hat sich vor dem Gipfel kompromissbereit gezeigt": the Perfekt of the news
    in_doubt = not given and not _outcome_in_question(sentence, triggers[0], start, end)
    if "speculative" in cues or in_doubt and (_conditional(sentence, start, own[0], day_precise)
                                              or _speculated_that(sentence, start)):
        return "speculative"
    if in_doubt and _hoped_for(sentence, start):
        return "proposed"  # "Merkel hoffe, dass Fortschritte doch noch einen EU-China-Gipfel möglich machten"
    ahead = event_date is not None and published is not None and event_date >= published
    later = event_date is not None and published is not None and event_date > published
    own_start = _infinitive_phrase_start(sentence, own[0], start, end)
    if _continued(sentence, own_start, end) and not later or not given and _ongoing(sentence, start, end) \
            and not cues & {"planned", "proposed"} and not ahead:
        return "happened"  # talks that go on have begun; their next round on a later day is planned
    if "proposed" in cues:
        if _this_or_next_week(sentence, start, end) and not told_in_past(sentence, start, end) \
                and not any(w in ("wollte", "wollten") for w in sentence.words(start, end)):  # "wollte eigentlich"
            return "planned"  # "wollen in dieser Woche verhandeln": scheduled
        if joins_a_set_event(sentence, triggers, start, end):
            return "planned"  # "Die Taliban wollen an dem UN-Treffen in Doha teilnehmen": the meeting is set
        return "planned" if ahead and day_precise else "proposed"  # "will am Montag ...": scheduled
    if "planned" in cues or later:
        return "planned"  # "sagte er mit Blick auf den Gipfel im Mai": what lies ahead has not happened
    if told_in_past(sentence, start, end):
        return "happened"
    if all(still_ahead(sentence, t) or more_to_come(t) for t in triggers):
        return "planned"  # "einen Tag vor dem EU-Gipfel", "in den weiteren Runden" told in the present
    if ahead or date_ends is not None and published is not None and date_ends > published \
            and not all(_runs_over_time(sentence, t, start, end) for t in triggers):
        return "planned"  # "Der Gipfel ist am Wochenende", "findet im Juli statt" in early July
    return None


def resumed_meeting(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> bool:
    """A meeting named in the singular whose clause tells it goes on after a break has begun: 'Der Gipfel wird morgen
    wieder einberufen', 'Die Konferenz wird am Dienstag fortgesetzt', 'Das Treffen geht am Montag weiter'. Its day is
    the resumption's, not its first (dating.date_of_group). Not talks in the plural, whose next round is planned ('Die
    Gespräche werden am Montag fortgesetzt'), nor a noun a preposition hangs on ('vor dem Gipfel wieder')."""
    if not all(t.is_noun and t.event_type == "MEETING" and not talks_in_the_plural(t.text)
               and sentence.governing_preposition(t.token) is None for t in triggers):
        return False
    words = sentence.words(start, end)
    return any(in_list("continuation", w) for w in words) or resumed_in(words)


def resumed_in(words: list[str]) -> bool:
    """The words of a clause tell that what it names is taken up again after a break: a word of resumption
    ('fortgesetzt', 'Wiederaufnahme'), a closing 'fort' ('setzen die Gespräche am Montag fort'), or a verb of meeting
    right after 'wieder' or with 'weiter' ('wird morgen wieder einberufen', 'wollen am Sonntag weiter verhandeln').
    One reading for status (resumed_meeting) and dating (dating.resumed_then)."""
    return any(in_list("resumption", w) for w in words) or "fort" in [w for w in words if w.isalpha()][-1:] \
        or any(in_list("resumption_verb", w) and ("weiter" in words or i > 0 and words[i - 1] == "wieder")
               for i, w in enumerate(words))


def begins_on_the_day(sentence: Sentence, triggers: list[Trigger], start: int, end: int, event_date: date | None,
                      published: date | None, day_precise: bool) -> bool:
    """An event the present tense or a present participle tells begins on the day of publication ('Die Konferenz
    beginnt an diesem Montag', 'Bei der heute beginnenden Konferenz wollen EU und UN beraten') is under way that
    day, unless the article's other mentions of it still look ahead ('Der Gipfel soll am Samstag enden'):
    settle_statuses decides. Not what a modal or the future puts ahead: 'Die Gespräche sollen heute beginnen'."""
    if not (day_precise and event_date is not None and event_date == published):
        return False
    spans = [(start, end)] + [span for t in triggers if t.is_noun
                              and (span := relative_clause_of(sentence, t)) is not None]
    for first, last in spans:
        words = sentence.words(first, last)
        for word in words:
            base = lemma(word)
            if base.endswith("d") and in_list("beginning_verb", base[:-1]) and is_attributive(word):
                return True  # "die heute beginnende Konferenz"
            if in_list("beginning_verb", base) and not any(w in MODALS for w in words):
                return True  # "die Konferenz beginnt heute", "das an diesem Freitag beginnt"
    return False


def _hearsay_of_the_past(sentence: Sentence, start: int, end: int) -> bool:
    """'sollen' with the perfect infinitive reports what others say happened, it plans nothing: 'Scholz soll
    sich heimlich mit Macron getroffen haben', 'Die beiden sollen gestern telefoniert haben'."""
    verbs = verb_forms(sentence, start, end)
    return any(w in ("soll", "sollen", "solle") for w in verbs) and any(w in ("haben", "sein") for w in verbs) \
        and any(is_participle(w) for w in verbs)


def told_as_rumour(sentence: Sentence, start: int, end: int) -> bool:
    """What the news has from others and does not vouch for: a source in the trigger's clause, the clause before it or
    a 'wie' clause after it ('Laut Medienberichten soll Scholz Macron treffen', 'Wie die Zeitung unter Berufung auf
    Diplomaten berichtet, telefonierten ...', 'Die Zeitung berichtete unter Berufung auf Diplomaten, Scholz habe ...'),
    or a hedge in the trigger's clause ('Scholz hat sich angeblich mit Macron getroffen', 'Das Treffen ist nicht
    bestätigt'); not once the sentence says it is confirmed ('Ein Sprecher bestätigte das Treffen'), unless by the
    media. Not official sources: 'türkischen Angaben zufolge' vouches for the plan; nor a source two clauses away,
    whose report is about something else."""
    if _confirmed(sentence):
        return False
    if any(_hearsay_source(sentence, i) for i in range(*_reporting_span(sentence, start, end))):
        return True
    hedges = word_list("hearsay_hedge")
    own = sentence.words(start, end)
    return any(sentence.lowers[i] in hedges and not _hedges_an_attribute(sentence, i)
               and (not hedges[sentence.lowers[i]] or _negated(own)) for i in range(start, end))


def _proposal_in(sentence: Sentence, start: int, end: int) -> bool:
    """A word of proposal in the clause, not a modal: 'dass Putin den Vorschlag zu einem Treffen gemacht habe'."""
    cues = word_list("status_cue")
    return any(cues.get(w) == "proposed" and w not in MODALS for w in sentence.words(start, end))


def _reporting_span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The trigger's clause with the clause before its comma and a 'wie' clause after it: where a source of the report
    stands ('Wie die Zeitung berichtet, trafen sich ...', '..., wie die Zeitung unter Berufung auf Diplomaten meldet')."""
    first, last = start, end
    while first > sentence.start + 1 and sentence.texts[first - 1] == ",":
        first = sentence.clause(first - 2)[0]
        if not _relative_clause_start(sentence, first):
            break  # 'Laut Medienberichten, die ... bestätigt werden, soll ...': past the relative clause
    after = end + 1 if end < sentence.end and sentence.texts[end] == "," else end
    if after < sentence.end and sentence.lowers[after] == "wie":
        last = sentence.clause(after)[1]
    return first, last


def _relative_clause_start(sentence: Sentence, i: int) -> bool:
    """A clause that opens with a relative pronoun, or a preposition and one, after a comma ('die von arabischen Medien
    bestätigt werden'; not an article before its noun: 'die Zölle hätten')."""
    if i <= sentence.start or sentence.texts[i - 1] != ",":
        return False
    pronoun = sentence.lowers[i] in RELATIVE_PRONOUNS and i + 1 < sentence.end and not sentence.texts[i + 1][:1].isupper()
    return pronoun or sentence.opens_relative_clause(i)


def _hearsay_source(sentence: Sentence, i: int) -> bool:
    """'Medienberichten', or a source with the word it needs near it: 'Berichten zufolge', 'laut israelischen Medien',
    'Informationen des Spiegels zufolge', 'unter Berufung auf' (not 'Medien berichten', 'reist nach ... Informationen')."""
    sources = word_list("hearsay_source")
    word = sentence.lowers[i]
    if word not in sources:
        return False
    near = sentence.words(max(sentence.start, i - 3), min(sentence.end, i + 5))
    return not sources[word] or any(w in near for w in sources[word].split("|"))


def _hedges_an_attribute(sentence: Sentence, i: int) -> bool:
    """'angeblich unfaire Handelsabkommen': the hedge is the adjective's, not the clause's."""
    return i + 2 < sentence.end and sentence.texts[i + 1].islower() and is_attributive(sentence.lowers[i + 1]) \
        and sentence.texts[i + 2][:1].isupper()


def _confirmed(sentence: Sentence) -> bool:
    """A confirmation with no negation in its clause, and not by the media: 'Das Präsidialamt bestätigte das
    Telefonat' (not 'Informationen, die von arabischen Medien bestätigt werden')."""
    for i in sentence.tokens():
        if in_list("confirmation", sentence.lowers[i]):
            first, last = sentence.clause(i)
            if not _negated(sentence.words(first, last)) \
                    and not any(_hearsay_source(sentence, k) or in_list("hearsay_source", sentence.lowers[k])
                                for k in range(first, last)):
                return True
    return False


def _negated(words: list[str]) -> bool:
    return any(in_list("negation", w) for w in words)


def on_the_programme(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun the present tense puts on a programme is scheduled: 'Auf dem Programm steht ein Treffen mit
    Macron', 'Ein Gespräch mit Tusk steht auf der Tagesordnung' (not 'stand auf dem Programm', told in the past, nor
    'die Agenda des Gipfels', whose noun is not the item)."""
    if not trigger.is_noun or sentence.governing_preposition(trigger.token) is not None \
            or definite_genitive(sentence, trigger):
        return False
    words = sentence.words(start, end)
    return any(w in ("steht", "stehen") for w in words) and any(
        w == "auf" and k + 2 < len(words) and words[k + 1] in ("dem", "der") and in_list("programme_noun", words[k + 2])
        for k, w in enumerate(words))


def imminent(sentence: Sentence, start: int, end: int) -> bool:
    """'stehen' in the present with the split particle of 'bevorstehen' or 'anstehen' closing the clause tells the
    event is due, not done: 'Laut einer Zeitung steht der Besuch unmittelbar bevor', 'Am Montag steht ein Treffen mit
    Macron an' (not 'stand bevor', told in the past, nor 'bevor' opening a clause: 'bevor er abreiste'). The caller
    asks it of a trigger noun no preposition governs: after 'Nach dem Treffen steht eine Reise an' the meeting is past."""
    words = [w for w in sentence.words(start, end) if w.isalpha()]
    return len(words) > 2 and in_list("imminence_particle", words[-1]) \
        and any(in_list("imminence_verb", w) for w in words[:-1])


INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})


def begins_later(sentence: Sentence, start: int, end: int) -> bool:
    """A verb of beginning in the present with an adverb of what comes after ('Danach beginnen die Verhandlungen',
    'Anschließend beginnt der Gipfel'): a beginning still ahead; not one told in the past ('Danach begannen ...')."""
    words = sentence.words(start, end)
    return any(in_list("beginning_verb", lemma(w)) for w in words) and any(in_list("later_adverb", w) for w in words) \
        and not told_in_past(sentence, start, end)


def yet_to_begin(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun named as what a beginning noun begins, where the beginning is still ahead: a beginning held
    back ('Bulgarien hatte den Beginn der Beitrittsgespräche blockiert'), aimed at ('Voraussetzungen für den Beginn
    der Verhandlungen', 'einigten sich auf den Start'), of talks not yet named ('die Eröffnung von Verhandlungen', 'nach
    einem Start der Gespräche'), or told in the present ('Der Beginn der Gespräche gilt als Zeichen'). Not a
    beginning told in the past ('kritisierte die Eröffnung der Verhandlungen': they were opened), nor one a
    preposition takes as given ('seit Beginn der Gespräche', 'nach dem Start der Verhandlungen', 'vor Beginn des
    Gipfels')."""
    found = _beginning_before(sentence, trigger)
    if found is None:
        return False
    _, j, article = found
    if begun_by_then(sentence, j, article):
        return False
    return sentence.lowers[trigger.token - 1] == "von" or article in INDEFINITE or j >= sentence.start \
        and sentence.lowers[j] in ("für", "auf") or any(in_list("blocking_verb", lemma(w)) for w in
                                                       sentence.words(start, end)) or not told_in_past(sentence, start, end)


def _beginning_before(sentence: Sentence, trigger: Trigger) -> tuple[int, int, str | None] | None:
    """Where the beginning noun whose genitive or 'von' the trigger noun is stands ('den Beginn der Gespräche', 'die
    Eröffnung von Verhandlungen'), the word before its article and adjectives, and the article; None if none."""
    if not trigger.is_noun:
        return None
    k = trigger.token - 1
    while k > sentence.start and k > trigger.token - 4 and sentence.texts[k].islower() \
            and sentence.lowers[k] not in ("der", "des", "von"):
        k -= 1  # "den Beginn von offiziellen Verhandlungen"
    if k <= sentence.start or sentence.lowers[k] not in ("der", "des", "von"):
        return None
    k -= 1
    if not in_list("beginning_noun", sentence.lowers[k]):
        return None
    j, article = k - 1, None
    while j > sentence.start and j > k - 3 and (sentence.lowers[j] in DETERMINERS and sentence.lowers[j] not in
                                                ("zum", "beim", "vom") or _adjective_like(sentence.texts[j])):
        article = article or sentence.lowers[j]
        j -= 1  # "für den sofortigen Beginn", "nach einem Start"
    return k, j, article


def begun_by_then(sentence: Sentence, j: int, article: str | None) -> bool:
    """The word j before a beginning noun is a preposition that takes the beginning as given, with the definite
    article or none: 'seit Beginn der Gespräche', 'kurz nach Beginn der Invasion' (not 'nach einem Start')."""
    return j >= sentence.start and in_list("begun_preposition", sentence.lowers[j]) and article not in INDEFINITE


def begun_before_the_clause(sentence: Sentence, trigger: Trigger) -> bool:
    """'Kiew hatte kurz nach Beginn der Invasion die Mitgliedschaft beantragt': an event whose beginning a preposition
    of time after it takes as given has begun; the clause's plans and wishes are about something else (not 'vor')."""
    found = _beginning_before(sentence, trigger)
    return found is not None and sentence.lowers[found[1]] != "vor" and begun_by_then(sentence, found[1], found[2])


def _adjective_like(text: str) -> bool:
    """'sofortigen', 'baldigen': a lower-case word with an adjective's ending."""
    return text.islower() and text.isalpha() and text.endswith(("e", "en", "em", "er", "es"))


def joins_a_set_event(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> bool:
    """A wish in the present to take part in an event named with the definite article ('Die Taliban wollen mit einer
    Delegation an dem UN-Treffen in Doha teilnehmen', 'Scholz will am G7-Gipfel teilnehmen'): the event is set, the
    wish is to join it; the contact is planned. Not an event first named ('an einem Treffen'), a wish in the past
    ('wollte ... teilnehmen'), nor one denied ('will nicht teilnehmen')."""
    words = sentence.words(start, end)
    if "teilnehmen" not in words or any(w in ("wollte", "wollten") or in_list("negation", w) for w in words):
        return False
    for t in triggers:
        governing = sentence.governing_preposition(t.token) if t.is_noun else None
        if governing is None or governing[0] not in ("an", "am") \
                or governing[0] == "an" and t.determiner not in ("dem", "der", "den"):
            return False
    return True


def at_whose_invitation(sentence: Sentence, trigger: Trigger) -> bool:
    """'Auf Einladung von Macron reiste Scholz nach Paris': 'auf Einladung' says at whose wish the clause's event came
    about; it proposes nothing, the clause's tense tells whether it took place. Only the idiom, with no article ('wartet
    auf eine Einladung' awaits one)."""
    return trigger.is_noun and trigger.word.status == "proposed" and trigger.token > sentence.start \
        and sentence.lowers[trigger.token - 1] == "auf"


def ruled_out(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> str | None:
    """An event someone rules out will not take place ('Scholz schloss ein Treffen mit Putin aus', 'Ein Treffen ist
    ausgeschlossen'): denied; one not ruled out is a possibility ('Der Kreml schloss ein Gespräch nicht aus', 'Es ist
    nicht ausgeschlossen, dass sie sich treffen'): speculative. Not someone shut out of it: 'von den Gesprächen
    ausgeschlossen'."""
    if any(t.is_noun and (sentence.governing_preposition(t.token) is not None or _outcome_in_question(sentence, t, start, end))
           for t in triggers):
        return None  # "schließen ein Scheitern des Gipfels nicht aus": its outcome, not whether it takes place
    words = sentence.words(start, end)
    if any(_zu_infinitive(sentence, t) or _in_dass_clause(sentence, start) for t in triggers):
        words = _main_clause_words(sentence, start) + words
    verbs = word_list("ruling_out")
    if not any(w in verbs and (not verbs[w] or verbs[w] in words) for w in words):
        return None
    return "speculative" if _negated(words) else "denied"


def _in_dass_clause(sentence: Sentence, start: int) -> bool:
    return sentence.lowers[start] == "dass" or start > sentence.start and sentence.lowers[start - 1] == "dass"


def plan_denied(sentence: Sentence, start: int, end: int) -> bool:
    """A plan or intention the trigger's clause, or the clause its 'dass' clause depends on, says there is none of:
    'Es gebe keine Pläne dafür, dass er mit Putin telefonieren werde', 'Es gibt keine Pläne für ein Treffen'."""
    words = sentence.words(start, end)
    if _in_dass_clause(sentence, start):
        words = _main_clause_words(sentence, start) + words
    return any(in_list("plan_noun", w) and k > 0 and in_list("negation", words[k - 1]) for k, w in enumerate(words))


def requested(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun with the indefinite article (or none) in a clause that requests it: 'Frankreich hat ein Treffen
    des Sicherheitsrats beantragt', 'dass ein Treffen von China angefragt worden sei' (request_word): proposed. Not a
    meeting already known ('Die USA hatten das Treffen beantragt': the article tells of it elsewhere), nor one a
    preposition hangs on ('beantragte beim Treffen Hilfen')."""
    if not trigger.is_noun or trigger.determiner not in (None, *INDEFINITE) \
            or sentence.governing_preposition(trigger.token) is not None:
        return False
    return any(in_list("request_word", w) for w in sentence.words(start, end))


def asked_for(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun someone asks, hopes or speaks up for has not taken place: after a noun of wish and its preposition
    ('die vage Hoffnung auf Verhandlungen', 'eine Bitte um ein Gespräch', 'der Ruf nach Gesprächen'), after 'für'
    with a verb of speaking up ('setzt sich für direkte Gespräche ein', 'hatte sich für Gespräche ausgesprochen',
    'zeigten sich offen für Verhandlungen'), or the object a demand verb puts before it ('Merz fordert Gespräche mit
    Moskau'). Not 'bei den Gesprächen forderte er'."""
    if not trigger.is_noun:
        return False
    governing = sentence.governing_preposition(trigger.token)
    if governing is None:  # "fordert Gespräche", "forderte neue direkte Verhandlungen": the demand's own object
        return any(in_list("demand_verb", sentence.lowers[k]) and sentence.texts[k].islower()
                   and all(sentence.texts[j].islower() for j in range(k + 1, trigger.token))
                   for k in range(max(start, trigger.token - 4), trigger.token))
    preposition, at = governing
    if at > sentence.start and (sentence.lowers[at - 1], preposition) in linking_phrases("wish_word"):
        return True  # "Hoffnung auf", "Bitte um", "Ruf nach": the list the linking reads too
    if preposition != "für":
        return False
    words = sentence.words(start, end)
    advocacy = word_list("advocacy_verb")
    return any(base in advocacy and (not advocacy[base] or advocacy[base] in words)
               for base in (lemma(w) for w in words) if base) or any(w in advocacy and not advocacy[w] for w in words)


def _zu_infinitive(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger verb in the zu-infinitive: 'zu sondieren', 'einzuladen', 'zu treffen'."""
    if trigger.is_noun:
        return False
    word = sentence.lowers[trigger.token]
    if trigger.token > sentence.start and sentence.lowers[trigger.token - 1] == "zu":
        return True
    infix = word.find("zu", 2)  # "einzuladen": ein + zu + laden
    return infix > 0 and is_verb_infinitive(word[:infix] + word[infix + 2:])


def _main_clause_cues(sentence: Sentence, start: int) -> set[str]:
    """The status words of the main clause a zu-infinitive depends on: 'hat angekündigt, ...' (planned),
    'wird erwartet, ...' and 'wurde aufgefordert, ...' (proposed: what others expect of someone)."""
    cues = word_list("status_cue")
    words = _main_clause_words(sentence, start)
    found = {cues[w] for w in words if w in cues and not is_past_verb(w)}
    words += sentence.words(start, sentence.clause(start)[1])  # the finder may not split at the infinitive
    if any(in_list("expectation", w) for w in words):
        found.add("proposed")
    if any(in_list("demand_verb", w) for w in words):
        found.add("proposed")  # "appellierten an die EU, mit Teheran zu verhandeln": asked for, in any tense
    if thought_over(words):
        found.add("speculative")  # "denkt darüber nach, nach Kiew zu reisen": not yet decided
    return found


def thought_over(words: list[str]) -> bool:
    """A verb of thinking something over, which leaves its zu-infinitive undecided: 'überlegt, nach Kiew zu reisen',
    'denke darüber nach, den Gipfel in Camp David abzuhalten', 'spielt mit dem Gedanken, Macron zu treffen'."""
    verbs = word_list("thinking_over")
    return any(w in verbs and (not verbs[w] or verbs[w] in words) for w in words)


def _after_it(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun after 'nach': 'nach der Konferenz', 'nach dem Telefonat mit Macron'."""
    governing = sentence.governing_preposition(trigger.token) if trigger.is_noun else None
    return governing is not None and governing[0] == "nach"


def _perfect(sentence: Sentence, start: int, end: int) -> bool:
    """The Perfekt ('hat ... gezeigt', 'ist ... gereist'), not the Plusquamperfekt nor the Präteritum."""
    verbs = final_verbs(sentence, start, end) if sentence.lowers[start] in VERB_FINAL \
        else verb_forms(sentence, start, end)
    auxiliaries = word_list("perfect_auxiliary")
    return any(auxiliaries.get(w) == "present" for w in verbs) and any(is_participle(w) for w in verbs) \
        and not any(auxiliaries.get(w) == "past" or is_past_verb(w) for w in verbs)


# Conjunctions whose clause puts its verbs last: 'dass er sich vor dem Gipfel ... besorgt hat'.
VERB_FINAL = frozenset({"dass", "ob", "weil", "obwohl", "nachdem", "bevor", "damit", "sodass", "falls", "sofern",
                        "indem", "wobei", "seitdem"})


def final_verbs(sentence: Sentence, start: int, end: int) -> list[str]:
    """The verbs at the end of a clause that puts them last: 'dass sich Orbán vor dem Gipfel im von ihm
    kontrollierten Parlament einen Beschluss besorgt hat' -> ['besorgt', 'hat'] (not the attributive
    'kontrollierten')."""
    last = end - 1
    while last > start and not sentence.texts[last][:1].isalnum():
        last -= 1
    first = last
    while first > start and sentence.texts[first - 1].islower():
        first -= 1
    return [sentence.lowers[i] for i in range(first, last + 1)]


def _aimed_at(sentence: Sentence, trigger: Trigger, start: int, end: int) -> str | None:
    """A trigger noun that the clause's verb consents to ('hat neuen Gesprächen zugestimmt': planned), or after
    'auf' that the verb aims at: agreed on ('sich auf ein Treffen einigen',
    'haben sich auf ein Treffen im Mai geeinigt'): planned; pressed for ('drängt auf Verhandlungen', 'hofft auf
    ein Treffen'): proposed."""
    if not trigger.is_noun:
        return None
    consent = word_list("consent_verb")
    agreed = next((consent[v] for v in (lemma(w) for w in sentence.words(start, end)) if v in consent), None)
    if agreed and sentence.governing_preposition(trigger.token) is None:
        return agreed  # "hat neuen Gesprächen mit Pristina zugestimmt"
    j = trigger.token - 1
    while j > max(sentence.start, trigger.token - 4) and sentence.texts[j].islower() and sentence.lowers[j] != "auf":
        j -= 1  # "auf ein baldiges Treffen", "auf neue Gespräche"
    if sentence.lowers[j] != "auf":
        return None
    lemmas = {lemma(w) for w in sentence.words(start, end)}
    aims = word_list("aiming_verb")
    return next((aims[v] for v in lemmas if v in aims), None)


def _cues_for(sentence: Sentence, own: list[int], others: list[int], start: int, end: int,
              verbs: set[int] = frozenset()) -> set[str]:
    """Status words of the clause (and the trigger's own modifiers), each claimed by the nearest trigger; a modal
    or auxiliary verb by the nearest trigger verb of the clause, whose tense it makes ('Nach seinem Telefonat mit
    Tusk wird Scholz in Rom Meloni treffen': the meeting is planned, not the call)."""
    cues = word_list("status_cue")
    found = set()
    everyone = sorted(set(own) | {o for o in others if start <= o < end})
    clause_verbs = sorted(v for v in verbs if start <= v < end)
    for i in range(start, end):
        status = cues.get(sentence.lowers[i]) or _intends(sentence, i)
        if status is None or i in own or _modifies_another_noun(sentence, i, own):
            continue
        if status == "planned" and i > start and in_list("negation", sentence.lowers[i - 1]):
            if i + 1 < end and sentence.texts[i + 1][:1].isupper():
                continue  # "bei einem nicht angekündigten Besuch": unannounced, not denied
            status = "denied"  # "ist nicht geplant"
        if status == "planned" and in_list("passive_auxiliary", sentence.lowers[i]) and _passive(sentence, start, end):
            continue  # "Die Gespräche werden überschattet": werden with a participle is the passive, not the future
        claimants = clause_verbs if clause_verbs and sentence.lowers[i] in MODALS else everyone
        claimants = _on_its_side_of_und(sentence, i, claimants)
        nearest = min(claimants, key=lambda t: _cue_distance(i, t))
        if nearest in own:
            found.add(status)
    return found


def _on_its_side_of_und(sentence: Sentence, cue: int, claimants: list[int]) -> list[int]:
    """A participle that closes one of two verb phrases joined by 'und' is that phrase's: 'hatte den Gipfel
    abgesagt und stattdessen eine Videokonferenz angesetzt' calls off the summit, not the video conference."""
    if cue + 1 >= sentence.end or sentence.lowers[cue + 1] not in ("und", "oder", "sowie"):
        return claimants
    return [t for t in claimants if t < cue] or claimants


def _passive(sentence: Sentence, start: int, end: int) -> bool:
    """A clause in the passive present: 'werden ... belastet', 'wird ... verhandelt' (not the future passive
    'wird ... verhandelt werden', nor the future 'wird ... verhandeln')."""
    verbs = verb_forms(sentence, start, end)
    auxiliaries = [w for w in verbs if in_list("passive_auxiliary", w)]
    return any(is_participle(w) for w in verbs) and len(auxiliaries) == 1 and "werden" not in verbs[verbs.index(
        auxiliaries[0]) + 1:]


def _modifies_another_noun(sentence: Sentence, i: int, own: list[int]) -> bool:
    """An attributive cue belongs to the noun right after it: 'die am Montag vereinbarten Zölle' plans
    no summit (but 'die geplante Reise', 'das für Montag geplante Treffen' do: the noun is a trigger)."""
    after = i + 1
    if after >= sentence.end or after in own or not sentence.texts[after][:1].isupper() \
            or not (is_attributive(sentence.lowers[i]) or after_an_article(sentence, i)) \
            or in_list("time_noun", sentence.lowers[after]):
        return False  # "in den kommenden Tagen", "am kommenden Montag" say when the clause's event is
    return trigger_noun(sentence.texts[after]) is None


def after_an_article(sentence: Sentence, i: int) -> bool:
    """A participle in -te between an article and a noun is attributive, though it looks like the Präteritum:
    'das vereinbarte Paket', 'die geplante Reise' (not 'Merkel vereinbarte ...')."""
    return i > sentence.start and sentence.lowers[i - 1] in DETERMINERS and sentence.texts[i].islower() \
        and sentence.lowers[i].endswith(("te", "ten", "tes", "tem", "ter"))


def _intends(sentence: Sentence, i: int) -> str | None:
    """'Trump hat vor, ... zu führen' (vorhaben), 'der Besuch stand an' (anstehen): a separable verb's
    particle at the end of its clause that makes a plan; 'Die Kommission schlägt Verhandlungen mit Norwegen vor'
    (vorschlagen, whose participle and 'Vorschlag' are cues already): one that proposes."""
    if i + 1 < sentence.end and sentence.texts[i + 1] in (",", ".", ";"):
        verbs = {lemma(w) for w in sentence.words(max(sentence.start, i - 8), i)}
        if sentence.lowers[i] == "vor" and verbs & {"haben"} or sentence.lowers[i] == "an" and verbs & {"stehen"}:
            return "planned"
        if sentence.lowers[i] == "vor" and any(lemma(w) == "schlagen" for w in sentence.words(*sentence.clause(i))):
            return "proposed"  # the whole clause: "schlägt Gespräche mit Norwegen über den Gaspreis vor"
    return None


def _cue_distance(cue: int, trigger: int) -> int:
    """Cues mostly precede what they qualify ('die geplante Reise', 'soll ... stattfinden' after)."""
    return trigger - cue if trigger > cue else 2 * (cue - trigger)


def presupposed(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun inside 'bei', 'nach', 'seit' ...: an event the sentence takes as given."""
    if not trigger.is_noun:
        return False
    governing = sentence.governing_preposition(trigger.token)
    return governing is not None and governing[0] in PRESUPPOSING and not _modified_as_plan(trigger)


def inside_it_in_the_past(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A contact noun after 'in' with the dative in a clause told in the past: 'Erdoğan bot sich in einem Telefonat
    mit Putin als Vermittler an', 'Macron wollte in dem Gespräch eine Waffenruhe erreichen', 'habe sie in einem
    ersten Gespräch vereinbart'. What was offered or wished was so inside the contact, which took place; not the accusative
    of where talks lead ('ging in die Verhandlungen'), nor a present wish ('will in einem Telefonat erreichen')."""
    if not in_with_the_dative(sentence, trigger) or _modified_as_plan(trigger):
        return False
    return told_in_past(sentence, start, end) or any(in_list("past_modal", w) for w in sentence.words(start, end))


def in_with_the_dative(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun after 'im', or after 'in' and an article or possessive of the dative: 'in einem Telefonat',
    'in dem Gespräch', 'in ihrem Treffen' (not 'in die Verhandlungen', 'in eine Videokonferenz')."""
    governing = sentence.governing_preposition(trigger.token) if trigger.is_noun else None
    if governing is None or governing[0] not in ("in", "im"):
        return False
    after = governing[1] + 1
    return governing[0] == "im" or after < sentence.end and (in_list("dative_article", sentence.lowers[after])
                                                             or sentence.lowers[after] in DATIVE_POSSESSIVES)


DATIVE_POSSESSIVES = frozenset({"ihrem", "seinem", "ihrer", "seiner"})


def boycott_ahead(sentence: Sentence, start: int, end: int) -> bool:
    """A boycott in a zu-infinitive or with a modal verb ('haben die Regierung aufgefordert, den Gipfel zu
    boykottieren', 'will dem Treffen fernbleiben', 'drohen, der Konferenz fernzubleiben') is of an event still ahead;
    one told as done ('haben den Gipfel boykottiert') is of one held."""
    words = sentence.words(start, end)
    for i, w in enumerate(words):
        if w == "fernzubleiben" or in_list("boycott_verb", w) and (i > 0 and words[i - 1] == "zu"
                                                                    or any(x in MODALS for x in words)):
            return True
    return False


def modified_as_ongoing(trigger: Trigger) -> bool:
    """A trigger noun with an adjective of what goes on now: 'beim aktuellen EU-Gipfel', 'die laufenden Gespräche',
    'die derzeitigen Verhandlungen' have begun, whatever modal the clause holds ('dürften ... kaum Auswirkungen haben')."""
    return trigger.is_noun and any(in_list("ongoing_modifier", m) for m in trigger.modifiers)


def said_possible(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> str | None:
    """A trigger noun, no preposition's, said to be possible with a copula: 'grundsätzlich seien Gespräche möglich',
    'Ein Gipfel per Video wäre möglich' (speculative); said impossible: 'ein solcher Besuch ist derzeit nicht möglich',
    'ein Treffen sei unmöglich' (denied). Not 'so schnell wie möglich', which says how soon."""
    if not all(t.is_noun and sentence.governing_preposition(t.token) is None and not _in_a_genitive(sentence, t)
               for t in triggers):
        return None  # "Ein Scheitern des Gipfels ist möglich": what may be is the failure
    words = sentence.words(start, end)
    if not any(in_list("copula", w) for w in words):
        return None
    for k, word in enumerate(words):
        if word not in ("möglich", "unmöglich") or k and words[k - 1] in ("wie", "so", "als"):
            continue
        return "denied" if word == "unmöglich" or any(in_list("negation", w) for w in words[max(0, k - 3):k]) \
            else "speculative"
    return None


def _in_a_genitive(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun in the genitive of another noun: 'ein Scheitern des Gipfels', 'die Dauer eines Treffens'."""
    j = trigger.token - 1
    while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in GENITIVE_ARTICLES:
        j -= 1
    return j > sentence.start and sentence.lowers[j] in GENITIVE_ARTICLES and sentence.texts[j - 1][:1].isupper() \
        and sentence.lowers[j - 1] not in PREPOSITIONS


def _to_the_comma(sentence: Sentence, i: int, end: int) -> int:
    """Where the trigger's clause reaches its first comma after i: the end before a reporting tail (', hieß es')."""
    return next((j for j in range(i + 1, end) if sentence.texts[j] == ","), end)


def set_by_its_attribute(trigger: Trigger) -> bool:
    """A trigger noun whose own adjective tells it is set: 'der geplante Gipfel', 'beim nächsten Treffen', 'vor dem
    bevorstehenden Besuch' (set_attribute; not 'ein möglicher Gipfel', nor 'die weiteren Gespräche')."""
    return trigger.is_noun and any(in_list("set_attribute", adjective_stem(m)) for m in trigger.modifiers)


def _own_cue(trigger: Trigger) -> bool:
    """A status word among the noun's own adjectives: 'vor einem möglichen Treffen', 'vor dem geplanten Gipfel'."""
    cues = word_list("status_cue")
    return any(m in cues for m in trigger.modifiers)


def _modified_as_plan(trigger: Trigger) -> bool:
    """'beim geplanten Treffen', 'vor dem bevorstehenden Gipfel': the noun's own words still count."""
    cues = word_list("status_cue")
    return any(cues.get(m) in ("planned", "proposed", "cancelled") for m in trigger.modifiers)


def _before_it_in_the_past(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun after 'vor' in a clause told in a modal's Präteritum: 'Kurz vor dem Gipfel wollte Macron Putin
    einbinden', 'Vor dem Treffen konnte Scholz noch mit Biden sprechen'; the wish is the clause's, and the event came
    after it. Not 'Vor dem Gipfel will Scholz ...', nor the Perfekt of the news ('hat sich vor dem Gipfel gezeigt')."""
    governing = sentence.governing_preposition(trigger.token) if trigger.is_noun else None
    if governing is None or governing[0] != "vor" or _modified_as_plan(trigger):
        return False
    return any(in_list("past_modal", w) for w in sentence.words(start, end)) and not _perfect(sentence, start, end)


def _announced_at_it(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun after 'bei', 'während' in a clause that tells an act of announcing ('Trump hatte im August bei
    einem Besuch Kadhemis angekündigt, dass ...', 'Beim Treffen mit Putin hat Merkel angekündigt, ...'): what was
    announced is planned, the occasion it was announced at took place. Not 'beim geplanten Treffen'. So is 'auf'
    with the dative, the place of the occasion: 'Auf der Konferenz haben die Minister regelmäßige Treffen vereinbart'
    (not 'haben sich auf eine Konferenz verständigt', the accusative of an aim), and 'am Rande des Gipfels'."""
    governing = sentence.governing_preposition(trigger.token) if trigger.is_noun else None
    occasion = governing is not None and (governing[0] in ("bei", "beim", "während") or governing[0] == "auf"
                                          and in_list("dative_article", trigger.determiner or "")) \
        or in_with_the_dative(sentence, trigger) or on_the_fringe_of(sentence, trigger)
    if not occasion or _modified_as_plan(trigger):
        return False  # also "in einem ersten Gespräch vereinbart", "am Rande des Gipfels angekündigt": its occasion
    cues = word_list("status_cue")
    return any(cues.get(sentence.lowers[i]) == "planned" and (act_of_announcing(sentence, i, start, end)
                                                              or _agreed_at_it(sentence, i, start, end))
               for i in range(start, end))


def on_the_fringe_of(sentence: Sentence, trigger: Trigger) -> bool:
    """'am Rande des G7-Gipfels', 'am Rande des Treffens in Luxemburg': a trigger noun in the genitive of 'Rand(e)',
    the occasion of what the clause tells."""
    j = trigger.token - 1
    while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in GENITIVE_ARTICLES:
        j -= 1  # adjectives: "des informellen Gipfels"
    return trigger.is_noun and j > sentence.start and sentence.lowers[j] in GENITIVE_ARTICLES \
        and sentence.lowers[j - 1] in ("rande", "rand")


def _agreed_at_it(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """'haben ... vereinbart' closing the clause: an act of agreeing, told in the Perfekt; the lemma list lacks the
    participle 'vereinbart', which looks like the present ('er vereinbart')."""
    if in_list("agreeing_participle", sentence.lowers[i]) and i + 1 < end and sentence.lowers[i + 1] == "worden":
        return True  # "bei ihrem Gespräch sei vereinbart worden": the passive of the act, done
    return in_list("agreeing_participle", sentence.lowers[i]) and (i + 1 >= end or not sentence.texts[i + 1][:1].isalnum()) \
        and any(in_list("haben_form", w) for w in sentence.words(start, i))


def still_ahead(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun the sentence's time lies before: 'vor dem Gipfel', 'im Vorfeld des Treffens', 'die
    Vorbereitungen für den Gipfel', 'die Planung des Besuchs'."""
    if not trigger.is_noun:
        return False
    governing = sentence.governing_preposition(trigger.token)
    if governing is not None and governing[0] == "vor":
        # "der Vorschlag von vor dem Gipfel" is from the time before it
        return not (governing[1] > sentence.start and sentence.lowers[governing[1] - 1] == "von")
    if _prepared(sentence, trigger, governing):
        return True
    if governing is not None and governing[0] in ("zu", "zum", "zur") and _travels(sentence, trigger.token):
        return True  # "Scholz fliegt zum Gipfel nach Rom": on the way there
    j = trigger.token
    if j >= sentence.start + 3 and sentence.lowers[j - 1] in ("des", "der") \
            and in_list("beginning_noun", sentence.lowers[j - 2]):
        before = sentence.governing_preposition(j - 2)
        if before is not None and before[0] == "vor":
            return True  # "einen Tag vor dem Start des Gipfels"
    return j >= sentence.start + 3 and sentence.lowers[j - 1] in ("des", "der") \
        and sentence.lowers[j - 2] == "vorfeld" and sentence.lowers[j - 3] == "im"


def _prepared(sentence: Sentence, trigger: Trigger, governing: tuple[str, int] | None) -> bool:
    """A trigger noun whose preparation the sentence tells: after 'für'/'auf' ('die Planungen für den Gipfel
    laufen', 'in Vorbereitung auf das Treffen') or as a genitive ('die Vorbereitung des Besuchs')."""
    if governing is not None and governing[0] in ("für", "auf"):
        j = governing[1] - 1
    else:
        j = trigger.token - 1
        while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in ("des", "der"):
            j -= 1  # adjectives: "des geplanten Gipfels"
        if not (j > sentence.start and sentence.lowers[j] in ("des", "der")):
            return False
        j -= 1
    return j >= sentence.start and in_list("preparation_noun", sentence.lowers[j])


def more_to_come(trigger: Trigger) -> bool:
    """A trigger noun counted on from those so far: 'in den weiteren Verhandlungsrunden müssten Fortschritte
    erzielt werden' (told in the present, they lie ahead; 'sie führten weitere Gespräche' is told in the past)."""
    return trigger.is_noun and any(in_list("more_to_come", m) for m in trigger.modifiers)


def _travels(sentence: Sentence, token: int) -> bool:
    """A verb of travel in the present in the clause: 'fährt', 'reist', 'fliegt', 'bricht auf'."""
    start, end = sentence.clause(token)
    return any(in_list("travel_present", w) for w in sentence.words(start, end))


def _outcome_in_question(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun whose outcome, not whether it takes place, is in doubt: its clause's verb tells how
    it ends ('das Treffen könnte scheitern', 'ob der Gipfel am Samstag endet'), or an outcome noun governs
    it ('ein Scheitern des Gipfels', 'die Dauer des Treffens')."""
    if not trigger.is_noun:
        return False
    if trigger.token >= sentence.start + 2 and sentence.lowers[trigger.token - 1] in ("des", "der") \
            and in_list("outcome_word", sentence.lowers[trigger.token - 2]):
        return True
    if phase_of(sentence, trigger) or definite_genitive(sentence, trigger):
        return True
    words = sentence.words(start, end)
    return any(in_list("outcome_word", lemma(w)) or in_list("outcome_word", w) for w in words) \
        or judged_by_history(words)


def definite_genitive(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun in the definite genitive of another noun is taken as given; a doubt of its clause is about that
    noun: 'ob Biden von den Strapazen des dreitägigen Treffens überfordert sein könnte', 'Die Ergebnisse der Konferenz
    könnten mager ausfallen'. Not the indefinite ('die Möglichkeit eines Treffens'), nor nouns of its chances or its
    preparation ('die Aussichten des Gipfels', 'die Vorbereitung des Besuchs'), nor of its start ('der Start der
    Verhandlungen könnte auf sich warten lassen')."""
    if not trigger.is_noun:
        return False
    j = trigger.token - 1
    while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in ("des", "der"):
        j -= 1  # adjectives: "des dreitägigen Treffens"
    if j <= sentence.start or sentence.lowers[j] not in ("des", "der"):
        return False
    head = sentence.lowers[j - 1]
    return sentence.texts[j - 1][:1].isupper() and head not in PREPOSITIONS and trigger_noun(sentence.texts[j - 1]) is None \
        and not any(in_list(name, head) for name in ("prospect_noun", "preparation_noun", "aim_noun", "beginning_noun"))


def _only_future(sentence: Sentence, start: int, end: int) -> bool:
    """The clause's only word of a plan is the future auxiliary: 'Sie werden die Gespräche scheitern lassen' (not
    'Die Gespräche sollen im Mai scheitern', nor 'geplant')."""
    cues = word_list("status_cue")
    planning = [w for w in sentence.words(start, end) if cues.get(w) == "planned"]
    return bool(planning) and all(w in ("wird", "werden") for w in planning)


def judged_by_history(words: list[str]) -> bool:
    """'Der Gipfel könnte als historisch in die Geschichte eingehen', 'wird in die Geschichtsbücher eingehen': the
    modal weighs the event's rank, not whether it takes place."""
    return any(w.startswith("geschichte") for w in words) and any(w.startswith("eingeh") or w == "eingegangen"
                                                                  for w in words)


def _prospect_of(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger noun in the genitive of a noun that weighs its chances: 'die Machbarkeit eines Gipfels', 'die
    Möglichkeit eines Treffens', 'die Aussichten eines Besuchs'."""
    j = trigger.token - 1
    while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in GENITIVE_ARTICLES:
        j -= 1  # adjectives: "eines baldigen Gipfels"
    return j > sentence.start and sentence.lowers[j] in GENITIVE_ARTICLES \
        and in_list("prospect_noun", sentence.lowers[j - 1])


GENITIVE_ARTICLES = frozenset({"eines", "einer", "des", "der"})


def phase_of(sentence: Sentence, trigger: Trigger, nouns: str = "phase_noun") -> bool:
    """A trigger noun whose part or course a noun before it names, which takes the event as given: in the genitive
    ('an Tag vier des Gipfels', 'einen Abschluss der Verhandlungen', 'am Rande des Treffens') or after 'in'/'bei'
    ('Fortschritte in den Gesprächen', 'der Stand bei den Verhandlungen'); not 'der Beginn des Gipfels'."""
    if not trigger.is_noun:
        return False
    j = trigger.token - 1
    while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in ARTICLES_AND_LINKS:
        j -= 1  # adjectives: "der schwierigen Verhandlungen"
    if j > sentence.start and sentence.lowers[j] in ("den", "dem", "der") and sentence.lowers[j - 1] in ("in", "bei"):
        j -= 1  # "in den Gesprächen"
    if j <= sentence.start or sentence.lowers[j] not in ("des", "der", "in", "im", "bei", "beim"):
        return False
    head = j - 1
    if head > sentence.start and (sentence.lowers[head].isdigit() or in_list("count_word", sentence.lowers[head])):
        head -= 1  # "an Tag vier des Gipfels"
    return in_list(nouns, sentence.lowers[head]) or in_list(nouns, lemma(sentence.lowers[head]))


ARTICLES_AND_LINKS = frozenset({"des", "der", "den", "dem", "in", "im", "bei", "beim"})


def process_under_way(sentence: Sentence, trigger: Trigger) -> bool:
    """Talks ('Gespräche', 'Verhandlungen') whose course or outcome is spoken of have begun: 'Angesichts der
    mangelnden Fortschritte in den Verhandlungen', 'Es muss noch im Oktober einen Abschluss der Gespräche
    geben'; a summit's course is no such sign ('am Rande des Gipfels' may lie ahead)."""
    return _runs_over_time(sentence, trigger, *sentence.clause(trigger.token)) and phase_of(sentence, trigger)


def driven_on(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """Talks named with the definite article whose pace a verb of the clause changes are under way, whatever
    modal wishes it: 'wirft Bern vor, die Verhandlungen zu verschleppen', 'will neuen Schwung in die Gespräche
    bringen'; not 'Gespräche beschleunigen' without the article, nor talks the clause says begin."""
    if not _runs_over_time(sentence, trigger, start, end):
        return False
    j = trigger.token - 1
    while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in ("die", "den", "der"):
        j -= 1  # adjectives: "die festgefahrenen Verhandlungen"
    if j < sentence.start or sentence.lowers[j] not in ("die", "den", "der"):
        return False
    return any(in_list("course_verb", w) for w in sentence.words(start, end))


def _runs_over_time(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """Talks as a process, which a month or a year holds while they run ('Die Verhandlungen im Mai stocken'),
    unless the clause says they begin: 'Die Verhandlungen beginnen im Mai'."""
    if not (trigger.is_noun and talks_in_the_plural(trigger.text)):
        return False
    return not any(in_list("beginning_verb", lemma(w)) or in_list("beginning_noun", w)
                   for w in sentence.words(start, end))


def running_course(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """Talks that are the subject of a verb of their running course are under way: 'Die Verhandlungen stecken
    fest', 'die Gespräche stocken seit Wochen', 'weil die Beratungen noch andauern', 'Die Gespräche treten auf
    der Stelle'; not talks a preposition hangs on another noun ('Die Vorbereitungen für die Gespräche laufen')."""
    if not (trigger.is_noun and talks_in_the_plural(trigger.text)) or sentence.governing_preposition(trigger.token):
        return False
    words = sentence.words(start, end)
    verbs = word_list("running_verb")
    return any(w in verbs and (not verbs[w] or verbs[w] in words) for w in words)


def told_as_a_process(sentence: Sentence, triggers: list[Trigger], start: int, end: int, long: bool) -> bool:
    """Talks in the plural whose clause tells their course, a span of weeks (long) or their breaking off: 'Die
    Gespräche kommen seit Monaten kaum voran', 'Auch wenn die Gespräche schleppend verlaufen', 'droht, die
    Verhandlungen abzubrechen', 'Fortschritte in den Verhandlungen' are the negotiations as a whole, a process, not
    one meeting or call held during them (not 'am Tag der Verhandlungen', 'am Rande der Gespräche': one day's)."""
    return all(t.is_noun and talks_in_the_plural(t.text) and _runs_over_time(sentence, t, start, end)
               and (long or running_course(sentence, t, start, end) or phase_of(sentence, t, "course_noun")
                    or broken_off(sentence, start, end)) for t in triggers)  # not driven_on: "Die Gespräche sollen
    # neuen Schwung bringen" after "wird am Freitag mit Macron sprechen" are that call


def broken_off(sentence: Sentence, start: int, end: int) -> bool:
    """'die Gespräche abzubrechen', 'brach die Verhandlungen ab': talks one breaks off are under way."""
    words = sentence.words(start, end)
    return any(in_list("break_off_verb", w) for w in words) or _separable_verb(words, "ab", "brechen")


def talks_in_the_plural(text: str) -> bool:
    """'Gespräche', 'Verhandlungen', 'Freihandelsgesprächen' (not 'Gespräch', 'Verhandlungsrunde')."""
    return text.lower().endswith(("gespräche", "gesprächen", "verhandlungen", "beratungen", "konsultationen"))


def later_than(day: date | None, published: date | None) -> bool:
    """A day after publication: what the article tells of it lies ahead."""
    return day is not None and published is not None and day > published


def _took_place_in(sentence: Sentence, start: int, end: int) -> bool:
    """A relative clause that tells its event began or took place, with no modal verb: 'die am Dienstag begonnen
    haben', 'das im Mai stattfand', 'die gestern angefangen hatten' (not 'der im Mai stattfinden sollte')."""
    words = sentence.words(start, end)
    if any(lemma(w) in MODAL_LEMMAS for w in words) or not told_in_past(sentence, start, end):
        return False
    return any(in_list("beginning_verb", lemma(w)) or w.startswith(("stattgefunden", "stattfand")) or w == "statt"
               for w in words)


MODAL_LEMMAS = frozenset({"sollen", "wollen", "können", "müssen", "dürfen", "werden"})


def as_if(sentence: Sentence, start: int) -> bool:
    """An 'als ob' / 'als wenn' clause compares with what is not so; the event it names is no less real: 'Es klang,
    als ob der Premier die Verhandlungen abgebrochen hätte'."""
    return start + 1 < sentence.end and sentence.lowers[start] == "als" and sentence.lowers[start + 1] in ("ob", "wenn")


def _this_or_next_week(sentence: Sentence, start: int, end: int) -> bool:
    """'in dieser Woche', 'kommende Woche', 'in der nächsten Woche': a time as fixed as a day for a plan."""
    words = sentence.words(start, end)
    return any(w == "woche" and i > 0 and words[i - 1] in THIS_OR_NEXT for i, w in enumerate(words))


THIS_OR_NEXT = frozenset({"dieser", "diese", "nächster", "nächste", "nächsten", "kommender", "kommende",
                          "kommenden"})


def asks_why_not(sentence: Sentence, start: int, end: int) -> bool:
    """'Warum hat es nicht längst einen Gipfel gegeben?', 'Wieso telefoniert Scholz nicht mit Macron?': a question
    why something is not so says it did not happen."""
    if "?" not in sentence.texts[max(sentence.start, sentence.end - 3):sentence.end]:
        return False
    words = sentence.words(start, end)
    return bool(words) and words[0] in WHY and any(in_list("negation", w) for w in words)


WHY = frozenset({"warum", "wieso", "weshalb", "weswegen"})


def named_as_aim(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun a copula ties to a noun of aim is what someone aims at, not what took place: 'Ziel sind
    dauerhafte Gespräche zwischen Athen und Ankara', 'Erklärtes Ziel ist ein Treffen mit Xi', 'Ein Gipfel mit
    Xi bleibt das Ziel' (not 'Ziel des Treffens ist eine Einigung', where the meeting has the aim)."""
    if not trigger.is_noun:
        return False
    for k in range(start, end - 1):
        if not in_list("aim_noun", sentence.lowers[k]) or not sentence.texts[k][:1].isupper():
            continue
        if k < trigger.token and in_list("copula", sentence.lowers[k + 1]):
            return True  # "Ziel sind Gespräche"
        if k > trigger.token and in_list("copula", sentence.lowers[k - 1]) or \
                k > trigger.token + 1 and in_list("copula", sentence.lowers[k - 2]) \
                and sentence.lowers[k - 1] in ("das", "ihr", "sein", "unser"):
            return True  # "Ein Gipfel bleibt das Ziel"
    return False


def high_time(sentence: Sentence, start: int) -> bool:
    """'Es ist höchste Zeit, dass Modi und Xi das Gespräch suchen', 'Es wird Zeit, miteinander zu reden', 'Es ist an
    der Zeit, dass ...': the main clause that ends in 'Zeit' before the trigger's clause wishes for what has not
    happened and may never; no event (not 'Zur Zeit ist unklar, ob ...')."""
    if start <= sentence.start + 1:
        return False
    before = [w for w in sentence.words(sentence.clause(start - 1)[0], start) if w.isalpha()]
    return len(before) >= 2 and before[-1] == "zeit" and in_list("wish_for_time", before[-2])


def _took_place_after_all(sentence: Sentence) -> bool:
    """'Er hat das Treffen dementiert, obwohl es stattgefunden hatte': the sentence itself says the event took place
    (not 'Das Treffen hat nie stattgefunden')."""
    for i in sentence.tokens():
        if sentence.lowers[i].startswith("stattgefunden") or sentence.lowers[i] == "stattfand":
            if not any(in_list("negation", w) for w in sentence.words(*sentence.clause(i))):
                return True
    return False


def agenda_item_today(status: str | None, on_agenda: bool) -> str | None:
    """An item of a morning briefing's agenda of the day ('Was heute wichtig wird: Maas besucht Beirut') is a preview:
    it takes place later on the day of publication, so what its present tense or a presupposing 'beim' tells is
    planned. What the item proposes, guesses at or calls off keeps its status."""
    return "planned" if on_agenda and status in (None, "happened") else status


def told_as_fiction(text: str) -> bool:
    """An article that says it is made up: 'Dieser Text ist ein fiktiver Rückblick aus der Zukunft', 'Die geschilderten
    Ereignisse sind fiktiv'. The contacts it tells never took place."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = re.findall(r"\w+", sentence.lower())
        if any(in_list("fiction_word", w) for w in words) and any(in_list("account_noun", w) for w in words):
            return True
    return False


def _demanded(sentence: Sentence) -> bool:
    """'Die Opposition fordert, das Treffen abzusagen': a demand, not what happened to the event."""
    return any(in_list("demand_verb", w) for w in sentence.words())


def _called_off(sentence: Sentence, start: int, end: int) -> bool:
    """The separable verb absagen in the clause: 'sagte das Treffen ab'."""
    return _separable_verb(sentence.words(start, end), "ab", "sagen")


def called_off_otherwise(sentence: Sentence, start: int, end: int) -> bool:
    """A guest uninvited or a plan put on ice in the clause: 'wurde zu seinem Besuch in Kiew ausgeladen', 'Kiew lud
    ihn wieder aus' (the particle closes the clause: not 'lud ihn aus Anlass ... ein'), 'Der Besuch wurde auf Eis
    gelegt' (uninviting; not 'liegen auf Eis', talks held and now frozen). The caller leaves out an event the
    clause takes as given ('Nach seinem Treffen mit Macron wurde Scholz ausgeladen')."""
    words = [w for w in sentence.words(start, end) if w.isalpha()]
    text = " ".join(words)
    for word, needs in word_list("uninviting").items():
        if word not in words:
            continue
        if not needs or needs == "aus" and words[-1] == "aus" or " " in needs and needs in text:
            return True
    return False


def wish_called_off_before(sentence: Sentence, start: int, end: int, before: Sentence | None) -> bool:
    """A wish told in the Präteritum of 'wollen' right after a sentence that calls something off tells the plan that
    was called off: 'Kiew hatte Steinmeier Mitte April ausgeladen. Steinmeier wollte das Kriegsgebiet besuchen'
    (called_off_otherwise or a split 'absagen' in the sentence before). Not 'will' nor a wish told after any other
    sentence."""
    if before is None or not any(w in ("wollte", "wollten") for w in sentence.words(start, end)):
        return False
    return called_off_otherwise(before, before.start, before.end) or _called_off(before, before.start, before.end) \
        or any(word_list("status_cue").get(w) == "cancelled" for w in before.words())


def _separable_verb(words: list[str], particle: str, stem: str) -> bool:
    """A separable verb split in its clause: 'sagte das Treffen ab' (absagen), 'lehnte es ab' (ablehnen)."""
    return particle in words and any(lemma(w) == stem for w in words)


def _fell_through(sentence: Sentence, start: int, end: int) -> bool:
    """The separable verb ausfallen in the clause: 'Wegen der Pandemie fiel das Treffen aus', 'Der Gipfel ist
    ersatzlos ausgefallen'. Not where an adjective before 'aus' tells how something turned out ('Das Treffen
    fiel kürzer aus als geplant', 'ist freundlich ausgefallen'): only a noun or a sentence adverb stands there."""
    falls = any(in_list("falling_verb", w) for w in sentence.words(start, end))
    for i in range(start + 1, end):
        word = sentence.lowers[i]
        separated = falls and word == "aus" and (i + 1 == end or not sentence.texts[i + 1][:1].isalnum())
        if separated or word.startswith("ausgefallen"):
            before = sentence.texts[i - 1]
            if before[:1].isupper() or before[:1].isdigit() or in_list("sentence_adverb", before.lower()) \
                    or in_list("falling_verb", before.lower()):  # "Das Treffen fällt aus"
                return True
    return False


def postponed_without_a_date(sentence: Sentence, start: int, end: int) -> bool:
    """Postponed with no new date is called off ('Der Gipfel wurde wegen der Pandemie verschoben', 'auf
    unbestimmte Zeit vertagt'); with one it is planned for it ('auf den Herbst verschoben', 'ins nächste Jahr
    vertagt', 'um eine Woche verschoben'). Not a postponement only wished for, planned or guessed ('will den
    Gipfel verschieben', 'könnte vertagt werden')."""
    words = sentence.words(start, end)
    if not any(in_list("postponed", w) for w in words):
        return False
    if any(w in MODALS and not in_list("passive_auxiliary", w) or in_list("condition", w) or in_list("modal_plan", w)
           or w in POSTPONEMENT_IN_DOUBT for w in words):
        return False  # but "wird verschoben" is the passive of what is done; "ob ... vertagt werden muss" is in doubt
    if any(w == "um" and i + 2 < len(words) and any(in_list("time_unit", x) for x in words[i + 1:i + 3])
           for i, w in enumerate(words)):
        return False  # "um eine Woche": a new date counted from the old one
    if adjourned(words):
        return False
    return not to_a_new_date(words)


def put_off_by_a_noun(sentence: Sentence, trigger: Trigger, end: int) -> str | None:
    """A trigger noun in the genitive of a noun of postponement: 'nach der Verschiebung der Klimakonferenz' (no new
    date: cancelled), 'die Verschiebung des Gipfels auf den Herbst' (a new date after it: planned). None otherwise."""
    if not trigger.is_noun:
        return None
    j = trigger.token - 1
    while j > sentence.start and sentence.texts[j][:1].islower() and sentence.lowers[j] not in GENITIVE_ARTICLES:
        j -= 1  # adjectives: "der geplanten Klimakonferenz"
    if not (j > sentence.start and sentence.lowers[j] in GENITIVE_ARTICLES
            and in_list("postponement_noun", sentence.lowers[j - 1])):
        return None
    return "planned" if to_a_new_date(sentence.words(trigger.token + 1, end)) else "cancelled"


def to_a_new_date(words: list[str]) -> bool:
    """A preposition followed by a time: 'auf September', 'in den Herbst', 'auf 2021', 'auf den 3. Mai' moves to a new
    date; a number that is no year nor a day of a month ('auf 26 Dollar', 'in 20 Staaten') is none."""
    return any(w in NEW_DATE_PREPOSITIONS and any(_time_word(x) and (not x.isdigit() or _a_date_number(x, words[j + 1:j + 3]))
                                                  for j, x in enumerate(words[i + 1:i + 4], i + 1))
               for i, w in enumerate(words))


def _a_date_number(number: str, after: list[str]) -> bool:
    """'2021' (a year), '3. Mai' (a day with its month): a number that names a time."""
    return len(number) == 4 or any(x in date_words()["month"] for x in after)


POSTPONEMENT_IN_DOUBT = frozenset({"ob", "muss", "müssen", "müsse", "müsste"})


def adjourned(words: list[str]) -> bool:
    """'Um kurz vor Mitternacht wird der Gipfel vertagt', 'in der Nacht vertagt': a session adjourned at an hour
    of the day goes on later; what was under way has not been called off ('vertagt' with no hour postpones)."""
    parts = tuple(date_words()["day_part"])
    return any(w.startswith("vertag") for w in words) \
        and any(w == "mitternacht" or w == "uhr" or w.endswith(parts) and w not in ("morgen",) for w in words)


NEW_DATE_PREPOSITIONS = frozenset({"auf", "aufs", "in", "ins", "bis"})


def _time_word(lower: str) -> bool:
    """A word that names a time a postponement moves to: 'auf September', 'in den Herbst', 'auf 2021',
    'ins nächste Jahr', 'auf Samstagvormittag' (not 'auf unbestimmte Zeit', 'auf einen späteren Termin')."""
    return lower.isdigit() or lower in date_words()["month"] or lower in date_words()["season"] \
        or lower.startswith(tuple(date_words()["weekday"])) \
        or in_list("time_noun", lower) and not in_list("open_time", lower)


def _called_off_in(sentence: Sentence, start: int, end: int) -> bool:
    """A clause that calls off what it is about: 'die er später absagte', 'das inzwischen abgesagt wurde', or
    says it would have taken place: 'der an diesem Wochenende hätte stattfinden sollen'."""
    cues = word_list("status_cue")
    return any(cues.get(w) == "cancelled" for w in sentence.words(start, end)) or _called_off(sentence, start, end) \
        or counterfactual(sentence, start, end)


def counterfactual(sentence: Sentence, start: int, end: int) -> bool:
    """'hätte ... austragen können', 'wäre ... möglich gewesen', 'hätte stattfinden sollen': what did not
    happen."""
    words = sentence.words(start, end)
    return any(w in ("hätte", "hätten", "wäre", "wären") for w in words) and \
        any(w in ("können", "sollen", "müssen", "dürfen", "gewesen") for w in words)


def unreal(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> bool:
    """The Konjunktiv II of what is not so: an unreal condition opened by its verb ('Hätte Scholz sich früher mit
    Macron getroffen, ...', 'Wäre er nach Peking gereist, ...'), or what someone ought to do ('müsste als
    Nächstes zu einem Treffen laden'), unless the trigger is a noun of another phrase ('die beim Gipfel
    vereinbarten Zölle müssten wirken'). Not a question ('Hätte er nicht anrufen können?' asks)."""
    if sentence.texts[sentence.end - 1] == "?":
        return False
    if sentence.lowers[start] in ("hätte", "hätten", "wäre", "wären") and start + 1 < end \
            and sentence.texts[start + 1][:1].isupper():  # "Hätte Scholz ...", not "hätte sie gesagt"
        return True
    if not any(w in ("müsste", "müssten") for w in sentence.words(start, end)):
        return False
    return all(not t.is_noun or (governing := sentence.governing_preposition(t.token)) is None
               or governing[0] in ("zu", "zum", "zur") for t in triggers)


def invitation_declined(sentence: Sentence, start: int, end: int) -> bool:
    """An invitation its clause turns down: 'Putin lehnte die Einladung ab', 'hat die Einladung ausgeschlagen'
    (declining_verb, also split: 'schlug sie aus'), or does not follow: 'Niemand wollte der Einladung folgen',
    'folgte der Einladung nicht'."""
    words = sentence.words(start, end)
    for verb in word_list("declining_verb"):
        particle, stem = verb.split("+")
        if any(lemma(w) == particle + stem for w in words) or _separable_verb(words, particle, stem):
            return True
    return any(lemma(w) == "folgen" for w in words) \
        and any(in_list("negation", w) or in_list("nobody", w) for w in words)


def declined_outright(sentence: Sentence, trigger: Trigger, start: int, end: int) -> bool:
    """A trigger noun that is itself the object a declining verb turns down ('Die Ukraine hat einen Besuch Steinmeiers
    ausgeschlagen', 'Scholz lehnte ein Treffen mit Putin ab'): one side says it will not take place. Not a noun a
    preposition or a definite genitive hangs on ('lehnte beim Treffen die Forderung ab', 'lehnte das Ergebnis der
    Verhandlungen ab'), nor in the negative ('lehnte ein Treffen nicht ab'). Only a contact: 'lehnt die Forderungen
    Russlands ab' turns down what was demanded, not the demand. Not the subject: after 'der', never an accusative ('Der
    Gipfel lehnte den Antrag ab'), or with 'es' for the object ('Der EU-Gipfel lehnte es ab, ... zuzubilligen')."""
    if not trigger.is_noun or trigger.event_type not in CONTACT_TYPES or trigger.determiner == "der" \
            or sentence.governing_preposition(trigger.token) is not None or definite_genitive(sentence, trigger):
        return False
    words = without_the_next_conjunct([w for w in sentence.words(start, end) if w.isalpha()])
    if any(in_list("negation", w) for w in words) or "es" in words:
        return False
    return any(any(lemma(w) == particle + stem for w in words) or words[-1:] == [particle]
               and any(lemma(w) == stem for w in words)
               for particle, stem in (verb.split("+") for verb in word_list("declining_verb")))


def without_the_next_conjunct(words: list[str]) -> list[str]:
    """'lehnt Verhandlungen ab und hofft auf ...': the clause finder leaves the 'und' that opens the next clause at
    the end of this one; the separable particle is the last word before it."""
    while words and in_list("clause_conjunction", words[-1]):
        words = words[:-1]
    return words


def invitation_accepted(sentence: Sentence, start: int, end: int) -> bool:
    """An invitation its clause accepts, not in the negative: 'Putin nahm die Einladung nach Pjöngjang an', 'hat die
    Einladung angenommen', 'akzeptierte die Einladung' (accepting_verb; the split particle must close the clause, so
    that 'an' as a preposition does not count; not 'nahm die Einladung nicht an')."""
    words = [w for w in sentence.words(start, end) if w.isalpha()]
    if any(in_list("negation", w) for w in words):
        return False
    for verb in word_list("accepting_verb"):
        particle, stem = verb.split("+")
        if any(lemma(w) == particle + stem for w in words) \
                or particle and words[-1:] == [particle] and any(lemma(w) == stem for w in words):
            return True
    return False


def refused(sentence: Sentence, triggers: list[Trigger]) -> bool:
    """A contact told in the zu-infinitive of a refusal ('weigert sich, mit dem IWF zu verhandeln', 'lehnte es ab,
    Putin zu treffen', 'hat es abgelehnt, nach Moskau zu reisen'): it does not take place."""
    trigger = triggers[0]
    if not _zu_infinitive(sentence, trigger):
        return False
    start = sentence.clause(trigger.token)[0]
    words = _main_clause_words(sentence, start) + sentence.words(start, trigger.token)  # the finder may not split
    return any(in_list("refusal_verb", lemma(w)) for w in words) or _separable_verb(words, "ab", "lehnen")


def _conditional(sentence: Sentence, start: int, trigger: int, day_precise: bool = False) -> bool:
    """A trigger in a 'wenn'/'falls' clause: 'Falls es zu einem Treffen kommt'. A 'wenn' clause with a day of
    its own tells when, not whether: 'Wenn Merz am Dienstag mit Macron spricht, ...'."""
    words = [sentence.lowers[i] for i in range(start, trigger) if in_list("condition", sentence.lowers[i])
             and not concessive(sentence, i) and not should_in_second_place(sentence, i)]
    return bool(words) and not (set(words) == {"wenn"} and (day_precise or _stage_of_the_clause(sentence, trigger)
                                                             or _acts_in_the_clause(sentence, trigger)))


def concessive(sentence: Sentence, i: int) -> bool:
    """'auch wenn' grants what it tells ('Doch auch wenn Blinken erstmals ein Telefongespräch mit Lawrow führte'):
    no condition ('selbst wenn', 'wenn' alone are)."""
    return sentence.lowers[i] == "wenn" and i > sentence.start and sentence.lowers[i - 1] == "auch"


def should_in_second_place(sentence: Sentence, i: int) -> bool:
    """'sollte' after the first phrase of a main clause is the Präteritum of 'sollen', a plan ('Macron sollte Metsola
    zum Mittagessen treffen'); only first in its clause ('Sollte das gelingen, ...', ', sollten die Behörden nicht
    einlenken') or in a 'wenn' clause does it open a condition."""
    if not sentence.lowers[i].startswith("sollte"):
        return False
    start, _ = sentence.clause(i)
    while start < i and sentence.lowers[start] in CLAUSE_JOINERS:
        start += 1  # "Und sollte ein Angriff das Projekt infrage stellen, ...": first after the conjunction
    return i != start and not any(in_list("condition", w) and not w.startswith("sollte")
                                  for w in sentence.words(start, i))


CLAUSE_JOINERS = frozenset({"und", "aber", "doch", "oder", "denn", "sondern", "–", "-", '"', "„"})


def _acts_in_the_clause(sentence: Sentence, trigger: int) -> bool:
    """A trigger noun with the definite article, the subject of a 'wenn' clause that tells what it does, is given:
    'Wenn nun der G7-Gipfel Botschaften nach Moskau sendet, könnte das schaden' (not 'Wenn das Treffen stattfindet',
    'Wenn der Gipfel zustande kommt': whether it takes place), nor the object after the subject ('wenn die EU die
    Gespräche wieder aufnimmt')."""
    if sentence.lowers[trigger - 1] not in ("der", "die", "das") or trigger_noun(sentence.texts[trigger]) is None \
            or sentence.governing_preposition(trigger) is not None:
        return False
    start, end = sentence.clause(trigger)
    if any(sentence.texts[i][:1].isupper() for i in range(start + 1, trigger - 1)):
        return False  # "wenn die EU die Beitrittsgespräche wieder aufnimmt": the subject comes first, the noun is its object
    return not any(in_list("occurrence_word", w) for w in sentence.words(start, end))


def _stage_of_the_clause(sentence: Sentence, trigger: int) -> bool:
    """A trigger noun after 'in', 'bei' or 'während' is where what a 'wenn' clause tells takes place, which takes
    the event as given: 'Wenn Xi im Telefonat mit Conte von einer Seidenstraße schwärmt, macht er Politik'."""
    governing = sentence.governing_preposition(trigger) if trigger_noun(sentence.texts[trigger]) else None
    return governing is not None and governing[0] in ("in", "im", "bei", "beim", "während")


def _speculated_that(sentence: Sentence, start: int) -> bool:
    """A 'dass' clause whose main clause guesses: 'Möglich ist, dass Tusk vorher mit Scholz telefoniert hat',
    'Es gilt als wahrscheinlich, dass ...', 'Vermutlich ist, dass ...'."""
    if sentence.lowers[start] != "dass" or start < sentence.start + 2 or sentence.texts[start - 1] != ",":
        return False
    main_start, main_end = sentence.clause(start - 2)
    return any(in_list("speculative_main", w) for w in sentence.words(main_start, main_end))


def _hoped_for(sentence: Sentence, start: int) -> bool:
    """A 'dass' clause whose main clause hopes: 'Merkel hofft, dass es bald ein Treffen mit Xi gibt' wishes for
    the event, it has not taken place."""
    if sentence.lowers[start] != "dass" or start < sentence.start + 2 or sentence.texts[start - 1] != ",":
        return False
    main_start, main_end = sentence.clause(start - 2)
    return any(lemma(w) == "hoffen" for w in sentence.words(main_start, main_end))


def _considered_before(sentence: Sentence, start: int, end: int) -> bool:
    """A consideration told in the Plusquamperfekt is one given up: 'Eine Zeit lang war erwogen worden, Tusk
    nach Berlin einzuladen', 'Man hatte überlegt, ein Treffen anzusetzen'."""
    words = sentence.words(start, end) + _main_clause_words(sentence, start)
    return any(in_list("consideration", w) for w in words) and any(in_list("pluperfect_auxiliary", w) for w in words)


def _plan_given_up(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> bool:
    """A trigger verb under the Plusquamperfekt of 'wollen' or 'sollen', told of a plan that came to nothing:
    'Maas hatte sich mit ihm treffen wollen', 'Rutte hatte am Montag nach Kiew reisen sollen' (its double
    infinitive closes the clause right after the trigger)."""
    for t in triggers:
        if t.is_noun or t.token + 1 >= end or sentence.lowers[t.token + 1] not in ("wollen", "sollen"):
            continue
        if any(in_list("pluperfect_auxiliary", w) and w.startswith("hatte") for w in sentence.words(start, t.token)):
            return True
    return False


def _main_clause_words(sentence: Sentence, start: int) -> list[str]:
    """The words of the clause a 'zu' infinitive or a 'dass' clause right after a comma depends on."""
    if start < sentence.start + 2 or sentence.texts[start - 1] != ",":
        return []
    main_start, main_end = sentence.clause(start - 2)
    return sentence.words(main_start, main_end)


def _infinitive_phrase_start(sentence: Sentence, trigger: int, start: int, end: int) -> int:
    """Where the zu-infinitive phrase a trigger noun stands in begins, after its comma ('zeigt weiterhin Interesse
    daran, kurzfristig Kontakte mit Putin herzustellen': what goes on is the interest, not the contacts); else
    the clause's start."""
    comma = next((i for i in range(trigger - 1, start - 1, -1) if sentence.texts[i] == ","), None)
    last = end - 1
    while last > trigger and not sentence.texts[last][:1].isalnum():
        last -= 1
    if comma is None or last <= trigger or not sentence.texts[last].islower():
        return start
    word = sentence.lowers[last]
    infix = word.find("zu", 2)  # "herzustellen": her + zu + stellen
    if sentence.lowers[last - 1] == "zu" or infix > 0 and (is_verb_infinitive(word[:infix] + word[infix + 2:])
                                                           or _infinitive_like(word[:infix] + word[infix + 2:])):
        return comma + 1
    return start


def _infinitive_phrase_after(sentence: Sentence, trigger: int, start: int, end: int) -> int:
    """Where a zu-infinitive phrase after the trigger begins, at its comma, else the clause's end: its words are
    its own verb's ('Der Gipfel beauftragte die Kommission damit, einen Vorschlag zu erarbeiten' proposes
    nothing; 'Sie nutzten das Treffen, um die Absage zu erklären' calls nothing off)."""
    commas = [i for i in range(trigger + 1, end) if sentence.texts[i] == ","]
    for comma, stop in zip(commas, commas[1:] + [end]):
        if (sentence.lowers[comma + 1] == "um" or sentence.lowers[comma + 1] not in SUBORDINATORS | {"da"}) \
                and _infinitive_phrase_start(sentence, comma + 1, comma, stop) == comma + 1:
            return comma  # not ", da er Teil einer Kampagne sei, ... ohne Reformen anzugehen"
    return end


def _meal_given(sentence: Sentence, trigger: Trigger, start: int, end: int, event_date: date | None,
                published: date | None, day_precise: bool) -> bool:
    """An invitation to a meal told in the past, on a day the text fixes and that is not ahead, tells of a meal
    held: 'Am Montag hatte Macron Sánchez zu einem Mittagessen eingeladen', 'lud sie am Dienstag zum Abendessen
    ein' (not 'lädt sie für Freitag zum Abendessen ein', nor 'hat ihn zum Abendessen eingeladen' without a day:
    that may still lie ahead)."""
    return invites_to_a_meal(sentence, trigger) and told_in_past(sentence, start, end) and day_precise \
        and event_date is not None and published is not None and event_date <= published


def _continued(sentence: Sentence, start: int, end: int) -> bool:
    """Talks that go on have begun: 'wollen heute weiter verhandeln', 'setzen ihre Gespräche fort',
    'die Gespräche werden fortgesetzt'."""
    words = sentence.words(start, end)
    return any(in_list("continuation", w) for w in words) or "fort" in words[-2:]


def _ongoing(sentence: Sentence, start: int, end: int) -> bool:
    """Talks under way at publication, told in the present: 'Bern und Brüssel verhandeln seit Jahren',
    'Madrid verhandelt schon mit Rabat' (not 'das erste Treffen seit 2019': the first since)."""
    words = sentence.words(start, end)
    return not told_in_past(sentence, start, end) and any(in_list("ongoing_word", w) for w in words) \
        and not any(in_list("first_word", w) for w in words)


def tense_of(sentence: Sentence, start: int, end: int, past: bool) -> bool | None:
    """How the clause points in time, for reading its weekdays: ahead (True) with a plan ('geplant',
    'angekündigt', even 'war für Montag geplant'), back (False) when told in the past, else None: the
    present, where dates_of reads a weekday ahead and a month at its nearest."""
    cues = word_list("status_cue")
    if any(cues.get(sentence.lowers[i]) in ("planned", "proposed") and not is_past_verb(sentence.lowers[i])
           and not _modifies_another_noun(sentence, i, []) and not act_of_announcing(sentence, i, start, end)
           for i in range(start, end)):
        return True  # 'Geplant ist ein Telefonat am Montag' points ahead; 'Am Samstag forderte er' does not
    if past or _done_before(sentence, start, end):
        return False
    return None


def _done_before(sentence: Sentence, start: int, end: int) -> bool:
    """An attributive past participle tells what was done: 'die beim Gipfel am Donnerstag vereinbarten Hilfen',
    'die am Montag beschlossenen Zölle' (not what is planned: 'die für Montag geplanten Gespräche'); only where a
    date stands in its attribute ('aus einem von Reuters eingesehenen Entwurf für den Gipfel am Donnerstag' tells the
    draft was seen, not when the summit is)."""
    cues = word_list("status_cue")
    for i in range(start, end - 1):
        word = sentence.lowers[i]
        if not (sentence.texts[i].islower() and sentence.texts[i + 1][:1].isupper()) or word in cues \
                or in_list("expectation", word):
            continue
        stem = adjective_stem(word)
        if stem and stem != word and is_participle(stem) and not in_list("expectation", stem) and _dated_attribute(sentence, start, i):
            return True
    return False


ATTRIBUTE_REACH = 6  # 'die beim Gipfel am Donnerstag vereinbarten': the article a few words before the participle


def _dated_attribute(sentence: Sentence, start: int, participle: int) -> bool:
    """Whether a date stands between an attributive participle and the article that opens its phrase ('die am Montag
    beschlossenen'); without an article before it within reach, whether the clause before it names one."""
    article = next((j for j in range(participle - 1, max(start - 1, participle - 1 - ATTRIBUTE_REACH), -1)
                    if sentence.lowers[j] in ATTRIBUTE_ARTICLES), start)
    lo = sentence.offsets[article] - sentence.start_char
    hi = sentence.offsets[participle] - sentence.start_char
    return any(lo <= d.start < hi for d in find_dates(sentence.text, ANY_DAY, future=None))


ATTRIBUTE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
ANY_DAY = date(2000, 1, 3)  # a reference day for finding where dates stand, whatever their values


def act_of_announcing(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """'Trump hatte im August angekündigt, dass ...', 'Scholz hat am Montag einen Besuch angekündigt': a plan's
    participle with 'haben' tells the act of announcing, done when the clause's date says, like 'kündigte an';
    with 'sein' it tells the plan ('Der Besuch ist für Montag angekündigt', 'war für Freitag geplant'), and so does a
    participle before its noun ('hatte den geplanten Gipfel am 14. September abgesagt')."""
    before_a_noun = i + 1 < sentence.end and sentence.texts[i + 1][:1].isupper()
    return is_participle(sentence.lowers[i]) and not before_a_noun \
        and any(in_list("haben_form", w) for w in sentence.words(start, end))


def told_in_past(sentence: Sentence, start: int, end: int) -> bool:
    """Präteritum, Perfekt or Plusquamperfekt in the clause, or a past marker ('damals', 'zuvor')."""
    start, end = with_its_verb(sentence, start, end)
    words, verbs = sentence.words(start, end), verb_forms(sentence, start, end)
    if any(in_list("past_marker", w) for w in words) or any(is_past_verb(w) for w in verbs):
        return True
    if not any(in_list("perfect_auxiliary", w) for w in verbs):
        return False
    return any(is_participle(w) for w in verbs) or _participle_like_infinitive(sentence, start, end)


def _participle_like_infinitive(sentence: Sentence, start: int, end: int) -> bool:
    """'hat einen guten Eindruck hinterlassen', 'hat den Saal verlassen': after an auxiliary of the Perfekt, the verb
    that ends the clause in -en is a participle that looks like the infinitive (not 'hat ... zu entscheiden'); so is
    a modal after another infinitive ('habe die Verhandlungen vorantreiben müssen')."""
    for i in range(start + 1, end):
        closes = i + 1 >= sentence.end or not sentence.texts[i + 1][:1].isalnum()  # "hinterlassen, vor allem in Paris"
        if closes and sentence.texts[i].islower() and sentence.lowers[i - 1] != "zu" \
                and is_verb_infinitive(sentence.lowers[i]):
            return True
        if closes and in_list("substitute_infinitive", sentence.lowers[i]) and sentence.texts[i - 1].islower() \
                and sentence.lowers[i - 2] != "zu" and _infinitive_like(sentence.lowers[i - 1]):
            return True
    return False


def _infinitive_like(lower: str) -> bool:
    """'vorantreiben', 'verhindern', 'verhandeln': a word in -en, -ern or -eln that is its own lemma (the lemma table
    knows few infinitives of compound verbs)."""
    return lower.isalpha() and lower.endswith(("en", "ern", "eln")) and lemma(lower) == lower


@lru_cache(maxsize=100_000)
def is_verb_infinitive(lower: str) -> bool:
    """'hinterlassen', 'verlassen' (a verb: its present participle is a form of it), not 'offen', 'eigen'."""
    return lower.endswith("en") and lemma(lower) == lower and lemma(lower + "d") == lower


def with_its_verb(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """A clause without a verb of its own, cut off by commas, and the main clause it opens: 'Nach einem Treffen
    mit dem Premier Belgiens, Alexander De Croo, sagte Scholz ...'."""
    if end >= sentence.end or sentence.texts[end - 1] != "," or not is_finite_verb(sentence.texts[end]) \
            or any(is_finite_verb(w) or is_past_verb(w) for w in verb_forms(sentence, start, end)):
        return start, end
    return start, sentence.clause(end)[1]


def verb_forms(sentence: Sentence, start: int, end: int) -> list[str]:
    """The words of a clause that may be verbs: lower case ('Vorstoß' and 'Gesandte' are nouns), or the first."""
    return [sentence.lowers[i] for i in range(start, end)
            if sentence.texts[i].islower() or i == sentence.start]


def told_as_news(sentence: Sentence, start: int, end: int) -> bool:
    """Perfekt ('hat telefoniert', 'sei gereist') or Präteritum ('traf', 'war zu Gast'): in news, what
    is new; not the Plusquamperfekt ('hatte telefoniert'), which tells what came before, nor what a
    marker puts in the past ('damals', 'einst')."""
    start, end = with_its_verb(sentence, start, end)
    words, verbs = sentence.words(start, end), verb_forms(sentence, start, end)
    auxiliaries = word_list("perfect_auxiliary")
    participle = any(is_participle(w) for w in verbs) or _participle_like_infinitive(sentence, start, end)
    if any(in_list("past_marker", w) and not in_list("recency_word", w) for w in words):
        return False
    if participle and any(auxiliaries.get(w) == "past" for w in words):
        return False
    return any(is_past_verb(w) for w in verbs) or \
        participle and any(auxiliaries.get(w) == "present" for w in verbs)


@lru_cache(maxsize=100_000)
def is_participle(lower: str) -> bool:
    """A past participle: 'getroffen', 'eingeladen', 'telefoniert', 'besucht', 'verhandelt', 'begonnen'
    (with ge-, on -iert, or after an inseparable prefix), told apart from the infinitive by its lemma."""
    base = lemma(lower)
    if base == lower or not lower.isalpha():
        return False
    if _PARTICIPLE.match(lower) or base.endswith("ieren") and lower == base[:-2] + "t":
        return True
    return lower.endswith(("t", "en")) and any(
        lower.startswith(prefix) and base.startswith(prefix) for prefix in word_list("inseparable_prefix"))


@lru_cache(maxsize=100_000)
def is_past_verb(lower: str) -> bool:
    """'trafen', 'telefonierte', 'reisten', 'kam': a Präteritum form (not 'hat', 'will', 'sagt')."""
    if in_list("past_form", lower):
        return True
    if not lower.isalpha() or lower in MODALS or len(lower) < 4:
        return False
    base = lemma(lower)
    if base == lower or not base.endswith(("en", "rn", "ln")):  # treffen, fordern, verhandeln
        return False
    if lower.endswith(("te", "ten", "test")) and not base.endswith(("ten", "den")) or \
            lower.endswith(("tete", "teten", "dete", "deten")):
        return True
    # a strong verb's Präteritum ends in none of the present endings: 'verlief', 'entstand', 'fand'; and its vowel
    # changes, so a word that is the bare stem is none ('schnell', which the lemmatiser reads as 'schnellen')
    return not lower.endswith(("e", "st", "t", "en", "n", "end", "ern", "eln")) and lower != base[:-2]


DEFINITE = frozenset({"happened", "planned", "cancelled"})


def settle_statuses(frames: list[Frame], told: dict[int, str | None], published: date | None) -> None:
    """One status for the mentions of an event that said nothing of it themselves, once the article is read.
    told: what each frame's own sentence said (id -> status), None where nothing but the present tense spoke.

    They take what the event's other mentions say, where those say whether it took place: cancelled if one
    says so, else what most say of happened and planned ('Worum es beim Gipfel in Prag geht', 'Der Gipfel
    könnte platzen', then 'der Gipfel, der heute Abend beginnt': planned). On a tie, or where no mention says,
    the present tense is what happens now, unless the article dates the event after publication: a plan
    ('Trump und Putin begegnen sich in Alaska' above '... am kommenden Freitag'). A mention not tied to
    another takes what all other mentions of an event of its type and sides say, where they agree.
    """
    for frame in frames:
        if told.get(id(frame)) is not None:
            continue
        root = frame.root
        votes = _said_before_new_ones(frame, frames, told) or _unanimous(_said_before_new_ones(frame, frames, told, True))
        if votes["cancelled"]:
            frame.status = "cancelled"
        elif votes["planned"] != votes["happened"]:
            frame.status = "planned" if votes["planned"] > votes["happened"] else "happened"
        elif root is not frame:
            frame.status = root.status if told.get(id(root)) is not None else "happened"
        if frame.status == "happened" and not frame.past and root.date is not None and published is not None \
                and first_day(root.date) > published:
            frame.status = "planned"
    called_off_since(frames, told)
    under_way(frames, told, published)


def called_off_since(frames: list[Frame], told: dict[int, str | None]) -> None:
    """What earlier mentions plan, propose or guess at is cancelled when a later one names the same event with the
    definite article and the same noun and tells it was called off: 'zum geplanten EU-China-Gipfel in Leipzig', then
    'Inzwischen wurde der Gipfel abgesagt'; 'hatte ein Sondertreffen angekündigt', then 'das Treffen wurde abgesagt'."""
    called_off: dict[int, tuple[int, str]] = {}
    for frame in frames:
        trigger = frame.triggers[0]
        if told.get(id(frame)) == "cancelled" and frame.root is not frame and trigger.is_noun \
                and trigger.determiner in ("der", "die", "das", "den", "dem", "des"):
            called_off.setdefault(id(frame.root), (frame.sentence, trigger.text.lower()))
    for frame in frames:
        since = called_off.get(id(frame.root))
        if since is not None and frame.sentence < since[0] and frame.status in ("planned", "proposed", "speculative") \
                and frame.triggers[0].text.lower().endswith(since[1]):
            frame.status = "cancelled"


BEGINNING = "beginning"  # the rule of a date read from a beginning told as news (dating.begun_on_the_day)


def under_way(frames: list[Frame], told: dict[int, str | None], published: date | None) -> None:
    """An event one mention tells has begun ('Die Beratungen haben gerade begonnen') has happened: what other
    mentions plan is part of it ('Auf dem Gipfel soll um Geld geworben werden'), unless dated after the day it
    began ('will am Sonntag wieder teilnehmen')."""
    begun = {id(f.root): first_day(f.date) for f in frames
             if f.date is not None and f.date.rule == BEGINNING and told.get(id(f)) == "happened"}
    for frame in frames:
        day = begun.get(id(frame.root))
        if day is None or frame.status != "planned" or published is not None and day > published:
            continue
        if frame.date is None or first_day(frame.date) <= day:
            frame.status = "happened"


def _kind(frame: Frame) -> tuple[str, frozenset[str]]:
    return frame.event_type, frozenset(frame.sides)


def _said_before_new_ones(frame: Frame, frames: list[Frame], told: dict[int, str | None], alike: bool = False) -> Counter:
    """What the mentions of the frame's event say (alike: of any event of its type and sides), but not a later one
    that brings in another event with the indefinite article and another noun: 'bei EU-Minigipfel auf Malta' is not
    'bei einem EU-Innenministertreffen am 8. Oktober' further down ('zu einem Gipfel' after 'Der Gipfel' may be)."""
    kind = _kind(frame.root)
    return Counter(told[id(other)] for other in frames if told.get(id(other)) in DEFINITE
                   and (_kind(other) == kind if alike else other.root is frame.root)
                   and not (other.sentence > frame.sentence and introduces_another(other, frame)))


def introduces_another(other: Frame, frame: Frame) -> bool:
    """A mention by a trigger noun with the indefinite article, another noun than the frame's: 'ein Treffen' after
    'der Gipfel'."""
    trigger, own = other.triggers[0], frame.triggers[0]
    return trigger.is_noun and trigger.determiner in ("ein", "eine", "einen", "einem", "einer", "eines") \
        and trigger.word.lemma != own.word.lemma


def _unanimous(votes: Counter) -> Counter:
    """What the other events of one type and the same sides say, where they all say the same: a mention of 'dem
    EU-Gipfel' that nothing ties to another still stands beside 'beim kommenden EU-Gipfel' and 'beim Gipfel diese
    Woche' of a preview. Where they differ, the article tells of several such events, and none is taken."""
    return votes if len(votes) == 1 else Counter()


RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "denen", "welches", "welcher", "welche", "welchem"})


def relative_clause_of(sentence: Sentence, noun: Trigger) -> tuple[int, int] | None:
    """'ein Telefonat mit Macron, das am Montag stattfinden soll': a relative clause right after the trigger
    noun's phrase tells of its event (also after a preposition: 'der Gipfel, bei dem ...', and after the verb
    that ends the main clause: 'kündigte eine Reise nach Rom an, die er später absagte'), unless a name stands
    between: in 'In den Gesprächen tritt Rutte hart auf, der am Montag mit Merz aß' the clause is Rutte's."""
    phrase = phrase_range(sentence, noun)
    after = phrase.stop if len(phrase) else noun.token + 1
    comma = next((i for i in range(after, min(after + 6, sentence.end - 1)) if sentence.texts[i] in ",.;:–"), None)
    if comma is None or sentence.texts[comma] != ",":
        return None
    if comma > after and not (sentence.texts[comma - 1].islower() and sentence.texts[comma - 1].isalpha()):
        return None  # only the verb that closes the main clause may stand between: "an", "angekündigt"
    if any(slot.entity_type == "PERSON" for slot in sentence.slots_in(after, comma)):
        return None  # "tritt in den Verhandlungen Rutte auf, der am Donnerstag ...": the pronoun is the nearer name's
    pronoun = comma + 1
    if sentence.lowers[pronoun] in PREPOSITIONS and pronoun + 1 < sentence.end:
        pronoun += 1
    if sentence.lowers[pronoun] not in RELATIVE_PRONOUNS:
        return None
    return sentence.clause(pronoun)
