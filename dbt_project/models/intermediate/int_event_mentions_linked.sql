-- Cross-source linking: article events that report the same real-world event share an event_id.
--
-- Two article events can be one event when they come from different articles, belong to the
-- same family of contact, involve the same people (or, without people, the same sides), lie in
-- overlapping date windows and took place in the same country (or one place is unknown).
-- Dated events (and undated ones that agree on the place) link with each other and form clusters
-- by transitivity. An undated event joins at most one cluster: the best candidate, so two
-- different events between the same people are never merged through a vague report.
with recursive article_events as (
    select * from {{ ref('int_article_events') }}
),

candidates as (
    select
        a.local_event_key as key_a,
        b.local_event_key as key_b,
        a.event_date is not null as a_dated,
        b.event_date is not null as b_dated,
        a.location_country is not null and a.location_country = b.location_country as same_place
    from article_events as a
    inner join article_events as b
        on a.local_event_key <> b.local_event_key
        and a.article_id <> b.article_id
        and a.event_family = b.event_family
        and a.core_ids = b.core_ids
        and a.window_start <= b.window_end
        and b.window_start <= a.window_end
        and (a.location_country is null or b.location_country is null or a.location_country = b.location_country)
),

strong_edges as (
    select
        key_a,
        key_b
    from candidates
    where (a_dated and b_dated) or same_place
),

reachable (key_a, key_b) as (
    -- Connected components over the strong edges; each event reaches itself.
    select
        local_event_key,
        local_event_key
    from article_events
    union
    select
        reachable.key_a,
        strong_edges.key_b
    from reachable
    inner join strong_edges on strong_edges.key_a = reachable.key_b
),

clusters as (
    select
        key_a as local_event_key,
        min(key_b) as cluster_key,
        count(*) as cluster_size
    from reachable
    group by all
),

loose as (
    -- Events with no strong link and no date attach to the best dated candidate, if any.
    select
        c.key_a as local_event_key,
        arg_min(cl.cluster_key, (not c.same_place, abs(date_diff('day', e.published_at, t.window_start)), c.key_b))
            as cluster_key
    from candidates as c
    inner join clusters as own on own.local_event_key = c.key_a and own.cluster_size = 1
    inner join article_events as e on e.local_event_key = c.key_a and e.event_date is null
    inner join article_events as t on t.local_event_key = c.key_b
    inner join clusters as cl on cl.local_event_key = c.key_b
    where c.b_dated
    group by all
),

assigned as (
    select
        cl.local_event_key,
        coalesce(l.cluster_key, cl.cluster_key) as cluster_key
    from clusters as cl
    left join loose as l using (local_event_key)
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
