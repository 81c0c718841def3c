"""A report sheet on screen: what it counts, its figures as cards, its charts and tables.

Everything shown comes from the ``ReportSheet`` the service returned (the CSV file and the
PDF print the same sheet): the cards print a figure as ``figure_text`` does, the charts
draw the sheet's series, the tables its rows. The sheet's words are written in English by
the services and shown here in the user's language (``shown``).
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QTableView, QWidget

from coordinator.reports.outcome_data import (
    Chart,
    Figure,
    ReportSheet,
    Table,
    Unit,
    figure_text,
)
from coordinator.ui.layouts import NO_MARGINS, column
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.reports.chart import CHART_HEIGHT, ReportChart, is_empty
from coordinator.ui.reports.models import TextRowsModel
from coordinator.ui.reports.shown_text import shown
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import fit_rows, list_table

#: Cards in one row at most; more figures wrap into rows of even length.
CARDS_PER_ROW = 5
#: A table shows this many rows before it scrolls (inside the sheet's own scrolling).
TABLE_ROWS_SHOWN = 12


def value_text(figure: Figure) -> str:
    """The figure's value alone, as printed ("87.5 %", "3 days", "12"), in the user's
    language."""
    if figure.value is not None and figure.unit is Unit.DAYS:
        if figure.value == 1:
            return translate("ReportSheetPanel", "1 day")
        return arg(translate("ReportSheetPanel", "%1 days"), f"{figure.value:g}")
    if figure.value is not None and figure.unit is Unit.POINTS:
        return arg(translate("ReportSheetPanel", "%1 points"), f"{figure.value:+.1f}")
    return figure_text(replace(figure, numerator=None, denominator=None))


def card_text(figure: Figure) -> str:
    """The value and its fraction, as a screen reader hears the card."""
    fraction = fraction_text(figure)
    return f"{value_text(figure)} ({fraction})" if fraction else value_text(figure)


def fraction_text(figure: Figure) -> str:
    """ "7 of 8" for a rate, else ""."""
    if figure.numerator is None or figure.denominator is None:
        return ""
    return arg(translate("ReportSheetPanel", "%1 of %2"),
               QLocale().toString(figure.numerator), QLocale().toString(figure.denominator))


def list_button_text(rows: int) -> str:
    if rows == 1:
        return translate("ReportSheetPanel", "Show the 1 client")
    return arg(translate("ReportSheetPanel", "Show the %1 clients"), QLocale().toString(rows))


def _label(text: str, name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class FigureCard(QFrame):
    """One headline figure: its label, value, fraction and detail, and the button that
    opens the clients behind it (when the sheet lists them)."""

    list_requested = Signal(str)
    """The person asked for the clients behind the figure: ``(list key)``."""

    def __init__(self, figure: Figure, listed: int | None,
                 parent: QWidget | None = None) -> None:
        """``listed``: how many rows the figure's list has, None when it has none."""
        super().__init__(parent)
        self.figure = figure
        self.setObjectName("numberCard")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        label, detail = shown(figure.label), shown(figure.detail)
        self.setAccessibleName(arg(translate("ReportSheetPanel", "%1: %2"), label,
                                   card_text(figure)))
        if detail:
            self.setAccessibleDescription(detail)
        self.caption = _label(label, "cardCaption")
        self.value_label = _label(value_text(figure), "cardNumber", wrap=False)
        self.fraction_label = _label(fraction_text(figure), "cardFraction")
        self.detail_label = _label(detail, "quietNote")
        parts: list[QWidget] = [self.caption, self.value_label]
        if self.fraction_label.text():
            parts.append(self.fraction_label)
        if figure.detail:
            parts.append(self.detail_label)
        self.list_button: QPushButton | None = None
        if figure.list_key and listed is not None:
            self.list_button = QPushButton(list_button_text(listed) if listed
                                           else translate("ReportSheetPanel", "No clients to list"))
            self.list_button.setAccessibleName(
                arg(translate("ReportSheetPanel", "Show the clients behind %1"), label))
            self.list_button.setEnabled(listed > 0)
            self.list_button.clicked.connect(lambda: self.list_requested.emit(figure.list_key))
        box = column(self, *parts, margins=(16, 12, 16, 12), spacing=2)
        box.addStretch(1)
        if self.list_button is not None:
            box.addSpacing(6)
            box.addWidget(self.list_button, 0, Qt.AlignmentFlag.AlignLeft)


class EmptyChart(QFrame):
    """In place of a chart with nothing to draw: its title and the sheet's sentence."""

    def __init__(self, chart: Chart, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberCard")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(arg(translate("ReportSheetPanel", "Chart: %1"),
                                   shown(chart.title)))
        self.setAccessibleDescription(sentence)
        title = _label(shown(chart.title), "sectionTitle")
        self.sentence = _label(sentence, "quietNote")
        column(self, title, self.sentence, margins=(16, 12, 16, 12), spacing=6).addStretch(1)
        self.setMinimumHeight(CHART_HEIGHT // 2)


class SheetPanel(QWidget):
    """The sheet shown, replaced whole by ``show_sheet``."""

    list_requested = Signal(str)
    """A card's "Show the N clients" was pressed: ``(list key)``."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        """``hint``: what the panel says before the first report is shown."""
        super().__init__(parent)
        self.setObjectName("reportSheet")
        self.sheet: ReportSheet | None = None
        self.cards: list[FigureCard] = []
        self.charts: list[ReportChart] = []
        self.empty_charts: list[EmptyChart] = []
        self.chart_widgets: list[QWidget] = []  # drawn and empty ones, in the sheet's order
        self.tables: list[QTableView] = []
        self.hint = _label(hint, "quietNote")
        self._box = column(self, self.hint, margins=NO_MARGINS, spacing=12)
        self._box.addStretch(1)
        self._content: QWidget | None = None

    def focus_order(self) -> list[QWidget]:
        """What Tab reaches in the sheet, in the order the eye reads it: each card and its
        button, row by row, then the charts, then the tables."""
        order: list[QWidget] = []
        for card in self.cards:
            order.append(card)
            if card.list_button is not None:
                order.append(card.list_button)
        order += self.chart_widgets
        order += self.tables
        return order

    def clear(self) -> None:
        self.sheet = None
        self.cards, self.charts, self.empty_charts, self.tables = [], [], [], []
        self.chart_widgets = []
        if self._content is not None:
            self._box.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
            self._content = None

    def show_sheet(self, sheet: ReportSheet) -> None:
        self.clear()
        self.sheet = sheet
        content = QWidget()
        heading = _label(shown(sheet.title), "sectionTitle")
        judged_text = arg(translate("ReportSheetPanel", "%1 to %2, judged on %3. %4."),
                          date_text(sheet.first_day), date_text(sheet.last_day),
                          date_text(sheet.as_of), shown(sheet.filters))
        self.judged_label = judged = _label(judged_text, "quietNote")
        definition = _label(shown(sheet.definition), "reportDefinition")
        definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        parts: list[QWidget | QGridLayout] = [heading, judged, definition]
        if sheet.note:
            self.note_label = _label(shown(sheet.note), "reportNote")
            font = QFont(self.note_label.font())
            font.setBold(True)
            self.note_label.setFont(font)
            parts.append(self.note_label)
        if sheet.figures:
            parts.append(self._cards(sheet))
        if sheet.charts:
            parts.append(self._charts(sheet))
        for table in sheet.tables:
            parts.extend(self._table(table))
        column(content, *parts, margins=NO_MARGINS, spacing=10)
        self.hint.hide()
        self._box.insertWidget(0, content)
        self._content = content

    def _cards(self, sheet: ReportSheet) -> QGridLayout:
        """The figures as cards, up to ``CARDS_PER_ROW`` a row and as many as fit the
        panel's width whole (a card is never narrower than its button's words: Spanish
        runs about a quarter longer than English), the rows evened out."""
        listed = {found.key: found.size for found in sheet.lists}
        cards = [FigureCard(figure, listed.get(figure.list_key)) for figure in sheet.figures]
        spacing = 12
        widest = max(card.minimumSizeHint().width() for card in cards)
        fit = max(1, min(CARDS_PER_ROW, (self.width() + spacing) // (widest + spacing)))
        rows = math.ceil(len(cards) / fit)
        per_row = math.ceil(len(cards) / rows)
        grid = QGridLayout()
        grid.setSpacing(spacing)
        for number, card in enumerate(cards):
            card.list_requested.connect(self.list_requested)
            grid.addWidget(card, number // per_row, number % per_row)
            self.cards.append(card)
        for place in range(per_row):
            grid.setColumnStretch(place, 1)
        return grid

    def _charts(self, sheet: ReportSheet) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        per_row = 1 if len(sheet.charts) == 1 else 2
        sentence = shown(sheet.note) or translate("ReportSheetPanel",
                                           "Nothing to draw for this period and these filters.")
        for number, chart in enumerate(sheet.charts):
            widget: QWidget
            if is_empty(chart):
                empty = EmptyChart(chart, sentence)
                self.empty_charts.append(empty)
                widget = empty
            else:
                drawn = ReportChart(chart)
                self.charts.append(drawn)
                widget = drawn
            grid.addWidget(widget, number // per_row, number % per_row)
            self.chart_widgets.append(widget)
        for place in range(per_row):
            grid.setColumnStretch(place, 1)
        return grid

    def _table(self, table: Table) -> tuple[QWidget, ...]:
        title = _label(shown(table.title), "sectionTitle")
        view = list_table("reportTable", shown(table.title))
        view.setModel(TextRowsModel(table.columns, table.rows, table.numeric, view))
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        view.resizeColumnsToContents()
        header.setSectionResizeMode(header.ResizeMode.Interactive)
        # As wide as its columns (a short breakdown does not stretch across the sheet).
        scroll_bar = (view.verticalScrollBar().sizeHint().width()
                      if len(table.rows) > TABLE_ROWS_SHOWN else 0)
        view.setMaximumWidth(header.length() + 2 * view.frameWidth() + scroll_bar + 2)
        fit_rows(view, len(table.rows), TABLE_ROWS_SHOWN)
        if not table.rows:
            view.deleteLater()
            nothing = translate("ReportSheetPanel", "No rows for this period and these filters.")
            return title, _label(nothing, "quietNote")
        self.tables.append(view)
        return title, view
