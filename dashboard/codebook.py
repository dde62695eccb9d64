"""Types and statuses as the dashboard shows them: labels and colours from the shared codebook.

The codebook file (orchestration/knowledge/codebook.tsv) is the one Python and dbt read, so a type
has one colour in every chart whatever the filters select.
"""

from orchestration.nlp.codebook import codebook, codes_of

CONTACT_TYPES = list(codes_of("contact"))
STATUSES = list(codes_of("status"))
# Held contacts are solid; plans and possibilities faint; called-off or denied ones are struck.
HELD = ("happened",)
NOT_HAPPENING = ("cancelled", "denied")
STATUS_FILL = {"happened": 1.0, "planned": 0.45, "proposed": 0.3, "speculative": 0.2, "cancelled": 0.0,
               "denied": 0.0}


def label(code: str | None, language: str) -> str:
    """'MEETING' -> 'Treffen' / 'Meeting'; unknown codes as they are; None -> '–'."""
    if code is None:
        return "–"
    entry = codebook().get(code)
    return entry.label(language) if entry else str(code)


def colour(code: str) -> str:
    return codebook()[code].colour


def type_labels(language: str) -> list[str]:
    return [label(code, language) for code in CONTACT_TYPES]


def type_colours() -> list[str]:
    return [colour(code) for code in CONTACT_TYPES]


def status_labels(language: str) -> list[str]:
    return [label(code, language) for code in STATUSES]


def status_colours() -> list[str]:
    return [colour(code) for code in STATUSES]
