"""Text folding for search: names typed without accents still find the client."""

from __future__ import annotations

import re
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


_WORD = re.compile(r"[^\W_]+")


def search_words(text: str) -> list[str]:
    """The folded words of what was typed, in order: commas, hyphens, apostrophes and other
    punctuation only separate them. 'Cárdenas, Mónica' gives ['cardenas', 'monica']."""
    return _WORD.findall(search_key(text))


def inner_name_words(key: str) -> list[str]:
    """The words of a folded name (``search_key``) that do not start it, for the search
    that finds a client by any word of a name: 'cardenas garcia' gives ['garcia'].

    A name written with an apostrophe or hyphen also gives its letters run together, so
    "obrien" finds O'Brien as people type it: "o'brien" gives ['brien', 'obrien'].
    The first word needs no entry: the name's key starts with it, and the key's index
    answers it.
    """
    words = _WORD.findall(key)
    inner = words[1:] if words and key.startswith(words[0]) else words
    for part in key.split():
        joined = "".join(_WORD.findall(part))
        if joined != part and len(_WORD.findall(part)) > 1:
            inner.append(joined)
    return list(dict.fromkeys(word for word in inner if word))
