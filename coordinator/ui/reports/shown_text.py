"""A report's text in the user's language, as the Reports view shows it.

The services write a report sheet in English (``coordinator.domain.words.Words``): the
command line, and the CSV file and the PDF saved from this view, print that English, the
clinic's language of record, so a file reads the same whoever saved it. On screen each
``Words`` is translated instead: its template looked up under its context, its values put in
the places, dates in the user's format and nested words translated the same way. A plain
``str`` (a client's or a program's name, a number already written) is shown as it is.
"""

from __future__ import annotations

from datetime import date

from coordinator.domain.words import Value, Words
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate


def shown(text: str) -> str:
    """``text`` as the screen shows it: a ``Words`` translated, anything else as it is."""
    if not isinstance(text, Words):
        return text
    return arg(translate(text.context, text.template), *map(_value, text.values))


def _value(value: Value) -> str:
    if isinstance(value, Words):
        return shown(value)
    if isinstance(value, date):
        return date_text(value)
    return str(value)


def shown_all(texts: tuple[str, ...]) -> tuple[str, ...]:
    """Each of ``texts`` as the screen shows it (a row of cells, a table's columns)."""
    return tuple(map(shown, texts))
