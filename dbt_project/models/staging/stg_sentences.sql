with source as (
    select * from {{ source('raw', 'raw_sentences') }}
),

renamed as (
    select
        article_id,
        sentence_index,
        start_char,
        end_char,
        text as sentence_text
    from source
)

select * from renamed
