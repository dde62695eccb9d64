-- One row per event x report (an article's account of it): what each article says of the event.
-- A report holds the article events linking took as one (int_event_mentions_linked: the same
-- sides, days that meet); it speaks with its fullest part, the one with the most mentions.
-- Linking puts at most one report of an article into an event, so this is also event x article.
with linked as (
    select distinct
        event_id,
        local_event_key,
        report_key,
        link_family,
        report_window_start,
        report_window_end
    from {{ ref('int_event_mentions_linked') }}
),

parts as (
    select
        l.event_id,
        l.report_key,
        l.link_family,
        l.report_window_start,
        l.report_window_end,
        e.*
    from linked as l
    inner join {{ ref('int_article_events') }} as e using (local_event_key)
),

ranked as (
    select
        *,
        row_number() over (
            partition by event_id, report_key
            order by n_mentions desc, {{ precision_rank('date_precision') }} desc, local_event_key
        ) as part_rank,
        {{ precision_rank('date_precision') }} = max({{ precision_rank('date_precision') }}) over (
            partition by event_id, report_key
        ) as most_precise
    from parts
)

select
    event_id,
    report_key,
    any_value(article_id) as article_id,
    any_value(published_at) as published_at,
    any_value(event_type) filter (where part_rank = 1) as event_type,
    any_value(event_family) filter (where part_rank = 1) as event_family,
    any_value(link_family) as link_family,
    any_value(status) filter (where part_rank = 1) as status,
    any_value(event_date) filter (where part_rank = 1) as event_date,
    any_value(date_precision) filter (where part_rank = 1) as date_precision,
    any_value(stated_date) filter (where part_rank = 1) as stated_date,
    any_value(stated_precision) filter (where part_rank = 1) as stated_precision,
    -- The dates its most precise parts give: the event's date is voted from them (fct_events).
    list(distinct struct_pack(event_date := event_date, date_precision := date_precision))
        filter (where event_date is not null and most_precise) as part_dates,
    coalesce(
        any_value(location_id) filter (where part_rank = 1),
        min(location_id)
    ) as location_id,
    coalesce(
        any_value(location_country) filter (where part_rank = 1),
        min(location_country)
    ) as location_country,
    -- The days linking saw the report's event in (a negotiation: its year).
    any_value(report_window_start) as window_start,
    any_value(report_window_end) as window_end,
    sum(n_mentions)::bigint as n_mentions,
    list(local_event_key order by local_event_key) as local_event_keys
from ranked
group by event_id, report_key
