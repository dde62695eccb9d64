{# A model's +schema is the schema itself (staging, intermediate), not a suffix of the target's:
   analysts find the contract marts alone in the default schema `main`. #}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name | trim if custom_schema_name else target.schema }}
{%- endmacro %}
