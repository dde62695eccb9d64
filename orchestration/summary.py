"""Print what a built warehouse holds: rows per mart and the contacts found."""

from __future__ import annotations

import sys

import duckdb

from orchestration.assets.publish import COUNT_SQL

CONTACTS_SQL = """
    select c.contact_type, c.status, coalesce(c.event_date, '?') as event_date,
           a.canonical_name as actor_a, b.canonical_name as actor_b, c.n_articles
    from fct_diplomatic_contacts c
    join dim_entities a on a.entity_id = c.actor_a_id
    join dim_entities b on b.entity_id = c.actor_b_id
    order by c.event_date desc nulls last, c.contact_type, actor_a, actor_b
"""


def summarise(path: str) -> str:
    con = duckdb.connect(path, read_only=True)
    try:
        lines = [f"Warehouse {path}", "", "rows per table:"]
        lines += [f"  {table:<26}{con.execute(sql).fetchone()[0]:>8}" for table, sql in COUNT_SQL.items()]
        rejected = con.execute("select count(*) from rejected_inputs").fetchone()[0]
        lines.append(f"  {'rejected_inputs':<26}{rejected:>8}")
        contacts = con.execute(CONTACTS_SQL).fetchall()
        (events,) = con.execute(
            "select count(distinct event_id) from fct_diplomatic_contacts").fetchone()
        lines += ["", f"diplomatic contacts: {events} events, {len(contacts)} actor pairs"]
        lines += [f"  {d:<10} {t:<11} {s:<11} {a} – {b} ({n} article{'s' if n != 1 else ''})"
                  for t, s, d, a, b, n in contacts[:25]]
        if len(contacts) > 25:
            lines.append(f"  … and {len(contacts) - 25} more (select * from fct_diplomatic_contacts)")
        return "\n".join(lines)
    finally:
        con.close()


if __name__ == "__main__":
    print(summarise(sys.argv[1]))
