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

{# Whether a report may take its event's date in place of its own vaguer one: not where the
   report knows only the month of its own publication ("Die EU-Außenminister beraten in dieser
   Woche", "vor dem Gipfel in der kommenden Woche": a plan that fixes no day, whatever day other
   reports give it; fct_event_mentions lets it take a day its own article states elsewhere: "Am kommenden
   Donnerstag beraten die Regierungschefs"), nor where it tells as held what the event's date puts after its publication
   ("hatten bei ihrem letzten Gipfeltreffen beschlossen" is no summit of the week to come). #}
{% macro takes_the_event_date(status, stated_date, stated_precision, published_at, event_start) -%}
    (
        not coalesce({{ status }} <> 'happened' and {{ stated_precision }} = 'month'
                     and {{ stated_date }} = strftime({{ published_at }}, '%Y-%m'), false)
        and not coalesce({{ status }} = 'happened' and {{ event_start }} > {{ published_at }}, false)
    )
{%- endmacro %}

{# Whether a report of negotiations held that states no date of its own takes only its event's year: such a
   report is mostly the talks as a whole ("Die Verhandlungen stocken", "verhandeln seit Monaten"; the extraction
   keeps the date of a round or meeting from them), not the day or month of the round its event is dated by. #}
{% macro takes_only_the_year(event_type, status, stated_date) -%}
    coalesce({{ event_type }} = 'NEGOTIATION' and {{ status }} = 'happened' and {{ stated_date }} is null, false)
{%- endmacro %}
