-- Cross-source linking: article events that report the same real-world event share an event_id.
--
-- A report is what one article tells of one event. The extraction ties an article's mentions of
-- an event together (one local_event_key); reports of one article with the same family and parties
-- whose windows meet are one report too ("der EU-Gipfel" on Friday and "der Gipfel" on Saturday).
-- Two reports are compatible (can be one event) when they come from different articles and
--   - they link in one family (see link_family: a meeting, a visit and talks of a summit are
--     one; an organisation's summit is one whether met or held by video; negotiations between
--     the same parties can be one process within a year, whatever rounds and days the reports give),
--   - they have the same parties (countries or organisations, see int_actor_parties; the members
--     named in a report of an organisation's summit count as the organisation, see
--     int_article_event_sides) and, for each party, the people of one report include those of the
--     other: "Trump - Putin" and "USA - Russland" agree, "Rubio - Lawrow" and "Trump - Putin" do not,
--   - their date windows overlap at the precision each report gives (int_article_events), or lie
--     no more than span_days apart (a summit's Friday and Sunday; "im Mai" and "im Juni" stay apart),
--   - their places do not lie in different countries,
--   - they do not tell of ministers meeting and of leaders meeting ("das Außenministertreffen der
--     EU in Luxemburg", "der EU-Gipfel"), nor of ministers of two portfolios ("die
--     EU-Gesundheitsminister", "die Verkehrsminister der EU"; see meeting_level),
--   - context events (a demand, a threat ...) need two parties and publications within
--     var('context_link_days') days.
-- A report is anchored by another when
--   - both are dated (more precisely than the year they are published in), or they are reports of
--     one negotiation that all appeared within var('undated_link_days') of each other
--     (news_of_the_same_talks: "keinerlei Verhandlungen" in July and "künftige Verhandlungen" in
--     September are not one process for sharing their parties and year),
--   - one reports a past event without a date (its window is the days before it) and the other
--     gives the day, or announced the event as still to come ("im Dezember" on 24 November, "the
--     summit met" on 9 December); a month given for a past event is no anchor for it: "Maas
--     besuchte im Juni Rom" is not the visit an article told of three weeks before,
--   - one is an undated plan and the other's date places the event in the week after it,
--   - they appear within var('undated_link_days') days of each other and one is dated, or both
--     are context events, or both name the same country as the place,
--   - both are news of a past event without a closer date than their month, appear within those
--     days, and name the same person ("Witkoff reiste nach Moskau", "Witkoff führte im Kreml
--     Gespräche"): the USA and Russia "talked" twice in a week are not one event for that.
-- So two undated reports without a place or a person in common never make an event on their
-- own, and "im Sommer" in November is no anchor for April.
-- Events are built within each block (a family and a set of parties) by adding reports one at a
-- time, in the order of the last day each can lie on (see queue): a report joins an event when it
-- is compatible with every report in it and anchored by one of them, and only when exactly one
-- event fits (of several, the one whose days meet its own without a span); otherwise it is an
-- event of its own. So every two reports of one event are compatible (no chaining A~B~C when A
-- and C conflict), and a vague report never picks one of several events. An event is kept as a
-- summary of its reports (report_event, merged_events), so adding a report costs the events
-- still open in its block, never all reports of the pair: an event closes when no report still to
-- come can reach its days, and at most var('most_open_events') are open.
with recursive article_events as (
    select * from {{ ref('int_article_events') }}
),

sides as (
    select * from {{ ref('int_article_event_sides') }}
),

party_sets as (
    select
        local_event_key,
        list_sort(list(distinct linking_party_key)) as party_keys,
        list_sort(coalesce(list(distinct entity_id) filter (where linking_is_person), [])) as person_ids
    from sides
    group by all
),

typed as (
    select
        e.*,
        p.party_keys,
        p.person_ids,
        {{ link_family('e.event_type', 'e.event_family', 'p.party_keys', 'e.status', 'e.date_precision', 'e.is_round') }} as link_family
    from article_events as e
    inner join party_sets as p using (local_event_key)
),

dated as (
    -- A negotiation is news of the year its report dates it to (or appears in): its window is that year.
    select
        * replace (
            case when link_family = 'negotiation' then make_date(negotiation_year, 1, 1) else window_start end as window_start,
            case when link_family = 'negotiation' then make_date(negotiation_year, 12, 31) else window_end end as window_end
        )
    from (
        select
            *,
            coalesce(try_cast(left(event_date, 4) as integer), year(published_at), 1900) as negotiation_year
        from typed
    )
),

people_of_two as (
    -- A report of an article whose people include those of two of its reports with the same
    -- family and parties that conflict: "Pelosi ist nach Blinken und Austin die ranghöchste
    -- US-Politikerin in Kiew" beside "Pelosi besuchte Kiew" and "Vor einer Woche waren Blinken und
    -- Austin in Kiew". It names the people of two contacts, and is the widest of neither.
    select distinct b.local_event_key
    from dated as b
    inner join dated as c
        on {{ names_the_people_of('b', 'c') }}
    inner join dated as d
        on {{ names_the_people_of('b', 'd') }}
    where not list_has_all(c.person_ids, d.person_ids)
        and not list_has_all(d.person_ids, c.person_ids)
),

widest_people as (
    -- The people a report of an article agrees with: of the article's reports with the same family
    -- and parties, the one whose people include its own and those of no other ("Trump" and "Trump
    -- und Putin"; "Russland" and "Trump und Putin"). Where two such conflict ("Trump und Putin",
    -- "Rubio und Lawrow"), a report naming neither's people agrees with none; nor does any with
    -- the widest where that names the people of two contacts (people_of_two): "Pelosi" and
    -- "Blinken und Austin" stay two.
    select
        a.local_event_key,
        case
            when count(distinct b.person_ids) = 1 and not bool_or(t.local_event_key is not null)
                then any_value(b.person_ids)
            else a.person_ids
        end as people_key
    from dated as a
    inner join dated as b
        on {{ names_the_people_of('b', 'a') }}
    left join people_of_two as t on t.local_event_key = b.local_event_key
    where not exists (
        select 1
        from dated as c
        where {{ names_the_people_of('c', 'b') }}
            and len(c.person_ids) > len(b.person_ids)
    )
    group by a.local_event_key, a.person_ids
),

article_parts as (
    -- Reports of one article with the same family, parties and people, kept apart where they give
    -- places in different countries (the summit in Alaska, "a further meeting in Russia"), or
    -- where they say different people meet (meeting_level, levels_conflict: "Finanzminister
    -- Lindner sagte bei einem Treffen mit seinen europäischen Kollegen" beside "Scholz beim
    -- EU-Gipfel in Versailles"; one that does not say who meets is then a part of its own).
    select
        d.*,
        w.people_key,
        case
            when count(distinct d.location_country) over (partition by d.article_id, d.link_family, d.party_keys, w.people_key) > 1
                then coalesce(d.location_country, d.local_event_key)
            else ''
        end
        || case
            when count(distinct split_part(d.meeting_level, ':', 1)) over (partition by d.article_id, d.link_family, d.party_keys, w.people_key) > 1
                or count(distinct d.meeting_level) filter (where contains(d.meeting_level, ':'))
                    over (partition by d.article_id, d.link_family, d.party_keys, w.people_key) > 1
                then '|' || coalesce(d.meeting_level, d.local_event_key)
            else ''
        end as place_part
    from dated as d
    inner join widest_people as w using (local_event_key)
),

report_groups as (
    -- Of those, dated reports whose windows meet are one report: a new group starts where a window
    -- begins after all earlier ones of the article ended (and more than the span of days after,
    -- unless neither it nor the one that ended last gives its day and one is held, one ahead).
    select
        *,
        case
            when event_date is not null and not ends_with(local_event_key, '-apart')
                then sum(starts_group::int) over (
                    partition by article_id, link_family, party_keys, people_key, place_part, event_date is null,
                        ends_with(local_event_key, '-apart')
                    order by window_start, local_event_key
                    rows unbounded preceding
                )
        end as group_number
    from (
        select
            r.*,
            coalesce(
                r.window_start > max(r.window_end) over (
                    partition by r.article_id, r.link_family, r.party_keys, r.people_key, r.place_part, r.event_date is null,
                        ends_with(r.local_event_key, '-apart')
                    order by r.window_start, r.local_event_key
                    rows between unbounded preceding and 1 preceding
                -- The days a summit or talks through the night may lie apart, unless neither of the
                -- two gives its day and one is told as held, the other as still to come: "Ende
                -- Mai" ahead is not "kürzlich" of 19 May.
                ) + case
                    when r.date_precision is distinct from 'day'
                        and not coalesce(r.previous_is_day, false)
                        and (r.status = 'happened') is distinct from r.previous_is_held
                        then 0
                    when r.link_family = 'summit' then {{ var('summit_span_days') }}
                    else {{ var('event_span_days') }}
                end,
                true
            ) as starts_group
        from (
            -- Of the article's reports before it in this order, whether the one that ends last gives
            -- its day, and whether it is told as held.
            select
                *,
                arg_max(date_precision = 'day', window_end) over previous as previous_is_day,
                arg_max(status = 'happened', window_end) over previous as previous_is_held
            from article_parts
            window previous as (
                partition by article_id, link_family, party_keys, people_key, place_part, event_date is null,
                    ends_with(local_event_key, '-apart')
                order by window_start, local_event_key
                rows between unbounded preceding and 1 preceding
            )
        ) as r
    )
),

dated_groups as (
    select
        article_id,
        link_family,
        party_keys,
        people_key,
        place_part,
        group_number,
        min(local_event_key) as group_key,
        min(window_start) as group_start,
        max(window_end) as group_end
    from report_groups
    where group_number is not null
    group by all
),

undated_parts as (
    -- An undated report of an article is part of the one dated report of it whose days meet its
    -- own ("der Gipfel" and "der EU-Gipfel am Freitag"); one that meets several ("die
    -- Verhandlungen" beside the video summit of Thursday and the summit of 10 December) bridges
    -- none of them.
    select
        u.local_event_key,
        min(g.group_key) as group_key
    from report_groups as u
    inner join dated_groups as g using (article_id, link_family, party_keys, people_key, place_part)
    where u.group_number is null
        and not ends_with(u.local_event_key, '-apart')
        and u.window_start <= g.group_end
        and g.group_start <= u.window_end
    group by all
    having count(*) = 1
),

grouped as (
    select
        r.*,
        case
            -- An article's negotiation reports are one account of the talks, dated or not (their
            -- window is the year anyway); talks held that were set apart from a meeting still to
            -- come ("die Unterhändler verhandeln seit Monaten") are part of it where there is one.
            -- A mention that is no report of these talks at all (int_event_mention_parts.alone:
            -- "die zurückliegenden Verhandlungen", "eine Bilanz zum Stand der Gespräche") is not.
            when r.link_family = 'negotiation'
                and not ends_with(r.local_event_key, '-alone-apart')
                and min(case when not ends_with(r.local_event_key, '-apart') then r.local_event_key end) over (
                    partition by r.article_id, r.link_family, r.party_keys, r.people_key, r.place_part
                ) is not null
                then min(case when not ends_with(r.local_event_key, '-apart') then r.local_event_key end) over (
                    partition by r.article_id, r.link_family, r.party_keys, r.people_key, r.place_part
                )
            -- Otherwise a mention set apart from its article event (int_event_mention_parts) is a report of its own.
            when ends_with(r.local_event_key, '-apart') then r.local_event_key
            when r.group_number is not null
                then min(r.local_event_key) over (
                    partition by r.article_id, r.link_family, r.party_keys, r.people_key, r.place_part, r.group_number
                )
            when u.group_key is not null then u.group_key
            -- Undated reports of one article that agree on the people are one when they tell the
            -- event in one tense ("Trump will Putin treffen" and "ein Treffen mit Trump" in the
            -- headline and the text); a plan and a meeting held are two. A mention set apart is
            -- none of them.
            else min(case when not ends_with(r.local_event_key, '-apart') then r.local_event_key end) over (
                partition by r.article_id, r.link_family, r.party_keys, r.people_key, r.place_part,
                    r.group_number is null, u.group_key is null, r.status = 'happened'
            )
        end as report_key
    from report_groups as r
    left join undated_parts as u using (local_event_key)
),

reports as (
    -- One row per report. Its window is the days all its dated parts allow ("am Freitag" within
    -- "in dieser Woche"); where they disagree on the day, the days from the first to the last.
    -- Without a date, the days any of its parts allows: a plan and talks already held (the
    -- windows their statuses give) do not narrow each other to the days where those meet.
    select
        report_key as local_event_key,
        any_value(article_id) as article_id,
        any_value(published_at) as published_at,
        any_value(link_family) as link_family,
        any_value(party_keys) as party_keys,
        -- A mention set apart from its article event (int_event_mention_parts), alone, is an event of its own.
        bool_and(ends_with(local_event_key, '-apart')) as is_apart,
        any_value(event_type not in {{ contact_types() }}) as is_context,
        -- Held by video or telephone: every part of it is a call.
        bool_and(event_type = 'CALL') as is_call,
        -- Every part of it is a visit, or every part a meeting (visit_and_meeting_days).
        bool_and(event_type = 'VISIT') as is_visit,
        bool_and(event_type = 'MEETING') as is_meeting,
        arg_max(date_precision, {{ precision_rank('date_precision') }}) as date_precision,
        {{ report_window('window_start', 'window_end', 'event_date is not null') }},
        max(location_country) as location_country,
        -- A date that says more than the report's own year ("im Juni", "2021" in 2025), or than
        -- its month for an event already held (news of these days: the extraction gives the
        -- month of publication to "kürzlich", "hat getroffen"): "in diesem Jahr" and no date at
        -- all are as vague as each other. An organisation may hold several summits a year, so a
        -- year alone names none of them ("der UN-Gipfel" of 2020 told in 2021), a year and a place
        -- do ("beim G7-Treffen im vergangenen Jahr in Biarritz").
        bool_or(
            event_date is not null
            and (date_precision <> 'year' or event_date <> strftime(published_at, '%Y'))
            and not (date_precision = 'year' and link_family = 'summit' and location_country is null)
            and not (date_precision = 'month' and event_date = strftime(published_at, '%Y-%m') and status is not distinct from 'happened')
        ) as is_dated,
        bool_or(event_date is not null) as has_date,
        -- The first day its talks are dated to, closer than the year ("Im Februar begannen die
        -- Verhandlungen"): a stated start of the process (news_of_the_same_talks).
        min({{ date_lower_bound('event_date', 'date_precision') }}) filter (where date_precision in ('day', 'month'))
            as talks_start,
        -- Its window is the days before it: a past event it gives no date for.
        bool_and(event_date is null and status = 'happened') as is_recent,
        -- News of a past event that it dates no closer than the month it appeared in.
        bool_and(
            status = 'happened'
            and (event_date is null or (date_precision = 'month' and event_date = strftime(published_at, '%Y-%m')))
        ) as is_news,
        -- It tells of the event as still to come (or called off): a plan.
        not bool_or(status = 'happened') as is_ahead,
        -- It tells that the event was called off; or, not that, that it is still to come or held.
        coalesce(bool_or(status = 'cancelled'), false) as is_cancelled,
        -- A part told as held counts too: "Ursprünglich sollte der Gipfel in Leipzig stattfinden"
        -- beside "die Gespräche gestalteten sich schwierig" is news of a summit held.
        coalesce(
            not bool_or(status = 'cancelled') and (bool_or(status in ('planned', 'proposed', 'happened')) or bool_or(any_held)),
            false
        ) as is_going_ahead,
        -- Who meets (meeting_level), where its parts agree.
        {{ agreed_level('meeting_level') }} as meeting_level
    from grouped
    group by report_key
),

report_people as (
    -- Each report's people, by the party they act for.
    select
        g.report_key as local_event_key,
        s.linking_party_key as party,
        list_sort(list(distinct s.entity_id)) as persons
    from sides as s
    inner join grouped as g using (local_event_key)
    where s.linking_is_person
    group by all
),

linkable as (
    -- The reports that can link, with their block (a family and a set of parties): only reports
    -- of one block are compared. A report whose window is longer than
    -- var('longest_link_window_days') (no date and no publication date) could be any event and
    -- links to none.
    select
        r.*,
        coalesce(r.date_precision = 'day', false) as is_day,
        -- A date no closer than the year it appeared in: "Beim EU-Gipfel im Sommer" in November is
        -- no news of November's days (the month it appeared in, for an event held, is).
        r.has_date and not r.is_dated and not r.is_news as is_vague,
        coalesce(p.people, [])::struct(party varchar, persons varchar[])[] as people,
        coalesce(p.person_ids, [])::varchar[] as person_ids,
        r.link_family || '|' || array_to_string(r.party_keys, '|') as block,
        -- The article reports other events of these parties: none of them may join this one's event.
        count(*) over (partition by r.link_family, r.party_keys, r.article_id) > 1 as shares_article
    from reports as r
    left join (
        select
            local_event_key,
            list(struct_pack(party := party, persons := persons) order by party) as people,
            flatten(list(persons)) as person_ids
        from report_people
        group by all
    ) as p using (local_event_key)
    where not r.is_apart
        and date_diff('day', r.window_start, r.window_end) <= {{ var('longest_link_window_days') }}
        -- A context event of one party alone ("Trump fordert ...") names no counterpart.
        and (not r.is_context or len(r.party_keys) >= 2)
),

dated_reach as (
    -- The last day of any dated report of the block that begins on or before a day.
    select
        block,
        window_start,
        max(window_end) over (partition by block order by window_start) as reach
    from linkable
    where is_dated
),

queue as (
    -- The order reports are added in within a block: by the last day their window allows, so a
    -- report comes after every report that lies wholly before it, and of those ending the same day
    -- the more precise first ("am 15. August" before "im August" before "in diesem Jahr"). An
    -- undated report waits for every dated report whose window meets its own, so that it sees the
    -- events their dates tell apart; a report of a calling off comes before the plans it may end. horizon is the earliest day a report from this one on can
    -- begin: an event whose days end before it can take no more reports.
    select
        *,
        min(window_start) over (
            partition by block
            order by position
            rows between current row and unbounded following
        ) as horizon,
        {{ report_event('ordered') }} as as_event
    from (
        select
            *,
            row_number() over (
                partition by block
                order by
                    turn_day,
                    not is_dated,
                    {{ precision_rank('date_precision') }} desc,
                    not is_cancelled,
                    published_at nulls last,
                    local_event_key
            ) as position
        from (
            select
                l.*,
                case
                    when l.is_dated then l.window_end
                    else greatest(l.window_end, d.reach)
                end as turn_day
            from linkable as l
            asof left join dated_reach as d
                on d.block = l.block
                and d.window_start <= l.window_end + {{ widest_span_days() }}
        )
    ) as ordered
),

growth (block, row_key, position, event_key, compared_events, events) using key (block, row_key) as (
    -- Events are built by adding each block's reports in queue order, one per step, all blocks
    -- at once. A row per block (row_key '') holds the events of the block that can still take
    -- reports, and a row per report the event it joined.
    select
        q.block,
        case when r.is_block then '' else q.local_event_key end,
        q.position,
        case when not r.is_block then q.local_event_key end,
        case when not r.is_block then 0 end,
        case when r.is_block then [q.as_event] end
    from queue as q
    cross join (values (true), (false)) as r (is_block)
    where q.position = 1
    union
    select
        s.block,
        case when r.is_block then '' else s.local_event_key end,
        s.position,
        case when not r.is_block then coalesce(s.joins, s.local_event_key) end,
        case when not r.is_block then len(s.open_events) end,
        case
            when not r.is_block then null
            when s.joins is not null
                then list_transform(
                    s.open_events,
                    lambda e: case when e.event_key = s.joins then {{ merged_events('e', 's.as_event') }} else e end
                )
            -- A report that fits no event (or one that does not anchor it) starts one; the event
            -- started longest ago closes when var('most_open_events') are open, so that a step's
            -- work stays bounded.
            when len(s.candidates) = 0 or s.chosen is not null
                then list_append(
                    case
                        when len(s.open_events) >= {{ var('most_open_events') }}
                            then list_slice(s.open_events, 2, len(s.open_events))
                        else s.open_events
                    end,
                    s.as_event
                )
            -- One that fits several stays an event of its own, which no later report can join
            -- through it either.
            else s.open_events
        end
    from (
        select
            *,
            case
                when list_contains(list_transform(fitting, lambda e: e.event_key), chosen.event_key)
                    then chosen.event_key
            end as joins
        from (
        select
            *,
            -- The one event it fits; of several, the one whose days its own days meet without
            -- the span two reports may lie apart (a report of Tuesday: the meeting of Tuesday, not
            -- that of Monday). It must be anchored there.
            case
                when len(list_filter(candidates, lambda e: {{ days_meet('c', 'e') }})) = 1
                    then list_filter(candidates, lambda e: {{ days_meet('c', 'e') }})[1]
                when len(list_filter(candidates, lambda e: {{ days_meet('c', 'e') }})) = 0 and len(candidates) = 1
                    then candidates[1]
            end as chosen
        from (
            select
                *,
                case
                    -- News of a past event weighs every dated event its days and people allow,
                    -- anchored or not: "Im Januar hatten sich Macron und Scholz getroffen" told on
                    -- 29 January fits their meetings of the 9th and of the 23rd, though only the
                    -- later one is news of the same week. Talks are no such event: their days are
                    -- the year, which every report of the talks meets (news_of_the_same_talks).
                    when is_news and link_family <> 'negotiation' and len(list_filter(agreeing, lambda e: e.any_dated)) > 0
                        then list_filter(agreeing, lambda e: e.any_dated)
                    -- A dated report looks first at the events with a dated report: those are what
                    -- its date tells apart (events only undated reports have told of come second).
                    when is_dated and len(list_filter(fitting, lambda e: e.any_dated)) > 0
                        then list_filter(fitting, lambda e: e.any_dated)
                    else fitting
                end as candidates
            from (
                select
                    *,
                    list_filter(agreeing, lambda e: {{ anchored('o', 'e') }}) as fitting
                from (
                    select
                        *,
                        list_filter(
                            list_filter(open_events, lambda e: {{ days_fit('o', 'e') }}),
                            lambda e: {{ agrees('o', 'e') }}
                        ) as agreeing
                    from (
                    select
                        q.*,
                        -- Events whose days end before any report still to come can begin are closed.
                        list_filter(
                            g.events,
                            lambda e: least(e.day_end, e.vague_end) + {{ widest_span_days() }} >= q.horizon
                        ) as open_events
                        from growth as g
                        inner join queue as q on q.block = g.block and q.position = g.position + 1
                        where g.row_key = ''
                    ) as o
                ) as o
            )
        ) as c
        ) as j
    ) as s
    cross join (values (true), (false)) as r (is_block)
),

assigned as (
    -- Each article event with its report (the article's account it is part of) and the event that
    -- report joins; one without sides, or that cannot link, is a report and an event of its own.
    select
        e.local_event_key,
        coalesce(g.report_key, e.local_event_key) as report_key,
        coalesce(g.link_family, e.event_family) as link_family,
        coalesce(r.window_start, e.window_start) as report_window_start,
        coalesce(r.window_end, e.window_end) as report_window_end,
        coalesce(l.event_key, g.report_key, e.local_event_key) as cluster_key,
        coalesce(l.compared_events, 0) as compared_events
    from article_events as e
    left join grouped as g using (local_event_key)
    left join reports as r on r.local_event_key = g.report_key
    left join growth as l on l.row_key = g.report_key
),

first_reports as (
    -- The event id is the id of the mention that reported the event first: stable as news arrives.
    select
        a.cluster_key,
        arg_min(m.mention_id, (coalesce(e.published_at, date '2999-12-31'), m.sentence_index, m.mention_id))
            as first_mention_id
    from assigned as a
    inner join article_events as e using (local_event_key)
    inner join {{ ref('int_event_mention_parts') }} as m using (local_event_key)
    group by all
)

select
    m.mention_id,
    m.article_id,
    m.local_event_key,
    a.report_key,
    a.link_family,
    a.report_window_start,
    a.report_window_end,
    a.compared_events,
    'ev_' || f.first_mention_id as event_id
from {{ ref('int_event_mention_parts') }} as m
inner join assigned as a using (local_event_key)
inner join first_reports as f using (cluster_key)
