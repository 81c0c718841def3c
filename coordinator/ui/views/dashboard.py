"""The Dashboard: today's census, and what the dashboard will show as releases arrive."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.dashboard import Census
from coordinator.services.notify import Change
from coordinator.ui.changes import topics
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure

# Record kinds whose changes move the census.
CENSUS_TOPICS = {"client", "episode", "transition", "referral", "level_of_care"}


class NumberCard(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberCard")
        self.caption = caption
        self.number = QLabel("–")
        self.number.setObjectName("cardNumber")
        label = QLabel(caption)
        label.setObjectName("cardCaption")
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(label)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_number(self, value: int, *, alert: bool = False) -> None:
        self.number.setText(QLocale().toString(value))
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleName(f"{self.caption}: {value}")


class DashboardView(QWidget):
    """Census cards, clients per level of care, and what is coming next."""

    census_loaded = Signal(object)
    """The census was read and is shown: ``(Census)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("dashboardView")
        self._loaded_once = False

        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("viewTitle")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.setToolTip(self.tr("Read the census again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.refresh_button)

        self.active_card = NumberCard(self.tr("Active clients"))
        self.open_card = NumberCard(self.tr("Open referrals"))
        self.overdue_card = NumberCard(self.tr("Referrals past their follow-up date"))
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for card in (self.active_card, self.open_card, self.overdue_card):
            cards.addWidget(card, 1)

        levels_title = QLabel(self.tr("Clients by level of care"))
        levels_title.setObjectName("sectionTitle")
        self.levels = QTableWidget(0, 3)
        self.levels.setObjectName("levelTable")
        self.levels.setAccessibleName(self.tr("Clients by level of care"))
        self.levels.setHorizontalHeaderLabels(
            [self.tr("Level of care"), self.tr("Code"), self.tr("Clients")])
        self.levels.verticalHeader().hide()
        self.levels.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.levels.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.levels.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.levels.setShowGrid(False)
        self.levels.setAlternatingRowColors(True)
        self.levels.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.levels.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        level_header = self.levels.horizontalHeader()
        level_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        level_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        level_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        level_header.setHighlightSections(False)
        level_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter)
        clients_header = self.levels.horizontalHeaderItem(2)
        clients_header.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter)

        coming = QFrame()
        coming.setObjectName("comingCard")
        coming_title = QLabel(self.tr("Coming to this dashboard"))
        coming_title.setObjectName("sectionTitle")
        coming_text = QLabel("<ul style='margin-left:-20px'>" + "".join(
            f"<li style='margin-bottom:6px'>{item}</li>" for item in (
                self.tr("<b>Open transition clocks</b> — step-down windows and follow-up "
                        "after hospitalization (FUH, FUI, IET), sorted by days left."),
                self.tr("<b>Overdue referrals</b> — each referral past its follow-up date, "
                        "with the client and the resource."),
                self.tr("<b>Safety alerts</b> — a PHQ-9 item 9 answer above zero, high "
                        "C-SSRS risk, and other flags that need a call today."),
                self.tr("<b>Assessments due</b> — PHQ-9, GAD-7 and PCL-5 follow-ups that "
                        "are due or late."),
            )) + "</ul>")
        coming_text.setWordWrap(True)
        coming_text.setTextFormat(Qt.TextFormat.RichText)
        coming_text.setAccessibleName(self.tr("What is coming to this dashboard"))
        coming_layout = QVBoxLayout(coming)
        coming_layout.setContentsMargins(20, 16, 20, 12)
        coming_layout.addWidget(coming_title)
        coming_layout.addWidget(coming_text)
        coming_layout.addStretch(1)

        self.status = QLabel()
        self.status.setObjectName("quietNote")

        lower = QGridLayout()
        lower.setHorizontalSpacing(16)
        lower.addWidget(levels_title, 0, 0)
        lower.addWidget(self.levels, 1, 0)
        lower.addWidget(coming, 0, 1, 2, 1)
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addLayout(lower)
        layout.addWidget(self.status)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.refresh_button)

        ui.changes.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        self._loaded_once = True
        self.status.setText(self.tr("Reading the census…"))
        self.ui.operations.call(self, self.ui.services.dashboard.census, done=self.show_census,
                                failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The census could not be read."))
        report_failure(self.ui.dialogs, self, error)

    def show_census(self, census: Census) -> None:
        self.active_card.set_number(census.active_clients)
        self.open_card.set_number(census.open_referrals)
        self.overdue_card.set_number(census.overdue_referrals,
                                     alert=census.overdue_referrals > 0)
        self.levels.setRowCount(len(census.by_level))
        for row, level in enumerate(census.by_level):
            count = QTableWidgetItem(QLocale().toString(level.clients))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(
                    (QTableWidgetItem(level.name), QTableWidgetItem(level.code), count)):
                self.levels.setItem(row, column, item)
        height = self.levels.horizontalHeader().height() + 2 * self.levels.frameWidth()
        height += sum(self.levels.rowHeight(row) for row in range(self.levels.rowCount()))
        self.levels.setFixedHeight(height)
        in_care = sum(level.clients for level in census.by_level)
        self.status.setText(self.tr("%1 of %2 active clients are in an active episode of care.")
                            .replace("%1", QLocale().toString(in_care))
                            .replace("%2", QLocale().toString(census.active_clients)))
        self.census_loaded.emit(census)

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if self._loaded_once and topics(batch) & CENSUS_TOPICS:
            self.refresh()
