-- One row per event x article that reports it: the event's life as the news told it
-- (announced -> planned -> held, or cancelled), with how long before the event each report came.
with reports as (
    select * from {{ ref('int_event_reports') }}
),

events as (
    select
        event_id,
        event_start,
        event_end,
        status as event_status
    from {{ ref('fct_events') }}
),

articles as (
    select
        article_id,
        title,
        source
    from {{ ref('dim_articles') }}
)

select
    r.event_id,
    r.article_id,
    r.published_at,
    a.title,
    a.source,
    r.event_type,
    r.status,
    r.stated_date,
    r.stated_precision,
    -- The stated date is no evidence when it contradicts the report's status (held after it appeared).
    r.stated_date is not null and r.event_date is null as date_contradicts_status,
    r.location_id,
    r.n_mentions,
    row_number() over (
        partition by r.event_id
        order by r.published_at nulls last, {{ status_rank('r.status') }}, r.article_id
    ) as report_number,
    -- Days from this report to the event's first day: positive when the report came before it.
    date_diff('day', r.published_at, e.event_start) as days_before_event,
    e.event_status
from reports as r
inner join events as e using (event_id)
left join articles as a using (article_id)
