with mentions as (
    select * from {{ ref('fct_event_mentions') }}
),

article_events as (
    select * from {{ ref('int_article_events') }}
),

entities as (
    select
        entity_id,
        entity_type,
        canonical_name
    from {{ ref('dim_entities') }}
),

reports as (
    -- One row per event x article: what that article says of it.
    select distinct
        m.event_id,
        e.local_event_key,
        e.article_id,
        e.published_at,
        e.event_type,
        e.status,
        e.participant_ids,
        e.location_id
    from mentions as m
    inner join article_events as e using (local_event_key)
),

sides as (
    -- The sides most reports agree on: a side named by one report of many is left out.
    select
        event_id,
        list_sort(list(entity_id)) as participant_ids
    from (
        select
            r.event_id,
            p.entity_id,
            count(*) as reports,
            any_value(n.reports) as all_reports
        from reports as r
        cross join unnest(r.participant_ids) as p(entity_id)
        inner join (select event_id, count(*) as reports from reports group by all) as n using (event_id)
        group by all
    )
    where reports * 2 >= all_reports
    group by all
),

events as (
    -- The type and place most reports give; the status of the latest report.
    select
        r.event_id,
        arg_max(r.event_type, (r.type_reports, r.event_type)) as event_type,
        arg_max(r.status, (coalesce(r.published_at, date '1900-01-01'), r.local_event_key)) as status,
        any_value(s.participant_ids) as participant_ids,
        arg_max(r.location_id, (r.location_reports, r.location_id)) as location_id,
        count(distinct r.article_id) as n_articles,
        min(r.published_at) as first_reported_at,
        max(r.published_at) as last_reported_at
    from (
        select
            *,
            count(*) over (partition by event_id, event_type) as type_reports,
            count(location_id) over (partition by event_id, location_id) as location_reports
        from reports
    ) as r
    left join sides as s using (event_id)
    group by all
),

dates as (
    select
        event_id,
        any_value(event_date) as event_date,
        any_value(date_precision) as date_precision,
        count(*) as n_mentions
    from (
        select
            event_id,
            first_value(event_date) over w as event_date,
            first_value(date_precision) over w as date_precision
        from mentions
        window w as (
            partition by event_id
            order by {{ precision_rank('date_precision') }} desc, published_at desc, mention_id
        )
    )
    group by all
),

labels as (
    select
        e.event_id,
        string_agg(
            case when n.entity_type = 'PERSON' then string_split(n.canonical_name, ' ')[-1] else n.canonical_name end,
            ' – ' order by n.entity_type desc, n.canonical_name
        ) as sides
    from events as e
    cross join unnest(e.participant_ids) as p(entity_id)
    inner join entities as n on n.entity_id = p.entity_id
    group by all
)

select
    e.event_id,
    e.event_type,
    e.status,
    d.event_date,
    d.date_precision,
    e.location_id,
    e.participant_ids,
    case e.event_type
        when 'MEETING' then 'Treffen'
        when 'CALL' then 'Telefonat'
        when 'VISIT' then 'Besuch'
        when 'NEGOTIATION' then 'Verhandlungen'
        when 'CONTACT' then 'Kontakt'
        when 'AGREE' then 'Einigung'
        when 'DEMAND' then 'Forderung'
        when 'THREATEN' then 'Drohung'
        when 'SANCTION' then 'Sanktionen'
        when 'CRITICIZE' then 'Kritik'
        when 'ATTACK' then 'Angriff'
    end
    || ' ' || coalesce(l.sides, '')
    || coalesce(', ' || place.canonical_name, '') as label,
    e.n_articles,
    d.n_mentions,
    e.first_reported_at,
    e.last_reported_at
from events as e
inner join dates as d using (event_id)
left join labels as l using (event_id)
left join entities as place on place.entity_id = e.location_id
