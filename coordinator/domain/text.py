"""Text folding for search: names typed without accents still find the client."""

from __future__ import annotations

import unicodedata

# Letters that are not a base letter plus a combining mark, so NFKD leaves them alone, but
# that people type as the plain letter: Vietnamese Đặng is searched for as "dang".
_PLAIN_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o"})


def search_key(text: str) -> str:
    """Lower-case, accent-free form: 'Núñez' and 'NUNEZ' both give 'nunez'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().translate(_PLAIN_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def digits_only(text: str) -> str:
    """The digits of a phone number, for search: '(555) 010-2233' gives '5550102233'."""
    return "".join(ch for ch in text if ch.isdigit())
