with source as (
    select * from {{ source('raw', 'raw_extracted_articles') }}
),

renamed as (
    select
        article_id,
        content_sha256,
        extractor_version,
        extracted_at
    from source
)

select * from renamed
