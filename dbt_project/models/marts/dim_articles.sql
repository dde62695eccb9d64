-- Incremental: a run rebuilds the rows of articles that are new, changed or extracted since the last
-- build, so its cost follows the new articles, not the size of the warehouse. The post-hook drops
-- rows whose article left the folder or changed since.
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
                from {{ ref('stg_articles') }} as a
                left join {{ ref('stg_extracted_articles') }} as x using (article_id)
                where a.article_id = t.article_id
                    and a.updated_at = t.updated_at
                    and x.extracted_at is not distinct from t.extracted_at
            )"
    )
}}

with changed as (
    select
        a.article_id,
        a.updated_at,
        x.extracted_at
    from {{ ref('stg_articles') }} as a
    left join {{ ref('stg_extracted_articles') }} as x using (article_id)
    {% if is_incremental() %}
        where not exists (
            select 1
            from {{ this }} as t
            where t.article_id = a.article_id
                and t.updated_at = a.updated_at
                and t.extracted_at is not distinct from x.extracted_at
        )
    {% endif %}
),

sentence_counts as (
    select
        article_id,
        count(*) as n_sentences
    from {{ ref('stg_sentences') }}
    where article_id in (select article_id from changed)
    group by all
),

event_counts as (
    select
        article_id,
        count(*) as n_event_mentions
    from {{ ref('stg_event_mentions') }}
    where article_id in (select article_id from changed)
    group by all
)

select
    a.article_id,
    a.title,
    a.text,
    a.published_at,
    a.published_precision,
    a.source,
    a.language,
    a.content_sha256,
    a.file_name,
    a.url,
    a.first_seen_at,
    coalesce(s.n_sentences, 0) as n_sentences,
    coalesce(e.n_event_mentions, 0) as n_event_mentions,
    c.updated_at,
    c.extracted_at
from changed as c
inner join {{ ref('stg_articles') }} as a using (article_id)
left join sentence_counts as s using (article_id)
left join event_counts as e using (article_id)
