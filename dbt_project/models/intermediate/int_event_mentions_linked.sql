-- Cross-source linking: article events that report the same real-world event share an event_id.
--
-- Two reports are compatible (can be one event) when they come from different articles and
--   - their types are of one family (a summit is met, visited and negotiated),
--   - they have the same parties (countries or organisations, see int_actor_parties; the members
--     named in a report of an organisation's summit count as the organisation, see
--     int_article_event_sides) and, for each party, the people of one report include those of the
--     other: "Trump - Putin" and "USA - Russland" agree, "Rubio - Lawrow" and "Trump - Putin" do not,
--   - their date windows overlap at the precision each report gives (int_article_events), or,
--     both dated to the day, lie no more than var('event_span_days') apart (a summit's Friday and
--     Saturday; "im Mai" and "im Juni" stay apart),
--   - their places do not lie in different countries,
--   - context events (a demand, a threat ...) need two parties and publications within
--     var('context_link_days') days.
-- A report is anchored by another when both are dated (more precisely than the year they are
-- published in), or when it is published within var('undated_link_days') days of one that is
-- dated, names the same country as the place, or is a context event: two undated reports without
-- a place never make an event on their own, and "im Sommer" in November is no anchor for April.
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
        list_sort(list(distinct linking_party_key)) as party_keys
    from sides
    group by all
),

party_persons as (
    select
        local_event_key,
        linking_party_key as party_key,
        list_sort(list(distinct entity_id)) as person_ids
    from sides
    where linking_is_person
    group by all
),

reports as (
    select
        e.local_event_key,
        e.article_id,
        e.published_at,
        e.event_type,
        e.event_family,
        e.event_date,
        e.date_precision,
        e.location_country,
        e.window_start,
        e.window_end,
        e.event_type not in {{ contact_types() }} as is_context,
        -- A date that says more than the report's own year ("im Juni", "2021" in 2025): "in diesem
        -- Jahr" and no date at all are as vague as each other.
        e.event_date is not null
            and (e.date_precision <> 'year' or e.event_date <> strftime(e.published_at, '%Y')) as is_dated,
        p.party_keys
    from article_events as e
    inner join party_sets as p using (local_event_key)
),

pairs as (
    select
        a.local_event_key as key_a,
        b.local_event_key as key_b,
        (a.is_dated and b.is_dated)
            or (
                abs(date_diff('day', a.published_at, b.published_at)) <= {{ var('undated_link_days') }}
                and (a.is_dated or b.is_dated or a.is_context or a.location_country = b.location_country)
            ) as anchors
    from reports as a
    inner join reports as b
        on a.local_event_key < b.local_event_key
        and a.article_id <> b.article_id
        and a.event_family = b.event_family
        and a.party_keys = b.party_keys
        and a.window_start <= b.window_end + {{ span_days('a', 'b') }}
        and b.window_start <= a.window_end + {{ span_days('a', 'b') }}
        and (a.location_country is null or b.location_country is null or a.location_country = b.location_country)
    where not a.is_context
        or (len(a.party_keys) >= 2
            and abs(date_diff('day', a.published_at, b.published_at)) <= {{ var('context_link_days') }})
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

compatible as (
    select
        key_a,
        key_b,
        coalesce(anchors, false) as anchors
    from pairs
    anti join person_conflicts using (key_a, key_b)
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
    -- (by more than var('event_span_days')).
    -- Reports of different stretches never overlap, so each stretch is built on its own.
    select
        r.*,
        n.neighbour_keys,
        coalesce(n.anchor_keys, []) as anchor_keys,
        r.event_family || '|' || array_to_string(r.party_keys, '|') as parties_block,
        coalesce(
            r.window_start > max(r.window_end) over (
                partition by r.event_family, r.party_keys
                order by r.window_start, r.local_event_key
                rows between unbounded preceding and 1 preceding
            ) + {{ var('event_span_days') }},
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
                r.event_date is null,
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
    select
        e.local_event_key,
        coalesce(c.cluster_key, e.local_event_key) as cluster_key
    from article_events as e
    left join (
        select
            unnest(cluster.members) as local_event_key,
            cluster.cluster_key
        from clusters
    ) as c using (local_event_key)
),

first_reports as (
    -- The event id is the id of the mention that reported the event first: stable as news arrives.
    select
        a.cluster_key,
        arg_min(m.mention_id, (coalesce(e.published_at, date '2999-12-31'), m.sentence_index, m.mention_id))
            as first_mention_id
    from assigned as a
    inner join article_events as e using (local_event_key)
    inner join {{ ref('stg_event_mentions') }} as m using (local_event_key)
    group by all
)

select
    m.mention_id,
    m.article_id,
    m.local_event_key,
    'ev_' || f.first_mention_id as event_id
from {{ ref('stg_event_mentions') }} as m
inner join assigned as a using (local_event_key)
inner join first_reports as f using (cluster_key)
