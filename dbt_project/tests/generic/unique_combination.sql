{# Fails with the rows whose combination of columns occurs more than once (the grain of a table). #}
{% test unique_combination(model, columns) %}
select
    {{ columns | join(', ') }},
    count(*) as n
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
