"""Text written in English by the services that a screen shows in the user's language.

A report's labels and sentences are made where the numbers are (``coordinator.services``),
which has no Qt. Each one is a ``Words``: a ``str`` whose value is the English text the
command line, the CSV file and the PDF print, which also keeps what a translator needs to
say it in another language: the context and the template it was marked with and the values
that fill the template's ``%1``…``%9``. The Reports view translates the template and fills it
with the values shown its own way (a date in the user's format, a nested ``Words``
translated too).

lupdate reads the marks from the source (``-tr-function-alias QT_TRANSLATE_NOOP+=said``): it
extracts ``said("Context", "text")`` when both are string literals and there is no third
argument, so the values always come through ``arg``::

    said("CensusReport", "In care on %1").arg(day)

``fill`` puts values into a template in one pass; the UI's ``placeholders.arg`` uses it too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Self

_PLACE = re.compile(r"%([1-9])")
_MOST_VALUES = 9

#: What a place of a ``Words`` may be filled with.
Value = str | int | float | date


def fill(template: str, *texts: str) -> str:
    """``template`` with ``%1`` replaced by the first text, ``%2`` by the second, and so on.

    Only the template is read for places; each text goes in as it is, so a text that itself
    holds ``%2`` is never filled again. A place with no text (``%3`` when two are given)
    stays as written, and ``%n`` (the count in a Qt plural) is left alone. Places run from
    ``%1`` to ``%9``: ``%10`` is the first text followed by ``0``.

    Raises:
        ValueError: more than nine texts, which no place could receive.
    """
    if len(texts) > _MOST_VALUES:
        raise ValueError(f"arg() fills %1 to %9; it was given {len(texts)} values")

    def place(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return texts[index] if index < len(texts) else match.group(0)

    return _PLACE.sub(place, template)


def english(value: Value) -> str:
    """A value as the English text prints it: a date as ISO 8601 (as the reports print
    dates), a ``Words`` as its English, anything else with ``str()``."""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class Words(str):
    """English text (the ``str`` value) that remembers how to be translated.

    ``context`` and ``template`` are the marked message (``said``); ``values`` fill the
    template's places in order. Equal to, and hashed as, its English text.
    """

    context: str
    template: str
    values: tuple[Value, ...]

    def __new__(cls, context: str, template: str, values: tuple[Value, ...] = ()) -> Self:
        made = super().__new__(cls, fill(template, *map(english, values)))
        made.context = context
        made.template = template
        made.values = tuple(values)
        return made

    def __getnewargs__(self) -> tuple[str, str, tuple[Value, ...]]:  # type: ignore[override]
        # str's own answer is the text alone; pickle and copy need the three parts.
        return self.context, self.template, self.values

    def arg(self, *values: Value) -> Words:
        """These words with ``values`` in the template's next places (the first call fills
        ``%1``, ``%2`` …; a second call goes on where the first stopped)."""
        return Words(self.context, self.template, self.values + values)


def said(context: str, text: str) -> Words:
    """Marks ``text`` for translation under ``context`` (both string literals at the call,
    so lupdate extracts them); its values, if any, come with ``.arg``."""
    return Words(context, text)


def joined(separator: Words, parts: Sequence[str]) -> str:
    """``parts`` one after the other, each pair joined by ``separator`` (a template of two
    places, e.g. ``said("Reports", "%1; %2")``); the one part alone, "" when none."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = separator.arg(text, part)
    return text
