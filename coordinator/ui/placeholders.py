"""Values put into translated text at its ``%1``…``%9`` places, the way ``QString.arg`` does.

PySide6 has no ``QString``, so translated templates such as ``self.tr("Stop %1")`` get their
values here. Every place is filled in one pass over the template: a value that itself contains
``%2`` (a client called "%2 Pérez") is shown as written and never filled in again, which a chain
of ``str.replace`` calls gets wrong.
"""

from __future__ import annotations

from coordinator.domain.words import fill


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` replaced by the first value, ``%2`` by the second, and so on.

    Only the template is read for places; each value's text goes in as it is. A place with no
    value (``%3`` when two values are given) stays as written, and ``%n`` (the count in a Qt
    plural) is left alone. Places run from ``%1`` to ``%9``: ``%10`` is the first value
    followed by ``0``. The services' ``Words`` fill their English the same way (``fill``).

    Args:
        template: translated text, usually straight from ``tr()``.
        values: what goes in each place, in place order; each is shown with ``str()``.

    Returns:
        The text with every place that has a value filled in.

    Raises:
        ValueError: more than nine values, which no place could receive.
    """
    return fill(template, *(str(value) for value in values))
