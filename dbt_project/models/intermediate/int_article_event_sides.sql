-- One row per article event x side: each participant with the party it acts for (see
-- int_actor_parties). A visit also has its host: the country it goes to, even where a report
-- names only the traveller ("Witkoff reiste nach Moskau"). For linking, a report of an
-- international organisation's meeting that names members of it and nobody acting for the
-- organisation itself is a report of its summit: the members count as the organisation, and who
-- of them attends is no identity.
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
        a.party_country,
        a.party_country_name,
        coalesce(a.is_person, false) as is_person
    from article_events as e
    cross join unnest(e.participant_ids) as p(entity_id)
    left join parties as a on a.article_id = e.article_id and a.entity_id = p.entity_id
),

hosts as (
    -- The country a visit goes to, as a state side, unless a participant already stands for it.
    select
        e.local_event_key,
        coalesce(c.country_entity_id, e.location_id) as entity_id,
        e.location_country as party_key,
        e.location_country as party_country,
        c.country_name as party_country_name,
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
    {% for code, party in var('international_parties').items() %}
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

summit_candidates as (
    -- Meetings and calls of an organisation that name members of it beside it, no other party, and
    -- nobody acting for the organisation: "Kurz auf dem EU-Gipfel", "Merkel, Macron und Rutte beim
    -- Gipfel der EU". Talks need two members ("die Verhandlungen der EU mit Polen" are a contact).
    -- Von der Leyen meeting Merkel is a contact of the EU with Germany.
    select
        s.local_event_key,
        o.party_key as organisation
    from sides as o
    inner join article_events as e using (local_event_key)
    inner join sides as s using (local_event_key)
    left join memberships as m on m.organisation = o.party_key and m.member = s.party_key
    where o.party_key in (select organisation from memberships)
        and not o.is_person
        and e.event_type in ('MEETING', 'CALL', 'NEGOTIATION')
    group by s.local_event_key, o.party_key, e.event_type
    having bool_and(m.member is not null or s.party_key = o.party_key)
        and not bool_or(s.is_person and s.party_key = o.party_key)
        and count(distinct m.member) >= case when e.event_type = 'NEGOTIATION' then 2 else 1 end
        -- Persons of two members told meeting each other hold their own contact on its sidelines
        -- ("Am Rande des NATO-Gipfels trafen sich Meloni und Erdoğan"), not the summit; three
        -- and more ("Beim EU-Gipfel trafen sich Merkel, Macron und Rutte") attend it.
        and not (coalesce(any_value(e.tells_persons_meeting), false)
            and count(distinct s.party_key) filter (where s.is_person) = 2
            and count(distinct s.party_key) filter (where s.is_person and m.member is not null) = 2)
),

summits as (
    select
        local_event_key,
        min(organisation) as organisation
    from summit_candidates
    group by all
)

select
    s.local_event_key,
    s.entity_id,
    s.party_key,
    s.party_country,
    s.party_country_name,
    s.is_person,
    coalesce(u.organisation, s.party_key) as linking_party_key,
    s.is_person and u.local_event_key is null as linking_is_person
from sides as s
left join summits as u using (local_event_key)
