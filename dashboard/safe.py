"""Untrusted text (article metadata) inside markdown elements: every markdown character escaped."""

import re

import pandas as pd

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text: object) -> str:
    """'**Blatt**' -> '\\*\\*Blatt\\*\\*': shown as written, never formatted or linked."""
    return _MARKDOWN.sub(r"\\\1", str(text))


# What a spreadsheet reads as the start of a formula ('=HYPERLINK(...)', "=cmd|' /C calc'!A0", '@SUM(...)').
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def no_formula(value: object) -> object:
    """"=HYPERLINK(...)" -> "'=HYPERLINK(...)": a text cell a spreadsheet shows as written, never runs."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def without_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell and column name of a table bound for a CSV file neutralised; numbers stay numbers."""
    out = frame.rename(columns=no_formula)
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(no_formula)
    return out
