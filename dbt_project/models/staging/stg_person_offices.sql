-- Offices of the people of the knowledge base (the file the extraction reads): who held which
-- office for which state or organisation, from when to when. One row per person x office, in the
-- order the file lists them (the extraction takes the first office held on a day).
-- A table, not a view: the file is read when dbt builds, so readers of the warehouse never need it.
{{ config(materialized='table') }}

with source as (
    select *
    from read_csv(
        '{{ var("knowledge_dir") }}/persons.tsv',
        delim = '\t',
        header = true,
        all_varchar = true
    )
),

offices as (
    select
        name,
        unnest(string_split(roles, ';')) as spec,
        generate_subscripts(string_split(roles, ';'), 1) as office_order
    from source
    where coalesce(roles, '') <> ''
),

renamed as (
    select
        name as person_name,
        office_order,
        split_part(spec, ':', 1) as office,
        split_part(spec, ':', 2) as organisation,
        try_cast(nullif(split_part(spec, ':', 3), '') as date) as start_date,
        try_cast(nullif(split_part(spec, ':', 4), '') as date) as end_date
    from offices
)

select * from renamed
