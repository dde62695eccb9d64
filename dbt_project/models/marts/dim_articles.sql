with articles as (
    select * from {{ ref('stg_articles') }}
),

sentence_counts as (
    select
        article_id,
        count(*) as n_sentences
    from {{ ref('stg_sentences') }}
    group by all
),

event_counts as (
    select
        article_id,
        count(*) as n_event_mentions
    from {{ ref('stg_event_mentions') }}
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
    coalesce(e.n_event_mentions, 0) as n_event_mentions
from articles as a
left join sentence_counts as s using (article_id)
left join event_counts as e using (article_id)
