{# First and last day covered by an ISO date at its precision: '2025-08' -> 2025-08-01 .. 2025-08-31. #}
{% macro date_lower_bound(value, precision) -%}
    case {{ precision }}
        when 'day' then try_cast({{ value }} as date)
        when 'month' then try_cast({{ value }} || '-01' as date)
        when 'year' then try_cast({{ value }} || '-01-01' as date)
    end
{%- endmacro %}

{% macro date_upper_bound(value, precision) -%}
    case {{ precision }}
        when 'day' then try_cast({{ value }} as date)
        when 'month' then last_day(try_cast({{ value }} || '-01' as date))
        when 'year' then try_cast({{ value }} || '-12-31' as date)
    end
{%- endmacro %}

{# Contact types form families that can report the same event: a summit is met, visited and negotiated. #}
{% macro event_family(event_type) -%}
    case
        when {{ event_type }} = 'CALL' then 'call'
        when {{ event_type }} in ('MEETING', 'VISIT', 'NEGOTIATION') then 'meet'
        when {{ event_type }} = 'CONTACT' then 'contact'
        else lower({{ event_type }})
    end
{%- endmacro %}

{# Orders date precisions: a day says more than a month, a month more than a year. #}
{% macro precision_rank(precision) -%}
    case {{ precision }} when 'day' then 3 when 'month' then 2 when 'year' then 1 else 0 end
{%- endmacro %}
