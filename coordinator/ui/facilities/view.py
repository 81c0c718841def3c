"""The Facilities view: partner facilities and our own programs, with add, edit and archive.

A clinic has tens of facilities, not thousands, so the whole filtered list is read at once
(on a worker) and shown with precise row updates; filters and search ask the service again.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.care.dto import LevelView
from coordinator.services.facilities import FacilityQuery, FacilityView
from coordinator.services.notify import Topic
from coordinator.ui.context import UiContext
from coordinator.ui.facilities.dialog import FacilityDialog
from coordinator.ui.facilities.model import FacilityTableModel, kind_choices
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.views.table_models import list_table

SEARCH_DELAY_MS = 250


def read_facilities(services: AppServices, query: FacilityQuery
                    ) -> tuple[list[FacilityView], list[LevelView]]:
    """The facilities of ``query`` and the levels of care (runs on a worker)."""
    return services.facilities.list_facilities(query), services.levels.list_levels()


class FacilitiesView(RefreshOnShow, QWidget):
    """Search, filters, the facility table and New / Edit / Archive."""

    refresh_topics = frozenset({Topic.FACILITY, Topic.LEVEL_OF_CARE})

    facilities_loaded = Signal(int)
    """The list was read and is shown: ``(number of facilities listed)``."""
    dialog_opened = Signal(QDialog)
    """A facility form opened: ``(dialog)``."""
    facility_saved = Signal(object)
    """A facility was added or edited from this view: ``(FacilityView)``."""
    facility_archived = Signal(object)
    """A facility was archived from this view: ``(FacilityView)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("facilitiesView")
        self._generation = 0
        self._select_after_load: int | None = None
        self.levels: list[LevelView] = []
        may_edit = ui.may(Permission.EDIT_REFERENCE)

        title = QLabel(self.tr("Facilities"))
        title.setObjectName("viewTitle")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("facilitySearch")
        self.search_box.setPlaceholderText(
            self.tr("Search by name, city, intake contact or notes"))
        self.search_box.setAccessibleName(self.tr("Search facilities"))
        self.search_box.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)

        self.new_button = QPushButton(self.tr("&New facility…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("New facility"))
        self.new_button.setToolTip(self.tr("Add a partner facility or program (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_facility)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected facility"))
        self.edit_button.setToolTip(self.tr("Edit the selected facility (Enter on a row)"))
        self.edit_button.clicked.connect(self.edit_facility)
        self.archive_button = QPushButton(self.tr("A&rchive…"))
        self.archive_button.setAccessibleName(self.tr("Archive the selected facility"))
        self.archive_button.setToolTip(self.tr(
            "Take the facility off the lists; past episodes keep its name"))
        self.archive_button.clicked.connect(self.archive_facility)
        for button in (self.new_button, self.edit_button, self.archive_button):
            button.setVisible(may_edit)

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("Any kind"), None)
        for text, value in kind_choices():
            self.kind_filter.addItem(text, value)
        self.kind_filter.currentIndexChanged.connect(self._search_now)
        self.level_filter = QComboBox()
        self.level_filter.setObjectName("facilityLevelFilter")
        self.level_filter.setAccessibleName(self.tr("Filter by level of care offered"))
        self.level_filter.addItem(self.tr("Any level"), None)
        self.level_filter.setMinimumWidth(170)
        self.level_filter.currentIndexChanged.connect(self._search_now)
        self.referrals_filter = QCheckBox(self.tr("Accepting &referrals only"))
        self.referrals_filter.setAccessibleName(self.tr("Only facilities accepting referrals"))
        self.referrals_filter.toggled.connect(self._search_now)

        self.model = FacilityTableModel(self)
        self.table = list_table("facilityTable", self.tr("Facilities"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((300, 160, 130, 140, 140, 135)):
            self.table.setColumnWidth(column, width)
        # The name takes what the fixed columns leave, so nothing needs a sideways scroll.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_facility())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()
        self.count_label.setObjectName("quietNote")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._search_timer.start)
        for key, slot in ((QKeySequence.StandardKey.New, self.new_facility),
                          (QKeySequence.StandardKey.Find, self.search_box.setFocus)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)
        top.addSpacing(12)
        for button in (self.new_button, self.edit_button, self.archive_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Kind:"), self.kind_filter),
                            (self.tr("&Level:"), self.level_filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(12)
        filters.addWidget(self.referrals_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        order: list[QWidget] = [self.search_box, self.new_button, self.edit_button,
                                self.archive_button, self.kind_filter, self.level_filter,
                                self.referrals_filter, self.table]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.search_box)
        self.watch_changes(ui)
        self._update_buttons()

    # Loading -------------------------------------------------------------------------------

    def current_query(self) -> FacilityQuery:
        return FacilityQuery(
            text=self.search_box.text(), kind=self.kind_filter.currentData(),
            level_code=self.level_filter.currentData(),
            accepts_referrals=True if self.referrals_filter.isChecked() else None)

    def refresh(self) -> None:
        self._search_timer.stop()
        self._loaded_once = True
        self._generation += 1
        generation = self._generation
        self.ui.operations.call(
            self, read_facilities, self.ui.services, self.current_query(),
            done=lambda result: self._show(generation, *result))

    def _search_now(self) -> None:
        if self._loaded_once:
            self.refresh()

    def _show(self, generation: int, facilities: list[FacilityView],
              levels: list[LevelView]) -> None:
        if generation != self._generation:
            return
        self._show_levels(levels)
        self.model.replace_rows(facilities)
        if self._select_after_load is not None:
            self.select_facility(self._select_after_load)
            self._select_after_load = None
        count = len(facilities)
        self.count_label.setText(
            self.tr("No facility matches.") if not count else
            self.tr("1 facility listed.") if count == 1 else
            self.tr("%1 facilities listed.").replace("%1", str(count)))
        self._update_buttons()
        self.facilities_loaded.emit(count)

    def _show_levels(self, levels: list[LevelView]) -> None:
        if [level.code for level in levels] == [level.code for level in self.levels]:
            return
        self.levels = levels
        chosen = self.level_filter.currentData()
        self.level_filter.blockSignals(True)
        while self.level_filter.count() > 1:
            self.level_filter.removeItem(1)
        for level in levels:
            self.level_filter.addItem(level.name, level.code)
        self.level_filter.setCurrentIndex(max(self.level_filter.findData(chosen), 0))
        self.level_filter.blockSignals(False)

    # Acting on a facility ------------------------------------------------------------------

    def selected_facility(self) -> FacilityView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_facility(self, facility_id: int) -> None:
        row = self.model.row_of(facility_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_facility() is not None
        self.edit_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)

    def new_facility(self) -> FacilityDialog | None:
        if not self.ui.may(Permission.EDIT_REFERENCE):
            return None
        return self._open(None)

    def edit_facility(self) -> FacilityDialog | None:
        facility = self.selected_facility()
        if facility is None or not self.ui.may(Permission.EDIT_REFERENCE):
            return None
        return self._open(facility)

    def _open(self, facility: FacilityView | None) -> FacilityDialog:
        dialog = FacilityDialog(self.ui, facility, self.levels, self.window())
        dialog.saved.connect(self._saved)
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog

    def _saved(self, facility: FacilityView) -> None:
        # The list reloads on the change notification; the saved row is chosen then.
        self._select_after_load = facility.id
        self.facility_saved.emit(facility)

    def archive_facility(self) -> None:
        facility = self.selected_facility()
        if facility is None or not self.ui.may(Permission.EDIT_REFERENCE):
            return
        if not self.ui.dialogs.question(
                self, self.tr("Archive facility"),
                self.tr("Archive %1? It leaves the facility lists and pickers; episodes and "
                        "transitions that name it keep it.").replace("%1", facility.name),
                yes_text=self.tr("&Archive"), no_text=self.tr("&Keep")):
            return
        facilities, facility_id, version = (self.ui.services.facilities, facility.id,
                                            facility.version)
        self.ui.operations.call(self, facilities.archive, facility_id, version,
                                done=self.facility_archived.emit)
