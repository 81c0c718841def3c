"""The outcome reports as a printable PDF: the same ``ReportSheet``s the Reports view and
``coordinator report`` show, arranged for paper.

The first page opens with what the document covers: the clinic, the period, who is included
(the filters) and the day the outcomes were judged on. Each report then starts on a page of
its own: its title, its definition, a sentence when there is nothing to count, the figures
in a table with their numerators and denominators, each chart drawn with
``reportlab.graphics`` in the app's colours (``coordinator.charts.palette``), each breakdown
table, and the lists of the clients behind the figures (their header row repeats on every
page a long list runs over).

The lists name clients, so every page carries a confidentiality line; and since a list may
name clients of withdrawal management or of substance-use treatment (the IET measure), a
printout that lists anyone also carries the 42 CFR 2.32 notice on every page, as the
packets do when they hold Part 2 information. Internal use within the program is not a
disclosure (42 CFR 2.12(c)(3)), but a printed list can leave the building.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, TableStyle
from reportlab.platypus import Table as PlatypusTable

from coordinator.charts.palette import COLOURS, SERIES_COLOURS
from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.common import Letterhead, RenderedPdf
from coordinator.reports.fonts import FONTS
from coordinator.reports.outcome_data import (
    CaseList,
    Chart,
    ChartKind,
    Figure,
    ReportSheet,
    Series,
    Table,
    Unit,
    figure_text,
)
from coordinator.reports.styles import (
    CONFIDENTIALITY_NOTICE,
    CONTENT_WIDTH,
    STYLES,
    PageFrame,
    build_document,
    data_table,
    data_table_style,
    markup,
    paragraph,
    text_width,
)

DOCUMENT_TITLE = "Outcome report"
#: The footer of a printout that names clients (every page).
LIST_NOTICE = (
    "CONFIDENTIAL: this report names clients and holds protected health information, for "
    "the clinic's own quality review. Do not redisclose it without the clients' written "
    "consent; shred it when no longer needed.")
FIGURE_COLUMNS = ("Figure", "Value", "Numerator", "Denominator", "Detail")
CHART_HEIGHT = 190.0
#: Columns whose cells are at most this long are never wrapped if the page allows.
_SHORT = 32
#: The least share of a line the columns of long text keep.
_LONG_SHARE = 0.25
_PAD = 7.0

_INK = HexColor(COLOURS["ink"])
_MUTED = HexColor(COLOURS["muted"])
_GRID = HexColor(COLOURS["line"])
_TICK_SIZE = 6.5
_LEGEND_SIZE = 7.0


def render_outcome_report(sheets: Sequence[ReportSheet], letterhead: Letterhead, *,
                          invariant: bool = False) -> RenderedPdf:
    """``sheets`` (one or more reports over the same period) as one PDF."""
    if not sheets:
        raise ValueError("An outcome report needs at least one sheet.")
    names_clients = any(found.size for sheet in sheets for found in sheet.lists)
    first = sheets[0]
    frame = PageFrame(
        letterhead, DOCUMENT_TITLE, period_line(first),
        footer_notice=LIST_NOTICE if names_clients else CONFIDENTIALITY_NOTICE,
        redisclosure_notice=REDISCLOSURE_NOTICE if names_clients else "")
    title = first.title if len(sheets) == 1 else "Outcome reports"
    return build_document(
        outcome_story(sheets, letterhead), frame, invariant=invariant,
        title=f"{DOCUMENT_TITLE}: {title}",
        subject=f"{title}, {period_line(first)}; {first.filters}")


def period_line(sheet: ReportSheet) -> str:
    """"2026-01-01 to 2026-03-31 · judged on 2026-04-02"."""
    return (f"{sheet.first_day.isoformat()} to {sheet.last_day.isoformat()} · judged on "
            f"{sheet.as_of.isoformat()}")


def outcome_story(sheets: Sequence[ReportSheet], letterhead: Letterhead) -> list[Flowable]:
    first = sheets[0]
    story: list[Flowable] = [
        paragraph(markup(first.title if len(sheets) == 1 else "Outcome reports"),
                  STYLES["title"]),
        paragraph(markup(" · ".join(part for part in (
            letterhead.clinic_name.strip(), f"Period {first.first_day.isoformat()} to "
            f"{first.last_day.isoformat()}", f"Included: {first.filters}",
            f"Judged on {first.as_of.isoformat()}") if part)), STYLES["body_bold"]),
    ]
    if len(sheets) > 1:
        story.append(paragraph(markup("Contents: " + "; ".join(
            f"{number}. {sheet.title}" for number, sheet in enumerate(sheets, start=1))),
            STYLES["body"]))
    for number, sheet in enumerate(sheets):
        if number:
            story.append(PageBreak())
        story += sheet_story(sheet, shared=_same_scope(sheet, first), titled=len(sheets) > 1)
    return story


def _same_scope(sheet: ReportSheet, first: ReportSheet) -> bool:
    return (sheet.first_day, sheet.last_day, sheet.as_of, sheet.filters) == (
        first.first_day, first.last_day, first.as_of, first.filters)


def sheet_story(sheet: ReportSheet, *, shared: bool = True,
                titled: bool = True) -> list[Flowable]:
    """One report: its title in a band (``titled``; a document of one report has it as the
    document's title instead), its period and filters when they differ from the first
    page's (``shared`` False), definition, note, figures, charts, tables and lists."""
    story: list[Flowable] = []
    if titled:
        story.append(paragraph(markup(sheet.title), STYLES["section"]))
    if not shared:
        story.append(paragraph(markup(f"{period_line(sheet)} · Included: {sheet.filters}"),
                               STYLES["label"]))
    story.append(paragraph(markup(sheet.definition), STYLES["body"]))
    if sheet.note:
        story.append(paragraph(markup(sheet.note), STYLES["body_bold"]))
    if sheet.figures:
        story += [paragraph("Figures", STYLES["heading"]), figures_table(sheet.figures)]
    for chart in sheet.charts:
        story.append(chart_block(chart))
    for table in sheet.tables:
        story += [paragraph(markup(table.title), STYLES["heading"]), breakdown_table(table)]
    for found in sheet.lists:
        story += case_list_block(found)
    return story


def value_text(figure: Figure) -> str:
    """The figure's value as ``figure_text`` prints it, without the fraction (the table
    gives the numerator and denominator columns of their own)."""
    return figure_text(replace(figure, numerator=None, denominator=None))


def figures_table(figures: Sequence[Figure]) -> Flowable:
    rows = [(figure.label, value_text(figure),
             "" if figure.numerator is None else f"{figure.numerator:,}",
             "" if figure.denominator is None else f"{figure.denominator:,}", figure.detail)
            for figure in figures]
    return grid(FIGURE_COLUMNS, rows, frozenset({1, 2, 3}))


def breakdown_table(table: Table) -> Flowable:
    return grid(table.columns, table.rows, table.numeric)


def case_list_block(found: CaseList) -> list[Flowable]:
    count = len(found.rows)
    heading = paragraph(markup(f"{found.title} ({count:,})"), STYLES["heading"])
    if not count:
        return [heading, paragraph("No clients.", STYLES["body"])]
    # A column empty in every row (no reason for any client stepped down in time) is left
    # out on paper, where the other columns need its room; the CSV keeps it.
    kept = [index for index in range(len(found.columns))
            if any(index < len(row) and row[index].strip() for row in found.rows)]
    columns = [found.columns[index] for index in kept]
    rows = [[row[index] if index < len(row) else "" for index in kept] for row in found.rows]
    return [heading, grid(columns, rows)]


def grid(columns: Sequence[str], rows: Sequence[Sequence[str]],
         numeric: frozenset[int] = frozenset()) -> Flowable:
    """A ruled table whose header repeats on every page it runs over, its number columns
    flush right: the packets' ``data_table`` where the columns fit the page in its type, a
    smaller type where they would not (a list of a dozen columns)."""
    # A text column right of a number column stands a little apart from it, so that
    # "0" and "0 excused absences" do not read as one cell.
    apart = frozenset(index for index in range(1, len(columns))
                      if index - 1 in numeric and index not in numeric)
    widths = _widths(columns, rows, _NORMAL, apart)
    if widths is not None:
        table = _aligned(data_table(columns, rows, widths), numeric)
        if rows and apart:
            table.setStyle(TableStyle([("LEFTPADDING", (index, 0), (index, -1), _APART)
                                       for index in apart]))
        return table
    widths = (_widths(columns, rows, _SMALL, apart)
              or _squeezed(columns, rows, _SMALL, apart))
    head, cell = _SMALL
    right = ParagraphStyle(f"{cell.name}-right", parent=cell, alignment=TA_RIGHT)
    data = [[paragraph(markup(text), head) for text in columns]]
    data += [[paragraph(markup(text), right if index in numeric else cell)
              for index, text in enumerate(row)] for row in rows]
    table = PlatypusTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(data_table_style(_SMALL_PADDING, 1.5, [
        ("LEFTPADDING", (index, 0), (index, -1), _APART) for index in apart]))
    return table


Styles = tuple[ParagraphStyle, ParagraphStyle]
_NORMAL: Styles = (STYLES["cell_head"], STYLES["cell"])
#: For a list too wide for the page in the packets' type.
_SMALL: Styles = (
    ParagraphStyle("cell_head_small", parent=STYLES["cell_head"], fontSize=6.8, leading=8),
    ParagraphStyle("cell_small", parent=STYLES["cell"], fontSize=7, leading=8.4))
_SMALL_PADDING = 2.0
#: The left padding of a text column right of a number column.
_APART = 10.0


def _bounds(columns: Sequence[str], rows: Sequence[Sequence[str]], styles: Styles,
            apart: frozenset[int]) -> tuple[list[float], list[float], list[int]]:
    """Each column's least width (its widest word), the width it needs unwrapped (its
    header may wrap at its spaces, "Record / number", before a cell has to), and the
    length of its longest text."""
    head, cell = styles
    sample = rows[:500]
    least: list[float] = []
    most: list[float] = []
    longest: list[int] = []
    for index, header in enumerate(columns):
        cells = [row[index] for row in sample if index < len(row)]
        longest.append(max(len(text) for text in [header, *cells]))
        word = max([_measure(word, head) for word in header.split()]
                   + [_measure(word, cell) for text in cells for word in text.split()]
                   + [0.0])
        pad = _PAD + (_APART if index in apart else 0.0)
        least.append(word + pad)
        most.append(max([word, *(_measure(text, cell) for text in cells)]) + pad)
    return least, most, longest


def _widths(columns: Sequence[str], rows: Sequence[Sequence[str]], styles: Styles,
            apart: frozenset[int] = frozenset()) -> list[float] | None:
    """Column widths across the page: a column of short text (names, record numbers,
    dates, counts) as wide as its longest cell where the line has room, so it does not
    wrap; the columns of long text (a reason) keep at least ``_LONG_SHARE`` of the line and
    share what is left by their length. Where the short columns do not all fit, the widest
    of them narrow first (``_common_cap``): a date or a code never wraps so that a long
    name need not. None when even the widest words do not fit side by side."""
    least, most, longest = _bounds(columns, rows, styles, apart)
    if sum(least) > CONTENT_WIDTH:
        return None
    short = [length <= _SHORT for length in longest]
    lengths = [min(length, 80) for length, is_short in zip(longest, short, strict=True)
               if not is_short]
    short_least = sum(lo for lo, is_short in zip(least, short, strict=True) if is_short)
    short_most = sum(hi for hi, is_short in zip(most, short, strict=True) if is_short)
    long_room = 0.0
    if lengths:
        long_least = sum(lo for lo, is_short in zip(least, short, strict=True) if not is_short)
        long_room = min(max(CONTENT_WIDTH - short_most, CONTENT_WIDTH * _LONG_SHARE,
                            long_least), CONTENT_WIDTH - short_least)
    cap = _common_cap([(lo, hi) for lo, hi, s in zip(least, most, short, strict=True) if s],
                      CONTENT_WIDTH - long_room)
    widths = [min(hi, max(lo, cap)) for lo, hi in zip(least, most, strict=True)]
    rest = CONTENT_WIDTH - sum(w for w, s in zip(widths, short, strict=True) if s)
    share = sum(lengths) or 1
    found = [width if is_short else max(rest * min(length, 80) / share, lo)
             for width, length, is_short, lo in zip(widths, longest, short, least,
                                                    strict=True)]
    scale = min(1.0, CONTENT_WIDTH / (sum(found) or 1.0))
    return [width * scale for width in found]


def _squeezed(columns: Sequence[str], rows: Sequence[Sequence[str]], styles: Styles,
              apart: frozenset[int]) -> list[float]:
    """The last resort for a table whose words cannot all fit side by side: each column
    in proportion to its widest word (ReportLab breaks the words that still do not fit)."""
    least, _most, _longest = _bounds(columns, rows, styles, apart)
    return [CONTENT_WIDTH * width / sum(least) for width in least]


def _common_cap(bounds: Sequence[tuple[float, float]], room: float) -> float:
    """The width ``cap`` at which columns of widths ``min(most, max(least, cap))`` fill
    ``room`` (each ``(least, most)``): found by halving, as the total grows with ``cap``."""
    if not bounds or sum(most for _least, most in bounds) <= room:
        return math.inf
    low, high = 0.0, max(most for _least, most in bounds)
    for _ in range(40):
        middle = (low + high) / 2
        used = sum(min(most, max(least, middle)) for least, most in bounds)
        low, high = (middle, high) if used <= room else (low, middle)
    return low


def _measure(text: str, style: ParagraphStyle) -> float:
    return float(text_width(text, style.fontName, style.fontSize))


_RIGHT: dict[str, ParagraphStyle] = {}


def _aligned(table: Flowable, numeric: frozenset[int]) -> Flowable:
    """``table`` (from ``data_table``) with its number columns set flush right, so digits
    line up; an empty table ("None recorded") is returned as it is."""
    cells = getattr(table, "_cellvalues", None)
    if not cells or not numeric:
        return table
    for row in cells:
        for index in numeric:
            if index < len(row) and hasattr(row[index], "style"):
                style = row[index].style
                if style.name not in _RIGHT:
                    _RIGHT[style.name] = ParagraphStyle(f"{style.name}-right", parent=style,
                                                        alignment=TA_RIGHT)
                row[index].style = _RIGHT[style.name]
    return table


def chart_block(chart: Chart) -> Flowable:
    """The chart's title, drawing and description, kept on one page."""
    parts: list[Flowable] = [paragraph(markup(chart.title), STYLES["heading"]),
                             chart_drawing(chart, CONTENT_WIDTH, CHART_HEIGHT)]
    if chart.description:
        parts += [Spacer(1, 3), paragraph(markup(chart.description), STYLES["small"])]
    parts.append(Spacer(1, 4))
    return KeepTogether(parts)


# --- the chart itself ---------------------------------------------------------------------

def _colour(index: int) -> Color:
    return HexColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])


def _width(text: str, size: float) -> float:
    return float(stringWidth(text, FONTS.regular, size))


def nice_ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round values from at or below ``low`` to at or above ``high``, at most ``most``
    steps apart of 1, 2, 2.5 or 5 times a power of ten."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(factor * power for factor in (1, 2, 2.5, 5, 10) if factor * power >= raw)
    start = math.floor(low / step + 1e-9) * step
    ticks = [start]
    while ticks[-1] < high - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def axis_label(value: float, unit: Unit) -> str:
    if unit is Unit.PERCENT:
        return f"{value * 100:.0f} %"
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:g}"


def chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """``chart`` on a ``width`` x ``height`` drawing: the legend across the top, the value
    axis's title above the plot, grid lines at round values, the x labels as many as fit
    and the x axis's title below them."""
    drawing = Drawing(width, height)
    points = len(chart.x)
    series = [found for found in chart.series if len(found.values) == points]
    if not points or not series:
        drawing.add(String(0, height / 2, "Nothing to chart.", fontName=FONTS.regular,
                           fontSize=8, fillColor=_MUTED))
        return drawing
    legend_bottom = _draw_legend(drawing, chart, series, width, height)
    values = [value for found in series for value in found.values]
    if chart.kind is ChartKind.STACKED_AREA:
        values = [sum(found.values[index] for found in series) for index in range(points)]
    low = min(0.0, *values)
    high = max(0.0, *values)
    ticks = nice_ticks(low, chart.y_max if chart.y_max is not None else high)
    if chart.y_max is not None:
        ticks = [tick for tick in ticks if tick <= chart.y_max + 1e-9]
        if ticks[-1] < chart.y_max:
            ticks.append(chart.y_max)
    labels = [axis_label(tick, chart.y_unit) for tick in ticks]
    left = max(_width(label, _TICK_SIZE) for label in labels) + 6
    right = width - 4
    bottom = 8 + _TICK_SIZE + 10
    top = legend_bottom - 16
    drawing.add(String(0, top + 7, chart.y_title, fontName=FONTS.regular,
                       fontSize=_LEGEND_SIZE, fillColor=_MUTED))
    span = ticks[-1] - ticks[0]

    def y_of(value: float) -> float:
        return bottom + (value - ticks[0]) / span * (top - bottom)

    for tick, label in zip(ticks, labels, strict=True):
        drawing.add(Line(left, y_of(tick), right, y_of(tick), strokeColor=_GRID,
                         strokeWidth=0.5))
        drawing.add(String(left - 3, y_of(tick) - _TICK_SIZE * 0.35, label,
                           fontName=FONTS.regular, fontSize=_TICK_SIZE, fillColor=_MUTED,
                           textAnchor="end"))
    x_of, slot = _x_scale(chart, left, right)
    if chart.kind is ChartKind.BAR:
        _draw_bars(drawing, series, x_of, slot, y_of)
    elif chart.kind is ChartKind.STACKED_AREA:
        _draw_areas(drawing, chart, series, x_of, y_of)
    else:
        _draw_lines(drawing, chart, series, x_of, y_of)
    drawing.add(Line(left, y_of(0.0), right, y_of(0.0), strokeColor=_INK, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left, top, strokeColor=_INK, strokeWidth=0.7))
    _draw_x_labels(drawing, chart, x_of, bottom, width)
    drawing.add(String((left + right) / 2, 1, chart.x_title, fontName=FONTS.regular,
                       fontSize=_LEGEND_SIZE, fillColor=_MUTED, textAnchor="middle"))
    return drawing


def _x_scale(chart: Chart, left: float,
             right: float) -> tuple[Callable[[int], float], float]:
    """Where point ``index`` sits across the plot, and the width of one bar group."""
    count = len(chart.x)
    if chart.kind is ChartKind.BAR:
        slot = (right - left) / count
        return (lambda index: left + slot * (index + 0.5)), slot
    first, last = min(chart.x), max(chart.x)
    inset = 4.0
    if last == first:
        return (lambda index: (left + right) / 2), 0.0
    room = right - left - 2 * inset
    return (lambda index: left + inset + (chart.x[index] - first) / (last - first) * room), 0.0


def _draw_legend(drawing: Drawing, chart: Chart, series: Sequence[Series], width: float,
                 height: float) -> float:
    """A swatch and the name of each series, in rows across the top; the y under them."""
    x, y = 0.0, height - _LEGEND_SIZE - 1
    for index, found in enumerate(series):
        name = found.name
        needed = 14 + _width(name, _LEGEND_SIZE) + 12
        if x and x + needed > width:
            x, y = 0.0, y - _LEGEND_SIZE - 4
        colour = _colour(index)
        if chart.kind in (ChartKind.LINE, ChartKind.STEP):
            drawing.add(Line(x, y + 2.5, x + 10, y + 2.5, strokeColor=colour,
                             strokeWidth=1.6))
        else:
            drawing.add(Rect(x, y - 0.5, 10, 6.5, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 14, y, name, fontName=FONTS.regular, fontSize=_LEGEND_SIZE,
                           fillColor=_INK))
        x += needed
    return y


def _draw_lines(drawing: Drawing, chart: Chart, series: Sequence[Series],
                x_of: Callable[[int], float], y_of: Callable[[float], float]) -> None:
    for number, found in enumerate(series):
        values = found.values
        coordinates: list[float] = []
        for index, value in enumerate(values):
            if chart.kind is ChartKind.STEP and index:
                # A survival curve: the last value holds until this point, then drops.
                coordinates += [x_of(index), y_of(values[index - 1])]
            coordinates += [x_of(index), y_of(value)]
        colour = _colour(number)
        if len(values) > 1:
            drawing.add(PolyLine(coordinates, strokeColor=colour, strokeWidth=1.4))
        if chart.kind is ChartKind.LINE and len(values) <= 40:
            for index, value in enumerate(values):
                drawing.add(Circle(x_of(index), y_of(value), 1.8, fillColor=colour,
                                   strokeColor=HexColor("#ffffff"), strokeWidth=0.4))


def _draw_areas(drawing: Drawing, chart: Chart, series: Sequence[Series],
                x_of: Callable[[int], float], y_of: Callable[[float], float]) -> None:
    """Each series stacked on the ones before it, as a filled band."""
    below = [0.0] * len(chart.x)
    for number, found in enumerate(series):
        values = found.values
        above = [base + value for base, value in zip(below, values, strict=True)]
        outline = [coordinate for index, value in enumerate(above)
                   for coordinate in (x_of(index), y_of(value))]
        outline += [coordinate for index in range(len(below) - 1, -1, -1)
                    for coordinate in (x_of(index), y_of(below[index]))]
        drawing.add(Polygon(outline, fillColor=_colour(number),
                            strokeColor=HexColor("#ffffff"), strokeWidth=0.5))
        below = above


def _draw_bars(drawing: Drawing, series: Sequence[Series], x_of: Callable[[int], float],
               slot: float, y_of: Callable[[float], float]) -> None:
    """One group per x label, a bar per series side by side in it."""
    group = slot * 0.75
    bar = group / len(series)
    for number, found in enumerate(series):
        values = found.values
        for index, value in enumerate(values):
            if not value:
                continue  # no bar, not a hairline
            x = x_of(index) - group / 2 + number * bar
            low, high = sorted((y_of(0.0), y_of(value)))
            drawing.add(Rect(x + 0.4, low, max(bar - 0.8, 0.6), high - low,
                             fillColor=_colour(number), strokeColor=None))


def _draw_x_labels(drawing: Drawing, chart: Chart, x_of: Callable[[int], float],
                   bottom: float, width: float) -> None:
    """A tick under every point and its label under as many as have room, from the left;
    the last point's label always (over its neighbour's when they would touch)."""
    spans: list[tuple[int, float, float]] = []
    for index, label in enumerate(chart.x_labels[:len(chart.x)]):
        half = _width(label, _TICK_SIZE) / 2
        middle = min(max(x_of(index), half), width - half)
        spans.append((index, middle - half, middle + half))
        drawing.add(Line(x_of(index), bottom, x_of(index), bottom - 2.5, strokeColor=_INK,
                         strokeWidth=0.5))
    chosen: list[tuple[int, float, float]] = []
    for span in spans:
        if not chosen or span[1] > chosen[-1][2] + 5:
            chosen.append(span)
    if spans and chosen[-1] is not spans[-1]:
        while chosen and chosen[-1][2] + 5 > spans[-1][1]:
            chosen.pop()
        chosen.append(spans[-1])
    for index, start, _end in chosen:
        drawing.add(String(start, bottom - 3 - _TICK_SIZE, chart.x_labels[index],
                           fontName=FONTS.regular, fontSize=_TICK_SIZE, fillColor=_MUTED))
