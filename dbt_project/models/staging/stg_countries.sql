-- Countries of the knowledge base (the file the extraction reads): ISO code, Wikidata id, German name.
-- A table, not a view: the file is read when dbt builds, so readers of the warehouse never need it.
{{ config(materialized='table') }}

with source as (
    select *
    from read_csv(
        '{{ var("knowledge_dir") }}/countries.tsv',
        delim = '\t',
        header = true,
        all_varchar = true
    )
),

renamed as (
    select
        iso2 as country,
        qid as country_entity_id,
        name_de as country_name
    from source
)

select * from renamed
