-- One row per event x side. A side is a person where one acts for the party (the country or
-- organisation, see int_actor_parties), else the state or organisation itself: "Rubio – Lawrow",
-- never "Rubio – Lawrow – Russland – Vereinigte Staaten".
with reports as (
    select * from {{ ref('int_event_reports') }}
),

report_sides as (
    -- The sides each report names (in any of its parts), once per report.
    select distinct
        r.event_id,
        r.report_key as local_event_key,
        s.entity_id,
        s.party_key,
        s.party_country,
        s.party_country_name,
        s.is_person
    from reports as r
    cross join unnest(r.local_event_keys) as k(part_key)
    inner join {{ ref('int_article_event_sides') }} as s on s.local_event_key = k.part_key
),

entities as (
    select
        entity_id,
        canonical_name,
        entity_type
    from {{ ref('dim_entities') }}
),

countries as (
    select * from {{ ref('stg_countries') }}
),

reports_per_event as (
    select
        event_id,
        count(distinct local_event_key) as n_reports
    from report_sides
    group by all
),

event_parties as (
    -- The parties at least half of the reports name: attendees one report of a summit lists
    -- are no sides of it.
    select
        r.event_id,
        r.party_key
    from report_sides as r
    inner join reports_per_event as e using (event_id)
    group by all
    having count(distinct r.local_event_key) * 2 >= any_value(e.n_reports)
),

people_per_party as (
    -- Of the reports naming a party, those naming a person for it. Its people stand for it only
    -- where at least half of them do: the EU-UK trade talks, told as between the EU and Britain
    -- in four reports and as continued by Johnson and von der Leyen on the phone in one, are
    -- "Europäische Union – Großbritannien".
    select
        event_id,
        party_key,
        count(distinct local_event_key) filter (where is_person) as reports_with_people,
        count(distinct local_event_key) as reports_with_party
    from report_sides
    group by all
    having count(distinct local_event_key) filter (where is_person) * 2 >= count(distinct local_event_key)
),

named as (
    select
        event_id,
        party_key,
        entity_id,
        is_person,
        any_value(party_country) as party_country,
        any_value(party_country_name) as party_country_name,
        count(distinct local_event_key) as n_reports
    from report_sides
    group by event_id, party_key, entity_id, is_person
),

chosen as (
    -- People of a party that at least half of the reports naming its people name (a side named by one
    -- report of many is left out); for a party fewer than half of its reports name people for
    -- (people_per_party), its most named entity, the country itself first.
    select n.*
    from named as n
    inner join event_parties using (event_id, party_key)
    left join people_per_party as p using (event_id, party_key)
    left join countries as c on c.country_entity_id = n.entity_id and c.country = n.party_key
    where (n.is_person and n.n_reports * 2 >= p.reports_with_people)
        or (not n.is_person and p.party_key is null)
    qualify n.is_person
        or row_number() over (
            partition by n.event_id, n.party_key, n.is_person
            order by c.country is not null desc, n.n_reports desc, n.entity_id
        ) = 1
)

select
    c.event_id,
    c.entity_id,
    e.canonical_name as side_name,
    e.entity_type,
    c.is_person,
    c.party_key,
    c.party_country as country,
    c.party_country_name as country_name,
    c.n_reports
from chosen as c
inner join entities as e using (entity_id)
