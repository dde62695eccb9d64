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

{# A report (of the linking queue) fits an event under construction: it is compatible with every
   report in it and anchored by at least one of them (int_event_mentions_linked). #}
{% macro fits(report, event) -%}
    (list_has_all({{ report }}.neighbour_keys, {{ event }}.members)
        and list_has_any({{ report }}.anchor_keys, {{ event }}.members))
{%- endmacro %}
