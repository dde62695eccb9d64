with seen as (
    select * from {{ ref('stg_entities') }}
),

mentions as (
    select * from {{ ref('stg_entity_mentions') }}
),

names as (
    -- Known actors keep their knowledge base name; others the fullest name any article used.
    select
        entity_id,
        coalesce(
            max(canonical_name) filter (where in_knowledge_base),
            arg_max(canonical_name, (len(string_split(canonical_name, ' ')), canonical_name))
        ) as canonical_name,
        min(entity_type) as entity_type,
        max(wikidata_id) as wikidata_id,
        max(country) as country,
        max(role) as role,
        mode(party) as party_id
    from seen
    group by all
),

aliases as (
    select
        written.entity_id,
        list_sort(list(distinct {{ alias_spelling('written.alias', 'names.canonical_name') }})) as aliases
    from (
        select entity_id, unnest(aliases) as alias from seen
        union
        -- names as written, not offices ("der US-Präsident" names a different person in another year)
        select entity_id, surface_text as alias from mentions where mention_kind <> 'role'
    ) as written
    inner join names using (entity_id)
    where written.alias is not null
    group by all
),

article_counts as (
    select
        entity_id,
        count(distinct article_id) as n_articles,
        count(*) as n_mentions
    from mentions
    group by all
)

select
    n.entity_id,
    n.canonical_name,
    n.entity_type,
    coalesce(a.aliases, []) as aliases,
    n.wikidata_id,
    n.country,
    n.role,
    n.party_id,
    coalesce(c.n_articles, 0) as n_articles,
    coalesce(c.n_mentions, 0) as n_mentions
from names as n
left join aliases as a using (entity_id)
left join article_counts as c using (entity_id)
