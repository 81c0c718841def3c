"""The drawing primitives a chart is painted with, and the canvas protocol that takes them.

Coordinates are in the canvas's own units (pixels for the app, points for a packet) with y
growing downwards; a backend whose y grows upwards (ReportLab) flips it itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from coordinator.charts.palette import COLOURS

#: How a line is broken up: None for solid; "dash" or "dot" for the backend's own dashed or
#: dotted pattern; or explicit on/off lengths in the canvas's units.
Dash = Literal["dash", "dot"] | tuple[float, ...] | None

#: Where a text sits on its x: it starts there, ends there, or is centred on it.
Anchor = Literal["start", "end", "middle"]

#: How a text sits in a box across: at its left edge, its right edge, or centred.
Align = Literal["start", "end", "middle"]

#: How a long text is shortened with an ellipsis: at its end or in its middle.
Elide = Literal["end", "middle"]


@dataclass(frozen=True)
class Colour:
    """A ``#rrggbb`` colour and its opacity (1.0: opaque)."""

    hex: str
    alpha: float = 1.0


def colour(name: str, alpha: float = 1.0) -> Colour:
    """The palette's colour ``name`` (a ``COLOURS`` key) at ``alpha``."""
    return Colour(COLOURS[name], alpha)


WHITE = Colour("#ffffff")


@dataclass(frozen=True)
class Pen:
    """How a line or an outline is stroked."""

    colour: Colour
    width: float
    dash: Dash = None
    round_cap: bool = False


class Canvas(Protocol):
    """What the chart painter draws on. Text is in the canvas's one font."""

    def text_width(self, text: str) -> float:
        """How wide ``text`` is in the canvas's font."""
        ...

    def elide(self, text: str, room: float, where: Elide = "end") -> str:
        """``text`` shortened with an ellipsis to fit ``room`` (unchanged when it fits)."""
        ...

    def rect(self, x: float, y: float, width: float, height: float, *,
             fill: Colour | None = None, pen: Pen | None = None, radius: float = 0.0) -> None:
        """A rectangle from its top-left corner, filled and/or outlined, corners rounded by
        ``radius``."""
        ...

    def line(self, x0: float, y0: float, x1: float, y1: float, pen: Pen) -> None:
        ...

    def polygon(self, points: Sequence[tuple[float, float]], *, fill: Colour,
                pen: Pen | None = None) -> None:
        """A closed, filled shape (an arrowhead, a chevron)."""
        ...

    def text(self, x: float, baseline: float, text: str, colour: Colour,
             anchor: Anchor = "start") -> None:
        """``text`` on one line with its baseline at ``baseline``."""
        ...

    def text_box(self, x: float, y: float, width: float, height: float, text: str,
                 colour: Colour, align: Align = "start") -> None:
        """``text`` centred top to bottom in the box, and across as ``align`` says."""
        ...
