"""Stage 4, date: only a time the German attaches to the contact dates it; a time of another anchor (an era, a noun
an attribute qualifies, a 'seit' before a single call) leaves it undated, and a past told only against another
event is no news of the month."""

import pytest

from tests.nlp.events.test_stage_dating import first_contact_date


@pytest.mark.parametrize("sentence, published, expected", [
    # a time before an era or a turning point lies in any month before it (2024-03-14 is a Thursday)
    ("Scholz besuchte Putin vor dem Krieg in Moskau.", "2024-03-14", None),
    ("Scholz war vor dem Krieg zu Besuch bei Putin in Moskau.", "2024-03-14", None),
    ("Scholz traf Xi vor Beginn der Pandemie in Peking.", "2024-03-14", None),
    ("Vor seinem Amtsantritt hat Scholz mit Macron telefoniert.", "2024-03-14", None),
    # ... not a time before an event of the news, nor the contact's own beginning
    ("Vor dem Gipfel traf Scholz Macron in Rom.", "2024-03-14", "2024-03"),
    ("Schon vor Beginn der Gespräche von Scholz mit Macron gab es Streit.", "2024-03-14", "2024-03"),
    # an earlier event recalled as a topic is of any month
    ("Scholz erinnerte an das Treffen von Biden mit Xi in San Francisco.", "2024-03-14", None),
    ("Macron verwies auf den Gipfel von Scholz und Tusk in Warschau.", "2024-03-14", None),
    ("Scholz hat mit Macron telefoniert.", "2024-03-14", "2024-03"),
    # a clause that goes on with a story opened in the Plusquamperfekt is background, in the Präteritum too
    ("Scholz und Macron hatten sich zweimal in Paris getroffen, das zweite Treffen in Rom scheiterte.", "2024-03-14",
     None),
    ("Die Minister hatten lange gestritten, beim Treffen in Rom einigten sich Scholz und Macron.", "2024-03-14", None),
    ("Nach dem Gipfel, bei dem die Minister lange gestritten hatten, telefonierte Scholz mit Macron.", "2024-03-14",
     "2024-03"),
    ("Nach einem Gespräch mit Tusk am Morgen, in dem beide um Zölle gerungen hatten, telefonierte Scholz mit Macron.",
     "2024-03-14", "2024-03"),
    # a date in an attribute of another noun dates that noun
    ("Scholz sprach in Paris mit Macron über den am Montag beschlossenen Plan.", "2024-03-14", "2024-03"),
    ("Scholz telefonierte mit Macron wegen der am 3. März vereinbarten Zölle.", "2024-03-14", "2024-03"),
    ("Scholz und Macron verhandeln über das im Januar 2023 geschlossene Abkommen.", "2024-03-14", None),
    ("Scholz traf am Montag in Paris den am Sonntag gewählten Macron.", "2024-03-14", "2024-03-11"),
    # ... but the attribute of the trigger noun, or one holding the trigger, is the contact's
    ("Der am Montag begonnene Besuch von Scholz bei Macron dauert an.", "2024-03-14", "2024-03-11"),
    ("Scholz lobte die beim Gipfel mit Macron am Dienstag vereinbarten Zölle.", "2024-03-14", "2024-03-12"),
    # 'seit' before a call, or a meeting told by its verb in the Perfekt: some time after that day
    ("Seit dem 24. Februar hat Scholz mit Putin telefoniert.", "2024-03-14", None),
    ("Scholz hat sich seit Montag zweimal mit Macron getroffen.", "2024-03-14", None),
    # ... what goes on since a day began on it
    ("Scholz und Macron verhandeln seit Dienstag in Paris.", "2024-03-14", "2024-03-12"),
    ("Scholz ist seit Montag zu Besuch bei Macron in Paris.", "2024-03-14", "2024-03-11"),
    # the day something is taken up again is no day of its beginning
    ("Am Mittwoch wurden die Verhandlungen zwischen der EU und Kanada fortgesetzt.", "2024-03-14", None),
    ("Die EU und Kanada setzten die Gespräche am Montag in Genf fort.", "2024-03-14", "2024-03"),
    ("Die EU und Kanada verhandelten am Dienstag weiter über Zölle.", "2024-03-14", "2024-03"),
    ("Der Gipfel der EU in Brüssel wird morgen wieder einberufen.", "2024-03-14", None),
    # ... not a beginning, a round, nor what another clause or conjunct takes up
    ("Die Verhandlungen zwischen der EU und Kanada beginnen am Freitag.", "2024-03-14", "2024-03-15"),
    ("Die nächste Verhandlungsrunde der EU mit Kanada wird am Montag fortgesetzt.", "2024-03-14", "2024-03-18"),
    ("Die EU will die Gespräche mit Kanada am 9. April in Genf fortsetzen.", "2024-03-14", "2024-04-09"),
    # ... though negotiations as a whole that are to go on on a day are not dated by it
    ("Die Verhandlungen zwischen der EU und Kanada sollen am Freitag fortgesetzt werden.", "2024-03-14", None),
    ("Die EU und Kanada wollen am Sonntag weiter über Zölle verhandeln.", "2024-03-14", None),
    ("Scholz will die Debatte mit Macron bei einem Treffen Ende März fortsetzen.", "2024-03-14", "2024-03"),
    ("Bevor die Verhandlungen am Samstagnachmittag wieder aufgenommen wurden, traf sich Scholz mit Macron.",
     "2024-03-16", "2024-03-16"),
    ("Scholz will die Zusammenarbeit mit Paris fortsetzen und sich am 27. und 28. März erneut mit Macron treffen.",
     "2024-03-14", "2024-03-27"),
])
def test_only_a_time_attached_to_the_contact_dates_it(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected
