-- One row per real-world event, summarised from its reports (int_event_reports).
with reports as (
    select
        *,
        count(*) over (partition by event_id, event_type) as type_reports,
        count(location_id) over (partition by event_id, location_id) as location_reports
    from {{ ref('int_event_reports') }}
),

sides as (
    select * from {{ ref('fct_event_sides') }}
),

entities as (
    select
        e.entity_id,
        e.canonical_name,
        coalesce(c.family_name_first, false) as family_name_first
    from {{ ref('dim_entities') }} as e
    left join {{ ref('stg_countries') }} as c using (country)
),

stated_dates as (
    -- The dates each report gives, once per report (a report's parts may give several).
    select distinct
        r.event_id,
        r.report_key,
        d.part.event_date,
        d.part.date_precision
    from reports as r
    cross join unnest(r.part_dates) as d(part)
),

date_votes as (
    -- Each date a report states, supported by the reports that state it or a coarser date containing it:
    -- "15 August" from two reports and "August" from a third give 15 August three votes, August one.
    select
        d.event_id,
        d.event_date,
        d.date_precision,
        count(distinct r.report_key) as support,
        date_diff('day', date '1970-01-01', {{ date_lower_bound('d.event_date', 'd.date_precision') }}) as epoch_days
    from (select distinct event_id, event_date, date_precision from stated_dates) as d
    inner join stated_dates as r
        on r.event_id = d.event_id
        and starts_with(d.event_date, r.event_date)
    group by all
),

best_dates as (
    -- The best-supported date; ties go to the more precise, then to the earlier day (the first day
    -- of a summit reported on its Friday and its Saturday).
    select
        event_id,
        arg_max(event_date, (support, {{ precision_rank('date_precision') }}, -epoch_days)) as event_date,
        arg_max(date_precision, (support, {{ precision_rank('date_precision') }}, -epoch_days)) as date_precision,
        max(support) as support
    from date_votes
    group by all
),

dates as (
    -- A negotiation whose reports do not all give its date (when the talks began, one round's
    -- day, "seit Sonntag laufen die Verhandlungen" beside "seit Monaten verhandeln die EU und
    -- Großbritannien") is dated by its year, the year its reports are linked in.
    select
        d.event_id,
        case when n.is_negotiation and d.support < n.all_reports then n.negotiation_year else d.event_date end
            as event_date,
        case when n.is_negotiation and d.support < n.all_reports then 'year' else d.date_precision end
            as date_precision
    from best_dates as d
    inner join (
        select
            event_id,
            bool_or(link_family = 'negotiation') as is_negotiation,
            strftime(min(window_start), '%Y') as negotiation_year,
            count(distinct report_key) as all_reports
        from reports
        group by all
    ) as n using (event_id)
),

events as (
    -- The type most reports give, of equals the more telling (a call reported as a call and as a
    -- contact is a call); the status of the latest report, unless an earlier one told it as held.
    select
        event_id,
        arg_max(event_type, (type_reports, {{ type_specificity('event_type') }}, event_type)) as event_type,
        -- A report told as held is not undone by a later one that tells it as still to come,
        -- proposed or rumoured (a summit's last day ahead, "Der EU-Gipfel forderte London auf" read
        -- as a proposal): once held, held; only a calling off or a denial outranks it.
        case
            when arg_max(status, (coalesce(published_at, date '1900-01-01'), {{ status_rank('status') }}))
                    in ('planned', 'proposed', 'speculative')
                and bool_or(status = 'happened')
                then 'happened'
            else arg_max(status, (coalesce(published_at, date '1900-01-01'), {{ status_rank('status') }}))
        end as status,
        -- Statuses in the order of publication, repeats dropped: [planned, happened].
        list(status order by published_at nulls last, {{ status_rank('status') }}) as statuses,
        -- The place most reports give; of equals, the later report's (it knows where it happened).
        arg_max(location_id, (location_reports, coalesce(published_at, date '1900-01-01'), location_id))
            filter (where location_id is not null) as location_id,
        count(distinct article_id) as n_articles,
        sum(n_mentions)::bigint as n_mentions,
        min(published_at) as first_reported_at,
        max(published_at) as last_reported_at
    from reports
    group by all
),

labels as (
    -- People by their family name: the last word of the name, the first of a Chinese or Korean one.
    select
        s.event_id,
        list_sort(list(s.entity_id)) as participant_ids,
        string_agg(
            case
                when not s.is_person then s.side_name
                when e.family_name_first then string_split(s.side_name, ' ')[1]
                else string_split(s.side_name, ' ')[-1]
            end,
            ' – ' order by s.is_person desc, s.side_name
        ) as sides
    from sides as s
    left join entities as e using (entity_id)
    group by all
)

select
    e.event_id,
    e.event_type,
    e.status,
    d.event_date,
    d.date_precision,
    {{ date_lower_bound('d.event_date', 'd.date_precision') }} as event_start,
    {{ date_upper_bound('d.event_date', 'd.date_precision') }} as event_end,
    e.location_id,
    coalesce(l.participant_ids, []) as participant_ids,
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
    || coalesce(' ' || l.sides, '')
    || coalesce(', ' || place.canonical_name, '') as label,
    list_filter(e.statuses, lambda s, i: i = 1 or s <> e.statuses[i - 1]) as status_sequence,
    e.n_articles,
    e.n_mentions,
    e.first_reported_at,
    e.last_reported_at
from events as e
left join dates as d using (event_id)
left join labels as l using (event_id)
left join entities as place on place.entity_id = e.location_id
