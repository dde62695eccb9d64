"""Derive the committed knowledge files from the public data sets in ../shared/data.

Run by hand (`make knowledge`) when the sources change; the product itself only
reads orchestration/knowledge/. Sources and licenses are listed in NOTICE.

Writes:
  world_leaders.tsv  office holders with Wikidata QIDs (CC0): heads of state and government of 2021-22
                     (world-leaders-2021) and, where DIPLO_OFFICEHOLDERS holds them (OFFICEHOLDERS below),
                     the dated holders since 2000 of the national offices in ROLE_OF_POSITION
                     (every-politician-scrapers/<country>-cabinet, html/holders21.csv), every version of
                     the world-leaders-2021 list since August 2021 and the foreign ministers of 2022
                     (every-politician-scrapers/world, sources/foreign/wikidata.csv)
  persons.tsv        curated; the script only adds Wikidata QIDs and the dated roles of the same
                     people from the office-holder lists (curated roles win where they overlap)
  given_names.txt    first names seen in the Wikidata and Phoenix actor lists (CC0, MIT)

`--check` prints, without writing, where countries.tsv differs from the German CLDR territory
names (babel) and which curated roles disagree with the office-holder lists.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from orchestration.nlp.names import fold  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DIPLO_SHARED_DATA", ROOT.parent / "shared" / "data"))
KNOWLEDGE = ROOT / "orchestration" / "knowledge"
# The office-holder lists are not in ../shared: fetch html/holders21.csv and html/positions.csv of each
# repository at the commit scripts/officeholder_sources.tsv names, as <repo>.holders21.csv and
# <repo>.positions.csv, into DIPLO_OFFICEHOLDERS (default ../shared/data/actors/officeholders).
OFFICEHOLDERS = Path(os.environ.get("DIPLO_OFFICEHOLDERS", SHARED / "actors" / "officeholders"))
# Every version of a list in its repository's history, as <OFFICEHOLDERS>/<name>/<YYYYmmddHHMMSS>_<commit>.csv:
# world-leaders-2021 (data/wikidata.csv, 95 versions from 2021-08-26 to 2022-10-09: the heads of 2021 who had
# left office by the snapshot in ../shared, like Merkel and Löfven) and world-foreign (every-politician-scrapers/
# world, sources/foreign/wikidata.csv, 25 versions from 2022-08-08 to 2022-12-10: foreign ministers in office).
HISTORIES = {"leaders": "world-leaders-2021", "foreign": "world-foreign"}
SINCE = "2010-01-01"  # office terms that ended before this are left out (news of 2015 on recalls a decade)

# National offices of the every-politician holders21 lists -> role keys of persons.tsv.
# Exact labels: 'Minister of State for Health' or 'Deputy Minister of Finance' name other offices.
ROLE_OF_POSITION = {
    "President": "head_of_state", "King": "head_of_state", "Supreme Leader": "head_of_state", "emir": "head_of_state",
    "Sultan": "head_of_state",
    "Prime Minister": "head_of_government", "Federal Chancellor": "head_of_government", "Taoiseach": "head_of_government",
    "Premier of the State Council": "head_of_government",
    "Vice President": "vice_president",
    "Deputy Prime Minister": "deputy_head_of_government", "First Deputy Prime Minister": "deputy_head_of_government",
    "Vice-Chancellor": "deputy_head_of_government", "Vice Premier of the State Council": "deputy_head_of_government",
    "Alternate Prime Minister": "deputy_head_of_government",
    **dict.fromkeys([
        "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Minister for Foreign Affairs and Trade",
        "Minister of Foreign Affairs and Cooperation", "Minister of Foreign Affairs and Worship",
        "Minister of Foreign Affairs, European Union and Foreign Aid", "Minister of Foreign and European Affairs",
        "Federal Minister of European and International Affairs",
        "Minister of Europe and Foreign Affairs", "Minister of External Affairs", "Minister of External Relations",
        "Secretary of Foreign Affairs", "Secretary of State for Foreign and Commonwealth Affairs",
    ], "foreign_minister"),
    **dict.fromkeys([
        "Minister of Defence", "Minister for Defence", "Minister of National Defence", "Minister for National Defence",
        "Federal Minister of National Defence", "Minister of Defence and Armed Forces Logistics",
        "Minister of Defence and Military Veterans", "Secretary of Defence", "Secretary of State for Defence",
        "Secretary of National Defense",
    ], "defence_minister"),
    **dict.fromkeys([
        "Minister of Finance", "Minister for Finance", "Federal Minister of Finance", "Minister of Economy and Finance",
        "Minister of Economic Affairs and Finance", "Minister of the Economy, Finances and Industry",
        "Minister of the Treasury", "Chancellor of the Exchequer", "Secretary of the Treasury", "Treasurer",
        "Secretary of Finance and Public Credit", "Minister of Finance and Public Administration",
        "Minister of Finance and Public Administrations",
    ], "finance_minister"),
    **dict.fromkeys([
        "Minister of the Interior", "Minister of Interior", "Minister of Interior Affairs", "Minister of Home Affairs",
        "Minister for Home Affairs", "Federal Minister of the Interior", "Minister of the Interior and Kingdom Relations",
        "Minister of the Interior and Safety", "Secretary of State for the Home Department",
        "Minister of Interior, Public Administration and Decentralization",
    ], "interior_minister"),
    **dict.fromkeys([
        "Minister of Health", "minister of Health", "Minister for Health", "Federal Minister for Health",
        "Minister of Healthcare", "Minister of Health and Care Services", "Minister of Health and Family Welfare",
        "Minister of Health and Medical Education", "Minister of Health and Welfare",
        "Minister of Health, Labour and Welfare", "Minister of Public Health, Welfare and Sport",
        "Minister of Social Affairs and Health", "Minister for Solidarity and Health", "Minister of Health and Labour",
        "Minister of Health, Social Services and Equality", "Minister of Health, Consumer Affairs and Welfare",
        "Minister of Health and Social Solidarity", "Minister of Universal Health and Public Health",
        "Secretary of State for Health and Social Care", "Secretary of Health and Human Services",
        "Secretary of Health", "Minister in Charge of the National Health Commission",
    ], "health_minister"),
    "Secretary of State": "foreign_minister",  # the United States' foreign minister
}
# Labels that name that office only in some lists ('Secretary of State' is a junior minister in Austria;
# India's 'Minister of Foreign Affairs' rows are its foreign secretaries) and lists that mix in the
# ministers of states and provinces (Australia's and Canada's treasurers and health ministers).
LABEL_ONLY_IN = {"Secretary of State": {"US"}, "Minister of Foreign Affairs": None}
LABEL_NOT_IN = {"Minister of Foreign Affairs": {"IN"}}
ROLES_NOT_IN = {"AU": {"finance_minister", "health_minister", "interior_minister"},
                "CA": {"finance_minister", "health_minister", "interior_minister"}}
# Where the list's 'President' chairs the government rather than the state (the Supreme Leader heads Iran).
PRESIDENT_HEADS_GOVERNMENT = {"IR"}

# Given names that are also frequent German words or titles are left out.
NOT_NAMES = {"Al", "El", "Bin", "Abu", "Van", "Von", "De", "Der", "Le", "La", "Sir", "Lord", "King",
             "Prince", "Sheikh", "General", "Pope", "Queen", "President", "Dr", "Mr", "Mrs", "Saint", "St", "The",
             "Post", "Mark", "Will", "Hand", "Art", "Rose", "Grant", "Bill", "Man", "Hans-Peter",
             # German words, months and places that the Phoenix lists use as given names
             "Ab", "Ami", "Amor", "An", "Armen", "Asta", "Baron", "Chor", "Dame", "Des", "Dom", "Du", "Eid",
             "Eng", "First", "Gier", "Gift", "Hammer", "Hang", "Im", "Inder", "International", "Islam",
             "Israel", "Jet", "Job", "Juli", "Kaiser", "Kanu", "Kosovo", "Kurdistan", "Lady", "Lang", "Mai",
             "Major", "Mal", "Minister", "Mir", "National", "Papa", "Park", "Po", "Pol", "Rein", "Roma",
             "Rosen", "Sein", "Set", "So", "Sofa", "Strom", "Sudan", "Tabu", "Taiwan", "Ton", "Tram", "Tu",
             "Um", "Uran", "Urbane", "Us", "Washington", "York", "Vital", "Wagner", "Jung", "Lau", "Song",
             "Fan", "Ding", "Fu", "Pan", "Tun", "Kote", "Flore", "Bosse", "Borge", "Herb", "Pier", "Lok",
             "Ende", "Anfang", "Mitte", "Nach", "Vor", "Bei", "Mit", "Zu", "Als", "Auch", "Nun",
             # the saints of place names: 'San Francisco', 'Santo Domingo', 'São Paulo'
             "San", "Santo", "Santa", "São", "Sankt",
             # honorifics before Arab names
             "Sayyid", "Shaikh",
             # first words of English place names: "South Dakota", "North Carolina"
             "North", "South", "East", "West", "Central", "Upper", "Lower",
             # titles that precede a monarch's or pope's name, and German nouns among the office holders' names
             "Papst", "Königin", "Prinz", "Kaiserin", "Marine", "Gen", "Halbe", "Helle", "Tore",
             "Mate"}


def is_given_name(name: str) -> bool:
    """A capitalised Latin-script word of two letters or more, not an initial ('K.') nor a listed word."""
    return (len(name) > 1 and name[0].isupper() and name not in NOT_NAMES
            and re.fullmatch(r"[A-Za-zÀ-ɏḀ-ỿ'’-]+", name) is not None)
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


# Wikidata items of a realm that the lists use for the state itself.
REALMS = {"Q29999": "NL", "Q756617": "DK"}


def iso2_by_qid() -> dict[str, str]:
    return {**REALMS, **{row["qid"]: row["iso2"] for row in read_tsv("countries.tsv")[2]}}


def country_labels() -> dict[str, str]:
    return {row["iso2"]: row["name_de"] for row in read_tsv("countries.tsv")[2]}


# Offices of the 2021 list that head neither state nor government (a governor-general stands in for
# the monarch; the Swiss Federal Council has seven members) and those that head the government.
NOT_A_HEAD = ("governor-general", "member of the swiss federal council", "military leader")
HEADS_GOVERNMENT = ("prime minister", "chancellor", "premier", "head of government", "executive yuan",
                    "council of ministers", "chief minister", "minister of state of monaco", "taoiseach",
                    "governorate", "pontifical commission", "president of iran")


def role_of(position: str) -> str | None:
    p = position.lower()
    if any(words in p for words in NOT_A_HEAD):
        return None
    return "head_of_government" if any(words in p for words in HEADS_GOVERNMENT) else "head_of_state"


def read_tsv(name: str) -> tuple[list[str], list[str], list[dict]]:
    """(comment lines, columns, rows) of a knowledge file."""
    lines = (KNOWLEDGE / name).read_text(encoding="utf-8").splitlines(keepends=True)
    comments = [line for line in lines if line.startswith("#")]
    reader = csv.DictReader([line for line in lines if not line.startswith("#")], delimiter="\t")
    rows = list(reader)
    return comments, list(reader.fieldnames or []), rows


def write_tsv(name: str, comments: list[str], columns: list[str], rows: list[dict]) -> None:
    with open(KNOWLEDGE / name, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(comments)
        writer = csv.DictWriter(fh, fieldnames=columns, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def list_history(name: str) -> list[dict]:
    """The rows of every version of a list, oldest first; a later version's row replaces an earlier one
    of the same term (the same person, office and start; an end added when the term ended)."""
    latest: dict[tuple[str, str, str], dict] = {}
    for path in sorted((OFFICEHOLDERS / name).glob("*.csv")):
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                term = (row.get("officeholder") or row.get("person") or "", row.get("position") or "",
                        row.get("start_year") or row.get("start") or "")
                latest[term] = row
    return list(latest.values())


def world_leaders_2021(iso2: dict[str, str]) -> list[dict]:
    """Heads of state and government of the world-leaders-2021 list: every version where DIPLO_OFFICEHOLDERS
    holds them, else the snapshot in ../shared."""
    listed = list_history(HISTORIES["leaders"])
    if not listed:
        with open(SHARED / "actors" / "world_leaders_2021_wikidata.csv", encoding="utf-8") as fh:
            listed = list(csv.DictReader(fh))
    rows = []
    for row in listed:
        role = role_of(row["positionLabel"])
        if not re.fullmatch(r"Q\d+", row["officeholder"]) or role is None \
                or not re.fullmatch(r"(19|20)\d\d", row["start_year"] or "1900") \
                or (row["end_year"] or "9999") < SINCE[:4]:
            continue  # the early caliphs of some versions' Islamic Emirate: a term of the year 910
        rows.append({
            "qid": row["officeholder"], "name": regnal_name(row["officeholderLabel"]),
            "country": iso2.get(row["countryid"], ""), "country_label": row["country"],
            "role": role, "start": row["start_year"], "end": row["end_year"],
        })
    return rows


def foreign_ministers_2022(iso2: dict[str, str], labels: dict[str, str]) -> list[dict]:
    """The foreign ministers in office in 2022 with the day their term began (world, sources/foreign)."""
    rows: dict[tuple[str, str], dict] = {}  # a person listed under two Wikidata items: the later version's
    for row in list_history(HISTORIES["foreign"]):
        country = iso2.get(row["country"], "")
        name = row.get("name") or row.get("personLabel") or ""
        if not country or not re.fullmatch(r"Q\d+", row["person"] or "") or not name:
            continue
        rows[(name, country)] = {"qid": row["person"], "name": regnal_name(name), "country": country,
                                 "country_label": labels.get(country, country), "role": "foreign_minister",
                                 "start": iso_day(row["start"]), "end": ""}
    return list(rows.values())


def regnal_name(name: str) -> str:
    """'Letsie III of Lesotho' -> 'Letsie III': the country is no surname of the monarch. A lone given
    name stays with its country ('Abdullah of Saudi Arabia'): a bare 'Abdullah' names nobody."""
    short = re.sub(r" of (the )?[A-Z].*$", "", name)
    return short if re.search(r"[ -]", short) else name


# Lists without html/positions.csv: the state each one is about.
LIST_COUNTRIES = {"syria": "Q858", "yemen": "Q805", "bahrain": "Q398", "oman": "Q842"}


def list_country(positions: Path) -> str:
    """The country QID of a per-country list: the one its national offices name most often."""
    if not positions.exists():
        return LIST_COUNTRIES.get(positions.name.split(".")[0], "")
    with open(positions, encoding="utf-8") as fh:
        counts = Counter(r["country"] for r in csv.DictReader(fh) if r["jurisdiction"] == r["country"])
    return counts.most_common(1)[0][0] if counts else ""


def officeholder_role(position: str, country: str) -> str | None:
    role = ROLE_OF_POSITION.get(position)
    only = LABEL_ONLY_IN.get(position)
    if (only and country not in only) or country in LABEL_NOT_IN.get(position, ()) \
            or role in ROLES_NOT_IN.get(country, ()):
        return None
    if role == "head_of_state" and country in PRESIDENT_HEADS_GOVERNMENT and position == "President":
        return "head_of_government"
    return role


def officeholders(iso2: dict[str, str], labels: dict[str, str]) -> list[dict]:
    """Dated national office terms since SINCE from the every-politician holders21 lists."""
    rows = []
    for path in sorted(OFFICEHOLDERS.glob("*.holders21.csv")):
        country = iso2.get(list_country(path.with_name(path.name.replace("holders21", "positions"))), "")
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                role = officeholder_role(row["position"], country)
                if not role or not country or not re.fullmatch(r"Q\d+", row["personID"]):
                    continue
                start, end = iso_day(row["start"]), iso_day(row["end"])
                if (end and end < SINCE) or (start and end and end < start):
                    continue
                rows.append({"qid": row["personID"], "name": regnal_name(row["person"]), "country": country,
                             "country_label": labels.get(country, country), "role": role, "start": start, "end": end})
    return merge_terms(rows)


def iso_day(value: str) -> str:
    """'2016-12-05T00:00:00Z' -> '2016-12-05'; a month-precise '2016-12' -> '2016-12-01'; junk -> ''."""
    value = value[:10]
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value + "-01"
    return value if re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", value) else ""


def merge_terms(rows: list[dict]) -> list[dict]:
    """One row per uninterrupted term: consecutive cabinets of one person in one office merge."""
    rows = sorted({tuple(r.items()): r for r in rows}.values(),
                  key=lambda r: (r["qid"], r["role"], r["country"], r["start"]))
    merged: list[dict] = []
    for row in rows:
        last = merged[-1] if merged else None
        same = last and (last["qid"], last["role"], last["country"]) == (row["qid"], row["role"], row["country"])
        if same and (not last["end"] or last["end"] >= _shift(row["start"], -1)):
            last["end"] = "" if not last["end"] or not row["end"] else max(last["end"], row["end"])
            continue
        merged.append(dict(row))
    return merged


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat() if len(day) == 10 else day


# Offices one person holds at a time: an open term ends where the next holder's begins.
SINGLE_HOLDER = {"head_of_state", "head_of_government", "vice_president", "foreign_minister", "defence_minister",
                 "finance_minister", "interior_minister", "health_minister"}


def curated_terms() -> list[dict]:
    rows = []
    for person in read_tsv("persons.tsv")[2]:
        for spec in split(person["roles"]):
            role, country, start, end = spec.split(":")
            rows.append({"qid": person["id"] or person["name"], "name": person["name"], "role": role,
                         "country": country, "start": start, "end": end})
    return rows


def close_open_terms(rows: list[dict], others: list[dict]) -> None:
    """The lists are snapshots of mid-2022: a term still open there ends when a later holder
    (in the lists or in persons.tsv) took the same single-holder office."""
    starts: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in rows + others:
        if row["role"] in SINGLE_HOLDER and len(row["start"]) >= 4:
            starts.setdefault((row["role"], row["country"]), []).append((row["start"], row["name"]))
    for row in rows:
        if row["end"] or row["role"] not in SINGLE_HOLDER:
            continue
        later = sorted(s for s, name in starts.get((row["role"], row["country"]), [])
                       if s > row["start"] and name != row["name"])
        if later:
            row["end"] = later[0]


def build_world_leaders(iso2: dict[str, str], labels: dict[str, str]) -> list[dict]:
    """Dated office holders first; a 2021 year-only row only where no dated row covers that office."""
    dated = officeholders(iso2, labels) if OFFICEHOLDERS.is_dir() else []
    close_open_terms(dated, curated_terms())
    covered = {(r["qid"], r["role"], r["country"]) for r in dated}
    yearly = [r for r in world_leaders_2021(iso2) + foreign_ministers_2022(iso2, labels)
              if (r["qid"], r["role"], r["country"]) not in covered]
    close_open_terms(yearly, dated + curated_terms())
    rows = dated + yearly
    write_tsv("world_leaders.tsv", [], ["qid", "name", "country", "country_label", "role", "start", "end"], rows)
    return rows


def role_spec(row: dict) -> str:
    return f"{row['role']}:{row['country']}:{row['start']}:{row['end']}"


def overlaps(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Do two [start, end) terms overlap? Empty end: open; empty start: since always."""
    return (not a[1] or not b[0] or b[0] < a[1]) and (not b[1] or not a[0] or a[0] < b[1])


def enrich_persons(leaders: list[dict]) -> list[str]:
    """Add QIDs and the dated roles of the office-holder lists to curated persons; return notes."""
    comments, columns, persons = read_tsv("persons.tsv")
    by_qid: dict[str, list[dict]] = {}
    for row in leaders:
        if len(row["start"]) == 10:
            by_qid.setdefault(row["qid"], []).append(row)
    names = {fold(row["name"]): row["qid"] for row in leaders}
    notes = []
    for person in persons:
        qid = person["id"] or next((names[fold(n)] for n in [person["name"], *split(person["aliases"])]
                                    if fold(n) in names), "")
        qid = qid or same_term_holder(person, leaders)
        if not qid:
            continue
        person["id"] = qid
        known = {fold(n) for n in [person["name"], *split(person["aliases"])]}
        listed = {r["name"] for r in leaders if r["qid"] == qid and fold(r["name"]) not in known and " of " not in r["name"]
                  and r["name"].split()[0] not in NOT_NAMES}  # no 'Pope Francis', 'Sheikh Mohammed ...
        person["aliases"] = ";".join([*split(person["aliases"]), *sorted(listed)])
        curated = [spec.split(":") for spec in split(person["roles"])]
        roles = list(split(person["roles"]))
        for row in by_qid.get(qid, []):
            term = (row["start"], row["end"])
            same_office = [c for c in curated if c[0] == row["role"] and c[1] == row["country"]]
            if any(overlaps(term, (c[2], c[3])) for c in same_office):
                for c in same_office:
                    if overlaps(term, (c[2], c[3])) and (c[2], c[3]) != term:
                        notes.append(f"{person['name']}: curated {':'.join(c)} vs data {role_spec(row)}")
                continue
            roles.append(role_spec(row))
        person["roles"] = ";".join(sorted(set(roles), key=lambda spec: (spec.split(":")[2] or "0", spec)))
    write_tsv("persons.tsv", comments, columns, persons)
    return notes


def same_term_holder(person: dict, leaders: list[dict]) -> str:
    """The QID of the one listed holder whose term in a single-holder office began when the curated
    one's did (within 31 days): 'Sergej Schoigu' is the lists' 'Sergey Shoygu'."""
    found = set()
    for spec in split(person["roles"]):
        role, country, start, end = spec.split(":")
        if role not in SINGLE_HOLDER or len(start) != 10:
            continue
        for row in leaders:
            if (row["role"], row["country"]) == (role, country) and close(row["start"], start):
                found.add(row["qid"])
    return next(iter(found)) if len(found) == 1 else ""


def close(a: str, b: str, days: int = 31) -> bool:
    """Two dates of the lists within a month of each other; two open ends agree too."""
    if not a or not b:
        return a == b
    a, b = (value + "-01-01" if len(value) == 4 else value for value in (a, b))
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= days


def split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def check_countries() -> list[str]:
    """Where countries.tsv's German names differ from CLDR's (babel): curated choices to look at."""
    from babel import Locale

    german = Locale("de").territories
    _, _, rows = read_tsv("countries.tsv")
    return [f"{r['iso2']}: {r['name_de']} (CLDR: {german[r['iso2']]})" for r in rows
            if r["iso2"] in german and german[r["iso2"]] != r["name_de"]
            and german[r["iso2"]] not in split(r["aliases"])]


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


def main(argv: list[str]) -> int:
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED}: nothing to build", file=sys.stderr)
        return 1
    if "--check" in argv:
        print("\n".join(check_countries()))
        return 0
    leaders = build_world_leaders(iso2_by_qid(), country_labels())
    notes = enrich_persons(leaders)
    names = phoenix_given_names() | set(HAND_NAMES)
    names |= {r["name"].split()[0] for r in leaders}
    names |= {r["name"].split()[0] for r in read_tsv("persons.tsv")[2]}
    names = {n for n in names if is_given_name(n)}
    (KNOWLEDGE / "given_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print("\n".join(notes))
    print(f"world_leaders.tsv: {len(leaders)} rows, given_names.txt: {len(names)} names, "
          f"{len(notes)} curated roles differ from the office-holder lists")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
