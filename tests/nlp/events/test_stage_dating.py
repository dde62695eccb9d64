"""Stage 4, date: when a contact took or takes place, resolved against the publication day."""

import pytest

from tests.nlp.helpers import extract_text

# Three sentences without contacts, so the sentence under test is not the article's lead.
BACKGROUND = ("Der Winter war mild.\nDie Preise für Strom sind gesunken.\n"
              "Viele Familien planen ihren Urlaub.\nAuch die Bahn meldet mehr Buchungen.\n")


def first_contact_date(sentence: str, published: str = "2024-03-14") -> str | None:
    extraction = extract_text("Bericht aus Berlin\n" + BACKGROUND + sentence, published)
    contacts = [m for m in extraction.event_mentions if m.event_type in ("MEETING", "CALL", "VISIT", "CONTACT", "NEGOTIATION")]
    assert contacts, f"no contact in {sentence!r}"
    return contacts[0].event_date


@pytest.mark.parametrize("sentence, published, expected", [
    # a weekday points back in a report of the past, ahead in a plan (2024-03-14 is a Thursday)
    ("Scholz hat am Mittwoch mit Macron telefoniert.", "2024-03-14", "2024-03-13"),
    ("Scholz will am Montag mit Macron telefonieren.", "2024-03-14", "2024-03-18"),
    ("Das Treffen von Scholz und Macron war für Freitag geplant.", "2024-03-14", "2024-03-15"),
    # in the present a weekday points ahead, a month stays at its nearest
    ("Das Gespräch von Scholz mit Macron findet am Montag statt.", "2024-03-14", "2024-03-18"),
    ("Das Treffen von Scholz und Macron Ende Juli ist vielen in Erinnerung.", "2024-10-14", "2024-07"),
    # a relative clause of the trigger noun says when
    ("Geplant ist ein Telefonat von Scholz mit Macron, das am Montag stattfinden soll.", "2024-03-14", "2024-03-18"),
    # news told in the Perfekt or Präteritum: the month of publication, no more
    ("Scholz hat mit Macron telefoniert.", "2024-03-14", "2024-03"),
    ("Scholz traf Macron in Paris.", "2024-03-14", "2024-03"),
    ("Nicht zuletzt wegen der Zölle hat Scholz mit Macron telefoniert.", "2024-03-14", "2024-03"),
    ("Beim Treffen mit Macron in Paris ging es Scholz um weniger Emissionen gegenüber 1990.", "2024-03-14", "2024-03"),
    # ... but not what came before, a habit, or news of the first days of a month
    # a sentence that names an earlier year may tell of then: no month of publication
    ("Der Plan kommt von oben: ursprünglich vom Gipfel der Vereinten Nationen, die Gleichstellung, also die Beseitigung "
     "von Nachteilen, 1995 als Ziel beschlossen hat.", "2024-03-14", None),
    ("Scholz traf Macron in Paris, wo er 2019 studiert hatte, und im März erneut Tusk.", "2024-03-14", "2024-03"),
    # ... or another month of this year, even where a dash keeps it out of the trigger's clause
    ("Schon im Januar - wenige Wochen nach seiner Wahl - reiste Scholz zu Macron nach Paris.", "2024-03-14", None),
    ("Der Streit hatte im Februar begonnen: Scholz hat mit Macron telefoniert.", "2024-03-14", None),
    # unchanged: a time of the month of publication, or a time things are measured from
    ("Schon am 4. März - wenige Wochen nach seiner Wahl - reiste Scholz zu Macron nach Paris.", "2024-03-14",
     "2024-03"),
    ("Seit dem 2. Februar streiken die Bauern, und Scholz hat mit Macron telefoniert.", "2024-03-14", "2024-03"),
    ("Scholz hat mit Macron telefoniert und sagte, er wolle Tusk am Wochenende treffen.", "2024-04-04", "2024-04"),
    # a date told with 'hat/hatte angekündigt' is when it was announced, done like 'kündigte an'; with 'ist' the plan's
    ("Scholz hatte im Januar bei einem Besuch Macrons in Berlin angekündigt, dass er helfe.", "2024-03-14", "2024-01"),
    ("Das Treffen von Scholz und Macron ist für Januar angekündigt.", "2024-03-14", "2025-01"),
    # ... nor what is only 'recent' in a month's first half, which may be last month, unless the sentence names the month
    ("Scholz hat kürzlich mit Macron telefoniert.", "2024-03-25", "2024-03"),
    # ... and 'vor kurzem' gives no date on any day (codebook)
    ("Scholz betonte bei seinem Besuch in Paris vor kurzem, Europa müsse zusammenhalten.", "2024-03-27", None),
    ("Vor kurzer Zeit hat Scholz in Paris mit Macron verhandelt.", "2024-03-22", None),
    ("Bei einem kürzlichen Treffen mit Macron warb Scholz für mehr Hilfe.", "2024-03-14", None),
    ("Scholz hat kürzlich mit Macron telefoniert.", "2024-03-14", None),
    ("Vor Kurzem hat Scholz mit Macron in Paris verhandelt.", "2024-03-14", None),
    ("In den vergangenen Wochen hat Scholz mit Macron telefoniert.", "2024-03-25", None),
    ("Vor Kurzem, Anfang März, reiste Scholz zu Macron nach Paris.", "2024-03-14", "2024-03"),
    ("Scholz hatte mit Macron telefoniert.", "2024-03-14", None),
    ("Scholz hat mehrfach mit Macron telefoniert.", "2024-03-14", None),
    ("Scholz hat mit Macron telefoniert.", "2024-03-03", None),
    ("Scholz hat mit Macron telefoniert.", "2024-03-05", "2024-03"),
    ("Einst traf Scholz Macron in Paris.", "2024-03-14", None),
    ("Seit 2019 hat Scholz regelmäßig mit Macron telefoniert.", "2024-03-14", None),
    ("Scholz rief Macron drei Wochen nach seiner Wahl an.", "2024-03-14", None),  # counted from another event
    ("Wenige Wochen später reiste Scholz zu Macron nach Paris.", "2024-03-14", None),
    ("Einige Monate danach hat Scholz mit Macron telefoniert.", "2024-03-20", None),
    # a habit of one clause does not make another one's news a habit
    ("Scholz hatte in den vergangenen Tagen Macron empfangen und telefoniert täglich mit Tusk.", "2024-03-14",
     "2024-03"),
    ("Es war der erste Besuch von Scholz bei Macron.", "2024-03-14", None),  # a copula only describes it
    # reported speech: plural 'hätten' stands for the Perfekt
    ("Scholz und Macron hätten bei ihrem Telefonat über Zölle gestritten.", "2024-03-14", "2024-03"),
    # a clause without a verb takes the tense of the main clause it opens
    ("Nach einem Gespräch von Scholz mit dem Präsidenten Frankreichs, Emmanuel Macron, sagte Berlin Hilfen zu.",
     "2024-03-14", "2024-03"),
    # a beginning told without a date is the day's news
    ("Scholz hat am Morgen seinen Staatsbesuch bei Macron begonnen.", "2024-03-14", "2024-03-14"),
    ("Scholz lobte zu Beginn seines Treffens mit Macron die Bauern.", "2024-03-14", "2024-03-14"),
    ("Scholz hatte am Morgen seinen Staatsbesuch bei Macron begonnen.", "2024-03-14", None),
    ("Scholz ist zu einem eintägigen Besuch bei Macron nach Paris aufgebrochen.", "2024-03-14", "2024-03-14"),
    ("Scholz war damals zu einem Besuch bei Macron nach Paris aufgebrochen.", "2024-03-14", None),
    # a main clause opened by 'da' before its verb points back to the day of the sentence before; the conjunction does not
    ("Die Spannungen zeigten sich schon gestern Morgen. Da empfängt Scholz Macron im Kanzleramt.", "2024-03-14",
     "2024-03-13"),
    ("Die Spannungen zeigten sich schon am Dienstag. Da empfing Scholz Macron im Kanzleramt.", "2024-03-14",
     "2024-03-12"),
    ("Die Spannungen zeigten sich schon am Dienstag. Da Scholz Macron im Kanzleramt empfing, gab es Streit.",
     "2024-03-14", None),
    # a visit after 'nach' ended before the day its clause tells, and began on a day not told: its month
    ("Scholz landete am Montagabend wieder in Berlin nach seinem Besuch bei Macron in Paris.", "2024-03-14", "2024-03"),
    ("Nach seinem Besuch bei Macron in Paris am Montag landete Scholz wieder in Berlin.", "2024-03-14", "2024-03-11"),
    ("Scholz sagte am Montag nach seinem Treffen mit Macron, Europa müsse zusammenhalten.", "2024-03-14", "2024-03-11"),
    # a part of a day told in the past is of the day the story tells: the one day of the sentence before, else the news day
    ("Am Abend telefonierte Scholz mit Macron.", "2024-03-14", "2024-03-14"),
    ("Scholz hatte erst am Nachmittag erneut mit Macron gesprochen.", "2024-03-14", "2024-03-14"),
    ("Am Dienstag landete Scholz in Rom. Am Abend telefonierte er mit Macron.", "2024-03-14", "2024-03-12"),
    ("Am Montag und am Dienstag war Scholz in Rom. Am Abend telefonierte er mit Macron.", "2024-03-14", "2024-03"),
    # an event told over two days is dated by the first
    ("Scholz will heute und morgen auf dem Gipfeltreffen mit Macron in Paris werben.", "2024-03-14", "2024-03-14"),
    ("Scholz trifft Macron am Montag und am Dienstag in Paris.", "2024-03-14", "2024-03-18"),
    # the night before, told in the past
    ("In der Nacht hätten Scholz und Macron mit Rutte verhandelt, hieß es.", "2024-03-14", "2024-03-13"),
    ("Scholz und Macron verhandelten in nächtlichen Sitzungen mit Rutte über Geld.", "2024-03-14", "2024-03-13"),
    # a date before a relative clause is not the date of a trigger inside it
    ("Am Freitag redet Scholz im Bundestag, dessen Gewicht die Treffen zwischen Macron und Scholz mindern.",
     "2024-03-14", None),
    # weekdays in the past: verbs in -ern and -eln have a Präteritum too; a participle may look like the infinitive
    ("Am Mittwoch verhandelte Scholz mit Macron in Paris.", "2024-03-14", "2024-03-13"),
    ("Das Treffen von Scholz und Macron, am 4. März, hat einen guten Eindruck hinterlassen.", "2024-09-25",
     "2024-03-04"),
    ("Das Treffen von Scholz und Macron, am 4. März, hat Spuren hinterlassen, vor allem in Paris.",
     "2024-09-25", "2024-03-04"),
    # a planning participle before another noun plans that noun, not the summit
    ("Scholz lobte die beim Gipfel mit Macron am Dienstag vereinbarten Zölle.", "2024-03-14",
     "2024-03-12"),
    # ... but a participle whose attribute holds no date leaves the clause's tense alone: the summit lies ahead
    ("Das geht aus einem von Reuters eingesehenen Entwurf für den Gipfel von Scholz und Macron am Donnerstag hervor.",
     "2024-03-12", "2024-03-14"),
    # a beginning in the present is the day's news only in the headline
    ("An dem Tag, an dem der Gipfel von Scholz und Macron beginnt, schließen die Schulen.", "2024-03-14", None),
    # what is set for a day lies ahead of the setting; so does a day right after a trigger the sentence precedes
    ("Die EU hat das Treffen von Scholz mit Macron für Montag in Brüssel organisiert.", "2024-03-16", "2024-03-18"),
    ("Vor dem Gipfel von Scholz und Macron am Montag warnten die Bauern vor Zöllen.", "2024-03-16", "2024-03-18"),
    ("Vor dem Gipfel traf sich Scholz am Montag mit Macron.", "2024-03-16", "2024-03-11"),
    # talks going on since a day began that day; negotiations as a whole are dated by their start, at its precision
    ("Scholz und Macron verhandeln seit Dienstag in Paris.", "2024-03-14", "2024-03-12"),
    ("Scholz und Macron verhandeln seit März in Paris.", "2024-03-14", "2024-03"),
    ("Die EU verhandelt seit sechs Jahren mit Kanada über Zölle.", "2024-03-14", "2018"),
    # told in the past, a day after 'seit' is still the first day; a year there bounds a state, no start
    ("Beim Gipfel von Scholz und Macron war seit Dienstag über Zölle verhandelt worden.", "2024-03-15", "2024-03-12"),
    ("Scholz und Macron hatten seit dem 11. März in Paris verhandelt.", "2024-03-15", "2024-03-11"),
    ("Scholz und Macron hatten seit 2019 in Paris verhandelt.", "2024-03-15", None),
    ("Seit Dienstag laufen die Verhandlungen zwischen der EU und Kanada wieder.", "2024-03-14", None),
    # ... but a meeting since a month or year is a habit with no start of its own
    ("Seit 2019 treffen sich Scholz und Macron in Paris.", "2024-03-14", None),
    # a day told of an event going on is one of its days: its month
    ("Am Dienstag ging es beim laufenden Gipfel von Scholz und Macron um Zölle.", "2024-03-14", "2024-03"),
    # an infinitive of purpose happens when its main clause does, read in the main clause's tense
    ("Scholz reiste am Dienstag nach Paris, um mit Macron über Zölle zu verhandeln.", "2024-03-15", "2024-03-12"),
    ("Scholz fliegt am Montag nach Rom, um mit Meloni zu verhandeln.", "2024-03-15", "2024-03-18"),
    # a second conjunct that opens with its verb shares the time of the first, unless it names its own
    ("Scholz flog am Montag nach Rom und telefonierte mit Macron.", "2024-03-16", "2024-03-11"),
    ("Scholz sprach am Montag im Bundestag und telefonierte am Dienstag mit Macron.", "2024-03-16", "2024-03-12"),
    # a relative clause after a name in between is that person's, not the trigger noun's
    ("Am härtesten tritt in den Verhandlungen mit Paris derzeit Scholz auf, der am Donnerstag mit Macron beriet.",
     "2024-03-15", None),
    # 'eigentlich' sets another topic against the news, not another day; 'eigentlich sollte ... im Juni' another day
    ("Eigentlich soll es heute beim Besuch von Scholz bei Macron in Paris um Migration gehen.", "2024-03-14",
     "2024-03-14"),
    ("Eigentlich sollte das Treffen von Scholz und Macron im Juni in Paris sein.", "2024-03-14", None),
    # the day an event ends is not the day it is dated by
    ("Der Gipfel von Scholz und Macron in Paris endet am Samstag.", "2024-03-14", None),
    # several meetings, a vague count back, background in a clause of reason: no month of publication
    ("Scholz und Macron trafen sich drei Mal in Paris.", "2024-03-14", None),
    ("Zweimal telefonierte Scholz mit Macron.", "2024-03-14", None),
    ("Die Bauern protestieren, weil Scholz und Macron sich in Paris trafen.", "2024-03-14", None),
    ("Als Antwort bestätigte Scholz während eines Telefonats mit Macron die Hilfe.", "2024-03-14", "2024-03"),
    ("Scholz war zuletzt vor sieben Wochen bei Macron in Paris zu Besuch.", "2024-03-14", "2024-01"),
    # an attributive participle tells what was done: the weekday lies back
    ("Scholz sagte, die beim Gipfel mit Macron am Donnerstag vereinbarten Zölle müssten bald wirken.",
     "2024-03-16", "2024-03-14"),
    # two weekdays joined: the first
    ("Am Donnerstag und Freitag treffen sich Scholz und Macron in Paris.", "2024-03-12", "2024-03-14"),
    # a beginning: only with 'zu Beginn', 'zum Auftakt', and a beginning verb only in the Perfekt
    ("Schon vor Beginn der Gespräche von Scholz mit Macron gab es Streit.", "2024-03-14", "2024-03"),
    ("Viele erinnern sich, wie der Besuch von Scholz bei Macron begann.", "2024-03-14", None),
    # a visit begins with the arrival told in the Perfekt; not one told as background
    ("Scholz ist zu einem zweitägigen Besuch bei Macron in Paris eingetroffen.", "2024-03-14", "2024-03-14"),
    ("Scholz war damals zu einem Besuch bei Macron in Paris angekommen.", "2024-03-14", None),
    # a habit does not go on from a plan
    ("Am Freitag soll die Erklärung stehen. Scholz telefoniert täglich mit Macron.", "2024-03-14", None),
    # postponed to a new date: that date; with none it is called off and keeps the one it had
    ("Das für Mai angesetzte Treffen von Scholz und Macron wird verschoben.", "2024-03-14", "2024-05"),
    ("Das Treffen von Scholz und Macron wurde auf Oktober verschoben.", "2024-03-14", "2024-10"),
    ("Das für Mai angesetzte Treffen von Scholz und Macron wird auf Juli verschoben.", "2024-03-14", "2024-07"),
    # a date a plan sets the event for is no purpose ('Pläne für 2030')
    ("Für den für Juni vorgesehenen Besuch von Scholz bei Macron fehlt ein Programm.", "2024-03-14", "2024-06"),
    # long ago, lasting months or years, cited as evidence: no month of publication
    ("Scholz und Macron haben in der Vergangenheit über Zölle verhandelt.", "2024-03-14", None),
    ("Nach fünf Jahren Verhandlungen haben die EU und Kanada ein Abkommen geschlossen.", "2024-03-14", None),
    ("Nach monatelangen Verhandlungen zwischen Scholz und Macron steht der Vertrag.", "2024-03-14", None),
    ("Der Gipfel von Scholz und Macron hat gezeigt, dass beide einig sind.", "2024-03-14", None),
    ("Scholz hat früher am Tag mit Macron telefoniert.", "2024-03-14", "2024-03"),
    # a month with a direction
    ("Scholz und Macron hatten sich im vergangenen April in Paris getroffen.", "2024-03-14", "2023-04"),
    # a date the plan had ('ursprünglich'), or the day it was called off, is not the event's
    ("Eigentlich sollte das Treffen von Scholz und Macron am 10. Juni sein.", "2024-03-14", None),
    ("Im Februar sagte Paris das Treffen von Scholz und Macron ab.", "2024-03-14", None),
    ("Der für Juni geplante Besuch von Scholz bei Macron wurde abgesagt.", "2024-03-14", "2024-06"),
    # a plan told in the present goes on in the next sentence of its paragraph
    ("Am Donnerstag soll die Erklärung stehen. Dafür empfängt Scholz Macron in Potsdam.", "2024-03-14",
     "2024-03-14"),
    # a weekday in a clause of its own told in the Perfekt lies back, whatever the trigger's clause says
    ("Diplomaten aus Kanada und Mexiko sitzen bei den Gesprächen, die am Dienstag begonnen haben.", "2024-03-14",
     "2024-03-12"),
    # of the dates in a clause that agree, the most precise: the first of several days
    ("Das in diesem Jahr von Kanada ausgerichtete Gipfeltreffen der G7 soll vom 8. bis 10. Juni stattfinden.",
     "2024-03-14", "2024-06-08"),
    # 'als ob' compares, it does not tell when
    ("Am Montag klang es, als ob Scholz die Gespräche mit Macron abgebrochen hätte.", "2024-03-14", None),
    # negotiations named in the plural are a process: no month of the report
    ("Die Handelsgespräche zwischen der EU und Kanada kamen kaum voran.", "2024-03-14", None),
    ("Die Verhandlungsrunde zwischen der EU und Kanada endete ohne Ergebnis.", "2024-03-14", "2024-03"),
    # the last of a series may be of any month
    ("Beim letzten Gipfel von Scholz und Macron stritten beide über Zölle.", "2024-03-14", None),
    ("Bei ihrem vorigen Treffen hatten Scholz und Macron über Zölle gestritten.", "2024-03-14", None),
    # a sentence pointing back to a time told before ('damals'), in any clause, or told as a habit: not this month
    ("Scholz war damals Finanzminister, er traf Macron in Paris.", "2024-03-14", None),
    ("Scholz war Finanzminister, er traf Macron in Paris.", "2024-03-14", "2024-03"),
    ("Normalerweise sind die Gipfel der EU-Staaten von Protesten begleitet.", "2024-03-14", None),
    ("Vor zwei Wochen spricht Baerbock bei einer Konferenz der Vereinten Nationen in New York.", "2024-03-14", None),
    ("Baerbock spricht bei einer Konferenz der Vereinten Nationen in New York.", "2024-03-14", "2024-03"),
    # a date before a contact noun that a verb announces, agrees on or invites to is the announcing's
    ("Vor fünf Wochen hatte Scholz ein Treffen mit Macron in Paris angekündigt.", "2024-03-14", None),
    ("Am Montag kündigte Scholz einen Besuch bei Macron in Paris an.", "2024-03-14", None),
    ("Das am Montag angekündigte Treffen von Scholz und Macron findet am Freitag statt.", "2024-03-14", "2024-03-15"),
    ("Scholz hat für Mai einen Besuch bei Macron angekündigt.", "2024-03-14", "2024-05"),
    ("Am Montag traf Scholz Macron in Paris.", "2024-03-14", "2024-03-11"),
])
def test_contact_dates(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("Am Montag telefonierte Scholz mit Macron. Zwei Tage später trafen sich Baerbock und Séjourné in Paris.",
     "2024-03-13"),
    ("Am 4. März beriet die EU über Zölle. Tags darauf reiste Scholz zu Macron nach Paris.", "2024-03-05"),
    ("Am Montag sprach Scholz im Bundestag. Am Vortag hatte er mit Macron telefoniert.", "2024-03-10"),
    ("Die Lage ist ernst. Zwei Tage später trafen sich Baerbock und Séjourné in Paris.", None),  # no day before
    ("Seit Dienstag ist der Streit um Zölle zurück. An dem Tag trafen sich Baerbock und Séjourné in Paris.",
     "2024-03-12"),
    ("Am 4. März stritt die EU über Zölle. Am selben Tag telefonierte Scholz mit Macron.", "2024-03-04"),
])
def test_days_counted_from_the_day_told_before(text, expected):
    extraction = extract_text("Bericht aus Berlin\n" + text, "2024-03-14")
    contacts = [m for m in extraction.event_mentions if m.event_type in ("MEETING", "CALL", "VISIT")]
    assert contacts[-1].event_date == expected


@pytest.mark.parametrize("text, expected", [
    # the pronoun's person acts in the sentence before, on the one day it tells in the past
    ("Am Mittwoch schaltete sich Außenministerin Annalena Baerbock ein. Sie rief ihren Amtskollegen Stéphane "
     "Séjourné an.", "2024-03-13"),
    ("Am Dienstag sprach Olaf Scholz in Rom. Er traf Giorgia Meloni im Palazzo Chigi.", "2024-03-12"),
    # not when the clause sets itself before or after that day, nor for another person, nor across a paragraph
    ("Am Mittwoch schaltete sich Annalena Baerbock ein. Sie hatte mit Stéphane Séjourné telefoniert.", None),
    ("Am Mittwoch schaltete sich Annalena Baerbock ein. Später rief sie Stéphane Séjourné an.", "2024-03"),
    ("Am Mittwoch sprach Olaf Scholz in Berlin. Er war gerade nach einem Treffen mit Giorgia Meloni in Rom nach "
     "Berlin zurückgekehrt.", None),
    ("Olaf Scholz lobte die Einigung. Am Mittwoch sprach die Kommission. Er traf Giorgia Meloni in Rom.", "2024-03"),
    ("Am Dienstag sprach Olaf Scholz in Rom.\nEr traf Giorgia Meloni im Palazzo Chigi.", "2024-03"),
    # nor when the sentence before names two days
    ("Am Dienstag und am Mittwoch sprach Olaf Scholz in Rom. Er traf Giorgia Meloni im Palazzo Chigi.",
     "2024-03"),
])
def test_a_pronoun_that_goes_on_with_the_person_of_the_sentence_before_takes_its_day(text, expected):
    extraction = extract_text("Bericht aus Berlin\n" + BACKGROUND + text, "2024-03-14")
    contacts = [m for m in extraction.event_mentions if m.event_type in ("MEETING", "CALL", "VISIT")]
    assert contacts[-1].event_date == expected


@pytest.mark.parametrize("sentence, expected", [
    # the day a relative clause says the event ends on, counted back by its days (2023-08-23 is a Wednesday)
    ("Nur Wladimir Putin nimmt an dem dreitägigen Gipfeltreffen der Brics-Staaten in Johannesburg, das am "
     "Donnerstag endet, per Video teil.", ("2023-08-22", "happened")),
    ("Olaf Scholz reist zu dem zweitägigen Treffen mit Emmanuel Macron, das am Samstag endet.",
     ("2023-08-25", "planned")),
    ("Olaf Scholz reist zu dem 2-tägigen Treffen mit Emmanuel Macron, das am Samstag endet.",
     ("2023-08-25", "planned")),
    # with no duration the first day is unknown; a day it begins on is its first
    ("Nur Wladimir Putin nimmt an dem Gipfeltreffen der Brics-Staaten in Johannesburg, das am Donnerstag endet, "
     "per Video teil.", (None, "happened")),
    ("Olaf Scholz reist zu dem zweitägigen Treffen mit Emmanuel Macron, das am Samstag beginnt.",
     ("2023-08-26", "planned")),
    # the same told by the trigger noun's own clause or its attribute (2023-08-23 is a Wednesday)
    ("Der zweitägige Gipfel von Olaf Scholz und Emmanuel Macron in Paris endete am Dienstag.",
     ("2023-08-21", "happened")),
    ("Der dreitägige Besuch von Olaf Scholz bei Emmanuel Macron ging am Dienstag zu Ende.",
     ("2023-08-20", "happened")),
    ("Bei dem am Dienstag zu Ende gegangenen zweitägigen Treffen von Olaf Scholz mit Emmanuel Macron in Paris "
     "ging es um Zölle.", ("2023-08-21", "happened")),
])
def test_the_day_an_event_ends_on_is_counted_back_to_its_first(sentence, expected):
    extraction = extract_text("Bericht aus Berlin\n" + BACKGROUND + sentence, "2023-08-23")
    contacts = [m for m in extraction.event_mentions if m.event_type in ("MEETING", "CALL", "VISIT")]
    assert (contacts[-1].event_date, contacts[-1].status) == expected


@pytest.mark.parametrize("sentence", [
    "Der Gipfel von Olaf Scholz und Emmanuel Macron in Paris endete am Dienstag.",  # no length: not its first day
    # the end is another's: the meeting stands in a prepositional phrase
    "Nach dem zweitägigen Treffen von Olaf Scholz und Emmanuel Macron endete am Dienstag die Waffenruhe.",
])
def test_an_end_not_counted_back_gives_no_day(sentence):
    assert first_contact_date(sentence, "2023-08-23") == "2023-08"


def test_a_comma_closing_an_apposition_in_the_first_field_opens_no_clause():
    """The past tense of 'gab es' is the summit's clause: news of the month (no clause before the comma has a verb)."""
    sentence = ("Im Anschluss an das Gipfeltreffen der Präsidenten der USA und Russlands, Joe Biden und Wladimir "
                "Putin, in Genf gab es zwei Pressekonferenzen.")
    assert first_contact_date(sentence, "2021-06-28") == "2021-06"


def test_a_plan_without_a_date_gets_none_from_the_publication_day():
    assert first_contact_date("Scholz will Macron treffen.") is None


def test_a_reference_back_that_states_the_day_dates_the_event_it_refers_to():
    """The summit is first dated to its weekend (a month); the day a later mention states sharpens it for all."""
    text = ("Gipfel von Scholz und Macron\n"
            "Der Gipfel von Scholz und Macron in Paris soll am Wochenende eine Einigung bringen.\n"
            "Das Treffen, das an diesem Freitag beginnt, wird schwierig.")
    extraction = extract_text(text, "2024-03-15")
    meetings = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert len(meetings) >= 2
    assert {m.event_date for m in meetings} == {"2024-03-15"}


def test_a_day_told_of_what_happened_does_not_date_an_event_of_several_days():
    """A summit in March, and a report of how it went on Tuesday: the Tuesday may be one of its days."""
    text = ("Gipfel von Scholz und Macron\n"
            "Der Gipfel von Scholz und Macron in Paris im März dauert länger als erwartet.\n"
            "Das Treffen am Dienstag verlief ruhig.")
    extraction = extract_text(text, "2024-03-15")
    meetings = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert len(meetings) >= 2 and {m.event_date for m in meetings} == {"2024-03"}


def test_a_summit_going_on_since_a_day_dates_its_other_mentions_by_that_first_day():
    """Told as going on since Wednesday, the summit's other mentions without a date of their own share that day; the
    next summit is another."""
    text = ("Streit ums Geld\nDer Winter war mild.\n"
            "Seit drei Tagen beraten die Staats- und Regierungschefs der EU beim EU-Gipfel in Brüssel über den Haushalt.\n"
            "Warum ist der Gipfel so wichtig? Es geht um viel Geld.\n"
            "Kanzler Scholz kommt bei dem Gipfel eine Vermittlerrolle zu.\n"
            "Der nächste EU-Gipfel soll im Herbst stattfinden.")
    extraction = extract_text(text, "2024-03-15")
    summits = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert [m.event_date for m in summits] == ["2024-03-13"] * 3 + ["2024"]


FILLER = ("Das Gericht tagte im Saal vier. Die Verteidigung schwieg lange. Zeugen wurden gehört. Das Wetter war kalt. "
          "Viele Zuschauer kamen.\n")
EARLIER_SUMMIT = ("Urteil nach Krawallen\n"
                  "Vor dem Landgericht begann am Montag ein Prozess um Ausschreitungen beim Nato-Gipfel vor vier Jahren.\n"
                  + FILLER + "Nach dem Nato-Gipfel in Straßburg wurde gegen zwölf Demonstranten ermittelt.")
THIS_MONTHS_SUMMIT = ("Streit in Brüssel\n"
                      "Beim EU-Gipfel am 14. März hatten die Regierungschefs keine Einigung erzielt.\n"
                      + FILLER + "Nach dem EU-Gipfel in Brüssel wurde gegen zwölf Demonstranten ermittelt.")


@pytest.mark.parametrize("text, expected", [
    # every report dated before the month of publication: the undated ones are of that summit, and take its date
    (EARLIER_SUMMIT, ["2020", "2020"]),
    # ... where they name two, none
    (EARLIER_SUMMIT + " Beim Nato-Gipfel vor drei Jahren gab es keine Krawalle.", ["2020", None, "2021"]),
    # one dated in the month of publication: the others may be of it and keep the month
    (THIS_MONTHS_SUMMIT, ["2024-03-14", "2024-03"]),
])
def test_a_summit_the_article_dates_before_its_month_takes_that_date_not_the_month_of_publication(text, expected):
    extraction = extract_text(text, "2024-03-16")
    summits = [m for m in extraction.event_mentions if m.trigger_text.startswith(("Nato-Gipfel", "EU-Gipfel"))]
    assert [m.event_date for m in summits] == expected


def test_negotiations_named_in_the_plural_borrow_no_date_of_a_meeting_they_refer_to():
    text = ("Handel mit Kanada\n"
            "Bei einem Treffen zwischen der EU und Kanada im Januar gab es keinen Fortschritt.\n"
            "Die Verhandlungen kommen seitdem kaum voran.")
    extraction = extract_text(text, "2024-03-15")
    talks = [m for m in extraction.event_mentions if m.trigger_text == "Verhandlungen"]
    assert talks and talks[0].event_date is None


AGENDA = ("Der Morgen kompakt\nDas Wichtigste zum Wetter\nEs bleibt kalt. Mehr dazu Was wichtig wird Schulen öffnen.\n"
          "Bahn erhöht die Preise. Die Kunden sind verärgert.\n")


@pytest.mark.parametrize("text, expected", [
    # an item on the day's agenda told in the present is that day's
    (AGENDA + "Scholz und Macron verhandeln über Zölle. Die Runde dauert die ganze Woche.\n", "2024-03-15"),
    ("Was wichtig wird\nScholz besucht Macron in Paris. Es geht um Zölle.\n", "2024-03-15"),
    # not what an item tells in the past (news of the month), nor after the next heading, nor in prose
    (AGENDA + "Zölle im Streit. Scholz hat mit Macron verhandelt.\n", "2024-03"),
    (AGENDA + "Der Tag danach\nScholz und Macron verhandeln über Zölle.\n", None),
    ("Zölle im Streit\nWas wichtig wird, ist klar. Scholz und Macron verhandeln über Zölle.\n", None),
])
def test_an_item_on_the_agenda_of_the_day_is_that_days(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-15").event_mentions if m.event_type in ("VISIT", "NEGOTIATION")]
    assert contacts and contacts[0].event_date == expected


@pytest.mark.parametrize("text, published, expected", [
    # a weekday named as the n-th day of a summit dates it and its other mentions by its first day
    ("EU-Gipfel ringt um Geld\nDie Staats- und Regierungschefs der EU beraten auf ihrem Gipfel in Brüssel über den "
     "Haushalt. Am Sonntag, dem dritten Tag des Gipfels, zeichnete sich noch keine Einigung ab. Die Verhandlungen "
     "sind schwierig, sagte Merkel.", "2024-03-17", ["2024-03-15"] * 4),
    ("EU-Gipfel ringt um Geld\nAm Montagmorgen, es ist nun der vierte Tag des EU-Gipfels, vertagten sich die Staats- und "
     "Regierungschefs. Bei den Verhandlungen beharrte Rutte auf Rabatten.", "2024-03-18", ["2024-03-15"] * 3),
])
def test_the_nth_day_of_a_summit_dates_all_its_mentions_by_the_first(text, published, expected):
    extraction = extract_text(text, published)
    assert [m.event_date for m in extraction.event_mentions
            if m.event_type in ("MEETING", "NEGOTIATION")] == expected


def test_a_speech_about_a_summit_is_timed_on_its_own_day():
    extraction = extract_text("EU-Gipfel in Brüssel\nDie Staats- und Regierungschefs der EU kommen am Freitag zu "
                              "einem Gipfel in Brüssel zusammen. Am Donnerstag will Scholz im Bundestag eine "
                              "Regierungserklärung zum EU-Gipfel abgeben.", "2024-03-12")
    assert "2024-03-14" not in [m.event_date for m in extraction.event_mentions]


def test_a_summit_of_another_year_is_not_the_call_of_the_day():
    extraction = extract_text("Nato berät per Video\nAußenministerin Annalena Baerbock sagte vor einer Videokonferenz "
                              "mit ihren Nato-Kollegen, man stehe zu den Zusagen. Baerbock will am Ziel festhalten. "
                              "2014 hatten sich die Nato-Mitglieder beim "
                              "Gipfel in Wales verpflichtet, mehr für Verteidigung auszugeben.", "2024-04-02")
    calls = [m for m in extraction.event_mentions if m.event_type == "CALL"]
    assert calls and all(m.event_date != "2014" for m in calls)


@pytest.mark.parametrize("text, expected", [
    # news told without a date is of the day another report of the same contact states
    ("Besuch in Rom\nScholz ist am Dienstag zu einem Besuch bei Meloni nach Rom gereist. Der Winter war mild.\n"
     "Die Preise sind gesunken. Viele planen Urlaub. Es gebe viel zu tun, sagte Scholz bei seinem Besuch in Rom.",
     ["2024-03-12", "2024-03-12"]),
    # not where the reports of that pair name two days, nor from another pair's day
    ("Telefonate\nScholz telefonierte am Montag mit Macron. Am Mittwoch telefonierte Scholz erneut mit Macron.\n"
     "Die Preise sind gesunken. Viele planen Urlaub. Auch die Bahn meldet mehr Buchungen.\n"
     "Es gebe viel zu tun, sagte Scholz nach einem Telefonat mit Macron.", ["2024-03-11", "2024-03-13", "2024-03"]),
    ("Telefonate\nScholz telefonierte am Montag mit Tusk. Der Winter war mild.\n"
     "Die Preise sind gesunken. Viele planen Urlaub. Auch die Bahn meldet mehr Buchungen.\n"
     "Es gebe viel zu tun, sagte Scholz nach einem Telefonat mit Macron.", ["2024-03-11", "2024-03"]),
])
def test_news_of_the_month_takes_the_day_another_report_of_the_contact_states(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-15").event_mentions if m.event_type in ("VISIT", "CALL")]
    assert [m.event_date for m in contacts] == expected


@pytest.mark.parametrize("text, published, expected", [
    # in a roundup of one day's news, what is told in the past without a date is of that day
    ("Die wichtigsten Nachrichten vom Dienstag\nHier finden Sie die Entwicklungen im Überblick.\n"
     "Der Winter war mild. Die Preise sind gesunken. Viele planen Urlaub. Die Bahn meldet mehr Buchungen.\n"
     "Die Lage sei ernst, sagte Scholz nach einem Telefonat mit Macron.", "2024-03-12", "2024-03-12"),
    ("Corona-Pandemie\nHier finden Sie die wichtigsten Entwicklungen vom Montag im Überblick:\n"
     "Der Winter war mild. Die Preise sind gesunken. Viele planen Urlaub. Die Bahn meldet mehr Buchungen.\n"
     "Scholz hat mit Macron telefoniert.", "2024-03-11", "2024-03-11"),
    # one piece of news is no roundup; a plan keeps no date
    ("Die Nachricht vom Montag\nDer Winter war mild. Die Preise sind gesunken. Viele planen Urlaub.\n"
     "Die Bahn meldet mehr Buchungen. Die Lage sei ernst, sagte Scholz nach einem Telefonat mit Macron.",
     "2024-03-12", "2024-03"),
    ("Die wichtigsten Nachrichten vom Dienstag\nDer Winter war mild. Die Preise sind gesunken.\n"
     "Viele planen Urlaub. Die Bahn meldet mehr Buchungen. Scholz will Macron treffen.", "2024-03-12", None),
])
def test_news_of_a_days_roundup_is_of_that_day(text, published, expected):
    contacts = [m for m in extract_text(text, published).event_mentions if m.event_type in ("MEETING", "CALL")]
    assert contacts and contacts[0].event_date == expected


def test_what_came_before_in_a_days_roundup_is_not_that_days():
    text = ("Die wichtigsten Nachrichten vom Dienstag\nDer Winter war mild. Die Preise sind gesunken.\n"
            "Viele planen Urlaub. Die Bahn meldet mehr Buchungen.\n"
            "Schon beim Gipfel der EU-Staats- und Regierungschefs hatte es Streit über Zölle gegeben.")
    summits = [m for m in extract_text(text, "2024-03-12").event_mentions if m.event_type in ("MEETING", "CALL")]
    assert summits and summits[0].event_date != "2024-03-12"


def test_a_trip_begun_on_a_day_dates_the_visit_reported_after_it():
    text = ("Scholz in Rom\nAls Kanzler Scholz am frühen Dienstagmorgen nach Italien aufbrach, war die Stimmung gut.\n"
            "Der Winter war mild. Die Preise sind gesunken. Viele planen Urlaub.\n"
            "Mit seinem Besuch in Italien konnte Scholz wenig erreichen.")
    visits = [m for m in extract_text(text, "2024-03-12").event_mentions if m.event_type == "VISIT"]
    assert [m.event_date for m in visits] == ["2024-03-12", "2024-03-12"]


@pytest.mark.parametrize("lead, published, expected", [
    # 'bis zuletzt' (until the end) is no vague recency, also in a month's first half; 'vor kurzem' gives no date
    ("Bis zuletzt hatte Moskau versucht, die Beratungen von Scholz und Macron zu verhindern.", "2024-03-10", "2024-03"),
    ("Vor kurzem hatte Moskau versucht, die Beratungen von Scholz und Macron zu verhindern.", "2024-03-22", None),
])
def test_recency_in_the_lead(lead, published, expected):
    extraction = extract_text("Bericht aus Berlin\n" + lead, published)
    assert [m.event_date for m in extraction.event_mentions] == [expected]


@pytest.mark.parametrize("lead, expected", [
    # a meeting a verb tells in the present in the lead is the day's news; a journey may lie ahead, a dated one is dated
    ("Außenministerin Baerbock trifft in Rabat mit ihrem marokkanischen Amtskollegen zusammen.", "2024-03-14"),
    ("Scholz und Macron beraten in Paris über die Ukraine.", "2024-03-14"),
    ("Scholz reist nach Paris zu Macron.", None),
    ("Scholz trifft Macron am Freitag in Paris.", "2024-03-15"),
    # a headline, a line without a closing mark, may announce
    ("Historischer Gipfel: Scholz und Macron treffen sich in Paris\nDas Treffen soll im Mai stattfinden.", "2024-05"),
])
def test_a_meeting_told_in_the_present_in_the_lead(lead, expected):
    extraction = extract_text("Treffen in Europa\n" + lead, "2024-03-14")
    contacts = [m for m in extraction.event_mentions if m.event_type in ("MEETING", "CALL", "VISIT", "CONTACT")]
    assert contacts and contacts[0].event_date == expected
