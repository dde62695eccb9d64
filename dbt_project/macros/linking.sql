{# The contact types of the codebook; the other types are context (AGREE, DEMAND, THREATEN, ...). #}
{% macro contact_types() -%}
    ('MEETING', 'CALL', 'VISIT', 'NEGOTIATION', 'CONTACT')
{%- endmacro %}

{# A trigger that is a plural noun of meeting names several meetings, not one event: "auf
   EU-Gipfeln erlebt", "bei den Videokonferenzen in den Hauptstädten", "in mehreren Telefonaten",
   "fünf Gesprächsrunden", "die beiden Besuche zuvor", "nach Staatsbesuchen in Paris und Rom". By its ending where no singular noun (nor, being capitalised, a verb)
   has it; "Treffen", neuter, by the words before it, which only a plural takes ("die virtuellen
   Treffen", "bei den Treffen", "solche Treffen", "mit seinen ersten Treffen": a possessive in -en
   before it is the dative plural; not "das Treffen", "beim Treffen", "seinem Treffen"). "Gipfel"
   and "Gespräche" may be one event. "Kontakte" in the plural are ties kept, not one contact ("Ihre
   Kontakte seien ihre Privatsache"). A noun of meeting that opens its sentence bare, before a verb
   in the plural, is a plural said of such meetings in general, and so is what the rest of its
   sentence tells ("EU-Gipfel sind die Zeit des Wortes, stundenlang wird verhandelt"; not "Der
   Gipfel ist", nor "Beim Gipfel sind die Staaten uneins"). before is the
   sentence up to the trigger, after the sentence after it. #}
{% macro names_several_meetings(trigger, before, after) -%}
    (regexp_matches(
        {{ before }} || {{ trigger }} || {{ after }},
        '^[\s"„»(]*[\pL\d-]*(gipfel|treffen|konferenzen)\s+(sind|waren|haben|hatten|werden|wurden|bleiben|gelten|dienen|bringen|bieten)\s',
        'i'
    )
    or regexp_matches({{ trigger }}, '^[[:upper:]]')
        and (
            regexp_matches(lower({{ trigger }}), '(gipfeln|konferenzen|telefonaten?|begegnungen|sitzungen|runden|kontakte|kontakten|besuche|besuchen)$')
            or (
                regexp_matches(lower({{ trigger }}), 'treffen$')
                and regexp_matches(
                    {{ before }},
                    '(^|\s)(die|den|der|diese|solche|keine|alle|beide|beiden|mehrere|viele|zahlreiche|seinen|ihren|unseren|euren|meinen|deinen)(\s+[\pL-]+en)*\s+$',
                    'i'
                )
            )
        ))
{%- endmacro %}

{# The words of a list of orchestration/knowledge/events/linking.tsv as a regular expression's
   alternation ("erneut|noch\s+einmal|..."), read once when the model compiles and written into it
   as a literal: a pattern computed per row would be compiled again for every row. A phrase's
   words may stand apart by any white space. #}
{% macro link_words(list) -%}
    {%- if execute -%}
        {%- set words = run_query(
            "select string_agg(replace(word, ' ', '\\s+'), '|' order by word) from read_csv('"
            ~ var('knowledge_dir') ~ "/events/linking.tsv', delim = '\t', header = true, all_varchar = true, "
            ~ "comment = '#') where list = '" ~ list ~ "'"
        ).columns[0].values()[0] -%}
        '{{ words | replace("'", "''") }}'
    {%- else -%}
        ''
    {%- endif -%}
{%- endmacro %}

{# A meeting, call, visit or contact told as one more of its kind: a verb of contact whose clause
   holds an adverb or phrase of repetition (linking.tsv, repetition: "Am späten Abend telefonierte
   Macron ein zweites Mal mit Putin", "Nun reist wieder eine US-Delegation nach Taipeh", "Die
   beiden trafen sich abermals"), or a noun of contact after an adjective of repetition
   (repeated_adjective: "nach dem erneuten Treffen", "ein neuerliches Telefonat"). Another
   occurrence than the one told before, whose reports (of the same pair, often of the same day)
   would take it in: set apart, it joins none. A noun's clause says nothing of its occurrence
   ("Der Gipfel wird morgen wieder einberufen", "Mexiko signalisiert erneut vor Pompeos Besuch").
   Nor is a body that meets again and again one more of its kind (meeting_body: "Am Donnerstag
   trafen sich wieder alle 27 Staats- und Regierungschefs" is the summit of that Thursday; its
   days tell its meetings apart). before is the sentence up to the trigger, after the sentence
   after it; the clause is what lies between the commas, colons or semicolons around the trigger. #}
{% macro tells_of_another_time(event_type, trigger, before, after) -%}
    ({{ event_type }} in ('MEETING', 'CALL', 'VISIT', 'CONTACT')
        and {{ meeting_body(trigger, after, before) }} is null
        and (
            (regexp_matches({{ trigger }}, '^[[:lower:]]')
                and regexp_matches(
                    regexp_extract({{ before }}, '[^,;:]*$') || ' ' || regexp_extract({{ after }}, '^[^,;:.!?]*'),
                    '(^|\s)(' || {{ link_words('repetition') }} || ')(\s|$)',
                    'i'
                ))
            or (regexp_matches({{ trigger }}, '^[[:upper:]]')
                and regexp_matches(
                    {{ before }},
                    '(^|\s)(' || {{ link_words('repeated_adjective') }} || ')(e|en|er|es|em)(\s+[\pL-]+(e|en|er|es|em))?\s+$',
                    'i'
                ))
        ))
{%- endmacro %}

{# A contact wished for, with no occasion of its own: a noun of contact after a noun of readiness,
   hope, offer or request and its preposition (linking.tsv, wish_word, which the extraction's status
   reads too: "die vage Hoffnung auf Verhandlungen", "Putins Angebot zu direkten Gesprächen", "der
   Ruf nach einem Gipfel"), or next to an adjective of readiness and "zu" or "für" (ready_adjective:
   "bereit zu Gesprächen", "Der Kreml sei zu Gesprächen mit Kiew bereit", "offen für ein Treffen");
   up to three words between. Not where its clause names the occasion after the noun, a day or a
   place ("bereit zu Gesprächen am Montag in Istanbul"), nor after a definite article, which names
   a contact already known ("die Forderungen für den Gipfel", "bereit zum Gespräch"). Such a
   mention is no report of any one contact held or planned. trigger is the trigger, before the
   sentence up to it, after the sentence after it. #}
{% macro names_a_wish(trigger, before, after) -%}
    (not regexp_matches(
            {{ after }},
            '^[^,;:.!?]*\s(am|vom|ab|bis)\s+(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\d)',
            'i'
        )
        and not regexp_matches({{ after }}, '^[^,;:.!?]*\sin\s+[[:upper:]]')
        -- A definite article names a contact already known: "Forderungen für den Gipfel".
        and not regexp_matches({{ before }}, '(^|\s)(zu|auf|nach|für|um|an)\s+(der|die|das|den|dem|des|dies\pL*)\s+([\pL-]+\s+){0,2}$', 'i')
        and (
            regexp_matches(
                {{ before }},
                '(^|\s)(' || {{ link_words('wish_word') }} || '|(' || {{ link_words('ready_adjective') }} || ')\s+(zu|für))\s+([\pL-]+\s+){0,3}$',
                'i'
            )
            or (regexp_matches({{ before }}, '(^|\s)(zu|für)\s+([\pL-]+\s+){0,2}$', 'i')
                and regexp_matches(
                    {{ after }},
                    '^\s*([\pL-]+\s+){0,3}(' || {{ link_words('ready_adjective') }} || ')([\s,.;:!?"“]|$)',
                    'i'
                ))
        ))
{%- endmacro %}

{# A noun of meeting after "solch-": a meeting of a kind, not one occurrence ("ihr Widerstand gegen
   ein solches Treffen", "bei einem solchen Gipfel"). before is the sentence up to the trigger. #}
{% macro names_a_kind_of_meeting(trigger, before) -%}
    (regexp_matches({{ trigger }}, '^[[:upper:]]')
        and regexp_matches({{ before }}, '(^|\s)solch(e|en|er|es|em)\s+([\pL-]+(e|en|er|es|em)\s+)?$', 'i'))
{%- endmacro %}

{# A noun of meeting named as the occasion of a contact its sentence tells by another trigger: after
   a preposition of setting (linking.tsv, setting_preposition: "Trump will sich mit Xi beim
   G20-Gipfel treffen", "Putin will beim G20-Gipfel mit Trump und Merkel Gespräche führen", "am
   Rande des NATO-Gipfels"), up to one adjective between ("beim anstehenden Gipfel"). The sentence
   is news of that contact, not of the summit (int_event_mention_parts.setting_of_a_contact, where
   the other trigger names two persons). trigger is the trigger, before the sentence up to it. #}
{% macro names_the_setting(trigger, before) -%}
    (regexp_matches({{ trigger }}, '^[[:upper:]]')
        and regexp_matches(
            {{ before }},
            '(^|\s)(' || {{ link_words('setting_preposition') }} || ')\s+([\pL-]+(e|en|er|es|em)\s+)?$',
            'i'
        ))
{%- endmacro %}

{# A contact its clause tells as one of several, by an adverb of repetition: "Trump, der sich in
   seiner Amtszeit mehrfach mit Kim Jong Un getroffen hatte", "Merkel und Macron telefonieren
   regelmäßig", "hatten schon oft miteinander gesprochen", "trafen sich immer wieder" (not "bei
   dem mehrfach verlängerten Gipfel", where it qualifies an adjective of the noun). Such a
   remark is of no one occasion (unless it gives the day of one: "mehrfach, zuletzt am Montag"),
   and joins none. before is the sentence up to the trigger, after the sentence after it; the
   clause is what lies between the commas, colons or semicolons around the trigger. #}
{% macro tells_of_several_occasions(event_type, date_precision, trigger, before, after) -%}
    {%- set adverb = "(mehrfach|mehrmals|oft|öfter|öfters|häufig|häufiger|regelmäßig|ständig|stets|zigmal|immer\\s+wieder|mehrere\\s+male|etliche\\s+male|viele\\s+male)" -%}
    ({{ event_type }} in ('MEETING', 'CALL', 'VISIT', 'CONTACT')
        and {{ date_precision }} is distinct from 'day'
        and regexp_matches(
            regexp_extract({{ before }}, '[^,;:]*$') || ' ' || regexp_extract({{ after }}, '^[^,;:.!?]*'),
            '(^|\s){{ adverb }}(\s|$)',
            'i'
        )
        -- Before an adjective of the noun it qualifies that, not the meeting: "bei dem mehrfach
        -- verlängerten Gipfel" is one summit.
        and not (regexp_matches({{ trigger }}, '^[[:upper:]]')
            and regexp_matches({{ before }}, '(^|\s){{ adverb }}\s+[\pL-]+(e|en|er|es|em)\s+$', 'i')))
{%- endmacro %}

{# "Treffen" bare after a preposition is the plural, meetings in general: "um an EU-Treffen
   teilzunehmen", "bei informellen Treffen", "bei G-20-Treffen" (the singular takes an article: "an
   einem Treffen", "beim Treffen"). Not in a heading, which drops its articles ("Nach Treffen mit Putin: ..."):
   only in a sentence that ends as one. trigger is the trigger, before the sentence up to it,
   sentence the whole sentence. #}
{% macro names_meetings_bare(trigger, before, sentence) -%}
    (regexp_matches({{ trigger }}, '^[[:upper:]][\pL\d-]*(t|T)reffen$')
        and regexp_matches({{ before }}, '\S\s+(an|bei|zu|auf|vor|nach|von|für|über|unter|zwischen|mit)(\s+[\pL-]+en)*\s+$', 'i')
        and regexp_matches({{ sentence }}, '[.!?]["“”»]?\s*$'))
{%- endmacro %}

{# A plural noun of talks or meetings after a vague count: "hatte etliche Gespräche mit den
   Verantwortlichen in den Hauptstädten geführt", "nach zahlreichen Treffen", "mehrere
   Telefonate": several contacts, none of them ("die Gespräche", "das Treffen" stay). #}
{% macro names_a_vague_count(trigger, before) -%}
    (regexp_matches({{ trigger }}, '^[[:upper:]]')
        and regexp_matches(lower({{ trigger }}), '(gespräche|gesprächen|treffen|telefonate|telefonaten|beratungen)$')
        and regexp_matches({{ before }}, '(^|\s)(etliche|etlichen|zahlreiche|zahlreichen|viele|vielen|mehrere|mehreren|unzählige|unzähligen|diverse|diversen|einige|einigen|zig)(\s+[\pL-]+e[n]?)?\s+$', 'i'))
{%- endmacro %}

{# An undated mention whose sentence places what it tells weeks, months or years back: "Borrell
   war zuletzt vor sieben Wochen unterwegs, auf einem EU-Treffen in Kroatien", "vor zwei Monaten
   hatten sich die beiden getroffen". The extraction leaves it undated; told as held without a
   date, linking would take it for news of the days before its article. It is another occasion
   than the one of these days, and joins none. #}
{% macro names_a_time_long_ago(event_date, sentence) -%}
    ({{ event_date }} is null
        and regexp_matches(
            {{ sentence }},
            '(^|\s)vor\s+((zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|einigen|mehreren|\d+)\s+(wochen|monaten|jahren)|einem\s+(monat|jahr)|einem\s+halben\s+jahr)\b',
            'i'
        ))
{%- endmacro %}

{# A mention whose own date its own status contradicts: told as held on days all after its
   article appeared ("die Anfang November beginnenden Beratungen" held, of 31 October), or as
   still to come, proposed or called off on days all before the day before it ("Im vergangenen
   Jahr fällt der Staatsbesuch aus", of 2024). It tells another occurrence than the one of its
   article's days, or its date or status is wrong; either way its date is no guide to the event,
   and a window guessed from the publication instead would glue it to the event of these days. #}
{% macro date_contradicts_status(status, event_date, precision, published_at) -%}
    coalesce(
        ({{ status }} = 'happened' and {{ date_lower_bound(event_date, precision) }} > {{ published_at }})
        or ({{ status }} <> 'happened' and {{ date_upper_bound(event_date, precision) }} < {{ published_at }} - 1),
        false
    )
{%- endmacro %}

{# A meeting of a body of one state's own politics, named in the genitive after the noun of
   meeting: "nach dem Treffen des Koalitionsausschusses", "in der Sitzung des Bundeskabinetts",
   "die Konferenz der Fraktionsvorsitzenden" (the compounds "Koalitionstreffen", "Kabinettssitzung"
   the extraction does not take as contacts). No international contact, and no part of one. after
   is the sentence after the trigger. #}
{% macro names_a_domestic_body(after) -%}
    regexp_matches(
        {{ after }},
        '^\s+(des|der)\s+([\pL-]+(e|en)\s+)?(koalitionsausschusses|koalitionsausschuss|bundeskabinetts|kabinetts|bundestages|bundestags|bundesrates|bundesrats|landtages|landtags|parteivorstandes|parteivorstands|parteispitze|präsidiums|fraktion|fraktionsvorsitzenden|großen\s+koalition|koalition|koalitionäre)\b',
        'i'
    )
{%- endmacro %}

{# Words that make a noun of meeting another occurrence than the one told of: "bis zum nächsten
   EU-Videogipfel", "beim kommenden Treffen", "in der folgenden Runde" (an attributive adjective of
   sequence right before the noun, or one other adjective between); and, for a meeting still to
   come, "noch einmal" or "erneut" earlier in its clause ("man werde sich noch einmal bei einem
   EU-Gipfel damit befassen"). before is the sentence up to the trigger; ahead whether the mention
   tells the meeting as still to come. #}
{# An attributive adjective that places a meeting or talks before those in the news: "in den
   zurückliegenden Brexitverhandlungen", "beim vorigen Gipfel", "die früheren Gespräche", "bei
   der damaligen Begegnung". Such a mention is set apart, dated or not: it tells of another
   occurrence than the one its article is about. #}
{% macro names_an_earlier_occurrence(before) -%}
    regexp_matches({{ before }}, '(^|\s)(zurückliegend|vorig|vorherig|früher|damalig|einstig)(e|en|er|es|em)(\s+[\pL-]+(e|en|er|es|em))?\s+$', 'i')
{%- endmacro %}

{# An attributive adjective that names the occurrence before the latest: "beim vergangenen
   EU-Gipfel", "beim letzten Treffen". Beside a meeting of the days an article appeared in, it is
   the one before that (int_event_mention_parts.previous_beside_a_current). #}
{% macro names_the_previous_occurrence(before) -%}
    regexp_matches({{ before }}, '(^|\s)(vergangen|letzt)(e|en|er|es|em)(\s+[\pL-]+(e|en|er|es|em))?\s+$', 'i')
{%- endmacro %}

{# "ein weiterer Gipfel", "bei einem weiteren Treffen": a meeting besides the one told of, held
   or still to come (talks "weiter" go on: "die weiteren Verhandlungen" are the same ones). #}
{% macro names_a_further_meeting(event_type, before) -%}
    ({{ event_type }} in ('MEETING', 'CALL', 'VISIT')
        and regexp_matches({{ before }}, '(^|\s)weiter(e|en|er|es|em)(\s+[\pL-]+(e|en|er|es|em))?\s+$', 'i'))
{%- endmacro %}

{# A meeting of some of those at a summit, not the summit: held "im kleinen Kreis", "im kleineren
   Format", "in kleiner Runde", "im engsten Kreis" ("beim Frühstück im kleinen Kreis nahm auch
   Rutte an dem Treffen teil"), or "am Rande" of a meeting that its sentence names before the
   trigger ("Am Rande des Gipfels trafen sich Merkel und Macron"; the summit named after "am
   Rande" is still the summit). sentence is the whole sentence, before the sentence up to the
   trigger. #}
{% macro names_a_meeting_of_some(sentence, before) -%}
    (regexp_matches({{ sentence }}, '(^|\s)(im|in)\s+(klein|eng)(e|en|er|em|eren|erem|erer|sten|stem|ster)\s+(kreis|format|runde|rahmen|zirkel)\b', 'i')
        or regexp_matches({{ before }}, '(^|\s)am\s+rande\s+(des|der|eines|einer)\s+([\pL-]+\s+){0,2}[\pL-]*(gipfels|gipfeltreffens|treffens|konferenz|tagung|sitzung|videokonferenz|schalte)\b[^.;:!?]*\s$', 'i'))
{%- endmacro %}

{% macro names_another_occurrence(before, ahead) -%}
    ({{ names_an_earlier_occurrence(before) }}
        or regexp_matches({{ before }}, '(^|\s)(nächst|kommend|folgend)(e|en|er|es|em)(\s+[\pL-]+(e|en|er|es|em))?\s+$', 'i')
        or ({{ ahead }} and regexp_matches({{ before }}, '(^|\s)(noch einmal|noch mal|erneut)\s[^,;:.!?]*$', 'i')))
{%- endmacro %}

{# Talks of their own beside a meeting, call or visit: a plural noun of talks ("Gespräche",
   "Verhandlungen", "Beratungen") after an adjective of a process or of earlier talks (linking.tsv,
   talks_running: "trotz der laufenden Verhandlungen", "an die bisherigen Gespräche anknüpfen"), or,
   beside a contact told as held (held), of talks still to come (talks_ahead: "bei den anstehenden
   Gesprächen", "die bevorstehenden Beratungen über den Ukraine-Konflikt"), one adjective between or
   not; or a compound naming what the talks are about ("die Atomgespräche", "in den
   Ukraine-Gesprächen"; not how or where they are held: "Telefongespräche", "Ministerberatungen").
   They are other talks than the contact the article tells ("Bei den Gesprächen ging es um
   Wirtschaft" stays). trigger is the trigger, before the sentence up to it. #}
{% macro names_talks_of_their_own(trigger, before, held) -%}
    (regexp_matches(lower({{ trigger }}), '(gespräche|gesprächen|verhandlungen|beratungen)$')
        and (
            regexp_matches(
                {{ before }},
                '(^|\s)(' || {{ link_words('talks_running') }} || ')(e|en|er|es|em)(\s+[\pL-]+(e|en|er|es|em))?\s+$',
                'i'
            )
            or ({{ held }} and regexp_matches(
                {{ before }},
                '(^|\s)(' || {{ link_words('talks_ahead') }} || ')(e|en|er|es|em)(\s+[\pL-]+(e|en|er|es|em))?\s+$',
                'i'
            ))
            or (regexp_matches(lower({{ trigger }}), '^[\pL]{3,}-?(gespräche|gesprächen|beratungen)$')
                and not regexp_matches(
                    lower({{ trigger }}),
                    '^(telefon|video|vier-augen|einzel|spitzen|minister|gipfel|sondierungs|koalitions|geheim|vor|nach|abschluss|krisen|auftakt|rand|arbeits|experten|delegations|regierungs)'
                ))
        ))
{%- endmacro %}

{# A phrase of the week, month or year before in the clause of a trigger (linking.tsv, past_span:
   "beim Antrittsbesuch vergangene Woche", "bei ihrem Treffen im vergangenen Jahr"). before is the
   sentence up to the trigger, after the sentence after it; the clause is what lies between the
   commas, colons or semicolons around the trigger. #}
{% macro names_a_past_span(before, after) -%}
    regexp_matches(
        regexp_extract({{ before }}, '[^,;:]*$') || ' ' || regexp_extract({{ after }}, '^[^,;:.!?]*'),
        '(^|\s)(' || {{ link_words('past_span') }} || ')(\s|[.!?"“]|$)',
        'i'
    )
{%- endmacro %}

{# A year (1900-2099) a sentence names that is none of years (SQL expressions of four-digit years: the
   article's, the event's), and not named as a start or an end (linking.tsv, year_bound: "seit 2014",
   "bis 2030"): "Dieses fand am 6. Juni 2014 in Ouistreham statt" tells another occurrence. #}
{% macro names_another_year(sentence, years) -%}
    len(list_filter(
        regexp_extract_all(lower({{ sentence }}), '(^|[^\d\pL])((' || {{ link_words('year_bound') }} || ')\s*)?((19|20)\d\d)([^\d]|$)', 0),
        lambda y: not regexp_matches(y, '(^|[^\pL])(' || {{ link_words('year_bound') }} || ')\s', 'i')
            and regexp_extract(y, '(19|20)\d\d', 0) not in ({{ years | join(', ') }})
    )) > 0
{%- endmacro %}

{# A contact its clause places over months or years ("mit dem sie in den vergangenen vier Jahren am
   engsten in Kontakt stand", "in den letzten Monaten häufig telefoniert"; linking.tsv, span_noun): a
   tie kept or several contacts, no one occasion (unless it gives the day of one). Weeks and days
   may hold one trip ("reiste in den vergangenen Tagen nach Kabul") and stay; so does a span after
   the trigger, which may be said of another noun ("fand der Gipfel klare Worte gegen die Welle von
   Staatsstreichen in den vergangenen Monaten"). before is the sentence up to the trigger; the
   clause is what lies after the last comma, colon or semicolon before it. #}
{% macro tells_of_a_span(event_type, date_precision, before) -%}
    ({{ event_type }} in ('MEETING', 'CALL', 'VISIT', 'CONTACT')
        and {{ date_precision }} is distinct from 'day'
        and regexp_matches(
            regexp_extract({{ before }}, '[^,;:]*$'),
            '(^|\s)(in|während|über)\s+den\s+(vergangenen|letzten|zurückliegenden)\s+([\pL\d]+\s+)?(' || {{ link_words('span_noun') }} || ')(\s|[.!?]|$)',
            'i'
        ))
{%- endmacro %}

{# Talks on a subject of their own: a negotiation noun that names what is negotiated, as the first
   part of a compound ("die Haushaltsverhandlungen", "Brexit-Verhandlungen") or after "über",
   "um", "zu" ("die Verhandlungen über ein Investitionsabkommen"), or the verb in a relative
   clause of the thing negotiated ("ein Klimagesetz, das zwischen den EU-Ländern und dem Parlament
   verhandelt wird"), or an agreement named before the verb ("Das Flüchtlingsabkommen muss neu
   verhandelt werden"). Tied to a meeting these are a process of their own, unless the sentence
   holds them at a meeting ("die Verhandlungen beim EU-Sondergipfel zum Corona-Plan", "beim
   Gipfel über den Haushalt verhandeln"). A compound naming how or where talks are held
   ("Marathonverhandlungen", "Gipfelverhandlungen") names no subject. #}
{% macro names_talks_on_a_subject(trigger, before, after) -%}
    (
        (
            (regexp_matches(lower({{ trigger }}), '^[\pL-]+verhandlung(en)?$')
                and not regexp_matches(
                    lower({{ trigger }}),
                    '^(gipfel|marathon|nacht|detail|sonder|spitzen|geheim|vor|nach|weiter|schluss|end|last-minute-)-?verhandlung'
                ))
            or (regexp_matches(lower({{ trigger }}), '^verhandlung(en)?$')
                and regexp_matches({{ after }}, '^\s+(über|um|zum|zur)\s', 'i'))
            or (regexp_matches(lower({{ trigger }}), '^verhandel')
                and regexp_matches({{ before }}, ',\s*(das|die|der|den|dem|über das|über die|über den)\s[^,;:]*$', 'i'))
            -- An agreement as what the verb negotiates, named before it ("Das Flüchtlingsabkommen
            -- von 2016 muss neu verhandelt werden"; linking.tsv, agreement_noun).
            or (regexp_matches(lower({{ trigger }}), '^verhandel')
                and regexp_matches({{ before }}, '[\pL-]*(' || {{ link_words('agreement_noun') }} || ')\b', 'i'))
        )
        and not regexp_matches(
            {{ before }} || {{ trigger }} || {{ after }},
            '\b(beim|bei dem|bei einem|auf dem|auf einem|während des|während eines)\s+([\pL-]+\s+){0,2}[\pL-]*(gipfel|gipfeltreffen|treffen|konferenz|sitzung|tagung|schalte)s?\b',
            'i'
        )
    )
{%- endmacro %}

{# A meeting named as the topic of a statement: "eine Regierungserklärung zum EU-Gipfel", "die
   Pressekonferenz zum Treffen" tell of a speech about the meeting, not of the meeting (the
   statement nouns of orchestration/knowledge/events/words.tsv, statement_noun). #}
{% macro names_the_topic_of_a_statement(before) -%}
    regexp_matches(
        {{ before }},
        '(erklärung|rede|ansprache|stellungnahme|pressekonferenz|statement|debatte|interview|briefing)\s+(zum|zur)\s+$',
        'i'
    )
{%- endmacro %}

{# Talks named as what others take stock of: "Johnson und von der Leyen wollen eine Bilanz zum
   Stand der Gespräche ziehen", "ließ sich über den Zwischenstand der Verhandlungen unterrichten".
   The sentence tells of a stocktake or a briefing (a contact of its own, or none), not of the
   talks: no report of the negotiation. before is the sentence up to the trigger. #}
{% macro names_the_state_of_talks(event_type, before) -%}
    ({{ event_type }} = 'NEGOTIATION'
        and regexp_matches({{ before }}, '(^|\s)(stand|zwischenstand|sachstand)\s+(der|des|bei\s+den|in\s+den)\s+([\pL-]+\s+)?$', 'i'))
{%- endmacro %}

{# A meeting its clause places before a summit (linking.tsv, before_summit, then a noun of
   summit): "bei ihrem ersten Treffen vor dem Sondergipfel", "Das Treffen der EU-Spitzen mit den
   Westbalkanstaaten vor dem Gipfel", "Gespräche im Vorfeld des EU-Gipfels" are a meeting that
   prepares it or is held beside it, not the summit; the summit's own noun ("vor Beginn des
   Sondergipfels" said of the summit, "Sondergipfel") is none. trigger is the trigger, after the
   sentence after it. #}
{% macro names_a_meeting_before_a_summit(trigger, after) -%}
    (not regexp_matches(lower({{ trigger }}), 'gipfel')
        and regexp_matches(
            {{ after }},
            '^[^,;:.!?]*\s(' || {{ link_words('before_summit') }} || ')\s+([\pL-]+\s+)?[\pL-]*gipfel',
            'i'
        ))
{%- endmacro %}

{# Talks called a round: "die vierte Verhandlungsrunde", "die nächste Runde bei den
   Verhandlungen", "eine neue Runde der Gespräche". before is the sentence up to the trigger. #}
{% macro names_a_round(trigger, before) -%}
    (regexp_matches(lower({{ trigger }}), 'runde$')
        or regexp_matches({{ before }}, '(^|\s)runde\s+(bei\s+den|in\s+den|der)\s+$', 'i'))
{%- endmacro %}

{# A round of talks that the text calls a round and dates to its day or month: "am Dienstag
   beginnt die vierte Verhandlungsrunde", "die achte Gesprächsrunde am Donnerstag", "Mitte des
   Monats steht die nächste Runde bei den Verhandlungen an" (not one called off), and talks a round is
   named of ("am Dienstag beginnt die nächste Runde bei den Verhandlungen", "am Montag beginnt
   eine neue Runde der Gespräche"); or a meeting of the talks that the text dates to its day,
   told by a verb or noun of meeting rather than of talking: "die Unterhändler treffen sich am
   Mittwoch in London", "bei einem Treffen am Montag", "sie telefonierten am Sonntag". The gold's
   convention: the negotiation as a whole is one event, a round is its own event only where an
   article calls it a round and dates it; and each call or meeting is its own event. Talks dated
   to a day ("die EU und London wollen am Sonntag weiter sprechen", "die Gespräche wurden am
   Freitag abgebrochen") stay the process; talks whose noun the day is an attribute of
   (names_talks_of_a_day: "die ersten Gespräche am Montag an der Grenze", "bei den Verhandlungen
   am Freitag") are that day's round. before is the sentence up to the trigger, after the
   sentence after it. #}
{% macro names_a_dated_round(event_type, trigger, precision, before, status, after) -%}
    coalesce(
        {{ event_type }} = 'NEGOTIATION'
        and (
            (
                -- A round by name, dated to its day, or to its month where it is held or to come
                -- ("die nächste Runde Mitte des Monats"; a round of a past month called off, "im
                -- März war die zweite Runde ausgefallen", has no days of its own to link by).
                {{ names_a_round(trigger, before) }}
                and ({{ precision }} = 'day' or ({{ precision }} = 'month' and {{ status }} is distinct from 'cancelled'))
            )
            or (
                regexp_matches(lower({{ trigger }}), '^(treffen|trifft|traf|trafen|getroffen|telefon|telefoniert|video|schalte|zusammenkunft|begegnung|sitzung)')
                and {{ precision }} = 'day'
            )
            or ({{ precision }} = 'day' and {{ names_talks_of_a_day(trigger, after) }})
        ),
        false
    )
{%- endmacro %}

{# Talks whose noun a day follows as its attribute (linking.tsv, round_day, after "am" or "vom",
   or a date "am 28. Februar"): "die ersten Gespräche am Montag an der Grenze", "bei gemeinsamen
   Verhandlungen am Freitag", "die Gespräche vom Dienstag" name the talks of that day, one round,
   not the talks as a whole; the day told of a verb ("die Gespräche wurden am Freitag
   abgebrochen") is not. trigger is the trigger, after the sentence after it. #}
{% macro names_talks_of_a_day(trigger, after) -%}
    (regexp_matches({{ trigger }}, '^[[:upper:]]')
        and regexp_matches({{ after }}, '^\s+(am|vom)\s+(' || {{ link_words('round_day') }} || '|\d{1,2}\.)', 'i'))
{%- endmacro %}

{# The third of its month a date "Anfang", "Mitte" or "Ende" of a month names ("auf Anfang Oktober
   verschoben", "Mitte Januar", "bis Ende Juni"), where the sentence says so of the month the
   mention is dated to: 'early' (days 1 to 10), 'mid' (11 to 20), 'late' (21 to its end). The
   extraction keeps the month; linking reads the third, so the summit put off to early October is
   not the summit of 15 October. #}
{% macro month_part(event_date, precision, sentence) -%}
    case when {{ precision }} = 'month' then
        case regexp_extract(
            {{ sentence }},
            '(Anfang|Mitte|Ende)\s+' || ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
                'September', 'Oktober', 'November', 'Dezember'][try_cast(right({{ event_date }}, 2) as integer)] || '\b',
            1
        )
            when 'Anfang' then 'early'
            when 'Mitte' then 'mid'
            when 'Ende' then 'late'
        end
    end
{%- endmacro %}

{# The week a date of its month names, where the sentence says "in dieser Woche", "diese Woche",
   "Ende dieser Woche" (0: the week it appeared in), "in der kommenden Woche", "nächste Woche"
   (7: the week after) or "letzte Woche", "Ende vergangener Woche" (-7: the week before), and the
   mention is dated to a month: the extraction keeps the month, linking
   reads the week, so "Erdoğan will mit Merkel in dieser Woche sprechen" of 9 June is no plan of
   talks reported held on 25 June, nor "letzte Woche auf dem EU-Gipfel" of 1 April the video summit
   of 10 March. NULL otherwise. #}
{% macro week_part(precision, sentence) -%}
    case when {{ precision }} = 'month' then
        case
            when regexp_matches({{ sentence }}, '(^|\s)(dieser|diese)\s+woche\b', 'i') then 0
            when regexp_matches({{ sentence }}, '(^|\s)(kommende|nächste)[nr]?\s+woche\b', 'i') then 7
            -- "letzte Woche", "Ende vergangener Woche", "in der Vorwoche" (linking.tsv, week_before).
            when regexp_matches({{ sentence }}, '(^|\s)(' || {{ link_words('week_before') }} || ')\b', 'i') then -7
        end
    end
{%- endmacro %}

{# The days of its month a third (month_part) allows, within the window the date and status give
   (start, end); the window as it is where the third lies outside it. #}
{% macro month_part_start(part, event_date, start, end_) -%}
    case
        when {{ part }} is null then {{ start }}
        when greatest({{ start }}, {{ date_lower_bound(event_date, "'month'") }} + case {{ part }} when 'early' then 0 when 'mid' then 10 else 20 end)
            <= least({{ end_ }}, case {{ part }} when 'early' then {{ date_lower_bound(event_date, "'month'") }} + 9 when 'mid' then {{ date_lower_bound(event_date, "'month'") }} + 19 else {{ end_ }} end)
            then greatest({{ start }}, {{ date_lower_bound(event_date, "'month'") }} + case {{ part }} when 'early' then 0 when 'mid' then 10 else 20 end)
        else {{ start }}
    end
{%- endmacro %}

{% macro month_part_end(part, event_date, start, end_) -%}
    case
        when {{ part }} is null then {{ end_ }}
        when greatest({{ start }}, {{ date_lower_bound(event_date, "'month'") }} + case {{ part }} when 'early' then 0 when 'mid' then 10 else 20 end)
            <= least({{ end_ }}, case {{ part }} when 'early' then {{ date_lower_bound(event_date, "'month'") }} + 9 when 'mid' then {{ date_lower_bound(event_date, "'month'") }} + 19 else {{ end_ }} end)
            then least({{ end_ }}, case {{ part }} when 'early' then {{ date_lower_bound(event_date, "'month'") }} + 9 when 'mid' then {{ date_lower_bound(event_date, "'month'") }} + 19 else {{ end_ }} end)
        else {{ end_ }}
    end
{%- endmacro %}

{# Orders statuses of reports published the same day: what happened outranks what was planned. #}
{# A report of an article that names the people of another of its reports (int_event_mentions_linked):
   the same article, family and parties, and all of the other's people ("Trump und Putin" names those of
   "Trump"). #}
{% macro names_the_people_of(wide, narrow) -%}
    {{ narrow }}.article_id = {{ wide }}.article_id
        and {{ narrow }}.link_family = {{ wide }}.link_family
        and {{ narrow }}.party_keys = {{ wide }}.party_keys
        and list_has_all({{ wide }}.person_ids, {{ narrow }}.person_ids)
{%- endmacro %}

{# How much a contact type tells: a call, meeting or visit says how two sides met, a negotiation less,
   a contact least (fct_events: of types reported equally often, the more telling wins). #}
{% macro type_specificity(event_type) -%}
    case {{ event_type }}
        when 'CALL' then 3
        when 'MEETING' then 3
        when 'VISIT' then 3
        when 'NEGOTIATION' then 2
        when 'CONTACT' then 1
        else 0
    end
{%- endmacro %}

{% macro status_rank(status) -%}
    case {{ status }}
        when 'happened' then 6
        when 'cancelled' then 5
        when 'denied' then 4
        when 'planned' then 3
        when 'proposed' then 2
        when 'speculative' then 1
        else 0
    end
{%- endmacro %}

{# The family a report links in (int_event_mentions_linked): an organisation's summit alone on its
   side is met, negotiated or held by video ('summit'); negotiations between two or more parties
   (not an organisation and a member of it) are one process ('negotiation'), but talks still to come without a day are a round of their own
   ('negotiation_round'); otherwise the family of its type (event_family). #}
{% macro link_family(event_type, event_family, party_keys, status, date_precision, is_round) -%}
    case
        when len({{ party_keys }}) = 1
            and {{ party_keys }}[1] in ({% for code in var('international_parties') %}'{{ code }}'{{ ", " if not loop.last }}{% endfor %})
            and {{ event_type }} in ('MEETING', 'CALL', 'NEGOTIATION')
            then 'summit'
        -- A round dated to its day links by its day too (names_a_dated_round).
        when {{ event_type }} = 'NEGOTIATION' and len({{ party_keys }}) >= 2 and {{ is_round }}
            then 'negotiation_round'
        -- Talks still to come that no day places are a round ahead (the rounds "per
        -- Videokonferenz", "im Juni"), not the process so far: they link as any other event, by their days.
        when {{ event_type }} = 'NEGOTIATION' and len({{ party_keys }}) >= 2
            and {{ status }} in ('planned', 'proposed') and {{ date_precision }} is distinct from 'day'
            then 'negotiation_round'
        when {{ event_type }} = 'NEGOTIATION' and len({{ party_keys }}) >= 2 and not {{ organisation_and_member(party_keys) }}
            then 'negotiation'
        else {{ event_family }}
    end
{%- endmacro %}

{# Two parties, an organisation of var('international_parties') and a member of it: Germany's
   talks with the EU ("Die EU-Staaten verhandeln derzeit über einen neuen Haushaltsrahmen", "vor
   Beratungen mit seinen EU-Kollegen") are the organisation's own business, of which there are
   many each year (the budget, the recovery fund, the climate goal): no one process of the year
   (link_family), but talks that link as meetings, by their days. #}
{% macro organisation_and_member(party_keys) -%}
    (len({{ party_keys }}) = 2 and list_has_any(
        [{{ party_keys }}[1] || '|' || {{ party_keys }}[2], {{ party_keys }}[2] || '|' || {{ party_keys }}[1]],
        [
            {%- for code, party in var('international_parties').items() -%}
                {%- for member in party.get('members', []) -%}
                    '{{ code }}|{{ member }}'{{ ", " }}
                {%- endfor -%}
            {%- endfor -%}
            ''
        ]
    ))
{%- endmacro %}

{# The first and last day a report's event can lie on: its stated date, before the report if it
   happened, after it (within the planning horizon) if it is still to come. A report of a past event
   that gives no date is news of its days: the event lies in the last var('undated_link_days'). #}
{% macro report_window_start(event_date, precision, status, published_at) -%}
    case
        when {{ status }} = 'happened'
            then coalesce(
                {{ date_lower_bound(event_date, precision) }},
                {{ published_at }} - {{ var('undated_link_days') }},
                date '1900-01-01'
            )
        else greatest(
            coalesce({{ date_lower_bound(event_date, precision) }}, {{ published_at }} - 1),
            coalesce({{ published_at }} - 1, date '1900-01-01')
        )
    end
{%- endmacro %}

{% macro report_window_end(event_date, precision, status, published_at) -%}
    case
        when {{ status }} = 'happened'
            then least(
                coalesce({{ date_upper_bound(event_date, precision) }}, {{ published_at }}, date '2999-12-31'),
                coalesce({{ published_at }}, date '2999-12-31')
            )
        else coalesce(
            {{ date_upper_bound(event_date, precision) }},
            {{ published_at }} + {{ var('planned_horizon_days') }},
            date '2999-12-31'
        )
    end
{%- endmacro %}


{# Days two reports' windows may lie apart and still be one event, given whether each gives the
   day. A summit lasts days: reports of an organisation's summit up to var('summit_span_days')
   apart when one of them gives the day (its first day and its third; "im Juli" held before the
   Friday and "am Sonntag"). Other events var('event_span_days') when both give the day (talks
   through the night); "im Mai" and "im Juni" stay apart.
   Two reports that each give the day, one of a meeting and one of a call, are one event only
   within var('event_span_days') (days_fit): a summit is met or held by video, not met on one day
   and called on another two days later (the donors' video conference "am Montag", the leaders'
   meeting "an diesem Mittwoch").
   visit_and_meeting_days: a report of a visit and one of a meeting that each give the day are one
   event only on the same day: a visit lasts days, and a meeting on another of them is a contact of
   its programme ("Schallenberg hat am Montag einen Besuch in der Ukraine begonnen" and "am
   Dienstag wird er mit Präsident Selenskyj zusammenkommen"), or of another journey ("Blinken traf
   am Donnerstag Netanjahu", "Blinken reist am Montag wieder nach Israel"). #}
{% macro span_days(link_family, a_is_day, b_is_day) -%}
    (case
        when {{ link_family }} = 'summit' and ({{ a_is_day }} or {{ b_is_day }}) then {{ var('summit_span_days') }}
        when {{ a_is_day }} and {{ b_is_day }} then {{ var('event_span_days') }}
        else 0
    end)
{%- endmacro %}

{# A report's window meets the days every report of an event allows, with no span between them. #}
{% macro days_meet(r, e) -%}
    (coalesce({{ r }}.window_start <= {{ e }}.day_end and {{ e }}.day_start <= {{ r }}.window_end, true)
        and coalesce({{ r }}.window_start <= {{ e }}.vague_end and {{ e }}.vague_start <= {{ r }}.window_end, true))
{%- endmacro %}

{# The most days any two reports' windows may lie apart (span_days). #}
{% macro widest_span_days() -%}
    greatest({{ var('event_span_days') }}, {{ var('summit_span_days') }})
{%- endmacro %}

{# Every report of an event appeared within var('same_news_days') of a report. #}
{% macro all_published_near(r, e) -%}
    (date_diff('day', {{ e }}.first_published, {{ r }}.published_at) <= {{ var('same_news_days') }}
        and date_diff('day', {{ r }}.published_at, {{ e }}.last_published) <= {{ var('same_news_days') }})
{%- endmacro %}

{# Some of the publication days in a list lie within var('undated_link_days') of a report's. #}
{% macro published_near(published_at, days) -%}
    (len(list_filter({{ days }}, lambda day: abs(date_diff('day', day, {{ published_at }})) <= {{ var('undated_link_days') }})) > 0)
{%- endmacro %}

{# What linking keeps of an event under construction (int_event_mentions_linked): enough to tell
   whether a report fits every report in it without comparing them one by one.
     - day_start/day_end: the latest start and earliest end of the windows of its reports that
       give the day, vague_start/vague_end those of the others (their spans differ, span_days);
       call_start/call_end and met_start/met_end those of its calls and of its meetings that give the day;
       visit_start/visit_end and meeting_start/meeting_end those of its visits and of its meetings
       (not visits) that give the day;
     - place: the country its reports give (they agree on it);
     - first_cancelled/last_going_ahead: when it was first told called off, and last told still
       to come or held;
     - what anchors reports to it: whether it has a dated report, one that gives the day, a dated
       plan, an undated report of a past event; the days its reports (all, the dated, those with a
       place, the undated plans; none with a vague date, which is no news of its days) were
       published on, and the people its news of a past event name with the day of that news;
     - people: each party's sets of people its reports name; levels: who its reports say meets
       (meeting_level);
     - shared_articles: its reports' articles that report other events of the same parties.
   report_event is one report as an event; merged_events adds one such to another. #}
{% macro report_event(r) -%}
    struct_pack(
        event_key := {{ r }}.local_event_key,
        day_start := case when {{ r }}.is_day then {{ r }}.window_start end,
        day_end := case when {{ r }}.is_day then {{ r }}.window_end end,
        vague_start := case when not {{ r }}.is_day then {{ r }}.window_start end,
        vague_end := case when not {{ r }}.is_day then {{ r }}.window_end end,
        place := {{ r }}.location_country,
        first_published := {{ r }}.published_at,
        last_published := {{ r }}.published_at,
        any_dated := {{ r }}.is_dated,
        any_day := {{ r }}.is_day,
        call_start := case when {{ r }}.is_day and {{ r }}.is_call then {{ r }}.window_start end,
        call_end := case when {{ r }}.is_day and {{ r }}.is_call then {{ r }}.window_end end,
        met_start := case when {{ r }}.is_day and not {{ r }}.is_call then {{ r }}.window_start end,
        met_end := case when {{ r }}.is_day and not {{ r }}.is_call then {{ r }}.window_end end,
        visit_start := case when {{ r }}.is_day and {{ r }}.is_visit then {{ r }}.window_start end,
        visit_end := case when {{ r }}.is_day and {{ r }}.is_visit then {{ r }}.window_end end,
        meeting_start := case when {{ r }}.is_day and {{ r }}.is_meeting then {{ r }}.window_start end,
        meeting_end := case when {{ r }}.is_day and {{ r }}.is_meeting then {{ r }}.window_end end,
        any_plan := {{ r }}.is_dated and {{ r }}.is_ahead,
        any_recent := {{ r }}.is_recent,
        talks_start := {{ r }}.talks_start,
        first_cancelled := case when {{ r }}.is_cancelled then {{ r }}.published_at end,
        last_going_ahead := case when {{ r }}.is_going_ahead then {{ r }}.published_at end,
        published := list_filter([{{ r }}.published_at], lambda day: day is not null and not {{ r }}.is_vague),
        dated_published := list_filter([{{ r }}.published_at], lambda day: day is not null and {{ r }}.is_dated),
        placed_published := list_filter(
            [{{ r }}.published_at], lambda day: day is not null and not {{ r }}.is_vague and {{ r }}.location_country is not null
        ),
        plan_published := list_filter(
            [{{ r }}.published_at], lambda day: day is not null and not {{ r }}.has_date and {{ r }}.is_ahead
        ),
        news_people := list_transform(
            list_filter({{ r }}.person_ids, lambda person: {{ r }}.is_news),
            lambda person: struct_pack(published_at := {{ r }}.published_at, person := person)
        ),
        people := {{ r }}.people,
        levels := list_filter([{{ r }}.meeting_level], lambda level: level is not null),
        shared_articles := list_filter([{{ r }}.article_id], lambda article: {{ r }}.shares_article)
    )
{%- endmacro %}

{% macro merged_events(a, b) -%}
    struct_pack(
        event_key := {{ a }}.event_key,
        day_start := greatest({{ a }}.day_start, {{ b }}.day_start),
        day_end := least({{ a }}.day_end, {{ b }}.day_end),
        vague_start := greatest({{ a }}.vague_start, {{ b }}.vague_start),
        vague_end := least({{ a }}.vague_end, {{ b }}.vague_end),
        place := coalesce({{ a }}.place, {{ b }}.place),
        first_published := least({{ a }}.first_published, {{ b }}.first_published),
        last_published := greatest({{ a }}.last_published, {{ b }}.last_published),
        any_dated := {{ a }}.any_dated or {{ b }}.any_dated,
        any_day := {{ a }}.any_day or {{ b }}.any_day,
        call_start := greatest({{ a }}.call_start, {{ b }}.call_start),
        call_end := least({{ a }}.call_end, {{ b }}.call_end),
        met_start := greatest({{ a }}.met_start, {{ b }}.met_start),
        met_end := least({{ a }}.met_end, {{ b }}.met_end),
        visit_start := greatest({{ a }}.visit_start, {{ b }}.visit_start),
        visit_end := least({{ a }}.visit_end, {{ b }}.visit_end),
        meeting_start := greatest({{ a }}.meeting_start, {{ b }}.meeting_start),
        meeting_end := least({{ a }}.meeting_end, {{ b }}.meeting_end),
        any_plan := {{ a }}.any_plan or {{ b }}.any_plan,
        any_recent := {{ a }}.any_recent or {{ b }}.any_recent,
        talks_start := least({{ a }}.talks_start, {{ b }}.talks_start),
        first_cancelled := least({{ a }}.first_cancelled, {{ b }}.first_cancelled),
        last_going_ahead := greatest({{ a }}.last_going_ahead, {{ b }}.last_going_ahead),
        {%- for days in ['published', 'dated_published', 'placed_published', 'plan_published', 'news_people', 'people', 'levels'] %}
        {{ days }} := list_distinct(list_concat({{ a }}.{{ days }}, {{ b }}.{{ days }})),
        {%- endfor %}
        shared_articles := list_concat({{ a }}.shared_articles, {{ b }}.shared_articles)
    )
{%- endmacro %}

{# A report fits an event under construction when it is compatible with every report in it and
   anchored by at least one of them (int_event_mentions_linked says when). days_fit asks what is
   cheap to ask of every open event: days, place and, for context events, publication; agrees the
   rest (people, articles); anchored whether one of its reports anchors the report. #}
{% macro days_fit(r, e) -%}
    (
        coalesce(
            {{ r }}.window_start <= {{ e }}.day_end + {{ span_days(r ~ '.link_family', r ~ '.is_day', 'true') }}
            and {{ e }}.day_start <= {{ r }}.window_end + {{ span_days(r ~ '.link_family', r ~ '.is_day', 'true') }},
            true
        )
        and coalesce(
            {{ r }}.window_start <= {{ e }}.vague_end + {{ span_days(r ~ '.link_family', r ~ '.is_day', 'false') }}
            and {{ e }}.vague_start <= {{ r }}.window_end + {{ span_days(r ~ '.link_family', r ~ '.is_day', 'false') }},
            true
        )
        -- A call and a meeting that each give the day: no more than var('event_span_days') apart.
        and (
            not {{ r }}.is_day
            or coalesce(
                {{ r }}.window_start <= (case when {{ r }}.is_call then {{ e }}.met_end else {{ e }}.call_end end) + {{ var('event_span_days') }}
                and (case when {{ r }}.is_call then {{ e }}.met_start else {{ e }}.call_start end) <= {{ r }}.window_end + {{ var('event_span_days') }},
                true
            )
        )
        -- A visit and a meeting that each give the day: that same day (visit_and_meeting_days).
        and (
            not ({{ r }}.is_day and ({{ r }}.is_visit or {{ r }}.is_meeting))
            or coalesce(
                {{ r }}.window_start <= (case when {{ r }}.is_visit then {{ e }}.meeting_end else {{ e }}.visit_end end)
                and (case when {{ r }}.is_visit then {{ e }}.meeting_start else {{ e }}.visit_start end) <= {{ r }}.window_end,
                true
            )
        )
        and ({{ r }}.location_country is null or {{ e }}.place is null or {{ r }}.location_country = {{ e }}.place)
        -- Told as held without a date, it is of an event begun by the day after it appeared at the
        -- latest (an article of the evening before tells "Merkel berät ab 10 Uhr per
        -- Video-Gipfel" in the present); the span two reports may lie apart gives it no later day:
        -- "Die Staats- und Regierungschefs hatten bei ihrem letzten Gipfeltreffen beschlossen" on
        -- Tuesday is no report of the video summit of Thursday.
        and not coalesce({{ r }}.is_recent and least({{ e }}.day_start, {{ e }}.day_end) > {{ r }}.published_at + 1, false)
        -- Called off, it takes no news of it as still to come or held from after that day, nor
        -- news of its calling off from before its last such news: the summit in Leipzig called off
        -- on 8 September and the video summit held that month are two.
        and not ({{ r }}.is_going_ahead and coalesce({{ e }}.first_cancelled < {{ r }}.published_at, false))
        and not ({{ r }}.is_cancelled and coalesce({{ e }}.last_going_ahead > {{ r }}.published_at, false))
        and (
            not {{ r }}.is_context
            or (date_diff('day', {{ e }}.first_published, {{ r }}.published_at) <= {{ var('context_link_days') }}
                and date_diff('day', {{ r }}.published_at, {{ e }}.last_published) <= {{ var('context_link_days') }})
        )
    )
{%- endmacro %}

{% macro agrees(r, e) -%}
    (
        coalesce(list_bool_and(list_transform(
            {{ e }}.people,
            lambda theirs: coalesce(
                list_has_all(list_filter({{ r }}.people, lambda ours: ours.party = theirs.party)[1].persons, theirs.persons)
                or list_has_all(theirs.persons, list_filter({{ r }}.people, lambda ours: ours.party = theirs.party)[1].persons),
                true
            )
        )), true)
        -- Ministers meeting and leaders meeting are two meetings, and so are ministers of two
        -- portfolios meeting (meeting_level, levels_conflict).
        and ({{ r }}.meeting_level is null
            or len(list_filter({{ e }}.levels, lambda level: {{ levels_conflict('level', r ~ '.meeting_level') }})) = 0)
        and not ({{ r }}.shares_article and list_contains({{ e }}.shared_articles, {{ r }}.article_id))
        -- A context event is one statement: told by other articles it names the same people, not
        -- only the same countries (Wang Yi criticising the USA and Democrats criticising Trump
        -- over China are two).
        and (
            not {{ r }}.is_context
            or list_sort(list_distinct({{ r }}.person_ids))
                = list_sort(list_distinct(flatten(list_transform({{ e }}.people, lambda theirs: theirs.persons))))
        )
    )
{%- endmacro %}

{# Reports of talks between the same parties anchor each other, without a date, only as news of
   the same days: every report of the process appeared within var('undated_link_days') of this one
   ("die Delegationen verhandeln seit Montag in Genf" and "die Gespräche in Genf dauern an" of
   that week). A year is no such window: "Derzeit gibt es keinerlei Verhandlungen" in July,
   "Grundlagen künftiger Verhandlungen" in September and "Gespräche über einen Beitritt" are
   not one process for sharing their parties and year. Talks that give a date closer than the year
   are anchored by another such date (anchored), as "begann im Februar" and "am Sonntag"; talks told
   as held without a date by a date of the talks before it, a stated start ("Im Februar begannen die
   Verhandlungen", then "die Verhandlungen stocken" in June). #}
{% macro news_of_the_same_talks(r, e) -%}
    (date_diff('day', {{ e }}.first_published, {{ r }}.published_at) <= {{ var('undated_link_days') }}
        and date_diff('day', {{ r }}.published_at, {{ e }}.last_published) <= {{ var('undated_link_days') }})
{%- endmacro %}

{% macro anchored(r, e) -%}
    (
        -- Talks are anchored by their news or by their dates alone (news_of_the_same_talks): their
        -- window is the year, which a report of talks held without a date would always meet.
        ({{ r }}.link_family = 'negotiation' and (
            {{ news_of_the_same_talks(r, e) }}
            or ({{ r }}.is_dated and {{ e }}.any_dated)
            or ({{ r }}.is_recent and {{ e }}.talks_start <= {{ r }}.published_at)))
        -- A round of talks is anchored by dates alone: rounds follow each other within days, and
        -- talks ahead without a date ("sein Land sei zu Friedensgesprächen bereit", "neue
        -- Gespräche") or news of the same week may be of any of them.
        or ({{ r }}.link_family = 'negotiation_round' and {{ r }}.is_dated and {{ e }}.any_dated)
        or ({{ r }}.link_family not in ('negotiation', 'negotiation_round') and (
        ({{ r }}.is_dated and {{ e }}.any_dated)
        -- A report of a past event without a date, and a date: the day, or a plan it fulfils
        -- ("im Dezember" announced in November, "the summit met" in December).
        or ({{ r }}.is_dated and ({{ r }}.is_day or {{ r }}.is_ahead) and {{ e }}.any_recent)
        or ({{ r }}.is_recent and ({{ e }}.any_day or {{ e }}.any_plan))
        or (not {{ r }}.is_vague and {{ published_near(r ~ '.published_at', 'case when ' ~ r ~ '.is_dated then ' ~ e ~ '.published else ' ~ e ~ '.dated_published end') }})
        -- An undated plan and a date that places the event in the week after it: the summit
        -- "am 10. Dezember" and "vor dem EU-Gipfel" on 9 December ("im Dezember" is too vague).
        or (not {{ r }}.has_date and {{ r }}.is_ahead and {{ e }}.any_dated
            and greatest({{ e }}.day_start, {{ e }}.vague_start) >= {{ r }}.published_at - 1
            and least({{ e }}.day_end, {{ e }}.vague_end) <= {{ r }}.published_at + {{ var('undated_link_days') }})
        or ({{ r }}.is_dated and len(list_filter(
            {{ e }}.plan_published,
            lambda day: {{ r }}.window_start >= day - 1 and {{ r }}.window_end <= day + {{ var('undated_link_days') }}
        )) > 0)
        or (not {{ r }}.is_vague and {{ r }}.is_context and {{ published_near(r ~ '.published_at', e ~ '.published') }})
        -- Undated reports anchor each other by a place or a person only as news of the same days:
        -- every report of the event appeared within var('same_news_days') of this one, so that a
        -- pair that meets every week is not one event for it; and not as contacts of no known
        -- kind ("die Gespräche dauerten Stunden"), which say too little to be told apart.
        or ({{ r }}.link_family <> 'contact' and not {{ r }}.is_vague and {{ r }}.location_country = {{ e }}.place
            and len({{ e }}.placed_published) > 0 and {{ all_published_near(r, e) }})
        or ({{ r }}.link_family <> 'contact' and {{ r }}.is_news and {{ all_published_near(r, e) }} and len(list_filter(
            {{ e }}.news_people,
            lambda news: abs(date_diff('day', news.published_at, {{ r }}.published_at)) <= {{ var('undated_link_days') }}
                and list_contains({{ r }}.person_ids, news.person)
        )) > 0)))
    )
{%- endmacro %}

{# The window of a report of several parts (int_event_mentions_linked.reports): the days all its
   dated parts allow, or, where they disagree, from the first to the last; without a dated part,
   from the first day any part allows to the last. #}
{% macro report_window(start, end, is_dated) -%}
    case
        when not bool_or({{ is_dated }}) then min({{ start }})
        when max({{ start }}) filter (where {{ is_dated }}) <= min({{ end }}) filter (where {{ is_dated }})
            then max({{ start }}) filter (where {{ is_dated }})
        else min({{ start }}) filter (where {{ is_dated }})
    end as window_start,
    case
        when not bool_or({{ is_dated }}) then max({{ end }})
        when max({{ start }}) filter (where {{ is_dated }}) <= min({{ end }}) filter (where {{ is_dated }})
            then min({{ end }}) filter (where {{ is_dated }})
        else max({{ end }}) filter (where {{ is_dated }})
    end as window_end
{%- endmacro %}

{# Who meets (meeting_body), and for ministers their portfolio where the sentence names it:
   'ministers:gesundheit' for "die EU-Gesundheitsminister berieten per Video", "Videoschalte der
   EU-Entwicklungsminister", "das Außenministertreffen"; "die EU-Wirtschafts- und Finanzminister"
   are the finance ministers, and the Eurogroup ("die Eurogruppe", "Ecofin") meets as finance
   ministers. A minister meeting "mit seinen EU-Kollegen" ("Agrarministerin Klöckner, die sich per
   Videoschalte mit ihren EU-Kollegen austauscht") is a meeting of his portfolio's ministers; a
   summit held by video ("Gipfel per Videokonferenz") the leaders'.
   Ministers of two portfolios meet apart (levels_conflict): the health ministers' video
   conference and the transport ministers' meeting in Hamburg of that week are two. #}
{% macro meeting_level(trigger, after, before) -%}
    case
        when regexp_matches({{ trigger }} || {{ after }}, '^[\pL-]*\s+(der|des|die)\s+(eurogruppe|ecofin)', 'i')
            or regexp_matches({{ trigger }}, '^(eurogruppe|ecofin)', 'i')
            or regexp_matches({{ before }}, '(^|\s)(die|der)\s+(eurogruppe|ecofin)\s', 'i')
            then 'ministers:finanz'
        when {{ meeting_body(trigger, after, before) }} = 'ministers'
            then 'ministers' || coalesce(':' || {{ minister_portfolio(trigger, after, before) }}, '')
        when {{ meeting_body(trigger, after, before) }} is null
            and {{ minister_among_colleagues(trigger, after, before) }} is not null
            then 'ministers:' || {{ minister_among_colleagues(trigger, after, before) }}
        -- "haben viel größere Gipfel per Videokonferenz organisiert": a summit held by video is
        -- the leaders'.
        when {{ meeting_body(trigger, after, before) }} is null
            and regexp_matches({{ before }}, '(gipfel|gipfeltreffen|gipfeln)\s+(per|via|als)\s+$', 'i')
            then 'leaders'
        else {{ meeting_body(trigger, after, before) }}
    end
{%- endmacro %}

{# The portfolio a minister noun names, by the first part of its compound: "EU-Innenminister"
   'innen', "Außenministertreffen" 'außen', "Wirtschafts- und Finanzminister" 'finanz' (its last
   portfolio); synonyms as one ("Landwirtschaftsministerin" is 'agrar', "Kriegsminister"
   'verteidigung'); NULL for "Ministertreffen", "Premierminister". Read from the trigger, else
   from the clause after it, else the last before it. #}
{% macro minister_portfolio(trigger, after, before) -%}
    {%- set stem -%}
        coalesce(
            nullif(regexp_extract(lower({{ trigger }}), '([a-zäöüß]+)minister', 1), ''),
            nullif(regexp_extract(lower(regexp_extract({{ after }}, '^[^,;:.!?]*')), '([a-zäöüß]+)minister(in|innen|n|s)?\b', 1), ''),
            nullif(regexp_extract(lower({{ before }}), '.*[^a-zäöüß]([a-zäöüß]+)minister(in|innen|n|s)?\b', 1), '')
        )
    {%- endset -%}
    {{ portfolio_stem(stem) }}
{%- endmacro %}

{# A stem of a minister noun as a portfolio: the one name of its synonyms, without the linking
   "s" and a "Bundes-" ("bundesgesundheits" 'gesundheit', "landwirtschafts" 'agrar'); NULL for
   no portfolio ("premier", "staats"). #}
{% macro portfolio_stem(stem) -%}
    case regexp_replace(regexp_replace({{ stem }}, '^(bundes|landes|vize)', ''), 's$', '')
        when 'landwirtschaft' then 'agrar'
        when 'ernährung' then 'agrar'
        when 'krieg' then 'verteidigung'
        when 'kultu' then 'bildung'
        when 'premier' then null
        when 'staat' then null
        when '' then null
        else regexp_replace(regexp_replace({{ stem }}, '^(bundes|landes|vize)', ''), 's$', '')
    end
{%- endmacro %}

{# A minister of one portfolio who meets or calls "mit seinen/ihren (EU-)Kollegen" or
   "Amtskollegen", an adjective between or not ("Finanzminister Lindner sagte bei einem Treffen
   mit seinen europäischen Kollegen"), in the trigger's sentence: "Agrarministerin Julia Klöckner, die sich am
   Nachmittag per Videoschalte mit ihren EU-Kollegen austauscht" is the agriculture ministers'
   meeting. The portfolio, or NULL. #}
{% macro minister_among_colleagues(trigger, after, before) -%}
    {%- set stem -%}
        nullif(regexp_extract(lower({{ before }} || {{ trigger }} || {{ after }}), '(^|[^a-zäöüß])([a-zäöüß]+)minister(in)?\s', 2), '')
    {%- endset -%}
    case
        when regexp_matches({{ before }} || {{ trigger }} || {{ after }}, '\smit\s+(seinen|ihren|den)\s+([\pL-]+(e|en)\s+)?([\pL]+-)?(amts)?kolleg(en|innen)\b', 'i')
            then {{ portfolio_stem(stem) }}
    end
{%- endmacro %}

{# Two levels of who meets (meeting_level) that make two meetings: ministers and leaders, or
   ministers of two portfolios; ministers of no stated portfolio agree with those of any. #}
{% macro levels_conflict(a, b) -%}
    ({{ a }} <> {{ b }} and {{ a }} <> split_part({{ b }}, ':', 1) and {{ b }} <> split_part({{ a }}, ':', 1))
{%- endmacro %}

{# The level of who meets that several mentions or reports agree on, as an aggregate: the one
   level, or ministers of a portfolio beside ministers of none; NULL where they conflict or none
   says. #}
{% macro agreed_level(level) -%}
    case
        when count(distinct split_part({{ level }}, ':', 1)) = 1
            and count(distinct {{ level }}) filter (where contains({{ level }}, ':')) <= 1
            then max({{ level }})
    end
{%- endmacro %}

{# Who meets, where the noun of meeting says so: ministers ("das Außenministertreffen", "ein
   Treffen der EU-Gesundheitsminister", "die Ministerkonferenz") or heads of state and government
   ("der EU-Gipfel", "das Gipfeltreffen", "eine Videokonferenz der Staats- und Regierungschefs");
   or, in its clause, who invited to it: "das Treffen fand auf Initiative von
   Bundesforschungsministerin Karliczek statt" is the ministers', "auf Einladung von Kanzlerin
   Merkel" the leaders'; or by those it is held with, in the plural ("bei einem Treffen mit den
   Botschaftern der EU-Staaten" is the ambassadors', "mit den Außenministern" the ministers'; not
   "mit dem Präsidenten"); or ministers in the plural as its subject ("kamen die EU-Außenminister
   zusammen", "Am Freitag berieten die Außenminister per Videoschalte"), or ambassadors ("Die
   EU-Botschafter treffen sich weiterhin", "das Botschaftertreffen", "ein Treffen der ständigen
   Vertreter der EU-Staaten"); "ein Treffen des
   Europäischen Rats" is the leaders', and so is one after "die Staats- und Regierungschefs" as
   its subject ("In Brüssel hielten die Staats- und Regierungschefs einen Gipfel per Videoschalte
   ab"); a verb of meeting tells it
   by its subject in the plural wherever it stands in the clause ("Am Montag tagten noch einmal
   unter deutschem Vorsitz die EU-Innenminister per Video", "Am Abend berieten erneut alle
   Staats- und Regierungschefs"). Null where nothing says so ("das Treffen", "die Gespräche"). The
   ministers of an organisation and its leaders meet on their own: "das Außenministertreffen der
   EU in Luxemburg" is no report of the EU summit of that week; nor is a summit the ministers
   hold as theirs ("Die NATO-Außenminister beraten auf ihrem Gipfel"). after is the sentence after
   the trigger, before the sentence up to it. #}
{% macro meeting_body(trigger, after, before) -%}
    {%- set by_whom = "^\\s+(der|des|aller|von|die|alle|mit\\s+den|mit\\s+allen)\\s+([\\pL-]+\\s+){0,2}|^[^,;:.]*\\sauf\\s+(initiative|einladung)\\s+(von|der|des)\\s+([\\pL-]+\\s+){0,2}" -%}
    {%- set leaders = "(staats-\\s+und\\s+regierungschefs|regierungschef|staatschef|staatsoberhäupter|kanzler|premierminister|ministerpräsident|präsident|europäischen\\s+rat(s|es)?\\b)" -%}
    {#- After a verb: its clause up to the plural subject, "die" or "alle" and up to two adjectives or a number before the noun. -#}
    {%- set in_clause = "^[^,;:.!?]*\\s(die|alle)\\s+([\\pL-]+en?\\s+|\\d+\\s+){0,2}" -%}
    case
        when regexp_matches(lower({{ trigger }}), 'minister') and not regexp_matches(lower({{ trigger }}), 'premierminister|ministerpräsident')
            then 'ministers'
        -- Ministers as the subject, the meeting theirs: "Die NATO-Außenminister beraten auf ihrem
        -- zweitägigen Gipfel" is the ministers' meeting, whatever its noun.
        when regexp_matches(
                {{ before }},
                '(^|\s)(die|alle)\s+([\pL-]+\s+){0,2}[\pL-]*minister(innen)?\s[^,;:.!?]*\s(ihr|ihre|ihrem|ihren|ihres|ihrer)\s+([\pL-]+\s+){0,2}$',
                'i'
            )
            and not regexp_matches({{ before }}, 'premierminister|ministerpräsident', 'i')
            then 'ministers'
        when regexp_matches(lower({{ trigger }}), 'gipfel')
            or regexp_matches({{ after }}, '({{ by_whom }})[\pL-]*{{ leaders }}', 'i')
            or (regexp_matches({{ trigger }}, '^[[:lower:]]') and regexp_matches({{ after }}, '{{ in_clause }}[\pL-]*{{ leaders }}', 'i'))
            or regexp_matches({{ before }}, '(^|\s)(die|alle)\s+([\pL\d-]+\s+){0,2}[\pL-]*(staats-\s+und\s+regierungschefs|regierungschefs|staatschefs|staatsoberhäupter)\s', 'i')
            then 'leaders'
        when regexp_matches({{ after }}, '({{ by_whom }})[\pL-]*minister(in|innen|n|s)?([\s,.;:!?)"“]|$)', 'i')
            or (regexp_matches({{ trigger }}, '^[[:lower:]]')
                and regexp_matches({{ after }}, '{{ in_clause }}[\pL-]*minister(innen)?([\s,.;:!?)"“]|$)', 'i')
                and not regexp_matches({{ after }}, '^[^,;:.!?]*(premierminister|ministerpräsident)', 'i'))
            or (regexp_matches({{ before }}, '(^|\s)(die|alle)\s+([\pL-]+\s+){0,2}[\pL-]*minister(innen)?\s', 'i')
                and not regexp_matches({{ before }}, 'premierminister|ministerpräsident', 'i'))
            then 'ministers'
        when regexp_matches(lower({{ trigger }}), 'botschafter')
            or regexp_matches({{ after }}, '({{ by_whom }})[\pL-]*botschafter(in|innen|n|s)?([\s,.;:!?)"“]|$)', 'i')
            -- The permanent representatives are the ambassadors ("ein Treffen der ständigen Vertreter der EU-Staaten").
            or regexp_matches({{ after }}, '^\s+(der|aller)\s+ständigen\s+vertreter', 'i')
            or regexp_matches({{ before }}, '(^|\s)(die|alle)\s+ständigen\s+vertreter(innen)?\s', 'i')
            or (regexp_matches({{ trigger }}, '^[[:lower:]]')
                and regexp_matches({{ after }}, '{{ in_clause }}[\pL-]*botschafter(innen)?([\s,.;:!?)"“]|$)', 'i'))
            or regexp_matches({{ before }}, '(^|\s)(die|alle)\s+([\pL-]+\s+){0,2}[\pL-]*botschafter(innen)?\s', 'i')
            then 'ambassadors'
    end
{%- endmacro %}

{# An agreement that no one has made: its noun after an indefinite or negative article ("an
   einem Freihandelsabkommen interessiert", "während der Aushandlung eines formellen
   Gibraltar-Abkommens", "sollte bis zum 15. Oktober kein Abkommen vereinbart sein") or named as
   the aim of a deadline ("eine Frist zur Einigung bis 15. Oktober") is one wished for, offered or
   to be negotiated; no report of an agreement made. An indefinite agreement that the sentence
   tells was reached ("haben sich auf ein Abkommen geeinigt", "unterzeichneten ein Abkommen",
   "haben eine Grundsatzeinigung erzielt") is one. before is the sentence up to the trigger,
   sentence the whole sentence. #}
{% macro names_a_possible_agreement(event_type, trigger, before, sentence) -%}
    ({{ event_type }} = 'AGREE'
        and regexp_matches({{ trigger }}, '^[[:upper:]]')
        and (
            regexp_matches({{ before }}, '(^|\s)(kein|keine|keinem|keinen|keiner|keines)(\s+[\pL-]+(e|en|er|es|em))*\s+$', 'i')
            or regexp_matches({{ before }}, '(frist|ultimatum)\s+(zur|für\s+die|für\s+eine|bis\s+zur)\s+$', 'i')
            or (
                regexp_matches({{ before }}, '(^|\s)(ein|eine|einem|einen|einer|eines)(\s+[\pL-]+(e|en|er|es|em))*\s+$', 'i')
                and not regexp_matches(
                    {{ sentence }},
                    '\s(geeinigt|verständigt|unterzeichnet|unterzeichneten|unterzeichnete|unterschrieben|unterschrieb|abgeschlossen|geschlossen|schlossen|besiegelt|besiegelten|erzielt|erzielten|erreicht|erreichten|ausgehandelt|vereinbart|vereinbarten)\b',
                    'i'
                )
            )
        ))
{%- endmacro %}

{# A mention that tells one person meeting another, by a verb of meeting ("Am Rande des
   NATO-Gipfels trafen sich Meloni und Erdoğan", "Pompeo trifft Le Drian am Rande der
   Ministerkonferenz") or by a reflexive verb with "mit" ("Trump will sich beim G20-Gipfel mit Xi
   treffen"), not attendance of a summit, which a noun names ("Merkel beim EU-Gipfel", "Kurz auf
   dem Gipfel"). With persons of two states (int_article_event_sides) it is their bilateral
   contact. trigger is the trigger, sentence the whole sentence. #}
{% macro tells_a_meeting_of_persons(trigger, sentence) -%}
    (regexp_matches({{ trigger }}, '^[[:lower:]]')
        or regexp_matches({{ sentence }}, '(^|\s)sich\s+(\S+\s+){0,3}mit\s', 'i'))
{%- endmacro %}

{# The name a summit noun's compound gives it, from an abbreviation before the hyphen:
   "G7-Gipfel", "G-7-Gipfels" -> g7, "NATO-Gipfel" -> nato, "EU-Sondergipfel" -> eu; null for a
   noun without one ("der Gipfel", "Sondergipfel", "Nato-Treffen", "EU-China-Gipfel"). Two such
   names are two summits (the G7 in Elmau and the NATO summit in Madrid). #}
{% macro summit_name(trigger) -%}
    case when regexp_matches(lower({{ trigger }}), '^[^-]+(-\d+)?-[\pL]*(gipfel|gipfeltreffen|treffen|konferenz)(s|es)?$')
        then nullif(lower(replace(regexp_extract({{ trigger }}, '^([[:upper:]][[:upper:]\d]*(-\d+)?)-', 1), '-', '')), '')
    end
{%- endmacro %}
