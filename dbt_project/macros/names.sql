{% macro alias_spelling(alias, name) %}
    -- A surname particle capitalised by its sentence is written as in the full name: 'Al-Assad' opening a
    -- sentence is the 'al-Assad' of 'Baschar al-Assad' (orchestration.nlp.names.alias_spelling), so the
    -- alias does not read as a second given name 'Al'.
    case
        when regexp_matches({{ alias }}, '^[A-Z][a-z]{0,2}-')
            and contains(' ' || {{ name }}, ' ' || lower(left({{ alias }}, 1)) || substr({{ alias }}, 2))
            and not contains({{ name }}, {{ alias }})
            then lower(left({{ alias }}, 1)) || substr({{ alias }}, 2)
        else {{ alias }}
    end
{% endmacro %}
