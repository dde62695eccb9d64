{#
    Events whose reports cannot all be about one real event: their date windows (as linking
    compared them) lie more than var('event_span_days') apart (a meeting "before 1 May" and one
    "on 19 May"), an organisation's summit more than var('summit_span_days'); a negotiation's
    reports lie in different years; or, for context events (a demand, a threat), their
    publications lie more than var('context_link_days') days apart. Linking rules these out; a
    row here means it merged reports it should have kept apart. Runs as a dbt test, so as an
    asset check of the pipeline.
#}
with reports as (
    select * from {{ ref('int_event_reports') }}
),

spans as (
    select
        event_id,
        any_value(event_type) as event_type,
        any_value(link_family) as link_family,
        count(*) as n_reports,
        max(window_start) as latest_start,
        min(window_end) as earliest_end,
        date_diff('day', min(published_at), max(published_at)) as days_reported
    from reports
    group by all
    having count(*) > 1
)

select *
from spans
where latest_start > earliest_end
    + case when link_family = 'summit' then {{ var('summit_span_days') }} else {{ var('event_span_days') }} end
    or (event_type not in {{ contact_types() }} and days_reported > {{ var('context_link_days') }})
