"""Everything the dashboard says, in German (the articles' language, the default) and English."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

LANGUAGES = {"de": "Deutsch", "en": "English"}
MISSING = "–"
ROLES_FILE = Path(__file__).with_name("roles.tsv")

TEXTS: dict[str, tuple[str, str]] = {
    # navigation and sidebar
    "page_overview": ("Überblick", "Overview"),
    "page_network": ("Netzwerk", "Network"),
    "page_event": ("Ereignis", "Event"),
    "page_actor": ("Akteur", "Actor"),
    "language": ("Sprache", "Language"),
    "filters": ("Filter", "Filters"),
    "period": ("Zeitraum", "Period"),
    "actors": ("Akteure", "Actors"),
    "contact_types": ("Kontaktarten", "Contact types"),
    "statuses": ("Status", "Status"),
    "all_actors": ("Alle Akteure (zum Eingrenzen wählen)", "All actors (choose to narrow down)"),
    "none_chosen": ("Keine gewählt", "None chosen"),
    "min_sources": ("Mindestens so viele Artikel", "At least this many articles"),
    "include_undated": ("Kontakte ohne Datum einbeziehen", "Include contacts without a date"),
    "download": ("Herunterladen", "Download"),
    "download_csv": ("Kontakte als CSV (Excel)", "Contacts as CSV (Excel)"),
    "download_parquet": ("Kontakte als Parquet", "Contacts as Parquet"),
    "share": ("Die Adresse dieser Seite gibt Filter und Auswahl wieder.",
              "This page's address keeps the filters and the selection."),
    # first run and errors
    "no_warehouse": ("Noch kein Warehouse unter {path}. Mit `make run` aus den Beispielartikeln bauen "
                     "oder DIPLO_WAREHOUSE auf ein gebautes zeigen lassen.",
                     "No warehouse yet at {path}. Build it from the sample articles with `make run`, "
                     "or point DIPLO_WAREHOUSE at a built one."),
    "unreadable": ("Das Warehouse ist gerade nicht lesbar ({error}). Wenn die Pipeline veröffentlicht, "
                   "gleich neu laden.", "The warehouse cannot be read right now ({error}). If the pipeline "
                   "is publishing, reload in a moment."),
    "nothing": ("Keine Kontakte passen zu den Filtern.", "No contacts match the filters."),
    # overview
    "overview_title": ("Diplomatische Kontakte", "Diplomatic contacts"),
    "events": ("Kontaktereignisse", "Contact events"),
    "pairs": ("Akteurspaare", "Actor pairs"),
    "n_actors": ("Akteure", "Actors"),
    "articles": ("Berichtende Artikel", "Reporting articles"),
    "newest_article": ("Neuester Artikel", "Newest article"),
    "undated_hidden": ("{n} Kontaktereignisse ohne Datum sind nicht gezählt; „Kontakte ohne Datum einbeziehen“ "
                       "in der Seitenleiste zeigt sie.",
                       "{n} contact events without a date are not counted; \"Include contacts without a date\" "
                       "in the sidebar shows them."),
    "undated_shown": ("{n} Kontaktereignisse ohne Datum sind gezählt und in der Tabelle, aber auf keiner "
                      "Zeitachse.", "{n} contact events without a date are counted and in the table, but on no "
                      "time axis."),
    "timeline": ("Zeitleiste nach Akteurspaar", "Timeline by actor pair"),
    "timeline_caption": ("Ein Punkt ist ein taggenaues Ereignis, ein blasser Balken ein nur auf Monat oder Jahr "
                         "bekanntes. Voll: stattgefunden; blass: geplant, vorgeschlagen, spekulativ; ✕: abgesagt "
                         "oder dementiert. Die {n} aktivsten Paare; ein Klick öffnet das Ereignis.",
                         "A dot is an event known to the day, a faint bar one known only to the month or year. "
                         "Solid: happened; faint: planned, proposed, speculative; ✕: cancelled or denied. "
                         "The {n} most active pairs; a click opens the event."),
    "per_month": ("Kontaktereignisse pro Monat", "Contact events per month"),
    "per_month_caption": ("Ereignisse mit Tag oder Monat. Nicht gezählt: {year} nur mit Jahr, {none} ohne Datum.",
                          "Events dated to the day or month. Not counted: {year} with only a year, "
                          "{none} without a date."),
    "table": ("Kontakte nach Akteurspaar", "Contacts by actor pair"),
    "table_caption": ("Eine Zeile je Ereignis und Akteurspaar; ein Klick auf eine Zeile öffnet das Ereignis.",
                      "One row per event and actor pair; click a row to open its event."),
    "table_cut": ("Die ersten {n} Zeilen; der Download in der Seitenleiste enthält alle.",
                  "The first {n} rows; the download in the sidebar has them all."),
    # columns
    "col_date": ("Datum", "Date"),
    "col_type": ("Art", "Type"),
    "col_status": ("Status", "Status"),
    "col_actor_a": ("Akteur A", "Actor A"),
    "col_actor_b": ("Akteur B", "Actor B"),
    "col_pair": ("Akteurspaar", "Actor pair"),
    "col_place": ("Ort", "Place"),
    "col_sources": ("Artikel", "Articles"),
    "col_event": ("Ereignis", "Event"),
    "col_precision": ("Genauigkeit", "Precision"),
    "col_event_id": ("Ereignis-ID", "Event id"),
    "col_actor_a_id": ("Akteur-A-ID", "Actor A id"),
    "col_actor_b_id": ("Akteur-B-ID", "Actor B id"),
    "col_counterpart": ("Gegenüber", "Counterpart"),
    "col_first": ("Erster Kontakt", "First contact"),
    "col_last": ("Letzter Kontakt", "Last contact"),
    "col_kind": ("Art", "Kind"),
    "col_published": ("Veröffentlicht", "Published"),
    "col_outlet": ("Quelle", "Outlet"),
    # network
    "network_title": ("Netzwerk der Kontakte", "Network of contacts"),
    "network_caption": ("Knoten sind Akteure (Farbe: Art), Kanten Kontakte; je dicker, desto mehr Ereignisse. "
                        "Klick auf einen Knoten öffnet den Akteur, auf eine Kante ihr neuestes Ereignis.",
                        "Nodes are actors (colour: kind), edges contacts; the thicker, the more events. "
                        "Click a node to open the actor, an edge to open its newest event."),
    "network_cut": ("Die {n} aktivsten Akteure; Filter grenzen ein.",
                    "The {n} most active actors; filters narrow it down."),
    "kind": ("Art", "Kind"),
    # event
    "event_title": ("Ereignis", "Event"),
    "choose_event": ("Ereignis", "Event"),
    "no_events": ("Keine Kontaktereignisse passen zu den Filtern.", "No contact events match the filters."),
    "type": ("Art", "Type"),
    "status_latest": ("Status (neuester Bericht)", "Status (latest report)"),
    "date": ("Datum", "Date"),
    "place": ("Ort", "Place"),
    "sources": ("Artikel", "Articles"),
    "participants": ("Beteiligte", "Participants"),
    "lifecycle": ("Verlauf in den Berichten", "Lifecycle in the reports"),
    "event_day": ("Ereignis", "Event"),
    "reports": ("Berichte nach Artikel", "Reports by article"),
    "report_caption": ("{outlet} · veröffentlicht {published} · berichtet: {status}",
                       "{outlet} · published {published} · reports: {status}"),
    "stated_date": ("Termin laut Artikel: {date}", "date in the article: {date}"),
    "unknown_outlet": ("Quelle unbekannt", "Outlet unknown"),
    "read_article": ("Artikel lesen (Belegstellen markiert)", "Read the article (evidence marked)"),
    "evidence": ("Belegsätze, das auslösende Wort fett:", "Evidence, the trigger word in bold:"),
    "confidence": ("Sicherheit", "confidence"),
    # actor
    "actor_title": ("Akteur", "Actor"),
    "choose_actor": ("Akteur", "Actor"),
    "actor_from_sidebar": ("Aus der Seitenleiste gewählt.", "Chosen in the sidebar."),
    "actor_none": ("Keine Kontakte von {name} passen zu den Filtern.", "No contacts of {name} match the filters."),
    "counterparts": ("Gegenüber", "Counterparts"),
    "actor_timeline": ("Kontakte über die Zeit", "Contacts over time"),
    "actor_table": ("Alle Kontakte", "All contacts"),
    "actor_caption": ("Ein Klick auf eine Zeile öffnet das Ereignis.", "Click a row to open its event."),
    "counterparts_caption": ("Ein Klick auf eine Zeile öffnet das Gegenüber.", "Click a row to open the counterpart."),
    "undated_not_on_axis": ("{n} Kontakte ohne Datum stehen nur in der Tabelle.",
                            "{n} contacts without a date are only in the table."),
}

ENTITY_KINDS = {"PERSON": ("Person", "Person"), "GPE": ("Staat oder Stadt", "State or city"),
                "ORG": ("Organisation", "Organisation"), "LOC": ("Region oder Ort", "Region or place")}
PRECISIONS = {"day": ("Tag", "day"), "month": ("Monat", "month"), "year": ("Jahr", "year")}
MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}


def tr(key: str, language: str, **values) -> str:
    german, english = TEXTS[key]
    text = german if language == "de" else english
    return text.format(**values) if values else text


def kind(entity_type: str | None, language: str) -> str:
    names = ENTITY_KINDS.get(entity_type or "")
    return (names[0] if language == "de" else names[1]) if names else MISSING


@cache
def _roles() -> dict[str, tuple[str, str]]:
    lines = (ROLES_FILE.read_text(encoding="utf-8")).splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return {role: (de, en) for role, de, en in rows[1:]}


def role(value: str | None, language: str) -> str:
    """'head_of_state' -> 'Staatsoberhaupt' / 'Head of state'; a role the file lacks in plain words."""
    if not value:
        return MISSING
    names = _roles().get(value)
    if names:
        return names[0] if language == "de" else names[1]
    return value.replace("_", " ").capitalize()


def precision(value: str | None, language: str) -> str:
    names = PRECISIONS.get(value or "")
    return (names[0] if language == "de" else names[1]) if names else MISSING


def format_date(value: str | date | None, precision_: str | None, language: str) -> str:
    """A date at its precision: '2025-08-15' -> '15.08.2025' / '15 August 2025', '2025-08' -> 'August 2025'."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return MISSING
    text = value.isoformat() if isinstance(value, date) else str(value)
    parts = text.split("-")
    precision_ = precision_ or {1: "year", 2: "month"}.get(len(parts), "day")
    if precision_ == "year" or len(parts) == 1:
        return parts[0]
    month = MONTHS[language][int(parts[1]) - 1]
    if precision_ == "month" or len(parts) == 2:
        return f"{month} {parts[0]}"
    day = int(parts[2][:2])
    return f"{day:02d}.{parts[1]}.{parts[0]}" if language == "de" else f"{day} {month} {parts[0]}"


def shorten(text: str | None, limit: int = 110) -> str:
    if not text:
        return MISSING
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
