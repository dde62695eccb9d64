-- One row per article event x side: each participant with the party it acts for (see
-- int_actor_parties). A visit also has its host: the country it goes to, even where a report
-- names only the traveller ("Witkoff reiste nach Moskau"). For linking, a report of an
-- international organisation's meeting that names two or more of its member states is a report
-- of its summit: the members count as the organisation, and who of them attends is no identity.
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
),

memberships as (
    -- Member states of the organisations of var('international_parties').
    {% set parties = var('international_parties') %}
    {% for code, party in parties.items() %}
        {% for member in party.get('members', []) %}
            select '{{ code }}' as organisation, '{{ member }}' as member
            union all
        {% endfor %}
    {% endfor %}
    select null as organisation, null as member
    where false
),

sides as (
    select distinct * from participants
    union
    select * from hosts
),

summits as (
    -- Reports naming an organisation and at least two of its members.
    select
        local_event_key,
        min(organisation) as organisation
    from (
        select
            s.local_event_key,
            m.organisation
        from sides as s
        inner join memberships as m on m.member = s.party_key
        inner join sides as o on o.local_event_key = s.local_event_key and o.party_key = m.organisation
        group by all
        having count(distinct s.party_key) >= 2
    )
    group by all
)

select
    s.local_event_key,
    s.entity_id,
    s.party_key,
    s.is_person,
    coalesce(m.organisation, s.party_key) as linking_party_key,
    s.is_person and u.local_event_key is null as linking_is_person
from sides as s
left join summits as u using (local_event_key)
left join memberships as m on m.organisation = u.organisation and m.member = s.party_key
