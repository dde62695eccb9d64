-- One row per entity: the party it acts for in a contact. A minister, his government and his
-- country are one party (their country); an organisation without a country is its own party;
-- the holder of an office of an international organisation acts for it (von der Leyen: EU).
with entities as (
    select
        entity_id,
        min(entity_type) as entity_type,
        max(country) as country,
        max(role) as role
    from {{ ref('stg_entities') }}
    group by all
),

countries as (
    select * from {{ ref('stg_countries') }}
),

international as (
    -- The organisations of var('international_parties'), one row per entity or role that stands for them.
    {% set parties = var('international_parties') %}
    {% if parties %}
        {% for code, party in parties.items() %}
            {% for entity_id in party.get('entity_ids', []) %}
                select '{{ code }}' as party_key, '{{ party.name }}' as party_name, '{{ entity_id }}' as entity_id, null as role
                union all
            {% endfor %}
            {% for role in party.get('roles', []) %}
                select '{{ code }}', '{{ party.name }}', null, '{{ role }}'
                union all
            {% endfor %}
        {% endfor %}
    {% endif %}
    select null as party_key, null as party_name, null as entity_id, null as role
    where false
),

parties as (
    select
        e.entity_id,
        e.entity_type,
        e.country,
        e.role,
        coalesce(by_id.party_key, by_role.party_key, e.country, e.entity_id) as party_key,
        coalesce(by_id.party_name, by_role.party_name) as international_name
    from entities as e
    left join international as by_id on by_id.entity_id = e.entity_id
    left join international as by_role on by_role.role = e.role and e.entity_type = 'PERSON'
)

select
    p.entity_id,
    p.entity_type,
    p.entity_type = 'PERSON' as is_person,
    p.party_key,
    -- The country (or international organisation of var('international_parties')) the party is;
    -- NULL for other organisations and for actors of unknown country.
    case when c.country is not null or p.international_name is not null then p.party_key end as party_country,
    coalesce(c.country_name, p.international_name) as party_country_name
from parties as p
left join countries as c on c.country = p.party_key
