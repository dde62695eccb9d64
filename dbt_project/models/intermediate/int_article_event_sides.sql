-- One row per article event x side: each participant with the party it acts for (see
-- int_actor_parties). A visit also has its host: the country it goes to, even where a report
-- names only the traveller ("Witkoff reiste nach Moskau").
with article_events as (
    select * from {{ ref('int_article_events') }}
),

parties as (
    select * from {{ ref('int_actor_parties') }}
),

countries as (
    -- Countries the warehouse knows as entities (a side must be one).
    select c.*
    from {{ ref('stg_countries') }} as c
    where c.country_entity_id in (select entity_id from {{ ref('stg_entities') }})
),

participants as (
    select
        e.local_event_key,
        p.entity_id,
        coalesce(a.party_key, p.entity_id) as party_key,
        coalesce(a.is_person, false) as is_person
    from article_events as e
    cross join unnest(e.participant_ids) as p(entity_id)
    left join parties as a on a.entity_id = p.entity_id
),

hosts as (
    -- The country a visit goes to, as a state side, unless a participant already stands for it.
    select
        e.local_event_key,
        coalesce(c.country_entity_id, e.location_id) as entity_id,
        e.location_country as party_key,
        false as is_person
    from article_events as e
    left join countries as c on c.country = e.location_country
    where e.event_type = 'VISIT'
        and e.location_country is not null
        and not exists (
            select 1
            from participants as p
            where p.local_event_key = e.local_event_key
                and p.party_key = e.location_country
        )
)

select distinct * from participants
union
select * from hosts
