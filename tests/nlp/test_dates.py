"""German date expressions against the publication date: one table of examples per rule.

The examples are written for these tests (not taken from any article). Most are read against a Tuesday,
10 March 2020; the weekday tables run against every day of one week.
"""

from datetime import date, timedelta

import pytest

from orchestration.nlp.dates import (
    ReferenceDays,
    datelines,
    days_later,
    find_dates,
    for_tense,
    infer_publication_date,
    is_boundary,
    strip_date_marker,
    weekday_near,
)

TUESDAY = date(2020, 3, 10)
PAST, PLAN, UNKNOWN = False, True, None
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
A_WEEK = [date(2020, 3, 9) + timedelta(days=i) for i in range(7)]  # Monday 9 to Sunday 15 March 2020


def only(text: str, reference: date | None = TUESDAY, future: bool | None = PAST) -> tuple[str, str]:
    found = find_dates(text, reference, future=future)
    assert len(found) == 1, found
    return found[0].value, found[0].precision


# -- weekdays against the publication day's own weekday ------------------------------------------------------
@pytest.mark.parametrize("published", A_WEEK, ids=lambda d: WEEKDAYS[d.weekday()])
@pytest.mark.parametrize("phrase, future", [
    ("Die Minister beraten am {wd} in Brüssel.", PLAN),  # "am Dienstag" in a Tuesday's paper: that day
    ("Die Minister berieten am {wd} in Brüssel.", PAST),
    ("Am heutigen {wd} empfängt die Kanzlerin den Gast.", PLAN),
    ("Am heutigen {wd} empfing die Kanzlerin den Gast.", PAST),
    ("An diesem {wd} kommen die Außenminister zusammen.", PLAN),
    ("An diesem {wd} kamen die Außenminister zusammen.", PAST),
    ("Diesen {wd} soll der Vertrag unterzeichnet werden.", PLAN),
    ("Die Regierungschefs trafen sich {wd}abend zum Essen.", PAST),
    ("In der Nacht zu {wd} telefonierten die Präsidenten.", PAST),
])
def test_the_publication_days_own_weekday_is_that_day(published, phrase, future):
    wd = WEEKDAYS[published.weekday()]
    assert only(phrase.format(wd=wd), published, future) == (published.isoformat(), "day")


@pytest.mark.parametrize("published", A_WEEK, ids=lambda d: WEEKDAYS[d.weekday()])
def test_coming_and_past_weekdays_are_never_the_day_itself(published):
    wd = WEEKDAYS[published.weekday()]
    week = timedelta(weeks=1)
    assert only(f"am kommenden {wd}", published, PAST)[0] == (published + week).isoformat()
    assert only(f"am nächsten {wd}", published, PLAN)[0] == (published + week).isoformat()
    assert only(f"am vergangenen {wd}", published, PLAN)[0] == (published - week).isoformat()
    assert only(f"am letzten {wd}", published, PAST)[0] == (published - week).isoformat()


@pytest.mark.parametrize("published", A_WEEK, ids=lambda d: WEEKDAYS[d.weekday()])
@pytest.mark.parametrize("weekday", range(7), ids=WEEKDAYS)
def test_a_bare_weekday_lies_within_six_days_in_the_direction_of_the_tense(published, weekday):
    past = date.fromisoformat(only(f"Sie trafen sich am {WEEKDAYS[weekday]}.", published, PAST)[0])
    plan = date.fromisoformat(only(f"Sie treffen sich am {WEEKDAYS[weekday]}.", published, PLAN)[0])
    assert past.weekday() == plan.weekday() == weekday
    assert 0 <= (published - past).days <= 6 and 0 <= (plan - published).days <= 6


@pytest.mark.parametrize("text, future, expected", [
    ("Am Montag traf sie Macron in Paris.", PAST, "2020-03-09"),
    ("Am Montag trifft sie Macron in Paris.", PLAN, "2020-03-16"),
    ("Am Mittwoch reiste er nach Moskau.", PAST, "2020-03-04"),
    ("Am Mittwoch reist er nach Moskau.", PLAN, "2020-03-11"),
    ("am Freitag", UNKNOWN, "2020-03-13"),  # three days ahead is nearer than four back
    ("am Samstag", UNKNOWN, "2020-03-07"),
    ("am kommenden Freitag", PAST, "2020-03-13"),
    ("am vergangenen Montag", PLAN, "2020-03-09"),
    ("am vorigen Sonntag", PAST, "2020-03-08"),
    ("am vorvergangenen Montag", PAST, "2020-03-02"),  # a week before the last Monday
    ("am vorvergangenen Freitag", PLAN, "2020-02-28"),
    ("Donnerstag vorvergangener Woche", PAST, "2020-02-27"),
    ("an diesem Freitag", PLAN, "2020-03-13"),
    ("an diesem Montag", PAST, "2020-03-09"),
    ("am gestrigen Montag", PLAN, "2020-03-09"),
    ("am morgigen Mittwoch", PAST, "2020-03-11"),
    ("Montagabend", PAST, "2020-03-09"),
    ("am Donnerstagmorgen", PLAN, "2020-03-12"),
    ("am späten Sonntagabend", PAST, "2020-03-08"),
    ("am frühen Freitagnachmittag", PLAN, "2020-03-13"),
    ("Freitag früh", PLAN, "2020-03-13"),
    ("in der Nacht zu Freitag", PLAN, "2020-03-13"),  # the night ends on the Friday
    ("in der Nacht zum Sonntag", PAST, "2020-03-08"),
    ("in der Nacht von Sonntag auf Montag", PAST, "2020-03-09"),
    ("Donnerstag vergangener Woche", PAST, "2020-03-05"),
    ("am Montag nächster Woche", PLAN, "2020-03-16"),
    ("Freitag dieser Woche", PAST, "2020-03-13"),
    ("von Montag bis Mittwoch", PLAN, "2020-03-16"),  # the first day
    ("zwischen Sonntag und Dienstag", PAST, "2020-03-08"),
    ("vergangene Woche Dienstag", PAST, "2020-03-03"),
    ("Die Frist endet nächste Woche Mittwoch.", PLAN, "2020-03-18"),
    ("Stand Montag waren 300 Fälle gemeldet.", PAST, "2020-03-09"),  # "as of Monday"
    ("Doch Sonntag kam die Wende.", PAST, "2020-03-08"),
])
def test_weekdays(text, future, expected):
    assert only(text, TUESDAY, future) == (expected, "day")


def test_a_bare_weekday_carries_both_readings_for_the_caller():
    [mention] = find_dates("Am Donnerstag sprechen Merkel und Macron.", TUESDAY, future=True)
    assert (mention.value, mention.past_value, mention.future_value) == ("2020-03-12", "2020-03-05", "2020-03-12")
    assert for_tense(mention, future=False).value == "2020-03-05"
    [fixed] = find_dates("am 12. Juni 2018", TUESDAY)
    assert not fixed.tense_dependent and for_tense(fixed, future=True) is fixed


@pytest.mark.parametrize("how, expected", [("past", 9), ("future", 16), ("nearest", 9), ("next", 16), ("last", 9)])
def test_weekday_near_counts_from_the_reference_day(how, expected):
    assert weekday_near(TUESDAY, 0, how) == date(2020, 3, expected)


# -- relative days --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Die Außenminister treffen sich heute in Brüssel.", "2020-03-10"),
    ("Heute Abend spricht der Präsident.", "2020-03-10"),
    ("heute Morgen", "2020-03-10"),
    ("Gestern telefonierte Merkel mit Putin.", "2020-03-09"),
    ("gestern Abend", "2020-03-09"),
    ("Vorgestern war der Minister in Kiew.", "2020-03-08"),
    ("Morgen reist sie nach Warschau.", "2020-03-11"),
    ("Die Gespräche gehen morgen früh weiter.", "2020-03-11"),
    ("übermorgen", "2020-03-12"),
    ("am heutigen Tag", "2020-03-10"),
    ("Beim gestrigen Treffen wurde nichts vereinbart.", "2020-03-09"),
    ("die morgige Sitzung", "2020-03-11"),
    ("Beim heutigen Treffen in Rom geht es um Libyen.", "2020-03-10"),
    ("das heutige Gipfeltreffen", "2020-03-10"),
    ("Er erwarte beim heutigen informellen EU-Gipfel eine Einigung.", "2020-03-10"),  # over an adjective or two
    ("das heutige zweite kurze Treffen", "2020-03-10"),
    ("heute vor einem Jahr", "2019-03-10"),
    ("Vor genau einem Jahr war Merkel in Peking.", "2019-03-10"),  # an anniversary to the day
    ("vor genau zwei Jahren", "2018-03-10"),
    ("Noch heute will er nach Paris reisen.", "2020-03-10"),
])
def test_relative_days(text, expected):
    assert only(text) == (expected, "day")


@pytest.mark.parametrize("text, future, expected", [
    # the night before, told in the past, is dated by its evening; in a plan it is the coming night
    ("In der Nacht stritten die Regierungschefs über das Geld.", PAST, "2020-03-09"),
    ("Die Minister stritten in nächtlichen Beratungen.", PAST, "2020-03-09"),
    ("In der vergangenen Nacht einigten sich die Unterhändler.", PAST, "2020-03-09"),
    ("Vergangene Nacht wurde noch verhandelt.", PAST, "2020-03-09"),
    ("In der Nacht sollen die Gespräche weitergehen.", PLAN, "2020-03-10"),
    ("In der kommenden Nacht wird weiter beraten.", UNKNOWN, "2020-03-10"),
    ("Er wird im Laufe des Tages Gespräche führen.", PLAN, "2020-03-10"),
    ("Im Laufe des heutigen Tages reist sie weiter.", UNKNOWN, "2020-03-10"),
    ("Am Abend werden die Minister beraten.", PLAN, "2020-03-10"),
    ("Am späten Nachmittag landet sie in Rom.", UNKNOWN, "2020-03-10"),
    # two weekdays joined: the first day
    ("Am Donnerstag und Freitag tagen die Minister.", PLAN, "2020-03-12"),
    ("Am Montag und Dienstag berieten die Minister.", PAST, "2020-03-09"),
    # the direction before the first weekday holds for both: still the first
    ("Am vergangenen Donnerstag und Freitag berieten die Minister.", PLAN, "2020-03-05"),
    ("Am kommenden Montag und Dienstag beraten die Minister.", PAST, "2020-03-16"),
])
def test_tonight_last_night_and_the_course_of_the_day(text, future, expected):
    assert only(text, TUESDAY, future) == (expected, "day")


@pytest.mark.parametrize("text, expected", [
    # an event going on for some days, today the last of them, began that many days back counting today
    ("Seit drei Tagen beraten die Außenminister in Genf.", "2020-03-08"),
    ("Am vierten Verhandlungstag zeichnet sich ein Kompromiss ab.", "2020-03-07"),
    ("Am zweiten Tag des Treffens geht es um Zölle.", "2020-03-09"),
    ("Man hofft, dass an Tag fünf der Konferenz eine Erklärung steht.", "2020-03-06"),
])
def test_the_first_day_of_an_event_going_on_for_days(text, expected):
    assert only(text, TUESDAY, UNKNOWN) == (expected, "day")


@pytest.mark.parametrize("text, future, expected", [
    # a weekday named as the n-th day of an event: its first day n-1 days before, in any tense (2020-03-10 a Tuesday)
    ("Am Montag, dem dritten Tag des Treffens, stritten die Minister über Zölle.", PAST, "2020-03-07"),
    ("Am Dienstagabend, es ist bereits der vierte Tag der Konferenz, liegt noch kein Text vor.", UNKNOWN, "2020-03-07"),
    ("Die Minister haben am Sonntag in Genf beim Eintreffen zum zweiten Tag der Beratungen geschwiegen.", PAST,
     "2020-03-07"),
    ("Am Freitag, dem ersten Verhandlungstag, wollen die Delegationen Vorschläge vorlegen.", PLAN, "2020-03-13"),
    ("Am Montag wurde beim Gipfel am zweiten Tag in Folge um Geld gerungen.", PAST, "2020-03-08"),
])
def test_a_weekday_counted_as_an_events_nth_day_dates_its_first_day(text, future, expected):
    assert only(text, TUESDAY, future) == (expected, "day")


@pytest.mark.parametrize("text, future, expected", [
    # the day named after an event's n-th day: its first day n-1 days before (2020-03-10 a Tuesday)
    ("Am zweiten Tag des Gipfels am Montag stritten die Regierungschefs über Geld.", PAST, "2020-03-08"),
    ("Am dritten Verhandlungstag, dem 9. März, legten die Unterhändler einen Entwurf vor.", PAST, "2020-03-07"),
    ("Am zweiten Tag seines Besuchs in Peking am Freitag will der Minister Xi treffen.", PLAN, "2020-03-12"),
])
def test_a_day_named_after_an_events_nth_day_dates_its_first_day(text, future, expected):
    assert only(text, TUESDAY, future) == (expected, "day")


@pytest.mark.parametrize("text, future, expected", [
    # the day an event of told length ends on, counted back to its first (2020-03-10 a Tuesday)
    ("Zum Abschluss des zweitägigen Gipfels am Sonntag unterzeichneten die Staaten eine Erklärung.", PAST,
     ("2020-03-07", "day")),
    ("Am Montag, dem letzten Tag des dreitägigen Treffens, gab es keine Einigung.", PAST, ("2020-03-07", "day")),
    ("Nach dem Ende der 2-tägigen Konferenz am 9. März reisten die Minister ab.", PAST, ("2020-03-08", "day")),
    ("Zum Abschluss ihres viertägigen Staatsbesuchs am Freitag wird die Präsidentin in Hamburg erwartet.", PLAN,
     ("2020-03-10", "day")),
    # no length told: the day is not the first, only its month is known
    ("Am letzten Gipfeltag am Sonntag gab es Streit.", PAST, ("2020-03", "month")),
    ("Zum Abschluss des Treffens am Montag sprachen die Minister über Zölle.", PAST, ("2020-03", "month")),
])
def test_the_last_day_of_an_event_is_counted_back_to_its_first(text, future, expected):
    assert only(text, TUESDAY, future) == expected


@pytest.mark.parametrize("text, future, expected", [
    # the end of no event, or of talks that may end each day: the day itself
    ("Zum Ende der Frist am Montag lag kein Angebot vor.", PAST, ("2020-03-09", "day")),
    ("Zum Ende der Beratungen am Montag gab es noch keinen Text.", PAST, ("2020-03-09", "day")),
    ("Nach dem Ende der Feuerpause am Freitag flammten die Kämpfe wieder auf.", PAST, ("2020-03-06", "day")),
])
def test_the_end_of_a_period_or_of_talks_is_its_day(text, future, expected):
    assert only(text, TUESDAY, future) == expected


def test_the_last_day_without_a_length_early_in_a_month_gives_no_date():
    # a short event ending on Sunday 1 March may have begun in February
    assert find_dates("Am letzten Gipfeltag am Sonntag gab es Streit.", date(2020, 3, 3), future=PAST) == []


def test_what_goes_on_for_years_began_in_the_calendar_year_that_many_back():
    assert only("Seit sieben Jahren verhandeln die beiden Staaten.", TUESDAY, UNKNOWN) == ("2013", "year")


@pytest.mark.parametrize("text", [
    "Seit drei Tagen berieten die Außenminister in Genf.",  # told in the past: counted from an unknown day
    "Am zweiten Tag stritten sie über Geld.",  # no event named after it
    "Seit 40 Tagen gibt es keine Einigung.",  # too long to be one event's days
])
def test_days_going_on_counted_from_no_known_day(text):
    assert find_dates(text, TUESDAY, future=PAST if "berieten" in text or "stritten" in text else UNKNOWN) == []


@pytest.mark.parametrize("text, future", [
    ("Nächtliche Sitzungen sind für alle anstrengend.", UNKNOWN),  # any night
    ("In der Nacht ist es in der Wüste kalt.", UNKNOWN),
    ("Am Abend trafen sich die Minister noch einmal.", PAST),  # the evening of the day the story tells
])
def test_a_night_or_an_evening_of_no_particular_day(text, future):
    assert find_dates(text, TUESDAY, future=future) == []


@pytest.mark.parametrize("text", [
    "Am Morgen empfing er die Delegation.",  # a morning, not tomorrow
    "Er arbeitete den ganzen Morgen.",
    "die Welt von morgen",
    "von heute auf morgen",
    "der heutige Präsident des Landes",
    "der heutige russische Präsident",
    "die heutigen politischen Verhältnisse in Europa",
    "Das berichtete das heute-journal.",
    "Damals wie heute streiten die Nachbarn über die Grenze.",  # nowadays
    "Heute wird viel schneller verhandelt als früher.",
    "Die Wirtschaft ist heute stabiler als 2008.",  # only the year is a date
    "Das Abkommen gilt auch heute noch.",
    "ein Zurück ins Gestern",
    "Der Einbruch geschah in einer Nacht zum Montag.",
])
def test_mornings_and_the_present_are_no_dates(text):
    assert [d.value for d in find_dates(text, TUESDAY) if d.precision == "day"] == []


# -- weeks: no week precision in the contract, so their month or nothing; a weekend is its Saturday ------------------------
@pytest.mark.parametrize("text, reference, future, expected", [
    ("vergangene Woche", TUESDAY, PAST, "2020-03"),  # 2 to 8 March
    ("in der vergangenen Woche", TUESDAY, PAST, "2020-03"),
    ("nächste Woche", TUESDAY, PLAN, "2020-03"),
    ("diese Woche", TUESDAY, PLAN, "2020-03"),
    ("Ende nächster Woche", date(2020, 3, 25), PLAN, "2020-04"),  # Thursday 2 to Sunday 5 April
    ("Anfang der Woche", date(2020, 4, 30), PAST, "2020-04"),  # Monday 27 to Wednesday 29 April
])
def test_weeks_give_their_month(text, reference, future, expected):
    assert only(text, reference, future) == (expected, "month")


@pytest.mark.parametrize("text, reference, future, expected", [
    ("Die Außenminister berieten am Wochenende in Rom.", TUESDAY, PAST, "2020-03-07"),
    ("Die Außenminister beraten am Wochenende in Rom.", TUESDAY, PLAN, "2020-03-14"),
    ("Die Minister treffen sich an diesem Wochenende.", date(2020, 3, 13), PLAN, "2020-03-14"),  # a Friday
    ("Am Wochenende tagten die Minister.", date(2020, 3, 15), PAST, "2020-03-14"),  # a Sunday: its own weekend
    ("Am Wochenende tagen die Minister.", date(2020, 3, 15), PLAN, "2020-03-14"),
    ("am kommenden Wochenende", date(2020, 5, 30), PAST, "2020-06-06"),  # a Saturday: the next one, 6-7 June
    ("am vergangenen Wochenende", date(2020, 3, 9), PLAN, "2020-03-07"),  # a Monday: 7 and 8 March
    ("am Wochenende", date(2020, 2, 25), PLAN, "2020-02-29"),  # 29 Feb and 1 March: the Saturday still
    ("am vergangenen Wochenende", date(2020, 3, 2), PAST, "2020-02-29"),
])
def test_a_weekend_is_its_saturday(text, reference, future, expected):
    assert only(text, reference, future) == (expected, "day")


@pytest.mark.parametrize("text, reference, future, expected", [
    ("Die Gespräche waren übers Wochenende gescheitert.", TUESDAY, PAST, "2020-03"),
    ("Die Beratungen ziehen sich über das Wochenende hin.", TUESDAY, PLAN, "2020-03"),
])
def test_over_a_weekend_is_its_month(text, reference, future, expected):
    assert only(text, reference, future) == (expected, "month")


@pytest.mark.parametrize("text, reference, future", [
    ("vergangene Woche", date(2020, 3, 4), PAST),  # 24 Feb to 1 March: two months
    ("vor zwei Monaten", date(2020, 3, 20), PAST),  # 20 January, give or take 20 days
    ("ein langes Wochenende", TUESDAY, PAST),
    ("jedes Wochenende", TUESDAY, PAST),
    ("innerhalb einer Woche", TUESDAY, PAST),
    ("in den nächsten Wochen", TUESDAY, PLAN),
])
def test_weeks_across_two_months_and_vague_weeks_give_nothing(text, reference, future):
    assert find_dates(text, reference, future=future) == []


# -- explicit dates keep their precision -------------------------------------------------------------------
@pytest.mark.parametrize("text, reference, future, expected", [
    ("Die beiden trafen sich am 12. Juni 2018 in Singapur.", TUESDAY, PAST, ("2018-06-12", "day")),
    ("am 12. Juni 2018", None, PAST, ("2018-06-12", "day")),
    ("12.6.2018", TUESDAY, PAST, ("2018-06-12", "day")),
    ("am 03.10.1990", TUESDAY, PAST, ("1990-10-03", "day")),
    ("am 12.6.", TUESDAY, UNKNOWN, ("2020-06-12", "day")),
    ("in der Ausgabe vom 14.01.21", TUESDAY, PAST, ("2021-01-14", "day")),
    ("2018-06-12", TUESDAY, PAST, ("2018-06-12", "day")),
    ("am 5. Mai", TUESDAY, UNKNOWN, ("2020-05-05", "day")),  # the nearest 5 May
    ("am 5. Mai", date(2021, 1, 10), UNKNOWN, ("2021-05-05", "day")),
    ("am 28. Dezember", date(2021, 1, 10), PLAN, ("2020-12-28", "day")),  # the nearest, though in the past
    ("Der Gipfel soll am 10. Dezember stattfinden.", date(2020, 6, 2), PLAN, ("2020-12-10", "day")),
    ("Am 10. Dezember trafen sie sich.", date(2020, 6, 2), PAST, ("2019-12-10", "day")),
    ("am 12. Okt. 2020", TUESDAY, PAST, ("2020-10-12", "day")),
    ("Am Freitag, 13. März, empfängt sie ihn.", TUESDAY, PLAN, ("2020-03-13", "day")),
    ("am Montag (5. Mai)", date(2024, 12, 20), PAST, ("2025-05-05", "day")),  # the year the weekday fits
    ("Dienstag, den 3.11.2020", TUESDAY, PAST, ("2020-11-03", "day")),
    ("vom 17. bis 21. Juli", TUESDAY, PLAN, ("2020-07-17", "day")),
    ("17./18. Juli 2019", TUESDAY, PAST, ("2019-07-17", "day")),
    ("am 3. und 4. Juni", TUESDAY, PLAN, ("2020-06-03", "day")),
    ("vom 30. Juni bis 2. Juli 2021", TUESDAY, PLAN, ("2021-06-30", "day")),
    ("zwischen dem 3. und 5. Mai", TUESDAY, PLAN, ("2020-05-03", "day")),
    ("Mitte Juli", TUESDAY, PLAN, ("2020-07", "month")),
    ("Ende Juli 2019", TUESDAY, PAST, ("2019-07", "month")),
    ("Anfang Juli", TUESDAY, PAST, ("2019-07", "month")),
    ("im Juli", TUESDAY, PLAN, ("2020-07", "month")),  # the month, never its first day
    ("Im Juli hatten sie sich getroffen.", TUESDAY, PAST, ("2019-07", "month")),
    ("im Februar", TUESDAY, PLAN, ("2020-02", "month")),  # a plan may name the month just past
    ("im Dezember", date(2021, 1, 14), PAST, ("2020-12", "month")),
    ("Er hatte angekündigt, im Dezember nach Paris zu reisen.", date(2020, 11, 20), PAST, ("2020-12", "month")),
    ("Im Dezember war er in Paris.", date(2020, 8, 20), PAST, ("2019-12", "month")),
    ("Er sagte, sie würden sich im Mai treffen.", TUESDAY, PAST, ("2020-05", "month")),  # a plan, told in the past
    ("Er sagte, sie würden sich am 15. Mai treffen.", TUESDAY, PAST, ("2020-05-15", "day")),
    ("im Januar", date(2020, 11, 20), PLAN, ("2021-01", "month")),
    ("im Juni 2021", TUESDAY, PAST, ("2021-06", "month")),
    ("Seit April dieses Jahres gilt die Regel.", date(2020, 12, 20), PAST, ("2020-04", "month")),
    ("im März vergangenen Jahres", TUESDAY, PAST, ("2019-03", "month")),
    ("seit August", TUESDAY, PAST, ("2019-08", "month")),
    # a month with a direction: the last one before the reference month, the next one after it, whatever the tense
    ("beim Treffen im vergangenen März", TUESDAY, PAST, ("2019-03", "month")),
    ("beim Treffen im vergangenen Februar", TUESDAY, PAST, ("2020-02", "month")),
    ("Sie hatten sich letzten Oktober in Rom gesehen.", TUESDAY, PAST, ("2019-10", "month")),
    ("der Gipfel im vorigen Mai", TUESDAY, UNKNOWN, ("2019-05", "month")),
    ("im kommenden Februar", TUESDAY, PLAN, ("2021-02", "month")),
    ("im nächsten April", TUESDAY, PAST, ("2020-04", "month")),
    ("diesen Dezember", date(2021, 1, 20), PLAN, ("2021-12", "month")),
    ("im Sommer 2019", TUESDAY, PAST, ("2019", "year")),  # no season precision: the year is what is sure
    ("im Herbst vergangenen Jahres", TUESDAY, PAST, ("2019", "year")),
    ("im Frühjahr des kommenden Jahres", TUESDAY, PLAN, ("2021", "year")),
    ("im Sommer", TUESDAY, PAST, ("2019", "year")),
    ("im Sommer", TUESDAY, PLAN, ("2020", "year")),
    ("im vergangenen Jahr", TUESDAY, PAST, ("2019", "year")),
    ("vergangenes Jahr", TUESDAY, PAST, ("2019", "year")),
    ("im Vorjahr", TUESDAY, PAST, ("2019", "year")),
    ("in diesem Jahr", TUESDAY, PLAN, ("2020", "year")),
    ("beim diesjährigen Gipfel", TUESDAY, PAST, ("2020", "year")),
    ("nächstes Jahr", TUESDAY, PLAN, ("2021", "year")),
    ("des laufenden Jahres", TUESDAY, PLAN, ("2020", "year")),
    ("Ende 2019", TUESDAY, PAST, ("2019", "year")),
    ("Anfang des Jahres", TUESDAY, PAST, ("2020", "year")),
    ("Ende des Jahres", TUESDAY, PLAN, ("2020", "year")),
    ("Ende des Jahres", TUESDAY, PAST, ("2019", "year")),
    ("Ende vergangenen Jahres", TUESDAY, PAST, ("2019", "year")),
    ("zum Jahresende", TUESDAY, PLAN, ("2020", "year")),
    ("1985 traf er Gorbatschow in Genf.", TUESDAY, PAST, ("1985", "year")),
    ("im Jahr 1991", TUESDAY, PAST, ("1991", "year")),
    ("im Jahre 1991", None, PAST, ("1991", "year")),
    ("Die Wahl 2021 wird spannend.", TUESDAY, PLAN, ("2021", "year")),
    ("im vergangenen Monat", date(2020, 1, 15), PAST, ("2019-12", "month")),
    ("diesen Monat", TUESDAY, PLAN, ("2020-03", "month")),
    ("Ende des Monats", TUESDAY, PLAN, ("2020-03", "month")),
    ("zum Monatsende", TUESDAY, PLAN, ("2020-03", "month")),
    ("vor drei Tagen", TUESDAY, PAST, ("2020-03-07", "day")),
    ("vor einer Woche", date(2020, 3, 18), PAST, ("2020-03", "month")),
    ("vor einem Monat", date(2020, 3, 20), PAST, ("2020-02", "month")),  # 19 February, give or take ten days
    ("vor 30 Jahren", TUESDAY, PAST, ("1990", "year")),
])
def test_explicit_and_relative_dates_keep_their_precision(text, reference, future, expected):
    assert only(text, reference, future) == expected


def test_a_year_after_another_dates_words_is_still_read():
    text = "Er hofft, dass dieses Jahr 2021 anders wird."
    assert [(d.value, d.rule) for d in find_dates(text, TUESDAY)] == [("2020", "relative_year"), ("2021", "year")]


def test_an_explicit_date_and_a_weekday_in_one_sentence_are_two_mentions():
    text = "Am Montag traf sie Macron, nachdem die beiden am 5. März telefoniert hatten."
    assert [(d.value, d.rule) for d in find_dates(text, TUESDAY)] == [("2020-03-09", "weekday"),
                                                                       ("2020-03-05", "day_month")]


def test_relative_expressions_need_a_reference_date():
    assert find_dates("Am kommenden Freitag treffen sie sich, im Juli und im vergangenen Jahr.", None) == []


def test_offsets_index_the_text():
    text = "Nach Angaben des Kreml telefonierten beide Präsidenten am Sonntagabend."
    [found] = find_dates(text, TUESDAY)
    assert text[found.start:found.end] == "am Sonntagabend"


# -- not dates -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Das Treffen fand vor kurzem statt.", "Eine Einigung wird bald erwartet.", "in Kürze", "seit Wochen",
    "Der 67-Jährige reiste ab.", "Das Gespräch beginnt um 14 Uhr.", "gegen 14.30 Uhr", "um 12.10 Uhr",
    "2000 Soldaten sollen abgezogen werden.", "Rund 2000 Menschen demonstrierten.", "mehr als 1900 Teilnehmer",
    "Das Paket umfasst 1,8 Billionen Euro.", "2.000 Polizisten", "Die Covid-19-Pandemie", "der G20-Gipfel",
    "die G7", "Die Mannschaft gewann 2:1.", "siehe Seite 12", "nach Paragraf 219a", "Nr. 2019",
    "die Agenda 2030 der Vereinten Nationen", "die Euro 2020", "in den 1990er Jahren", "Version 2.1.3",
    "seit 2000 Jahren", "die Saison 2019/20", "jeden Montag", "montags", "dienstagabends",
    "sagte er der Bild am Sonntag", "August Hanning sagte", "Montag, Mittwoch und Freitag, von 9 bis 12 Uhr",
    "geöffnet Montag bis Freitag 8 bis 16 Uhr",
    "Der Zug zog über die Straße des 17. Juni.", "unter 2020.beispiel.de", "B.1.1.7", "im Winter", "Sommer und Winter", "in den letzten Jahren",
])
def test_not_dates(text):
    assert find_dates(text, TUESDAY) == []


# -- boundaries ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, boundary", [
    ("seit 2019", True), ("Seit Montag gilt die Regel.", True), ("bis Ende Juli", True), ("ab Montag", True),
    ("nach dem 3. November", True), ("bis zum 5. Mai", True), ("seit dem Sommer 2019", True),
    ("spätestens am Freitag", True), ("von 2015 bis 2019", True), ("zwischen 2011 und 2014", True),
    ("bis heute", True), ("„Seit Freitag gilt die Sperre.", True), ("bis zum Monatsende", True), ("vom 1. Mai an", True), ("von 2021 an", True), ("seit vergangener Woche", True), ("vor dem 1. Januar", True), ("bis Ende 2021", True),
    ("im Mai", False), ("am Montag", False), ("2021 in Genf", False), ("Anfang Juli", False),
    ("vom 17. bis 21. Juli", False), ("zwischen dem 3. und 5. Mai", False), ("von Montag bis Mittwoch", False),
    ("vor einem Jahr", False), ("Nach dem Treffen am Montag", False),
    # a qualifier between the boundary and its date; a year compared with
    ("bis mindestens zum 1. Januar 2023", True), ("bis voraussichtlich Ende Juni", True),
    ("unter den Wert von 1990", True), ("im Vergleich zu 2019", True), ("das Niveau von 2008", True),
    ("das Treffen von 2019", False), ("noch am Montag", False),
    # 'gegenüber' compares a bare date, but closes a phrase as a postposition before a date with its own preposition
    ("gegenüber 2019", True), ("Sie drohte Peking gegenüber am Freitag mit Zöllen.", False),
    ("Er zeigte sich Rom gegenüber im Mai hart.", False),
])
def test_boundaries(text, boundary):
    [found] = find_dates(text, TUESDAY)
    assert is_boundary(text, found) is boundary


# -- live-blog datelines -------------------------------------------------------------------------------------
LIVE_BLOG = """Neue Gespräche in Paris
Mittwoch, 1. April, 18.44 Uhr: Die Kanzlerin telefonierte heute mit dem französischen Präsidenten.
Beide wollen am Freitag erneut sprechen.
Minister reist nach Rom
Dienstag, 31. März, 9.10 Uhr: Am Montag traf sich der Außenminister mit seinem italienischen Amtskollegen.
1. April 2020, 14:32 Uhr: Gestern hatte er noch abgesagt."""


def test_live_blog_entries_set_the_reference_day_of_their_text():
    days = ReferenceDays(LIVE_BLOG, date(2020, 4, 2))
    assert [line.day.isoformat() for line in days.lines] == ["2020-04-01", "2020-03-31", "2020-04-01"]

    def resolved(phrase: str, future: bool = PAST) -> str:
        offset = LIVE_BLOG.index(phrase)
        [found] = find_dates(phrase, days.at(offset), future=future)
        return found.value

    assert resolved("heute") == "2020-04-01"
    assert resolved("am Freitag", PLAN) == "2020-04-03"
    assert resolved("Am Montag") == "2020-03-30"
    assert resolved("Gestern") == "2020-03-31"
    assert days.at(LIVE_BLOG.index("Minister reist")) == date(2020, 3, 31)  # a headline belongs to its entry


CHRONICLE = """Was bisher geschah
3. März: Die Außenminister beraten heute in Genf.
Am Abend reisen sie weiter.
5. März: Am Montag telefonierte der Präsident mit
seinem Amtskollegen in Kiew.
Danach blieb es lange still."""


def test_a_chronicle_dates_each_entry_and_the_last_only_to_its_full_stop():
    days = ReferenceDays(CHRONICLE, date(2020, 6, 20))  # long after the entries: a chronicle, not a live blog
    assert days.at(CHRONICLE.index("heute")) == date(2020, 3, 3)
    assert days.at(CHRONICLE.index("Am Abend")) == date(2020, 3, 3)
    assert days.at(CHRONICLE.index("seinem")) == date(2020, 3, 5)  # a line wrapped inside the sentence
    assert days.at(CHRONICLE.index("Danach")) == date(2020, 6, 20)
    assert days.at(0) == date(2020, 6, 20)  # no headline for a chronicle's entry
    [monday] = find_dates("Am Montag telefonierte", days.at(CHRONICLE.index("Am Montag")))
    assert monday.value == "2020-03-02"


def test_a_dateline_without_year_takes_the_year_its_weekday_fits():
    [line] = datelines("Freitag, 6. November, 14.53 Uhr: Die Kliniken melden neue Fälle.", date(2021, 3, 7))
    assert line.day == date(2020, 11, 6)


def test_a_lone_date_at_a_paragraph_start_dates_only_its_paragraph():
    text = ("12. Juni 2018: Trump und Kim treffen sich in Singapur.\n"
            "Am Montag sagte die Kanzlerin, sie begrüße den Dialog.")
    days = ReferenceDays(text, TUESDAY)
    assert days.at(10) == date(2018, 6, 12)
    assert days.at(text.index("Am Montag")) == TUESDAY


def test_a_date_alone_on_its_line_dates_the_next_paragraph_too():
    text = "11. Februar 2015\nDie Staats- und Regierungschefs verhandeln heute in Minsk.\nAm Montag folgte Paris."
    days = ReferenceDays(text, TUESDAY)
    assert days.at(text.index("heute")) == date(2015, 2, 11)
    assert days.at(text.index("Am Montag")) == TUESDAY


@pytest.mark.parametrize("text", [
    "28. Mai an den Kiosk kommt die neue Ausgabe.",  # a sentence that goes on after the date
    "Die Zahl stieg am 1. April deutlich.",  # not at the paragraph's start
    "Stand 18. März wurden 200 Fälle gezählt.",
])
def test_not_datelines(text):
    assert datelines(text, TUESDAY) == []
    assert ReferenceDays(text, TUESDAY).at(5) == TUESDAY


# -- days counted from the day told before -------------------------------------------------------------------
@pytest.mark.parametrize("text, days", [
    ("Drei Tage später reiste die Ministerin nach Rom.", 3),
    ("Eine Woche danach kam es zum nächsten Treffen.", 7),
    ("Tags darauf empfing sie den Gast.", 1),
    ("Am nächsten Tag flog er weiter.", 1),
    ("Am folgenden Tag sprachen beide erneut.", 1),
    ("Am Vortag hatte er telefoniert.", -1),
    ("Zwei Tage zuvor war der Vertrag unterschrieben worden.", -2),
    ("Drei Monate später kam die Einigung.", None),  # only as exact as a month
    ("Später am Tag trat er vor die Presse.", None),
    ("In den nächsten Tagen wollen sie reden.", None),
    ("Fünf Wochen später war alles anders.", None),  # more than two weeks: no day
    ("Am selben Tag reiste die Ministerin nach Rom.", 0),
    ("An dem Tag empfing sie den Gast.", 0),
    ("An dem Tag, an dem die Wahl stattfand, regnete es.", None),  # a relative clause says which day
])
def test_days_later(text, days):
    assert days_later(text) == days


# -- article metadata ----------------------------------------------------------------------------------------
def test_date_marker_is_metadata():
    text, value, precision = strip_date_marker(" date 2025-05 Der russische Präsident")
    assert (text, value, precision) == ("Der russische Präsident", "2025-05", "month")


def test_publication_day_inferred_from_marker_and_weekday():
    assert infer_publication_date('sagte Peskow am Montag (5. Mai).', "2025-05") == (date(2025, 5, 5), "day")
    assert infer_publication_date("ohne Datum", "2025-05") == (date(2025, 5, 1), "month")
    assert infer_publication_date("ohne Datum", None) == (None, None)


@pytest.mark.parametrize("text, expected", [
    ("im vorvergangenen Juni", ("2018-06", "month")),  # the June before last June (2019)
    ("im Herbst vorvergangenen Jahres", ("2018", "year")),
    ("im vergangenen Juni", ("2019-06", "month")),  # unchanged
])
def test_the_one_before_the_last(text, expected):
    assert only(text, TUESDAY, PAST) == expected
