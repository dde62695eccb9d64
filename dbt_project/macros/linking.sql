{# The contact types of the codebook; the other types are context (AGREE, DEMAND, THREATEN, ...). #}
{% macro contact_types() -%}
    ('MEETING', 'CALL', 'VISIT', 'NEGOTIATION', 'CONTACT')
{%- endmacro %}

{# Orders statuses of reports published the same day: what happened outranks what was planned. #}
{% macro status_rank(status) -%}
    case {{ status }}
        when 'happened' then 6
        when 'cancelled' then 5
        when 'denied' then 4
        when 'planned' then 3
        when 'proposed' then 2
        when 'speculative' then 1
        else 0
    end
{%- endmacro %}

{# The family a report links in (int_event_mentions_linked): an organisation's summit alone on its
   side is met, negotiated or held by video ('summit'); negotiations between two or more parties
   are one process ('negotiation'), but talks still to come without a day are a round of their own
   ('negotiation_round'); otherwise the family of its type (event_family). #}
{% macro link_family(event_type, event_family, party_keys, status, date_precision) -%}
    case
        when len({{ party_keys }}) = 1
            and {{ party_keys }}[1] in ({% for code in var('international_parties') %}'{{ code }}'{{ ", " if not loop.last }}{% endfor %})
            and {{ event_type }} in ('MEETING', 'CALL', 'NEGOTIATION')
            then 'summit'
        -- Talks still to come that no day places are a round ahead (the rounds "per
        -- Videokonferenz", "im Juni"), not the process so far: they link as any other event, by their days.
        when {{ event_type }} = 'NEGOTIATION' and len({{ party_keys }}) >= 2
            and {{ status }} in ('planned', 'proposed') and {{ date_precision }} is distinct from 'day'
            then 'negotiation_round'
        when {{ event_type }} = 'NEGOTIATION' and len({{ party_keys }}) >= 2 then 'negotiation'
        else {{ event_family }}
    end
{%- endmacro %}

{# A report (of the linking queue) fits an event under construction: it is compatible with every
   report in it and anchored by at least one of them (int_event_mentions_linked). #}
{% macro fits(report, event) -%}
    (list_has_all({{ report }}.neighbour_keys, {{ event }}.members)
        and list_has_any({{ report }}.anchor_keys, {{ event }}.members))
{%- endmacro %}

{# The first and last day a report's event can lie on: its stated date, before the report if it
   happened, after it (within the planning horizon) if it is still to come. A report of a past event
   that gives no date is news of its days: the event lies in the last var('undated_link_days'). #}
{% macro report_window_start(event_date, precision, status, published_at) -%}
    case
        when {{ status }} = 'happened'
            then coalesce(
                {{ date_lower_bound(event_date, precision) }},
                {{ published_at }} - {{ var('undated_link_days') }},
                date '1900-01-01'
            )
        else greatest(
            coalesce({{ date_lower_bound(event_date, precision) }}, {{ published_at }} - 1),
            coalesce({{ published_at }} - 1, date '1900-01-01')
        )
    end
{%- endmacro %}

{% macro report_window_end(event_date, precision, status, published_at) -%}
    case
        when {{ status }} = 'happened'
            then least(
                coalesce({{ date_upper_bound(event_date, precision) }}, {{ published_at }}, date '2999-12-31'),
                coalesce({{ published_at }}, date '2999-12-31')
            )
        else coalesce(
            {{ date_upper_bound(event_date, precision) }},
            {{ published_at }} + {{ var('planned_horizon_days') }},
            date '2999-12-31'
        )
    end
{%- endmacro %}

{# Days two reports' windows may lie apart and still be one event. A summit lasts days: reports of
   an organisation's summit up to var('summit_span_days') apart when one of them gives the day (its
   first day and its third; "im Juli" held before the Friday and "am Sonntag"). Other events
   var('event_span_days') when both give the day (talks through the night); "im Mai" and "im Juni"
   stay apart. #}
{% macro span_days(a, b) -%}
    (case
        when {{ a }}.link_family = 'summit' and ({{ a }}.date_precision = 'day' or {{ b }}.date_precision = 'day')
            then {{ var('summit_span_days') }}
        when {{ a }}.date_precision = 'day' and {{ b }}.date_precision = 'day' then {{ var('event_span_days') }}
        else 0
    end)
{%- endmacro %}
