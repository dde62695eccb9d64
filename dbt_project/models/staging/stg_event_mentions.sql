with source as (
    select * from {{ source('raw', 'raw_event_mentions') }}
),

renamed as (
    select
        mention_id,
        article_id,
        local_event_key,
        sentence_index,
        start_char,
        end_char,
        sentence_text,
        event_type,
        status,
        event_date,
        date_precision,
        trigger_text,
        trigger_start,
        trigger_end,
        list_sort(participant_ids) as participant_ids,
        location_id,
        confidence,
        anaphoric
    from source
)

select * from renamed
