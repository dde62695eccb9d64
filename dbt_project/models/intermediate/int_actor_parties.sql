-- One row per article x entity: the party the entity acts for in that article's reports, on its
-- publication day. A person acts for the state or organisation of the office he holds that day
-- (stg_person_offices: von der Leyen and Barnier for the EU, Lawrow for Russia; Barnier as French
-- prime minister in 2024 for France), else for his country; a government or city for its country;
-- an entity of an organisation of var('international_parties') for it (the EU's institutions for
-- the Union). Other organisations, and actors of unknown country, are parties of their own.
with entities as (
    select
        article_id,
        entity_id,
        min(entity_type) as entity_type,
        max(canonical_name) as canonical_name,
        max(country) as country
    from {{ ref('stg_entities') }}
    group by all
),

articles as (
    select
        article_id,
        published_at
    from {{ ref('stg_articles') }}
),

countries as (
    select * from {{ ref('stg_countries') }}
),

international as (
    -- The organisations of var('international_parties'): one row per entity that stands for one,
    -- and one without an entity for the code itself (the organisation an office is held for).
    {% for code, party in var('international_parties').items() %}
        select '{{ code }}' as party_key, '{{ party.name }}' as party_name, null as entity_id
        union all
        {% for entity_id in party.get('entity_ids', []) %}
            select '{{ code }}', '{{ party.name }}', '{{ entity_id }}'
            union all
        {% endfor %}
    {% endfor %}
    select null as party_key, null as party_name, null as entity_id
    where false
),

offices as (
    -- The office a person holds on the day the article appeared: the first the knowledge base
    -- lists; without a publication day, the one begun last.
    select
        e.article_id,
        e.entity_id,
        o.organisation
    from entities as e
    inner join articles as a using (article_id)
    inner join {{ ref('stg_person_offices') }} as o on o.person_name = e.canonical_name
    where e.entity_type = 'PERSON'
        and (
            a.published_at is null
            or ((o.start_date is null or o.start_date <= a.published_at) and (o.end_date is null or a.published_at < o.end_date))
        )
    qualify row_number() over (
        partition by e.article_id, e.entity_id
        order by case when a.published_at is null then o.start_date end desc nulls last, o.office_order
    ) = 1
),

office_parties as (
    -- The office's state or organisation (by its code or its German name: "IAEA", "Internationale
    -- Atomenergiebehörde") as a party; an office of a region or a political party ("DE-BY", "SPD")
    -- leaves the person acting for his country.
    select
        o.article_id,
        o.entity_id,
        coalesce(c.country, i.party_key) as party_key
    from offices as o
    left join countries as c on c.country = o.organisation
    left join international as i
        on o.organisation in (i.party_key, i.party_name) and i.entity_id is null
),

parties as (
    select
        e.article_id,
        e.entity_id,
        e.entity_type,
        coalesce(op.party_key, by_id.party_key, e.country, e.entity_id) as party_key
    from entities as e
    left join office_parties as op using (article_id, entity_id)
    left join international as by_id on by_id.entity_id = e.entity_id
)

select
    p.article_id,
    p.entity_id,
    p.entity_type,
    p.entity_type = 'PERSON' as is_person,
    p.party_key,
    -- The country (or international organisation of var('international_parties')) the party is;
    -- NULL for other organisations and for actors of unknown country.
    coalesce(c.country, org.party_key) as party_country,
    coalesce(c.country_name, org.party_name) as party_country_name
from parties as p
left join countries as c on c.country = p.party_key
left join international as org on org.party_key = p.party_key and org.entity_id is null
