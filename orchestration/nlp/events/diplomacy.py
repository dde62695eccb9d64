"""Who a side stands for, and whether an event is diplomacy at all.

A diplomatic contact is between states or international organisations: its sides must stand for
at least two different ones. A person stands for the state or organisation of the office they
hold on the publication day (von der Leyen for the EU, Barnier for the EU, Merkel for Germany),
else for their country; a capital or seat of government for its state. Parties, companies, media
and people of unknown country stand for nobody, so a federal–state meeting, a coalition committee
or an interview is no contact.
"""

from __future__ import annotations

from datetime import date

from orchestration.nlp.knowledge import Actor, KnowledgeBase
from orchestration.nlp.records import Entity

# Kinds of organisation that act as sides of diplomacy themselves (organisations.tsv, kind).
INTERNATIONAL_KINDS = frozenset({"international", "eu_institution"})


def polity(entity: Entity, kb: KnowledgeBase, day: date | None) -> str | None:
    """The state (ISO code) or international organisation (entity id) a side stands for."""
    actor = kb.actors.get(entity.entity_id)
    if entity.entity_type == "PERSON":
        return _person_polity(entity, actor, kb, day)
    if actor is not None and actor.kind == "country":
        return actor.country
    if actor is not None and actor.kind == "region":
        return actor.entity_id  # "die Europäer", "Nahost": a collective of states, vague but a side
    if actor is not None and actor.metonym_for:
        return actor.metonym_for
    if actor is None or not actor.contact_side:
        return None  # parties, media, companies, courts; organisations the knowledge base lacks
    if actor.kind in INTERNATIONAL_KINDS:
        return _union(actor, kb)
    return actor.country  # an armed group, agency or parliament stands for its country


def _person_polity(entity: Entity, actor: Actor | None, kb: KnowledgeBase, day: date | None) -> str | None:
    role = held_role(actor, day)
    if role is not None and role.org:
        organisation = kb.lookup(role.org)
        if organisation is not None and organisation.kind in INTERNATIONAL_KINDS:
            return _union(organisation, kb) if organisation.contact_side else None
        if kb.country(role.org) is not None:
            return role.org
    return entity.country or (actor.country if actor is not None else None)


def heads_a_private_body(actor: Actor | None, kb: KnowledgeBase) -> bool:
    """An office at a worldwide body that is no organisation of states, whatever its name ('IOC-Präsident Bach'):
    a sports association's head meeting a prime minister is no diplomacy ('Abe und Bach telefonierten')."""
    role = held_role(actor, None)
    if role is None or not role.org:
        return False
    organisation = kb.lookup(role.org)
    return organisation is not None and organisation.kind in INTERNATIONAL_KINDS and not organisation.contact_side


def held_role(actor: Actor | None, day: date | None):
    """The office a known person holds on the day; without a day, the latest one."""
    if actor is None or not actor.roles:
        return None
    if day is None:
        return actor.role_on(None)
    return next((r for r in actor.roles if r.held_on(day)), None)


def _union(actor: Actor, kb: KnowledgeBase) -> str:
    """The EU's institutions act for the Union."""
    if actor.kind == "eu_institution":
        union = kb.lookup("Europäische Union")
        return union.entity_id if union is not None else actor.entity_id
    return actor.entity_id


def polity_entity(code: str, kb: KnowledgeBase) -> Actor | None:
    """The entity a polity code names: 'DE' -> Deutschland, an organisation's id -> itself."""
    return kb.country(code) or kb.actors.get(code)


def is_international_organisation(entity_id: str, kb: KnowledgeBase) -> bool:
    actor = kb.actors.get(entity_id)
    return actor is not None and actor.kind in INTERNATIONAL_KINDS


def is_private_person(entity: Entity, kb: KnowledgeBase) -> bool:
    """A person who holds no public office: one known neither to the knowledge base nor by an office
    or a country (an activist, a scientist: 'Luisa Neubauer', 'Özlem Türeci'), or one the knowledge
    base knows as no side of diplomacy (a business leader: 'Elon Musk'). A meeting with such people is
    no diplomacy, even where officials of two states attend ('Merkel und von der Leyen trafen sich mit
    Luisa Neubauer'; 'Musk traf sich in Paris mit Macron')."""
    if entity.entity_type != "PERSON":
        return False
    actor = kb.actors.get(entity.entity_id)
    if actor is not None and not actor.contact_side or heads_a_private_body(actor, kb):
        return True
    return not entity.in_knowledge_base and entity.country is None and entity.role is None
