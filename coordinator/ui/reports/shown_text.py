"""A report's text in the user's language, as the Reports view shows it.

The services write a report sheet in English (``coordinator.domain.words.Words``): the
command line, and the CSV file and the PDF saved from this view, print that English, the
clinic's language of record, so a file reads the same whoever saved it. On screen each
``Words`` is translated instead: its template looked up under its context, its values put in
the places, dates in the user's format and nested words translated the same way. A plain
``str`` (a client's or a program's name, a number already written) is shown as it is, but
for a standard level of care the services wrote under its seeded English name ("Inpatient"
or "Inpatient (INP)"), which reads in the user's language as everywhere else in the app
(``care.titles.level_name``; a name an administrator gave stays as stored).
"""

from __future__ import annotations

import re
from datetime import date

from coordinator.domain.words import Value, Words
from coordinator.ui.care.titles import level_name, level_text
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

# "Name (CODE)", as the reports write a level in their tables.
_NAMED_LEVEL = re.compile(r"(?P<name>[^()]+) \((?P<code>[A-Z]{2,4})\)")


def shown(text: str) -> str:
    """``text`` as the screen shows it: a ``Words`` translated, a standard level's name in
    the user's language, anything else as it is."""
    if not isinstance(text, Words):
        return _plain(text)
    return arg(translate(text.context, text.template), *map(_value, text.values))


def _plain(text: str) -> str:
    found = _NAMED_LEVEL.fullmatch(text)
    if found is not None:
        return level_text(found["name"], found["code"])
    return level_name(text) or text


def _value(value: Value) -> str:
    if isinstance(value, Words):
        return shown(value)
    if isinstance(value, date):
        return date_text(value)
    return _plain(value) if isinstance(value, str) else str(value)


def shown_all(texts: tuple[str, ...]) -> tuple[str, ...]:
    """Each of ``texts`` as the screen shows it (a row of cells, a table's columns)."""
    return tuple(map(shown, texts))
