with mentions as (
    select * from {{ ref('stg_event_mentions') }}
),

linked as (
    select * from {{ ref('int_event_mentions_linked') }}
),

articles as (
    select
        article_id,
        published_at
    from {{ ref('stg_articles') }}
),

-- The days that reports in an article state themselves for an event: a report of that article may take it.
days_told_in_article as (
    select distinct
        m.article_id,
        l.event_id,
        m.event_date
    from mentions as m
    inner join linked as l using (mention_id)
    where m.date_precision = 'day'
),

event_dates as (
    select
        event_id,
        event_date,
        date_precision,
        event_start
    from {{ ref('fct_events') }}
)

select
    m.mention_id,
    l.event_id,
    m.article_id,
    a.published_at,
    m.event_type,
    m.status,
    -- A report's date sharpened by the event's date when they agree ('2021' -> '2021-06') and the
    -- report can take it (takes_the_event_date), or another report in its article states that day;
    -- undated negotiations held take only its year (takes_only_the_year).
    case
        when (m.event_date is null or starts_with(d.event_date, m.event_date))
            and ({{ takes_the_event_date('m.status', 'm.event_date', 'm.date_precision', 'a.published_at', 'd.event_start') }}
                or t.event_date is not null)
            then case when {{ takes_only_the_year('m.event_type', 'm.status', 'm.event_date') }} and d.event_date is not null
                then left(d.event_date, 4) else d.event_date end
        else m.event_date
    end as event_date,
    case
        when (m.event_date is null or starts_with(d.event_date, m.event_date))
            and ({{ takes_the_event_date('m.status', 'm.event_date', 'm.date_precision', 'a.published_at', 'd.event_start') }}
                or t.event_date is not null)
            then case when {{ takes_only_the_year('m.event_type', 'm.status', 'm.event_date') }} and d.event_date is not null
                then 'year' else d.date_precision end
        else m.date_precision
    end as date_precision,
    m.event_date as stated_date,
    m.date_precision as stated_precision,
    m.start_char,
    m.end_char,
    m.sentence_text,
    m.trigger_text,
    m.trigger_start,
    m.trigger_end,
    m.participant_ids,
    m.location_id,
    m.confidence,
    m.anaphoric,
    m.local_event_key
from mentions as m
inner join linked as l using (mention_id)
left join articles as a on a.article_id = m.article_id
left join event_dates as d on d.event_id = l.event_id
left join days_told_in_article as t
    on t.article_id = m.article_id and t.event_id = l.event_id and t.event_date = d.event_date
