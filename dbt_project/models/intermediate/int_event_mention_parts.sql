-- One row per event mention, with the article event it is part of for linking (local_event_key).
-- The extraction ties an article's mentions of one event together; a mention whose own date or
-- status places it elsewhere is no part of that event and becomes an article event of its own
-- (keyed by its mention_id), so it links to nothing it does not fit: an unknown rather than a
-- wrong link.
--   - Another day: a mention dated to a day more than var('summit_span_days') from the day its
--     article event gives and from the days of its other mentions ("das Treffen in Meseberg am Montag" tied to "vor dem EU-Gipfel am
--     Freitag"); or to a month that lies away from that day ("der EU-Gipfel im Dezember" beside
--     the summit of 15 October).
--   - Wished for: a contact after a word of readiness, hope, offer or request ("die Hoffnung auf
--     Verhandlungen", "Putin sei zu Gesprächen bereit") whose clause names no occasion; or a meeting of a
--     kind ("gegen ein solches Treffen"): no report of any one contact, linked to none.
--   - Another time: a contact its clause tells as one more of its kind ("telefonierte ein zweites
--     Mal mit Putin", "Nun reist wieder eine Delegation nach Taipeh").
--   - Meetings in general: a plural noun of meeting ("auf EU-Gipfeln",
--     "bei den Videokonferenzen in den Hauptstädten", "um an EU-Treffen teilzunehmen"), or a
--     contact told as one of several ("hatte sich mehrfach mit Kim getroffen").
--   - Talks still to come without a day of their own, tied to talks held as the event ("die
--     Gespräche werden nun intensiviert" beside "nach vier Gesprächsrunden" of this month): a
--     round ahead, not the talks so far.
--   - Another occurrence: "die zurückliegenden Verhandlungen", "der vorige Gipfel" always; "der
--     nächste Gipfel" tied to one held, or undated beside a meeting of a day.
--   - Another occurrence: "einen weiteren G-20-Gipfel" tied to the summit told of; "beim
--     vergangenen EU-Gipfel" in an article that tells of a summit of the days it appeared in.
--   - A meeting of some of those at a summit: "beim Frühstück im kleinen Kreis", "am Rande des
--     Gipfels trafen sich Merkel und Macron"; and the summit named as the occasion of such a
--     contact of two persons ("will sich mit Xi beim G20-Gipfel treffen").
--   - Talks of their own tied to a meeting, call or visit: "bei den anstehenden Gesprächen" beside a
--     meeting held, "trotz der laufenden Verhandlungen", "die Atomgespräche".
--   - Another week or year: "beim Antrittsbesuch vergangene Woche" beside a meeting of these days;
--     "Dieses fand am 6. Juni 2014 statt" beside the meeting of 2022. Over months or years: "in den
--     vergangenen vier Jahren in Kontakt stand".
--   - Talks lasting months tied to a meeting ("wenn die Verhandlungen weitere Monate andauern"): the process.
--   - Its date against its status: held on days after its article appeared ("die Anfang November
--     beginnenden Beratungen" held, of 31 October), or still to come on days already past.
--   - Long ago or at home: undated in a sentence that says "vor sieben Wochen"; a meeting of a
--     body of one state's politics ("nach dem Treffen des Koalitionsausschusses").
--   - The topic of a statement: "eine Regierungserklärung zum EU-Gipfel"; talks whose state
--     others take stock of: "eine Bilanz zum Stand der Gespräche ziehen".
--   - Ministers tied to leaders, or leaders to ministers (meeting_level): "vor dem EU-Gipfel
--     trafen sich die Außenminister" tied to the summit is the ministers' meeting.
--   - A meeting before a summit: "bei ihrem ersten Treffen vor dem Sondergipfel" is not the summit.
--   - Another person's visit: "während des Besuchs von UN-Generalsekretär Guterres" in Merz's trip.
--   - The leg left behind: "Nach seinem Besuch in Katar reist Habeck weiter in die Emirate" is no visit to Katar.
--   - Another named summit: "weiter zum NATO-Gipfel" tied to the G7-Gipfel (summit_name).
--   - Another body's meeting: "Das Treffen" right after "Das UN-Gremium will heute beraten".
--   - An agreement no one has made (names_a_possible_agreement): "an einem Freihandelsabkommen
--     interessiert", "eine Frist zur Einigung"; alone too, it is no event to link.
--   - A meeting, call or visit tied to talks as the event: each meeting of talks is an event.
--   - Talks on a subject of their own tied to a meeting ("die Haushaltsverhandlungen" beside the
--     EU summit): a process of their own, unless held at the meeting ("beim Gipfel verhandeln").
--   - A round held that no day places ("das Ende der ersten Runde der Verhandlungen"): alone.
--   - A round of talks dated to its day (called a round, or to its month), tied to the talks as a
--     whole, is an article event of its own (keyed mention_id || '-round'), not set apart: it
--     links by its days.
--   - Told as held, tied to a plan without a date (a meeting held on a day or in a month) or for
--     a day not yet past when the article appeared: another event.
-- A mention set apart that referred back ("die Unterhändler verhandeln seit Monaten") took its
-- sides from the event it is no part of: it keeps the states and organisations, and of the people
-- only those its own sentence names (unless fewer than two sides would be left).
with mentions as (
    -- The sentence on either side of the trigger, which the rules below read.
    select
        *,
        left(sentence_text, trigger_start - start_char) as text_before_trigger,
        substr(sentence_text, trigger_end - start_char + 1) as text_after_trigger
    from {{ ref('stg_event_mentions') }}
),

articles as (
    select
        article_id,
        published_at
    from {{ ref('stg_articles') }}
),

people as (
    select
        entity_id,
        bool_or(entity_type = 'PERSON') as is_person
    from {{ ref('stg_entities') }}
    group by all
),

named as (
    -- Who each sentence names.
    select distinct
        article_id,
        sentence_index,
        entity_id
    from {{ ref('stg_entity_mentions') }}
),

article_events as (
    -- What the extraction's article event says as a whole: the day it gives (its latest, as
    -- int_article_events dates it), whether it is talks that were held.
    select
        local_event_key,
        -- A round of the talks dated to its day is an event of its own (dated_round), whose day is
        -- none of the talks'.
        max(event_date) filter (
            where date_precision = 'day'
                and not {{ names_a_dated_round('event_type', 'trigger_text', 'date_precision', 'text_before_trigger', 'status', 'text_after_trigger') }}
        ) as event_day,
        -- Talks are the event (its first mention names them) and were held: the negotiations of a
        -- summit are the summit's.
        bool_or(mention_id = local_event_key and event_type = 'NEGOTIATION')
            and bool_or(event_type = 'NEGOTIATION' and status = 'happened') as talks_held
    from mentions
    group by all
),

days as (
    select
        mention_id,
        local_event_key,
        try_cast(event_date as date) as day
    from mentions
    where date_precision = 'day'
),

dated_contacts as (
    -- Meetings, calls and visits dated to their day: what "der nächste", "der vergangene" or "ein
    -- weiterer" Gipfel is told beside.
    select mention_id, article_id, event_date
    from mentions
    where date_precision = 'day'
        and event_type in {{ contact_types() }}
),

another_day as (
    -- Far from the event's day and from every other day its mentions give: the days of a summit
    -- from Friday to Tuesday hold together, a meeting weeks before stands apart.
    select d.mention_id
    from days as d
    inner join article_events as e using (local_event_key)
    where d.day <> try_cast(e.event_day as date)
        and not exists (
            select 1
            from days as o
            where o.local_event_key = d.local_event_key
                and o.mention_id <> d.mention_id
                and abs(date_diff('day', o.day, d.day)) <= {{ var('summit_span_days') }}
        )
),

another_month as (
    -- Dated to a month that lies away from the day its article event gives: "der EU-Gipfel im
    -- Dezember" tied to the summit "am Donnerstag" in October is the next summit, not this one.
    select m.mention_id
    from mentions as m
    inner join article_events as e using (local_event_key)
    where m.date_precision = 'month'
        and (
            try_cast(e.event_day as date) < {{ date_lower_bound('m.event_date', "'month'") }} - {{ var('summit_span_days') }}
            or try_cast(e.event_day as date) > {{ date_upper_bound('m.event_date', "'month'") }} + {{ var('summit_span_days') }}
        )
),

several as (
    -- A plural noun of meeting (names_several_meetings): meetings in general ("von einem, der sie
    -- auf EU-Gipfeln erlebt hat"), or several, are no part of the event they are tied to.
    select mention_id
    from mentions
    where {{ names_several_meetings('trigger_text', 'text_before_trigger', 'text_after_trigger') }}
        or {{ names_meetings_bare('trigger_text', 'text_before_trigger', 'sentence_text') }}
        or {{ names_a_vague_count('trigger_text', 'text_before_trigger') }}
        -- "hatte sich mehrfach mit Kim getroffen": several contacts, no one of them
        -- (tells_of_several_occasions).
        or {{ tells_of_several_occasions('event_type', 'date_precision', 'trigger_text', 'text_before_trigger', 'text_after_trigger') }}
        -- "mit dem sie in den vergangenen vier Jahren in Kontakt stand": a tie kept (tells_of_a_span).
        or {{ tells_of_a_span('event_type', 'date_precision', 'text_before_trigger') }}
),

wished_for as (
    -- "die vage Hoffnung auf Verhandlungen", "Moskau sei zu Gesprächen bereit" (names_a_wish), "ihr
    -- Widerstand gegen ein solches Treffen" (names_a_kind_of_meeting): no report of any one contact.
    select mention_id
    from mentions
    where event_type in {{ contact_types() }}
        and (
            {{ names_a_wish('trigger_text', 'text_before_trigger', 'text_after_trigger') }}
            or {{ names_a_kind_of_meeting('trigger_text', 'text_before_trigger') }}
        )
),

told_again as (
    -- "Am späten Abend telefonierte Macron ein zweites Mal mit Putin" (tells_of_another_time): one
    -- more contact of its kind, no part of the event it is tied to, and linked to none.
    select mention_id
    from mentions
    where {{ tells_of_another_time('event_type', 'trigger_text', 'text_before_trigger', 'text_after_trigger') }}
),

persons_told_meeting as (
    -- Sentences with a contact that names two persons or more ("Trump will sich mit Xi treffen").
    select
        o.mention_id,
        o.article_id,
        o.sentence_index
    from mentions as o
    cross join unnest(o.participant_ids) as u(entity_id)
    inner join people as p on p.entity_id = u.entity_id
    where o.event_type in {{ contact_types() }}
        and p.is_person
    group by all
    having count(distinct u.entity_id) >= 2
),

setting_of_a_contact as (
    -- "Der US-Präsident will sich mit Xi beim G20-Gipfel treffen": the summit is the occasion
    -- (names_the_setting) of a contact of two persons the same sentence tells by another trigger,
    -- a bilateral on its sidelines; or by "mit" and a word of talking after it (linking.tsv,
    -- talking_stem), where the sentence names two persons ("Putin will beim G20-Gipfel, der am
    -- Freitag beginnt, mit Trump und Merkel Gespräche führen"; not "hatte auf dem G7-Gipfel die
    -- Unterstützung mit dem Kampf gegen Hitler verglichen"). The sentence is no report of the summit.
    select m.mention_id
    from mentions as m
    where m.event_type in ('MEETING', 'CALL')
        and {{ names_the_setting('m.trigger_text', 'm.text_before_trigger') }}
        and (
            exists (
                select 1
                from persons_told_meeting as o
                where o.article_id = m.article_id
                    and o.sentence_index = m.sentence_index
                    and o.mention_id <> m.mention_id
            )
            or (
                regexp_matches(
                    m.text_after_trigger,
                    '^[^.;!?]*\smit\s[^.;!?]*\s(' || {{ link_words('talking_stem') }} || ')',
                    'i'
                )
                and (
                    select count(distinct n.entity_id)
                    from named as n
                    inner join people as p on p.entity_id = n.entity_id
                    where n.article_id = m.article_id
                        and n.sentence_index = m.sentence_index
                        and p.is_person
                ) >= 2
            )
        )
),

round_ahead as (
    select m.mention_id
    from mentions as m
    inner join article_events as e using (local_event_key)
    where m.event_type = 'NEGOTIATION'
        and m.status in ('planned', 'proposed')
        and m.date_precision is distinct from 'day'
        and e.talks_held
),

held_beside_a_plan as (
    -- Told as held, tied to an event its first mention tells as still to come: without a date ("das
    -- erste physische Treffen" on Monday in Meseberg, tied to "vor dem nächsten EU-Gipfel"; "Der
    -- Gipfel sei nur ein Startpunkt gewesen" of June, tied to "bis zu dem ursprünglich für
    -- September geplanten EU-China-Gipfel"), a plan gives no day to hold it to; on a day not before the article appeared ("Die Unterhändler
    -- verhandeln seit Monaten" beside "Am Mittwoch trifft Johnson von der Leyen" on Wednesday),
    -- nothing of it is held yet. Either way what was held is another event.
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    inner join articles as a on a.article_id = r.article_id
    where m.mention_id <> r.mention_id
        and m.status = 'happened'
        and r.status in ('planned', 'proposed')
        and (
            (r.event_date is null and m.date_precision in ('day', 'month'))
            or (r.date_precision = 'day' and try_cast(r.event_date as date) >= a.published_at)
        )
),

another_occurrence as (
    -- "der nächste Gipfel", "noch einmal bei einem EU-Gipfel" (names_another_occurrence): not the
    -- meeting held that it is tied to; and, without a date of its own, not the meeting its article
    -- gives the day of ("bis zum nächsten EU-Videogipfel" beside "beim Videogipfel an diesem
    -- Donnerstag"). Alone it is the next meeting ahead ("auf dem kommenden EU-Gipfel").
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    where {{ names_an_earlier_occurrence('m.text_before_trigger') }}
        or {{ names_another_occurrence('m.text_before_trigger', "m.status <> 'happened'") }}
        and (
            (m.mention_id <> r.mention_id and r.status = 'happened')
            or (
                m.event_date is null
                and exists (
                    select 1
                    from dated_contacts as o
                    where o.article_id = m.article_id
                )
            )
        )
),

previous_beside_a_current as (
    -- "beim vergangenen EU-Gipfel", "beim letzten Treffen" in an article that tells of a meeting
    -- of the days it appeared in (the summit under way on Thursday, told on Friday): the meeting
    -- before that one. Without such a meeting, "der vergangene Gipfel" may be the one in the news
    -- and stays.
    select m.mention_id
    from mentions as m
    inner join articles as a on a.article_id = m.article_id
    where {{ names_the_previous_occurrence('m.text_before_trigger') }}
        and exists (
            select 1
            from dated_contacts as o
            where o.article_id = m.article_id
                and o.mention_id <> m.mention_id
                and try_cast(o.event_date as date) >= a.published_at - 1
                and o.event_date is distinct from m.event_date
        )
),

meeting_of_some as (
    -- A meeting of some of those at a summit (names_a_meeting_of_some): "beim Frühstück im
    -- kleinen Kreis", "am Rande des Gipfels trafen sich Merkel und Macron" is no report of the
    -- summit, nor, alone, of any meeting another article tells of.
    select mention_id
    from mentions
    where event_type in {{ contact_types() }}
        and {{ names_a_meeting_of_some('sentence_text', 'text_before_trigger') }}
),

further_meeting as (
    -- "einen weiteren G-20-Gipfel" tied to the summit its article tells of, or without a date of
    -- its own beside the summit its article gives the day of: another summit.
    select m.mention_id
    from mentions as m
    where {{ names_a_further_meeting('m.event_type', 'm.text_before_trigger') }}
        and (
            m.mention_id <> m.local_event_key
            or (
                m.event_date is null
                and exists (
                    select 1
                    from dated_contacts as o
                    where o.article_id = m.article_id
                        and o.mention_id <> m.mention_id
                )
            )
        )
),

talks_as_a_whole as (
    -- Talks tied to a meeting, call or visit that are a process of their own, not the contact of a
    -- day: on a subject of their own (names_talks_on_a_subject: "die Haushaltsverhandlungen" beside
    -- the EU summit of Friday, "ein Klimagesetz, das seit Ende November zwischen den EU-Ländern und
    -- dem Parlament verhandelt wird" beside the summit), or told lasting weeks, months or years
    -- (linking.tsv, duration_word: "Selbst wenn die Verhandlungen weitere Monate andauern").
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    where m.event_type = 'NEGOTIATION'
        and r.event_type in ('MEETING', 'CALL', 'VISIT')
        and ({{ names_talks_on_a_subject('m.trigger_text', 'm.text_before_trigger', 'm.text_after_trigger') }}
            or regexp_matches(m.sentence_text, '(^|[^\pL])(' || {{ link_words('duration_word') }} || ')([^\pL]|$)', 'i'))
),

talks_of_their_own as (
    -- Talks tied to a meeting, call or visit told by another noun that an adjective or a compound
    -- makes other talks (names_talks_of_their_own): "bei den anstehenden Gesprächen" beside
    -- Baerbock's meeting with Blinken held, "trotz der laufenden Verhandlungen", "die
    -- Atomgespräche" beside the G7 ministers' meeting. No part of the contact.
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    where m.mention_id <> r.mention_id
        and (
            (r.event_type in ('MEETING', 'CALL', 'VISIT')
                and not regexp_matches(lower(r.trigger_text), 'gespräch|verhandl|beratung|unterredung')
                and {{ names_talks_of_their_own('m.trigger_text', 'm.text_before_trigger', "r.status = 'happened'") }})
            -- Talks told as still to come, with no day of their own, tied to a contact or talks told
            -- as held: "Er hoffe, dass diese Gespräche dann zu Ergebnissen führen würden" beside the
            -- talks held in Paris, "die Gespräche in Wien werden äußerst schwierig" beside the G20
            -- summit. Talks ahead, not those held.
            or (regexp_matches(lower(m.trigger_text), '(gespräche|gesprächen|verhandlungen|beratungen)$')
                and m.status in ('planned', 'proposed')
                and m.date_precision is distinct from 'day'
                and r.status = 'happened')
        )
),

another_week as (
    -- A contact whose clause says the week, month or year before (names_a_past_span: "beim
    -- Antrittsbesuch vergangene Woche"), tied to an event its article dates to the days it appeared
    -- in (the G7 meeting of these days): an earlier occurrence.
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    inner join articles as a on a.article_id = m.article_id
    where m.mention_id <> r.mention_id
        and m.event_type in {{ contact_types() }}
        and r.date_precision = 'day'
        and try_cast(r.event_date as date) >= a.published_at - 3
        and {{ names_a_past_span('m.text_before_trigger', 'm.text_after_trigger') }}
),

another_year as (
    -- A meeting, call or visit tied to an event whose sentence names a year that is neither the
    -- event's nor its article's, not as a start or an end ("seit 2014", "bis 2030"): "Dieses fand
    -- am 6. Juni 2014 in Ouistreham statt" of the first meeting of a format, told beside its meeting
    -- of these days. Another occurrence.
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    inner join articles as a on a.article_id = m.article_id
    where m.mention_id <> r.mention_id
        and m.event_type in ('MEETING', 'CALL', 'VISIT', 'CONTACT')
        and {{ names_another_year('m.sentence_text', ['cast(year(a.published_at) as varchar)',
            "coalesce(left(r.event_date, 4), '')", "coalesce(left(m.event_date, 4), '')"]) }}
),

long_ago as (
    -- "war zuletzt vor sieben Wochen auf einem EU-Treffen in Kroatien" undated
    -- (names_a_time_long_ago; talks, which last years, excepted), and "nach dem Treffen des Koalitionsausschusses"
    -- (names_a_domestic_body): no part of the event of these days, and linked to none.
    select mention_id
    from mentions
    where event_type <> 'NEGOTIATION' and {{ names_a_time_long_ago('event_date', 'sentence_text') }}
        or {{ names_a_domestic_body('text_after_trigger') }}
),

date_against_status as (
    -- Its own date is one its own status contradicts (date_contradicts_status): held after its
    -- article appeared, or still to come before it. Another occurrence or a wrong date, no report
    -- of the event of its article's days, and linked to none.
    select m.mention_id
    from mentions as m
    inner join articles as a using (article_id)
    where m.event_type in {{ contact_types() }}
        and {{ date_contradicts_status('m.status', 'm.event_date', 'm.date_precision', 'a.published_at') }}
),

round_called_off as (
    -- A round called so, of a month, called off ("im März war die zweite Verhandlungsrunde
    -- ausgefallen"): an event of its own, which has no days to link by; no report of the talks.
    select mention_id
    from mentions
    where event_type = 'NEGOTIATION'
        and status = 'cancelled'
        and date_precision = 'month'
        and {{ names_a_round('trigger_text', 'text_before_trigger') }}
),

round_held_undated as (
    -- A round called so, held, that no day or month places ("nach dem Ende der ersten Runde der
    -- Verhandlungen"): one round, not the talks as a whole, and without days to link by.
    select mention_id
    from mentions
    where event_type = 'NEGOTIATION'
        and status = 'happened'
        and coalesce(date_precision, 'year') = 'year'
        and {{ names_a_round('trigger_text', 'text_before_trigger') }}
),

statement_topic as (
    -- "Am Donnerstag will Merkel eine Regierungserklärung zum EU-Gipfel abgeben": a speech about
    -- the summit, no report of it.
    select mention_id
    from mentions
    where {{ names_the_topic_of_a_statement('text_before_trigger') }}
        -- "eine Bilanz zum Stand der Gespräche ziehen": a stocktake, no report of the talks
        -- (names_the_state_of_talks).
        or {{ names_the_state_of_talks('event_type', 'text_before_trigger') }}
),

another_level as (
    -- Ministers meeting, tied to an event whose first mention is a meeting of leaders, or the other
    -- way round, or ministers of another portfolio (meeting_level, levels_conflict): two meetings.
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    where {{ levels_conflict(
        meeting_level('m.trigger_text', 'm.text_after_trigger', 'm.text_before_trigger'),
        meeting_level('r.trigger_text', 'r.text_after_trigger', 'r.text_before_trigger')
    ) }}
),

before_a_summit as (
    -- "bei ihrem ersten Treffen vor dem Sondergipfel" (names_a_meeting_before_a_summit): a meeting
    -- that prepares the summit, or one beside it, no report of the summit; nor are the mentions
    -- that refer back to it as their article event's first ("Die Verhandlungen sollen aber am
    -- Montagmorgen fortgesetzt werden").
    select o.mention_id
    from mentions as m
    inner join mentions as o
        on o.mention_id = m.mention_id
        or (m.mention_id = m.local_event_key and o.local_event_key = m.mention_id and o.anaphoric)
    where m.event_type in {{ contact_types() }}
        and {{ names_a_meeting_before_a_summit('m.trigger_text', 'm.text_after_trigger') }}
),

another_visitor as (
    -- A visit or meeting whose noun names, after "von" or "des" (up to three words of title
    -- between), a person who is none of the mention's people, where it has people of its own:
    -- "während des Besuchs von UN-Generalsekretär António Guterres" tied to Merz's trip is
    -- Guterres's visit, another event.
    select distinct m.mention_id
    from mentions as m
    inner join {{ ref('stg_entity_mentions') }} as n
        on n.article_id = m.article_id
        and n.sentence_index = m.sentence_index
    inner join people as p on p.entity_id = n.entity_id
    where m.event_type in ('VISIT', 'MEETING')
        and regexp_matches(m.trigger_text, '^[[:upper:]]')
        and p.is_person
        and n.start_char >= m.trigger_end
        and not list_contains(m.participant_ids, n.entity_id)
        and regexp_matches(
            substr(m.sentence_text, m.trigger_end - m.start_char + 1, n.start_char - m.trigger_end),
            '^\s+(von|des|der)\s+([\pL-]+\s+){0,3}$'
        )
        and exists (
            select 1
            from unnest(m.participant_ids) as u(entity_id)
            inner join people as q on q.entity_id = u.entity_id
            where q.is_person
        )
),

leg_left_behind as (
    -- A visit told by "weiter" after its verb ("Nach seinem Besuch in Katar reist Habeck weiter in
    -- die Emirate"; linking.tsv, onward_word) goes on to the place named after the verb: a place
    -- the sentence names only before it is the leg left behind, another visit.
    select m.mention_id
    from mentions as m
    where m.event_type = 'VISIT'
        and m.location_id is not null
        and regexp_matches(m.text_after_trigger, '^\s+([\pL-]+\s+){0,2}(' || {{ link_words('onward_word') }} || ')\b', 'i')
        and exists (
            select 1
            from {{ ref('stg_entity_mentions') }} as n
            where n.article_id = m.article_id
                and n.sentence_index = m.sentence_index
                and n.entity_id = m.location_id
                and n.end_char <= m.trigger_start
        )
        and not exists (
            select 1
            from {{ ref('stg_entity_mentions') }} as n
            where n.article_id = m.article_id
                and n.sentence_index = m.sentence_index
                and n.entity_id = m.location_id
                and n.start_char >= m.trigger_end
        )
),

another_named_summit as (
    -- "Auch Scholz muss weiter zum NATO-Gipfel" tied to the G7-Gipfel its article tells of: a summit
    -- its noun names (summit_name) otherwise than the first named mention of its article event is another summit.
    select m.mention_id
    from mentions as m
    inner join (
        select local_event_key, arg_min({{ summit_name('trigger_text') }}, start_char) as event_name
        from mentions
        where {{ summit_name('trigger_text') }} is not null
        group by all
    ) as e using (local_event_key)
    where {{ summit_name('m.trigger_text') }} <> e.event_name
),

another_bodys_meeting as (
    -- A noun of meeting that refers back ("Das Treffen war auf Bitten der Ukraine anberaumt
    -- worden"), right after a sentence that tells an organisation none of its sides meeting by a
    -- verb (linking.tsv, meeting_verb: "Das mächtigste UN-Gremium will heute beraten"), where its
    -- article event was last told two sentences or more before: it is that body's meeting, not
    -- the summit told before.
    -- The sentence before is read from the article's text, up to the mention's sentence.
    select m.mention_id
    from mentions as m
    inner join {{ ref('stg_articles') }} as a on a.article_id = m.article_id
    where m.anaphoric
        and m.event_type in ('MEETING', 'CALL', 'NEGOTIATION')
        and m.mention_id <> m.local_event_key
        and regexp_matches(
            regexp_extract(left(a.text, m.start_char), '([^.!?]*[.!?]["“]?)\s*$', 1),
            '\s(' || {{ link_words('meeting_verb') }} || ')([\s,.;:!?]|$)',
            'i'
        )
        and not exists (
            select 1
            from mentions as o
            where o.local_event_key = m.local_event_key
                and o.sentence_index between m.sentence_index - 2 and m.sentence_index - 1
        )
        and exists (
            select 1
            from {{ ref('stg_entity_mentions') }} as n
            inner join {{ ref('stg_entities') }} as e
                on e.article_id = n.article_id
                and e.entity_id = n.entity_id
            where n.article_id = m.article_id
                and n.sentence_index = m.sentence_index - 1
                and e.entity_type = 'ORG'
                and not list_contains(m.participant_ids, n.entity_id)
        )
),

possible_agreement as (
    -- "beide Seiten sind an einem Freihandelsabkommen interessiert": no agreement made.
    select mention_id
    from mentions
    where {{ names_a_possible_agreement('event_type', 'trigger_text', 'text_before_trigger', 'sentence_text') }}
),

talks_meeting as (
    -- A meeting, call or visit tied to talks as the event ("die Verhandlungen über ein Abkommen
    -- laufen seit Jahren" and "die Konferenz findet erstmals digital statt"): the talks as a whole
    -- are one event, each meeting of them another.
    select m.mention_id
    from mentions as m
    inner join mentions as r on r.mention_id = m.local_event_key
    where r.event_type = 'NEGOTIATION'
        and m.event_type in ('MEETING', 'CALL', 'VISIT')
),

apart as (
    select mention_id from another_occurrence
    union
    select mention_id from further_meeting
    union
    select mention_id from previous_beside_a_current
    union
    select mention_id from meeting_of_some
    union
    select mention_id from talks_as_a_whole
    union
    select mention_id from statement_topic
    union
    select mention_id from talks_meeting
    union
    select mention_id from another_level
    union
    select mention_id from before_a_summit
    union
    select mention_id from another_visitor
    union
    select mention_id from leg_left_behind
    union
    select mention_id from another_named_summit
    union
    select mention_id from another_bodys_meeting
    union
    select mention_id from possible_agreement
    union
    select mention_id from another_day
    union
    select mention_id from another_month
    union
    select mention_id from several
    union
    select mention_id from told_again
    union
    select mention_id from setting_of_a_contact
    union
    select mention_id from round_ahead
    union
    select mention_id from held_beside_a_plan
    union
    select mention_id from long_ago
    union
    select mention_id from date_against_status
    union
    select mention_id from talks_of_their_own
    union
    select mention_id from another_week
    union
    select mention_id from another_year
    union
    select mention_id from round_called_off
    union
    select mention_id from round_held_undated
    union
    select mention_id from wished_for
),

alone as (
    -- Set apart as no report of the event its article tells at all, nor of the talks: a statement
    -- or stocktake on it, a round called off, an earlier occurrence ("in den zurückliegenden Brexitverhandlungen").
    -- Keyed mention_id || '-alone-apart', so that talks (int_event_mentions_linked) do not take it
    -- back as their article does other mentions set apart ("nach vier Gesprächsrunden", several
    -- rounds, are the talks as a whole).
    select mention_id from statement_topic
    union
    select mention_id from round_called_off
    union
    select mention_id from round_held_undated
    union
    select mention_id from wished_for
    union
    select mention_id
    from mentions
    where {{ names_an_earlier_occurrence('text_before_trigger') }}
),

dated_round as (
    -- A round of talks an article calls so and dates to its day ("am Dienstag beginnt die vierte
    -- Verhandlungsrunde"), tied to the talks as a whole: the round is an event of its own, which
    -- links by its day (int_article_events.is_round), the talks as one process.
    select m.mention_id
    from mentions as m
    where {{ names_a_dated_round('m.event_type', 'm.trigger_text', 'm.date_precision', 'm.text_before_trigger', 'm.status', 'm.text_after_trigger') }}
        and exists (
            select 1
            from mentions as o
            where o.local_event_key = m.local_event_key
                and not {{ names_a_dated_round('o.event_type', 'o.trigger_text', 'o.date_precision', 'o.text_before_trigger', 'o.status', 'o.text_after_trigger') }}
        )
),

own_sides as (
    select
        m.mention_id,
        list(m.participant_ids[i] order by i) filter (
            where not coalesce(p.is_person, false) or n.entity_id is not null
        ) as kept
    from (
        select
            m.*,
            unnest(generate_series(1, len(m.participant_ids))) as i
        from mentions as m
        inner join apart as a using (mention_id)
        where m.anaphoric
    ) as m
    left join people as p on p.entity_id = m.participant_ids[i]
    left join named as n
        on n.article_id = m.article_id
        and n.sentence_index = m.sentence_index
        and n.entity_id = m.participant_ids[i]
    group by m.mention_id
)

select
    m.* exclude (text_before_trigger, text_after_trigger) replace (
        -- Suffixed: the extraction keys an article event by its first mention, which may be the one set apart.
        case
            when l.mention_id is not null then m.mention_id || '-alone-apart'
            when a.mention_id is not null then m.mention_id || '-apart'
            when d.mention_id is not null then m.mention_id || '-round'
            else m.local_event_key
        end as local_event_key,
        case when len(o.kept) >= 2 then o.kept else m.participant_ids end as participant_ids
    )
from mentions as m
left join apart as a using (mention_id)
left join alone as l using (mention_id)
left join dated_round as d using (mention_id)
left join own_sides as o using (mention_id)
