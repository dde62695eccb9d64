"""The actor knowledge base: people, countries, places and organisations with their aliases.

Everything is read from orchestration/knowledge/ (see NOTICE for sources):
persons.tsv (curated diplomatic actors with roles), world_leaders.tsv (Wikidata
heads of state and government), countries.tsv, places.tsv, organisations.tsv,
roles.tsv (German role nouns), given_names.txt.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from orchestration.nlp.lexicon import german_given_names, is_common_noun, is_lower_case_word, is_ordinary_word
from orchestration.nlp.names import fold, given_names_agree, name_variants, surname

KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"


@dataclass(frozen=True)
class Role:
    """An office held from start to end (None: open)."""

    role: str
    org: str
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Actor:
    entity_id: str
    name: str
    entity_type: str  # PERSON, ORG, GPE, LOC
    country: str | None = None
    wikidata_id: str | None = None
    kind: str = "person"  # person, country, capital, place, org
    aliases: set[str] = field(default_factory=set)  # every spelling that names it, generated ones too
    known_names: set[str] = field(default_factory=set)  # the names sources give it (what dim_entities lists)
    roles: list[Role] = field(default_factory=list)
    adjectives: tuple[str, ...] = ()
    metonym_for: str | None = None  # ISO code of the government a seat of power stands for
    gender: str | None = None  # m or f, for the pronouns that refer to a person
    contact_side: bool = True  # False for parties, media, companies, business people: never a side of diplomacy

    def role_on(self, day: date | None) -> Role | None:
        """The role held on a day (the latest role when the day is unknown)."""
        if not self.roles:
            return None
        if day is not None:
            held = [r for r in self.roles if r.held_on(day)]
            if held:
                return held[0]
        return max(self.roles, key=lambda r: r.start or date.min)


def organisation_kind(row: dict[str, str]) -> str:
    """'org', 'region', or the finer kind organisations.tsv gives (party, media, company ...)."""
    if row["type"] != "ORG":
        return "region"
    return row.get("kind") or "org"


def slug_id(prefix: str, name: str) -> str:
    """Stable id for an entity without a Wikidata id: 'kb:anchorage', 'per:3f2a…'."""
    folded = fold(name)
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if prefix == "kb" and slug:
        return f"kb:{slug}"
    return f"{prefix}:{hashlib.sha1(folded.encode()).hexdigest()[:12]}"


def _rows(name: str) -> list[dict[str, str]]:
    with open(KNOWLEDGE_DIR / name, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _day(value: str) -> date | None:
    if not value:
        return None
    if len(value) == 4:
        return date(int(value), 1, 1)
    return date.fromisoformat(value)


def inflections(name: str) -> set[str]:
    """German case forms of a name: 'Vereinigte Staaten' -> 'Vereinigten Staaten'; a one-word plural takes
    -n in the dative ('aus den Niederlanden', 'die Grünen'; forms no text uses, like 'Ukrainen', match nothing)."""
    words = name.split()
    forms = {name}
    if len(words) == 1 and name.endswith("e") and name[:1].isupper():
        forms.add(name + "n")
    if len(words) > 1:
        inflected = [w + "n" if w.endswith("e") and w[0].isupper() else w for w in words]
        inflected = [w[:-2] + "en" if w.endswith("es") else w for w in inflected]
        forms.add(" ".join(inflected))
        forms.add(" ".join(inflected[:-1] + [words[-1]]))  # "in die Vereinigten Arabischen Emirate"
        if words[-1].endswith("e"):
            forms.add(" ".join(inflected[:-1] + [words[-1] + "n"]))
        if words[-1] == "Haus":
            forms.add(" ".join(inflected[:-1] + ["Hauses"]))
    return forms


def genitive(name: str) -> str | None:
    """'Putin' -> 'Putins', 'Russland' -> 'Russlands'; None where German adds no -s."""
    if name[-1:].lower() in "sxzßeß" or not name[-1:].isalpha():
        return None
    return name + "s"


class KnowledgeBase:
    """Alias, surname, phonetic and role indexes over all known actors."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.adjectives: dict[str, str] = {}  # adjective stem ('russisch') -> entity_id
        self.country_ids: dict[str, str] = {}  # ISO code -> entity_id
        self.role_nouns: dict[str, tuple[str, bool]] = {}
        self.given_names: set[str] = set()
        self._adjective_cache: dict[str, Actor | None] = {}
        self._load_countries()
        self._load_places()
        self._load_organisations()
        self._load_persons()
        self._load_world_leaders()
        self._load_roles()
        self.given_names = self._load_given_names()
        self._build_indexes()
        self.seats = self._load_seats()

    # -- loading -----------------------------------------------------------
    def _add(self, actor: Actor) -> Actor:
        actor.aliases.add(actor.name)
        actor.known_names = actor.known_names or set(actor.aliases)
        existing = self.actors.get(actor.entity_id)
        if existing:
            existing.aliases |= actor.aliases
            existing.known_names |= actor.known_names
            return existing
        self.actors[actor.entity_id] = actor
        return actor

    def _load_countries(self) -> None:
        for row in _rows("countries.tsv"):
            country = self._add(Actor(
                entity_id=row["qid"], name=row["name_de"], entity_type="GPE", country=row["iso2"],
                wikidata_id=row["qid"], kind="country", aliases=set(_split(row["aliases"])),
                adjectives=tuple(_split(row["adjective"])),
            ))
            self.country_ids[row["iso2"]] = country.entity_id
            for adjective in country.adjectives:
                self.adjectives[adjective] = country.entity_id
            if row["capital_de"]:
                capital_id = row["capital_qid"] or slug_id("kb", row["capital_de"])
                self._add(Actor(
                    entity_id=capital_id, name=row["capital_de"], entity_type="GPE", country=row["iso2"],
                    wikidata_id=row["capital_qid"] or None, kind="capital",
                    aliases=set(_split(row["capital_aliases"])), metonym_for=row["iso2"],
                ))

    def _load_places(self) -> None:
        for row in _rows("places.tsv"):
            self._add(Actor(
                entity_id=slug_id("kb", row["name"]), name=row["name"], entity_type=row["type"],
                country=row["country"] or None, kind="place", aliases=set(_split(row["aliases"])),
            ))

    def _load_organisations(self) -> None:
        for row in _rows("organisations.tsv"):
            actor = self._add(Actor(
                entity_id=row["id"] or slug_id("kb", row["name"]), name=row["name"],
                entity_type=row["type"], country=row["country"] or None, wikidata_id=row["id"] or None,
                kind=organisation_kind(row), aliases=set(_split(row["aliases"])),
                metonym_for=row["metonym_for"] or None, adjectives=tuple(_split(row["adjective"])),
                contact_side=row.get("contact_side", "yes") != "no",
            ))
            for adjective in actor.adjectives:
                self.adjectives[adjective] = actor.entity_id

    def _load_persons(self) -> None:
        for row in _rows("persons.tsv"):
            roles = []
            for spec in _split(row["roles"]):
                role, org, start, end = spec.split(":")
                roles.append(Role(role, org, _day(start), _day(end)))
            known = {row["name"], *_split(row["aliases"])}
            aliases = set(known)
            for name in known:
                aliases |= name_variants(name, row["country"])
            self._add(Actor(
                entity_id=row["id"] or slug_id("kb", row["name"]), name=row["name"], entity_type="PERSON",
                country=row["country"] or None, wikidata_id=row["id"] or None, aliases=aliases, roles=roles,
                known_names=known, gender=row.get("gender") or None,
                contact_side=row.get("contact_side", "") != "no",
            ))

    def _load_world_leaders(self) -> None:
        """Merge the Wikidata leaders: add their QIDs to curated people, add the others."""
        by_alias = {fold(a): actor for actor in self.actors.values() if actor.kind == "person"
                    for a in actor.aliases}
        for row in _rows("world_leaders.tsv"):
            role = Role(row["role"], row["country"], _day(row["start"]), _day(row["end"]))
            known = by_alias.get(fold(row["name"]))
            if known is not None:
                if known.wikidata_id is None:
                    del self.actors[known.entity_id]
                    known.entity_id = known.wikidata_id = row["qid"]
                    self.actors[known.entity_id] = known
                continue
            actor = self.actors.get(row["qid"])
            if actor is None:
                actor = self._add(Actor(
                    entity_id=row["qid"], name=row["name"], entity_type="PERSON",
                    country=row["country"] or None, wikidata_id=row["qid"],
                    aliases=name_variants(row["name"], row["country"] or None), known_names={row["name"]},
                ))
            actor.roles.append(role)

    def _load_given_names(self) -> set[str]:
        """Given names of the name lists and the German lexicon that are no ordinary words ('Nur', 'New', 'Mark' are words),
        and those of every known person ('Mark Rutte')."""
        listed = (KNOWLEDGE_DIR / "given_names.txt").read_text(encoding="utf-8").split()
        listed += german_given_names()
        known = {actor.name.split()[0] for actor in self.actors.values() if actor.kind == "person"}
        return {name for name in listed if not is_ordinary_word(name)} | known

    def _load_seats(self) -> dict[str, str]:
        """City entity id -> the organisation seated there (seats.tsv)."""
        seats = {}
        for row in _rows("seats.tsv"):
            city, organisation = self.lookup(row["city"]), self.lookup(row["organisation"])
            if city is not None and organisation is not None:
                seats[city.entity_id] = organisation.entity_id
        return seats

    def _load_roles(self) -> None:
        for row in _rows("roles.tsv"):
            self.role_nouns[row["noun"]] = (row["role"], row["contact_side"] == "yes")

    # -- indexes -----------------------------------------------------------
    def _build_indexes(self) -> None:
        """Alias -> ids, with colliding short names dropped so two people never merge."""
        alias_ids: dict[str, set[str]] = defaultdict(set)
        surname_ids: dict[str, set[str]] = defaultdict(set)
        for actor in self.actors.values():
            forms = set()
            for alias in actor.aliases:
                forms |= inflections(alias)
            if actor.kind != "person":  # "Russlands", "des Europaparlaments", "des Europäischen Rats"
                forms |= {g for g in map(genitive, list(forms)) if g}
            # a made form that is a word is the word: "Uns" opening a sentence is not the UN's genitive
            forms = {form for form in forms if form in actor.aliases or not is_lower_case_word(form)}
            for form in forms:
                alias_ids[fold(form)].add(actor.entity_id)
            if actor.kind == "person":
                for alias in actor.aliases:
                    if " " in alias and " bin " not in alias and " al-" not in alias.lower():
                        surname_ids[surname(alias, actor.country)].add(actor.entity_id)
        for last, ids in surname_ids.items():
            # a surname alone names its one known bearer, unless it is a word too ('Kurz', 'Kraft':
            # a noun, though a surname as well), a given name ('Hans' is not Tobias Hans) or already
            # names something else ('Philippe von Belgien' leaves Belgien to the country)
            if len(ids) == 1 and len(last) > 3 and not is_ordinary_word(last) and not folds_to_noun(last) \
                    and not is_common_noun(last) and fold(last) not in alias_ids and last not in self.given_names:
                alias_ids[fold(last)] |= ids
                if genitive(last):
                    alias_ids[fold(genitive(last))] |= ids
        self.alias_ids = {a: ids for a, ids in alias_ids.items() if len(ids) == 1}
        self.surnames = {s: ids for s, ids in surname_ids.items()}

    # -- queries -----------------------------------------------------------
    def lookup(self, text: str) -> Actor | None:
        ids = self.alias_ids.get(fold(text))
        return self.actors[next(iter(ids))] if ids else None

    def country(self, iso: str | None) -> Actor | None:
        entity_id = self.country_ids.get(iso or "")
        return self.actors.get(entity_id) if entity_id else None

    def adjective(self, word: str) -> Actor | None:
        """The country or region a German adjective names: 'russischen' -> Russland, 'US-' -> USA."""
        if word not in self._adjective_cache:
            self._adjective_cache[word] = self._adjective(word)
        return self._adjective_cache[word]

    def _adjective(self, word: str) -> Actor | None:
        lower = word.lower().rstrip("-")
        for ending in ("", "e", "en", "er", "es", "em"):
            if ending and not lower.endswith(ending):
                continue
            stem = lower[: len(lower) - len(ending)] if ending else lower
            if stem in self.adjectives:
                return self.actors[self.adjectives[stem]]
        if word.endswith("-") and word[:-1].isupper():
            return self.lookup(word[:-1])
        return None

    def holder(self, role: str, org: str, day: date | None) -> Actor | None:
        """Who held a role for a country or organisation on a day: ('head_of_state', 'RU') -> Putin."""
        if day is None:
            return None
        holders = [a for a in self.actors.values() if a.kind == "person"
                   and any(r.role == role and r.org == org and r.held_on(day) for r in a.roles)]
        return holders[0] if len(holders) == 1 else None

    def next_holder(self, role: str, org: str, day: date | None) -> Actor | None:
        """Who takes a role next after a day: 'der designierte US-Präsident' in November 2020 -> Biden."""
        if day is None:
            return None
        upcoming = [(r.start, a) for a in self.actors.values() if a.kind == "person" for r in a.roles
                    if r.role == role and r.org == org and r.start is not None and day < r.start
                    and (r.start - day).days < 400]
        return min(upcoming, key=lambda pair: pair[0])[1] if upcoming else None

    def holder_by_surname(self, last: str, role: str, org: str | None, day: date | None) -> Actor | None:
        """'Kanzler Kurz' in 2020: the one known person of that surname who held that role then."""
        def fits(r: Role) -> bool:
            return r.role == role and (org is None or r.org == org) and (day is None or r.held_on(day))
        holders = [self.actors[i] for i in self.surnames.get(last, ())
                   if any(fits(r) for r in self.actors[i].roles)]
        return holders[0] if len(holders) == 1 else None

    def person_by_name(self, given: str, last: str) -> Actor | None:
        """The known person of this surname (in one of their known spellings) whose given name agrees.

        'Sergei Lawrow' -> Sergej Lawrow; but 'Michael Roth' is not Mark Rutte, 'Louise Michel' is not
        Charles Michel: a sound-alike surname and a matching initial are no evidence of one person.
        """
        found = {actor.entity_id: actor for alias, actor in self._aliases_with_surname(last)
                 if given_names_agree(given, alias.split()[0])}
        return next(iter(found.values())) if len(found) == 1 else None

    def _aliases_with_surname(self, last: str) -> list[tuple[str, Actor]]:
        pairs = []
        for entity_id in self.surnames.get(last, ()):
            actor = self.actors[entity_id]
            pairs += [(alias, actor) for alias in actor.aliases if " " in alias and surname(alias, actor.country) == last]
        return pairs

    def fingerprint(self) -> str:
        """Hash of the knowledge files: extraction reruns when they change."""
        digest = hashlib.sha256()
        for path in sorted(p for p in KNOWLEDGE_DIR.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(KNOWLEDGE_DIR)).encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]


@cache
def german_lemmas() -> dict[str, str]:
    """German word form -> lemma, case as written, from the lookup table of spacy-lookups-data (MIT)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def folds_to_noun(last: str) -> bool:
    """Aliases are looked up folded: 'Schüle' folds to 'Schule', 'Höcke' to 'Hocke', both common nouns;
    'Mueller' and 'Schaefer' are 'Müller' and 'Schäfer' written without umlauts, nouns and names of many."""
    unaccented = fold(last).capitalize()
    umlauted = with_umlauts(last)
    return unaccented != last and is_common_noun(unaccented) or umlauted != last and is_common_noun(umlauted)


def with_umlauts(word: str) -> str:
    """'Mueller' -> 'Müller', 'Koenig' -> 'König': the German spelling of a name transliterated for ASCII."""
    for plain, umlaut in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("Ae", "Ä"), ("Oe", "Ö"), ("Ue", "Ü")):
        word = word.replace(plain, umlaut)
    return word


# Forms the lookup table resolves to a rarer word: 'getroffen' is far more often 'treffen' than 'triefen'.
LEMMA_FIXES = {"getroffen": "treffen", "sprachen": "sprechen"}


@lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    """'trafen' -> 'treffen' (case matters: 'besuchen' is a verb, 'Besuchen' a noun); lower case."""
    return LEMMA_FIXES.get(word) or german_lemmas().get(word, word).lower()


@cache
def german_vocabulary() -> frozenset[str]:
    """Lower-case German word forms and lemmas: tells names from common words."""
    lemmas = german_lemmas()
    return frozenset(w.lower() for pair in lemmas.items() for w in pair)


@cache
def load_knowledge() -> KnowledgeBase:
    return KnowledgeBase()
