-- One row per event x report (an article's account of it): what each article says of the event.
-- Linking puts at most one report of an article into an event, so this is also event x article.
with linked as (
    select distinct
        event_id,
        local_event_key
    from {{ ref('int_event_mentions_linked') }}
),

article_events as (
    select * from {{ ref('int_article_events') }}
)

select
    l.event_id,
    e.local_event_key,
    e.article_id,
    e.published_at,
    e.event_type,
    e.event_family,
    e.status,
    e.event_date,
    e.date_precision,
    e.stated_date,
    e.stated_precision,
    e.location_id,
    e.location_country,
    e.window_start,
    e.window_end,
    e.n_mentions
from linked as l
inner join article_events as e using (local_event_key)
