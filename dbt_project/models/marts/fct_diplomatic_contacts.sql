-- One row per contact event x pair of sides of different parties (countries or organisations):
-- a person is never paired with his own state, and a state stands as a side only where no
-- person acts for it (fct_event_sides).
with events as (
    select * from {{ ref('fct_events') }}
    where event_type in {{ contact_types() }}
),

sides as (
    select
        *,
        bool_or(is_person) over (partition by event_id) as event_has_people
    from {{ ref('fct_event_sides') }}
),

entities as (
    select
        entity_id,
        canonical_name
    from {{ ref('dim_entities') }}
),

pairs as (
    -- Two countries one visitor goes to (Saudi-Arabien and Katar on one trip) are no contact.
    select
        a.event_id,
        a.entity_id as actor_a_id,
        b.entity_id as actor_b_id,
        a.side_name as actor_a_name,
        b.side_name as actor_b_name,
        a.country as actor_a_country,
        a.country_name as actor_a_country_name,
        b.country as actor_b_country,
        b.country_name as actor_b_country_name
    from sides as a
    inner join sides as b
        on b.event_id = a.event_id
        and a.entity_id < b.entity_id
        and a.party_key <> b.party_key
    inner join events as e on e.event_id = a.event_id
    where not (e.event_type = 'VISIT' and a.event_has_people and not a.is_person and not b.is_person)
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
    -- Ready for the dashboard: names, countries, and the days the date covers at its precision.
    p.actor_a_name,
    p.actor_b_name,
    p.actor_a_country,
    p.actor_a_country_name,
    p.actor_b_country,
    p.actor_b_country_name,
    loc.canonical_name as location_name,
    e.event_start as date_start,
    e.event_end as date_end
from pairs as p
inner join events as e using (event_id)
left join entities as loc on loc.entity_id = e.location_id
