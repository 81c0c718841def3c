"""The colours of the app's and the packets' charts, as ``#rrggbb``."""

from __future__ import annotations

#: Colours every chart uses. Step-up and step-down differ in hue and lightness (Okabe-Ito
#: vermillion vs blue), so they stay apart for colour-blind readers and in grey print; the
#: arrowheads point up or down as well.
COLOURS = {
    "ink": "#1f2a33", "muted": "#5b6b78", "line": "#d5dce2", "lane": "#f4f6f8",
    "bar": "#c7d5e0", "bar_edge": "#3d5a73", "planned_bar": "#ffffff",
    "step_up": "#d55e00", "step_down": "#0072b2", "lateral": "#5b6b78",
    "clock_open": "#f2c94c", "clock_due": "#9a6700", "clock_missed": "#b3261e",
    "clock_closed": "#9aa8b4",
    "today": "#b3261e",
}

#: One colour per data series of a report chart, in order, on screen and in print alike:
#: the Okabe-Ito colours (Okabe & Ito, "Color Universal Design", 2008), blue and vermillion
#: first, so neighbouring bands of a stacked chart stay apart for colour-blind readers;
#: then the palette's grey and ink for a seventh and eighth series.
SERIES_COLOURS: tuple[str, ...] = (
    "#0072b2", "#d55e00", "#009e73", "#e69f00", "#cc79a7", "#56b4e9", "#5b6b78", "#1f2a33")
