select
    mention_id,
    article_id,
    entity_id,
    sentence_index,
    start_char,
    end_char,
    surface_text,
    mention_kind
from {{ ref('stg_entity_mentions') }}
