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
