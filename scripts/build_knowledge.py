"""Derive the committed knowledge files from the public data sets in ../shared/data.

Run by hand (`make knowledge`) when the sources change; the product itself only
reads orchestration/knowledge/. Sources and licenses are listed in NOTICE.

Writes:
  world_leaders.tsv  heads of state and government with Wikidata QIDs (CC0)
  given_names.txt    first names seen in the Wikidata and Phoenix actor lists (CC0, MIT)
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
KNOWLEDGE = ROOT / "orchestration" / "knowledge"

# Given names that are also frequent German words or titles are left out.
NOT_NAMES = {"Al", "El", "Bin", "Abu", "Van", "Von", "De", "Der", "Le", "La", "Sir", "Lord", "King",
             "Prince", "Sheikh", "General", "President", "Dr", "Mr", "Mrs", "Saint", "St", "The",
             "Post", "Mark", "Will", "Hand", "Art", "Rose", "Grant", "Bill", "Man", "Hans-Peter",
             # German words, months and places that the Phoenix lists use as given names
             "Ab", "Ami", "Amor", "An", "Armen", "Asta", "Baron", "Chor", "Dame", "Des", "Dom", "Du", "Eid",
             "Eng", "First", "Gier", "Gift", "Hammer", "Hang", "Im", "Inder", "International", "Islam",
             "Israel", "Jet", "Job", "Juli", "Kaiser", "Kanu", "Kosovo", "Kurdistan", "Lady", "Lang", "Mai",
             "Major", "Mal", "Minister", "Mir", "National", "Papa", "Park", "Po", "Pol", "Rein", "Roma",
             "Rosen", "Sein", "Set", "So", "Sofa", "Strom", "Sudan", "Tabu", "Taiwan", "Ton", "Tram", "Tu",
             "Um", "Uran", "Urbane", "Us", "Washington", "York", "Vital", "Wagner", "Jung", "Lau", "Song",
             "Fan", "Ding", "Fu", "Pan", "Tun", "Kote", "Flore", "Bosse", "Borge", "Herb", "Pier", "Lok",
             "Ende", "Anfang", "Mitte", "Nach", "Vor", "Bei", "Mit", "Zu", "Als", "Auch", "Nun"}
HAND_NAMES = """Andreas Angela Anna Annalena Boris Christian Christoph Cem Daniel Dietmar Dmitri Dmytro
Eva Frank Franz Friedrich Gerhard Hans Heiko Heinrich Helmut Horst Jens Johann Johannes Julia Julija
Jürgen Karl Karin Katarina Kevin Klaus Lars Lisa Markus Martin Matthias Michael Nancy Norbert Olaf
Peter Ralf Robert Sahra Saskia Sebastian Sigmar Stefan Stephan Steffen Svenja Thomas Tino Ursula
Walter Winfried Wolfgang Juri Jurij Sergej Sergei Wladimir Wolodymyr Andrij Olexander Oleksandr
Alexej Alexei Michail Nikolai Iwan Pjotr Maria Jelena Viktor Witali Vitali Petro Kirill Wassili Dmitrij
Steve Stephen Steven Marco Pete Susie John Scott Howard Donald Joe Joseph Kamala Antony Lloyd Jake Karoline
Emmanuel Keir Rishi Giorgia Pedro Xi Recep Benjamin Mahmud Ali Mohammed Mohamed Muhammad Ahmed Hakan
Ursula Kaja Josep Charles António Antonio Mark Narendra Justin Fumio Shigeru Luiz Cyril Alexander""".split()


def title(name: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in name.split())


def iso2_by_qid() -> dict[str, str]:
    with open(KNOWLEDGE / "countries.tsv", encoding="utf-8") as fh:
        return {row["qid"]: row["iso2"] for row in csv.DictReader(fh, delimiter="\t")}


def role_of(position: str) -> str:
    p = position.lower()
    if "prime minister" in p or "chancellor" in p or "premier" in p or "head of government" in p:
        return "head_of_government"
    return "head_of_state"


def build_world_leaders() -> list[dict]:
    iso2 = iso2_by_qid()
    rows = []
    with open(SHARED / "actors" / "world_leaders_2021_wikidata.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not re.fullmatch(r"Q\d+", row["officeholder"]):
                continue
            rows.append({
                "qid": row["officeholder"],
                "name": row["officeholderLabel"],
                "country": iso2.get(row["countryid"], ""),
                "country_label": row["country"],
                "role": role_of(row["positionLabel"]),
                "start": row["start_year"],
                "end": row["end_year"],
            })
    with open(KNOWLEDGE / "world_leaders.tsv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def phoenix_given_names() -> set[str]:
    names: set[str] = set()
    for path in (SHARED / "cameo").glob("Phoenix.*.actors.txt"):
        for line in path.read_text(encoding="latin-1").splitlines():
            if not line or line[0] in "#+\t[ ":
                continue
            words = line.split("#")[0].strip().rstrip("_").split("_")
            if 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][A-Z'-]+", w) for w in words):
                names.add(title(words[0]))
    return names


def main() -> int:
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED}: nothing to build", file=sys.stderr)
        return 1
    leaders = build_world_leaders()
    names = phoenix_given_names() | set(HAND_NAMES)
    names |= {r["name"].split()[0] for r in leaders}
    with open(KNOWLEDGE / "persons.tsv", encoding="utf-8") as fh:
        names |= {r["name"].split()[0] for r in csv.DictReader(fh, delimiter="\t")}
    names = {n for n in names if len(n) > 1 and n not in NOT_NAMES and n[0].isupper()}
    (KNOWLEDGE / "given_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"world_leaders.tsv: {len(leaders)} rows, given_names.txt: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
