"""Untrusted text (article metadata) inside markdown elements: every markdown character escaped."""

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text: object) -> str:
    """'**Blatt**' -> '\\*\\*Blatt\\*\\*': shown as written, never formatted or linked."""
    return _MARKDOWN.sub(r"\\\1", str(text))
