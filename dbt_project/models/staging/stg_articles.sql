with source as (
    select * from {{ source('raw', 'raw_articles') }}
),

renamed as (
    select
        article_id,
        file_name,
        title,
        text,
        cast(published_at as date) as published_at,
        published_precision,
        source,
        url,
        language,
        content_sha256,
        first_seen_at,
        updated_at
    from source
)

select * from renamed
