"""Text folding for search: names typed without accents still find the client."""

from __future__ import annotations

import unicodedata


def search_key(text: str) -> str:
    """Lower-case, accent-free form: 'Núñez' and 'NUNEZ' both give 'nunez'."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def digits_only(text: str) -> str:
    """The digits of a phone number, for search: '(555) 010-2233' gives '5550102233'."""
    return "".join(ch for ch in text if ch.isdigit())
