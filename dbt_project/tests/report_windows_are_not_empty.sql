{# Reports whose window of possible days is empty: linking compares windows, so every report must
   have at least one day (int_article_events treats a date its status contradicts as no date). #}
select
    local_event_key,
    status,
    stated_date,
    window_start,
    window_end
from {{ ref('int_article_events') }}
where window_start > window_end
