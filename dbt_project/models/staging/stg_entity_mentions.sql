with source as (
    select * from {{ source('raw', 'raw_entity_mentions') }}
),

renamed as (
    select
        mention_id,
        article_id,
        entity_id,
        sentence_index,
        start_char,
        end_char,
        surface_text,
        mention_kind
    from source
)

select * from renamed
