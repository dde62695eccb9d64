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

name_order as (
    -- Countries whose personal names put the family name first ('Xi Jinping' is Xi).
    select iso2
    from read_csv(
        '{{ var("knowledge_dir") }}/name_order.tsv',
        delim = '\t',
        header = true,
        all_varchar = true,
        comment = '#'
    )
),

renamed as (
    select
        s.iso2 as country,
        s.qid as country_entity_id,
        s.name_de as country_name,
        s.iso2 in (select iso2 from name_order) as family_name_first
    from source as s
)

select * from renamed
