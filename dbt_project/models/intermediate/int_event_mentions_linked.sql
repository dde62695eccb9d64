-- Cross-source linking: article events that report the same real-world event share an event_id.
--
-- A report is what one article tells of one event. The extraction ties an article's mentions of
-- an event together (one local_event_key); reports of one article with the same family and parties
-- whose windows meet are one report too ("der EU-Gipfel" on Friday and "der Gipfel" on Saturday).
-- Two reports are compatible (can be one event) when they come from different articles and
--   - they link in one family (see link_family: a meeting, a visit and talks of a summit are
--     one; an organisation's summit is one whether met or held by video; negotiations between
--     the same parties are one process a year, whatever rounds and days the reports give),
--   - they have the same parties (countries or organisations, see int_actor_parties; the members
--     named in a report of an organisation's summit count as the organisation, see
--     int_article_event_sides) and, for each party, the people of one report include those of the
--     other: "Trump - Putin" and "USA - Russland" agree, "Rubio - Lawrow" and "Trump - Putin" do not,
--   - their date windows overlap at the precision each report gives (int_article_events), or lie
--     no more than span_days apart (a summit's Friday and Sunday; "im Mai" and "im Juni" stay apart),
--   - their places do not lie in different countries,
--   - context events (a demand, a threat ...) need two parties and publications within
--     var('context_link_days') days.
-- A report is anchored by another when both are dated (more precisely than the year they are
-- published in), when one is dated and the other reports a past event without a date (its window
-- is the days before it) or is published within var('undated_link_days') days of it, when both
-- name the same country as the place and appear within those days, or when both are context events
-- or reports of one negotiation, or when both report a past event without a date within those
-- days and name the same person (see same_people_this_week): two undated reports without a place
-- or a person in common never make an event on their own, and "im Sommer" in November is no
-- anchor for April.
-- Events are built by adding reports one at a time (the most precisely dated first): a report
-- joins an event when it is compatible with every report in it and anchored by one of them, and
-- only when exactly one event fits; otherwise it starts its own. So every two reports of one
-- event are compatible (no chaining A~B~C when A and C conflict), and a vague report never picks
-- one of several events.
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
        {{ link_family('e.event_type', 'e.event_family', 'p.party_keys', 'e.status', 'e.date_precision') }} as link_family
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

article_parts as (
    -- Reports of one article with the same family, parties and people, kept apart where they give
    -- places in different countries (the summit in Alaska, "a further meeting in Russia").
    select
        *,
        case
            when count(distinct location_country) over (partition by article_id, link_family, party_keys, person_ids) > 1
                then coalesce(location_country, local_event_key)
            else ''
        end as place_part
    from dated
),

report_groups as (
    -- Of those, reports whose windows meet are one report: a new group starts where a window
    -- begins after all earlier ones of the article ended.
    select
        *,
        sum(starts_group::int) over (
            partition by article_id, link_family, party_keys, person_ids, place_part
            order by window_start, local_event_key
            rows unbounded preceding
        ) as group_number
    from (
        select
            r.*,
            coalesce(
                r.window_start > max(r.window_end) over (
                    partition by r.article_id, r.link_family, r.party_keys, r.person_ids, r.place_part
                    order by r.window_start, r.local_event_key
                    rows between unbounded preceding and 1 preceding
                ) + case when r.link_family = 'summit' then {{ var('summit_span_days') }} else {{ var('event_span_days') }} end,
                true
            ) as starts_group
        from article_parts as r
    )
),

grouped as (
    -- Undated reports of one article are one only through a dated one: the extraction kept them apart.
    select
        *,
        case
            -- An article's negotiation reports are one account of the talks, dated or not (their
            -- window is the year anyway).
            when link_family = 'negotiation'
                then min(local_event_key) over (partition by article_id, link_family, party_keys, person_ids, place_part)
            when bool_or(event_date is not null) over (
                partition by article_id, link_family, party_keys, person_ids, place_part, group_number
            )
                then min(local_event_key) over (
                    partition by article_id, link_family, party_keys, person_ids, place_part, group_number
                )
            else local_event_key
        end as report_key
    from report_groups
),

reports as (
    -- One row per report. Its window is the days all its parts allow ("am Freitag" within "in
    -- dieser Woche"); where its parts disagree on the day, the days from the first to the last.
    select
        report_key as local_event_key,
        any_value(article_id) as article_id,
        any_value(published_at) as published_at,
        any_value(link_family) as link_family,
        any_value(party_keys) as party_keys,
        -- A mention set apart from its article event (int_event_mention_parts) is an event of its own.
        bool_or(ends_with(local_event_key, '-apart')) as is_apart,
        any_value(event_type not in {{ contact_types() }}) as is_context,
        arg_max(date_precision, {{ precision_rank('date_precision') }}) as date_precision,
        case when max(window_start) <= min(window_end) then max(window_start) else min(window_start) end as window_start,
        case when max(window_start) <= min(window_end) then min(window_end) else max(window_end) end as window_end,
        max(location_country) as location_country,
        -- A date that says more than the report's own year ("im Juni", "2021" in 2025): "in diesem
        -- Jahr" and no date at all are as vague as each other.
        bool_or(
            event_date is not null
            and (date_precision <> 'year' or event_date <> strftime(published_at, '%Y'))
        ) as is_dated,
        -- Its window is the days before it: a past event it gives no date for.
        bool_and(event_date is null and status = 'happened') as is_recent
    from grouped
    group by report_key
),

party_persons as (
    select
        g.report_key as local_event_key,
        s.linking_party_key as party_key,
        list_sort(list(distinct s.entity_id)) as person_ids
    from sides as s
    inner join grouped as g using (local_event_key)
    where s.linking_is_person
    group by all
),

pairs as (
    select
        a.local_event_key as key_a,
        b.local_event_key as key_b,
        a.link_family = 'negotiation'
            or (a.is_dated and b.is_dated)
            or (a.is_dated and b.is_recent)
            or (b.is_dated and a.is_recent)
            or (
                abs(date_diff('day', a.published_at, b.published_at)) <= {{ var('undated_link_days') }}
                and (a.is_dated or b.is_dated or a.is_context or a.location_country = b.location_country)
            ) as anchors
    from reports as a
    inner join reports as b
        on a.local_event_key < b.local_event_key
        and a.article_id <> b.article_id
        and a.link_family = b.link_family
        and a.party_keys = b.party_keys
        and a.window_start <= b.window_end + {{ span_days('a', 'b') }}
        and b.window_start <= a.window_end + {{ span_days('a', 'b') }}
        and (a.location_country is null or b.location_country is null or a.location_country = b.location_country)
    where not a.is_apart and not b.is_apart
        and (not a.is_context
        or (len(a.party_keys) >= 2
            and abs(date_diff('day', a.published_at, b.published_at)) <= {{ var('context_link_days') }}))
),

person_conflicts as (
    -- Pairs where a party has people in both reports and neither report's people include the other's.
    select distinct
        c.key_a,
        c.key_b
    from pairs as c
    inner join party_persons as pa on pa.local_event_key = c.key_a
    inner join party_persons as pb on pb.local_event_key = c.key_b and pb.party_key = pa.party_key
    where not list_has_all(pa.person_ids, pb.person_ids)
        and not list_has_all(pb.person_ids, pa.person_ids)
),

same_people_this_week as (
    -- Two reports of a past event neither dates, published within var('undated_link_days') days
    -- of each other, that name the same person: the envoy's talks in Moscow told twice in one week
    -- ("Witkoff reiste nach Moskau", "Witkoff führte im Kreml Gespräche mit Putin"). Without a
    -- named person (the USA and Russia "talked") they stay apart.
    select distinct
        c.key_a,
        c.key_b
    from pairs as c
    inner join reports as a on a.local_event_key = c.key_a
    inner join reports as b on b.local_event_key = c.key_b
    inner join party_persons as pa on pa.local_event_key = c.key_a
    inner join party_persons as pb on pb.local_event_key = c.key_b and pb.party_key = pa.party_key
    where a.is_recent
        and b.is_recent
        and abs(date_diff('day', a.published_at, b.published_at)) <= {{ var('undated_link_days') }}
        and list_has_any(pa.person_ids, pb.person_ids)
),

compatible as (
    select
        c.key_a,
        c.key_b,
        coalesce(c.anchors, false) or p.key_a is not null as anchors
    from pairs as c
    left join same_people_this_week as p using (key_a, key_b)
    anti join person_conflicts as x on x.key_a = c.key_a and x.key_b = c.key_b
),

neighbours as (
    -- The reports each report is compatible with, and those of them that anchor it.
    select
        local_event_key,
        list(other_key) as neighbour_keys,
        list(other_key) filter (where anchors) as anchor_keys
    from (
        select key_a as local_event_key, key_b as other_key, anchors from compatible
        union all
        select key_b, key_a, anchors from compatible
    )
    group by all
),

linkable as (
    -- Reports that can be linked at all, with the stretch of time they belong to: within a family
    -- and set of parties, a new stretch starts where a window begins after all earlier ones ended
    -- (by more than the span of days two reports may lie apart).
    -- Reports of different stretches never overlap, so each stretch is built on its own.
    select
        r.*,
        n.neighbour_keys,
        coalesce(n.anchor_keys, []) as anchor_keys,
        r.link_family || '|' || array_to_string(r.party_keys, '|') as parties_block,
        coalesce(
            r.window_start > max(r.window_end) over (
                partition by r.link_family, r.party_keys
                order by r.window_start, r.local_event_key
                rows between unbounded preceding and 1 preceding
            ) + greatest({{ var('event_span_days') }}, {{ var('summit_span_days') }}),
            true
        ) as starts_stretch
    from reports as r
    inner join neighbours as n using (local_event_key)
),

stretches as (
    select
        *,
        parties_block || '|' || sum(starts_stretch::int) over (
            partition by parties_block
            order by window_start, local_event_key
            rows unbounded preceding
        ) as block
    from linkable
),

queue as (
    -- The order reports are added in within a stretch: dated before undated, day before month
    -- before year, then by publication.
    select
        r.local_event_key,
        r.neighbour_keys,
        r.anchor_keys,
        r.block,
        row_number() over (
            partition by r.block
            order by
                not r.is_dated,
                {{ precision_rank('r.date_precision') }} desc,
                r.published_at nulls last,
                r.local_event_key
        ) as position
    from stretches as r
),

growth (block, position, clusters) using key (block) as (
    -- One row per stretch, replaced as each report is added (USING KEY keeps only the latest).
    select
        block,
        position,
        [struct_pack(cluster_key := local_event_key, members := [local_event_key])]
    from queue
    where position = 1
    union
    select
        g.block,
        q.position,
        case
            when len(list_filter(g.clusters, lambda c: {{ fits('q', 'c') }})) = 1
                then list_transform(
                    g.clusters,
                    lambda c: case
                        when {{ fits('q', 'c') }}
                            then struct_pack(cluster_key := c.cluster_key, members := list_append(c.members, q.local_event_key))
                        else c
                    end
                )
            else list_append(g.clusters, struct_pack(cluster_key := q.local_event_key, members := [q.local_event_key]))
        end
    from growth as g
    inner join queue as q on q.block = g.block and q.position = g.position + 1
),

clusters as (
    select unnest(clusters) as cluster
    from growth
),

assigned as (
    -- Each article event with its report (the article's account it is part of) and the event that
    -- report joins; one without sides is a report and an event of its own.
    select
        e.local_event_key,
        coalesce(g.report_key, e.local_event_key) as report_key,
        coalesce(g.link_family, e.event_family) as link_family,
        coalesce(r.window_start, e.window_start) as report_window_start,
        coalesce(r.window_end, e.window_end) as report_window_end,
        coalesce(c.cluster_key, g.report_key, e.local_event_key) as cluster_key
    from article_events as e
    left join grouped as g using (local_event_key)
    left join reports as r on r.local_event_key = g.report_key
    left join (
        select
            unnest(cluster.members) as report_key,
            cluster.cluster_key
        from clusters
    ) as c on c.report_key = g.report_key
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
    'ev_' || f.first_mention_id as event_id
from {{ ref('int_event_mention_parts') }} as m
inner join assigned as a using (local_event_key)
inner join first_reports as f using (cluster_key)
