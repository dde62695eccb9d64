-- One row per article x event: the mentions of one article that the extraction
-- tied together (anaphora such as "der Gipfel", "die Gespräche") share a local_event_key.
with mentions as (
    select
        *,
        {{ month_part('event_date', 'date_precision', 'sentence_text') }} as month_part,
        {{ week_part('date_precision', 'sentence_text') }} as week_part
    from {{ ref('int_event_mention_parts') }}
),

articles as (
    select
        article_id,
        published_at
    from {{ ref('stg_articles') }}
),

places as (
    -- The country a place lies in; a region or an unknown place (Nahost, Europa) has none.
    select
        entity_id,
        max(country) as place_country
    from {{ ref('stg_entities') }}
    where entity_type in ('GPE', 'LOC')
    group by all
),

roots as (
    select
        local_event_key,
        article_id,
        event_type,
        status,
        participant_ids,
        location_id
    from mentions
    where mention_id = local_event_key
),

grouped as (
    select
        m.local_event_key,
        m.article_id,
        coalesce(any_value(r.event_type), min(m.event_type)) as event_type,
        coalesce(any_value(r.status), min(m.status)) as status,
        coalesce(any_value(r.participant_ids), max_by(m.participant_ids, (len(m.participant_ids), m.mention_id)))
            as participant_ids,
        max_by(m.event_date, ({{ precision_rank('m.date_precision') }}, m.event_date)) as event_date,
        max_by(m.date_precision, ({{ precision_rank('m.date_precision') }}, m.event_date)) as date_precision,
        max_by(m.month_part, ({{ precision_rank('m.date_precision') }}, m.event_date)) as month_part,
        max_by(m.week_part, ({{ precision_rank('m.date_precision') }}, m.event_date)) as week_part,
        coalesce(any_value(r.location_id), min(m.location_id)) as location_id,
        count(*) as n_mentions,
        -- Who meets, where its mentions say so and agree (meeting_level, agreed_level): ministers (of a
        -- portfolio) or leaders.
        {{ agreed_level(meeting_level('m.trigger_text', 'substr(m.sentence_text, m.trigger_end - m.start_char + 1)', 'left(m.sentence_text, m.trigger_start - m.start_char)')) }}
            as meeting_level,
        -- Some mention tells it as held, whatever its first mention tells ("Ursprünglich sollte der
        -- Gipfel in Leipzig stattfinden" and "Die Gespräche gestalteten sich schwierig").
        coalesce(bool_or(m.status = 'happened'), false) as any_held,
        -- Every mention is a round of talks dated to its day (names_a_dated_round).
        bool_and({{ names_a_dated_round('m.event_type', 'm.trigger_text', 'm.date_precision', 'left(m.sentence_text, m.trigger_start - m.start_char)', 'm.status', 'substr(m.sentence_text, m.trigger_end - m.start_char + 1)') }}) as is_round,
        -- Some mention tells persons meeting each other, not attending a gathering (tells_a_meeting_of_persons).
        coalesce(bool_or({{ tells_a_meeting_of_persons('m.trigger_text', 'm.sentence_text') }}), false) as tells_persons_meeting
    from mentions as m
    left join roots as r using (local_event_key, article_id)
    group by all
),

windows as (
    select
        g.*,
        a.published_at,
        pl.place_country as location_country,
        {{ report_window_start('g.event_date', 'g.date_precision', 'g.status', 'a.published_at') }} as month_start,
        {{ report_window_end('g.event_date', 'g.date_precision', 'g.status', 'a.published_at') }} as month_end,
        {{ report_window_start('null', 'null', 'g.status', 'a.published_at') }} as undated_start,
        {{ report_window_end('null', 'null', 'g.status', 'a.published_at') }} as undated_end
    from grouped as g
    left join articles as a using (article_id)
    left join places as pl on pl.entity_id = g.location_id
),

thirds as (
    -- "Anfang Oktober": the first third of the month (month_part), where the window allows it.
    select
        *,
        {{ month_part_start('month_part', 'event_date', 'month_start', 'month_end') }} as dated_start,
        {{ month_part_end('month_part', 'event_date', 'month_start', 'month_end') }} as dated_end
    from windows
),

weeks as (
    -- "in dieser Woche", "in der kommenden Woche": the days of that week (week_part), where the
    -- window allows them.
    select
        * replace (
            case
                when week_part is not null
                    and greatest(dated_start, date_trunc('week', published_at)::date + week_part)
                        <= least(dated_end, date_trunc('week', published_at)::date + week_part + 6)
                    then greatest(dated_start, date_trunc('week', published_at)::date + week_part)
                else dated_start
            end as dated_start,
            case
                when week_part is not null
                    and greatest(dated_start, date_trunc('week', published_at)::date + week_part)
                        <= least(dated_end, date_trunc('week', published_at)::date + week_part + 6)
                    then least(dated_end, date_trunc('week', published_at)::date + week_part + 6)
                else dated_end
            end as dated_end
        )
    from thirds
)

-- A date the report's own status contradicts (held on a day after the report, planned for a day
-- already past) says nothing of when the event is: the report counts as undated.
select
    local_event_key,
    article_id,
    published_at,
    event_type,
    {{ event_family('event_type') }} as event_family,
    status,
    participant_ids,
    case when dated_start <= dated_end then event_date end as event_date,
    case when dated_start <= dated_end then date_precision end as date_precision,
    event_date as stated_date,
    date_precision as stated_precision,
    location_id,
    location_country,
    n_mentions,
    meeting_level,
    any_held,
    is_round,
    tells_persons_meeting,
    case when dated_start <= dated_end then dated_start else undated_start end as window_start,
    case when dated_start <= dated_end then dated_end else undated_end end as window_end
from weeks
