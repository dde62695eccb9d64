-- The shared codebook (orchestration/knowledge/codebook.tsv), read where Python and the dashboard
-- read it, so types and statuses have one label and one colour everywhere. Lines starting with '#'
-- are comments; colours start with '#' too, so the file is split by hand instead of read_csv's comment.
{{ config(materialized='table') }}

with lines as (
    select
        unnest(string_split(replace(content, chr(13), ''), chr(10))) as line
    from read_text('{{ var("knowledge_dir") }}/codebook.tsv')
),

fields as (
    select string_split(line, chr(9)) as f
    from lines
    where line <> '' and not starts_with(line, '#')
),

header as (
    select f as names
    from fields
    where f[1] = 'code'
),

renamed as (
    select
        r.f[list_position(h.names, 'code')] as code,
        r.f[list_position(h.names, 'kind')] as kind,
        nullif(r.f[list_position(h.names, 'family')], '') as family,
        r.f[list_position(h.names, 'label_de')] as label_de,
        r.f[list_position(h.names, 'label_en')] as label_en,
        r.f[list_position(h.names, 'colour')] as colour,
        cast(r.f[list_position(h.names, 'sort')] as integer) as sort_order
    from fields as r
    cross join header as h
    where r.f[1] <> 'code'
)

select * from renamed
