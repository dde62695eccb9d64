"""Event labels in the chosen language: the mart's German label with the codebook's type name."""

from dashboard.codebook import label


def event_label(mart_label: str | None, event_type: str | None, lang: str) -> str:
    """'Treffen Trump – Putin, Anchorage' -> 'Meeting Trump – Putin, Anchorage' in English.

    fct_events labels start with the German type name; the sides and the place are names.
    """
    text = mart_label or ""
    german = label(event_type, "de") if event_type else ""
    if lang == "de" or not german or not text.startswith(german):
        return text or label(event_type, lang)
    return label(event_type, lang) + text[len(german):]
