-- Incremental: a run adds the mentions of articles extracted since the last build and replaces
-- those of re-extracted ones, so its cost follows the new articles, not the size of the warehouse.
-- The post-hook drops mentions whose extraction is gone (the article left, changed or failed).
{{
    config(
        materialized='incremental',
        unique_key='article_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="
            delete from {{ this }} as t
            where not exists (
                select 1
                from {{ ref('stg_extracted_articles') }} as x
                where x.article_id = t.article_id and x.extracted_at = t.extracted_at
            )"
    )
}}

with extracted as (
    select
        article_id,
        extracted_at
    from {{ ref('stg_extracted_articles') }} as x
    {% if is_incremental() %}
        where not exists (
            select 1
            from {{ this }} as t
            where t.article_id = x.article_id and t.extracted_at = x.extracted_at
        )
    {% endif %}
)

select
    m.mention_id,
    m.article_id,
    m.entity_id,
    m.sentence_index,
    m.start_char,
    m.end_char,
    m.surface_text,
    m.mention_kind,
    x.extracted_at
from {{ ref('stg_entity_mentions') }} as m
inner join extracted as x using (article_id)
