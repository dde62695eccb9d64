with events as (
    select * from {{ ref('fct_events') }}
    where event_type in ('MEETING', 'CALL', 'VISIT', 'NEGOTIATION', 'CONTACT')
),

sides as (
    select
        event_id,
        unnest(participant_ids) as actor_id
    from events
)

select
    e.event_id,
    a.actor_id as actor_a_id,
    b.actor_id as actor_b_id,
    e.event_type as contact_type,
    e.event_date,
    e.date_precision,
    e.status,
    e.location_id,
    e.n_articles,
    e.label
from events as e
inner join sides as a on a.event_id = e.event_id
inner join sides as b on b.event_id = e.event_id and a.actor_id < b.actor_id
