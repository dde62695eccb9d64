-- One row per article x event: the mentions of one article that the extraction
-- tied together (anaphora such as "der Gipfel", "die Gespräche") share a local_event_key.
with mentions as (
    select * from {{ ref('stg_event_mentions') }}
),

articles as (
    select
        article_id,
        published_at
    from {{ ref('stg_articles') }}
),

places as (
    -- The country a place lies in; a region or an unknown place (Nahost, Europa) has none.
    select
        entity_id,
        max(country) as place_country
    from {{ ref('stg_entities') }}
    where entity_type in ('GPE', 'LOC')
    group by all
),

roots as (
    select
        local_event_key,
        article_id,
        event_type,
        status,
        participant_ids,
        location_id
    from mentions
    where mention_id = local_event_key
),

grouped as (
    select
        m.local_event_key,
        m.article_id,
        coalesce(any_value(r.event_type), min(m.event_type)) as event_type,
        coalesce(any_value(r.status), min(m.status)) as status,
        coalesce(any_value(r.participant_ids), max_by(m.participant_ids, (len(m.participant_ids), m.mention_id)))
            as participant_ids,
        max_by(m.event_date, ({{ precision_rank('m.date_precision') }}, m.event_date)) as event_date,
        max_by(m.date_precision, ({{ precision_rank('m.date_precision') }}, m.event_date)) as date_precision,
        coalesce(any_value(r.location_id), min(m.location_id)) as location_id,
        count(*) as n_mentions
    from mentions as m
    left join roots as r using (local_event_key, article_id)
    group by all
)

select
    g.local_event_key,
    g.article_id,
    a.published_at,
    g.event_type,
    {{ event_family('g.event_type') }} as event_family,
    g.status,
    g.participant_ids,
    g.event_date,
    g.date_precision,
    g.location_id,
    pl.place_country as location_country,
    g.n_mentions,
    -- The window the event can lie in: its stated date, before the report if it happened,
    -- after it (within the planning horizon) if it is still to come. A report of a past event
    -- that gives no date is news of its days: the event lies in the last var('undated_link_days').
    case
        when g.status = 'happened'
            then coalesce(
                {{ date_lower_bound('g.event_date', 'g.date_precision') }},
                a.published_at - {{ var('undated_link_days') }},
                date '1900-01-01'
            )
        else greatest(
            coalesce({{ date_lower_bound('g.event_date', 'g.date_precision') }}, a.published_at - 1),
            coalesce(a.published_at - 1, date '1900-01-01')
        )
    end as window_start,
    case
        when g.status = 'happened'
            then least(
                coalesce({{ date_upper_bound('g.event_date', 'g.date_precision') }}, a.published_at, date '2999-12-31'),
                coalesce(a.published_at, date '2999-12-31')
            )
        else coalesce(
            {{ date_upper_bound('g.event_date', 'g.date_precision') }},
            a.published_at + {{ var('planned_horizon_days') }},
            date '2999-12-31'
        )
    end as window_end
from grouped as g
left join articles as a using (article_id)
left join places as pl on pl.entity_id = g.location_id
