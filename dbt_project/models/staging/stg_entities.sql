with source as (
    select * from {{ source('raw', 'raw_entities') }}
),

renamed as (
    select
        article_id,
        entity_id,
        canonical_name,
        entity_type,
        wikidata_id,
        country,
        role,
        aliases,
        in_knowledge_base,
        party
    from source
)

select * from renamed
