"""The entity report of a warehouse built from real news: how many entities, which merge different
people, the most frequent ones with their aliases, and common nouns among them.

    python -m scripts.entity_report WAREHOUSE [--top 30]
"""

from __future__ import annotations

import argparse

import duckdb

from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.lexicon import is_only_common_noun
from orchestration.nlp.names import full_name_conflict, names_beyond


def merged_people(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int, tuple[str, str]]]:
    """Person entities whose aliases hold two full names with different given names."""
    kb = load_knowledge()
    found = []
    rows = con.execute("select entity_id, canonical_name, aliases, n_articles from dim_entities "
                       "where entity_type = 'PERSON'").fetchall()
    for entity_id, name, aliases, n in rows:
        known = kb.actors[entity_id].known_names if entity_id in kb.actors else set()
        conflict = full_name_conflict([name] + names_beyond(aliases or [], known))
        if conflict:
            found.append((name, n, conflict))
    return sorted(found, key=lambda f: -f[1])


def report(warehouse: str, top: int) -> None:
    con = duckdb.connect(warehouse, read_only=True)
    (articles,), = con.execute("select count(*) from dim_articles").fetchall()
    by_type = con.execute("select entity_type, count(*) from dim_entities group by all order by 2 desc").fetchall()
    print(f"{articles} articles, {sum(n for _, n in by_type)} entities: " +
          ", ".join(f"{t} {n}" for t, n in by_type))
    merged = merged_people(con)
    print(f"people merged (full names with different given names): {len(merged)}")
    for name, n, (a, b) in merged[:15]:
        print(f"  {name} ({n} articles): {a!r} vs {b!r}")
    frequent = con.execute("select canonical_name, entity_type, n_articles, aliases from dim_entities "
                           "order by n_articles desc, canonical_name limit ?", [top]).fetchall()
    print(f"the {top} most frequent entities:")
    for name, kind, n, aliases in frequent:
        shown = ", ".join(a for a in aliases if a != name)[:110]
        print(f"  {n:4d}  {kind:6s} {name}" + (f"  [{shown}]" if shown else ""))
    kb = load_knowledge()
    nouns = [name for entity_id, name in con.execute(
        "select entity_id, canonical_name from dim_entities order by n_articles desc limit 100").fetchall()
        if entity_id not in kb.actors and is_only_common_noun(name)]  # institutions' names are nouns too
    print(f"common nouns among the 100 most frequent (outside the knowledge base): {nouns or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warehouse")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    report(args.warehouse, args.top)


if __name__ == "__main__":
    main()
