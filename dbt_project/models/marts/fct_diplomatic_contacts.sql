with events as (
    select * from {{ ref('fct_events') }}
    where event_type in ('MEETING', 'CALL', 'VISIT', 'NEGOTIATION', 'CONTACT')
),

entities as (
    select
        entity_id,
        entity_type,
        country,
        canonical_name
    from {{ ref('dim_entities') }}
),

sides as (
    select
        e.event_id,
        p.entity_id as actor_id,
        n.entity_type,
        n.country
    from events as e
    cross join unnest(e.participant_ids) as p(entity_id)
    inner join entities as n on n.entity_id = p.entity_id
),

pairs as (
    -- Not a contact: a person and their own country (Lawrow and Russland in one delegation),
    -- or two countries a visitor goes to (Saudi-Arabien and Katar on one trip).
    select
        a.event_id,
        a.actor_id as actor_a_id,
        b.actor_id as actor_b_id
    from sides as a
    inner join sides as b on b.event_id = a.event_id and a.actor_id < b.actor_id
    inner join events as e on e.event_id = a.event_id
    where not (a.entity_type = 'PERSON' and b.entity_type = 'GPE' and a.country = b.country)
        and not (b.entity_type = 'PERSON' and a.entity_type = 'GPE' and a.country = b.country)
        and not (e.event_type = 'VISIT' and a.entity_type = 'GPE' and b.entity_type = 'GPE')
)

select
    e.event_id,
    p.actor_a_id,
    p.actor_b_id,
    e.event_type as contact_type,
    e.event_date,
    e.date_precision,
    e.status,
    e.location_id,
    e.n_articles,
    e.label,
    -- Ready for the dashboard: names, and the days the date covers at its precision.
    a.canonical_name as actor_a_name,
    b.canonical_name as actor_b_name,
    loc.canonical_name as location_name,
    {{ date_lower_bound('e.event_date', 'e.date_precision') }} as date_start,
    {{ date_upper_bound('e.event_date', 'e.date_precision') }} as date_end
from pairs as p
inner join events as e using (event_id)
inner join entities as a on a.entity_id = p.actor_a_id
inner join entities as b on b.entity_id = p.actor_b_id
left join entities as loc on loc.entity_id = e.location_id
