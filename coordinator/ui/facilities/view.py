"""The Facilities view: partner facilities and our own programs, with add, edit and archive.

A clinic has tens of facilities, not thousands, so the whole filtered list is read at once
(on a worker) and shown with precise row updates; filters and search ask the service again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QWidget

from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.care.dto import LevelView
from coordinator.services.facilities import FacilityQuery, FacilityView
from coordinator.services.notify import Topic
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.facilities.dialog import FacilityDialog
from coordinator.ui.facilities.model import FacilityTableModel, kind_choices
from coordinator.ui.layouts import view_column
from coordinator.ui.placeholders import arg
from coordinator.ui.views.search_list import SearchListView, set_choices
from coordinator.ui.views.table_models import list_table

FacilitiesRead = tuple[list[FacilityView], list[LevelView]]


def read_facilities(services: AppServices, query: FacilityQuery) -> FacilitiesRead:
    """The facilities of ``query`` and the levels of care (runs on a worker)."""
    return services.facilities.list_facilities(query), services.levels.list_levels()


class FacilitiesView(SearchListView):
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
        super().__init__(ui, name="facilitiesView", title=self.tr("Facilities"), parent=parent)
        self._select_after_load: int | None = None
        self.levels: list[LevelView] = []
        search_box = self.make_search_box(
            "facilitySearch", self.tr("Search by name, city, intake contact or notes"),
            self.tr("Search facilities"))
        self._make_buttons()
        self.kind_filter = self.filter_combo(
            self.tr("Filter by kind"), self.tr("Any kind"), name="kindFilter",
            choices=kind_choices())
        self.level_filter = self.filter_combo(
            self.tr("Filter by level of care offered"), self.tr("Any level"),
            name="facilityLevelFilter", min_width=170)
        self.referrals_filter = self.filter_check(
            self.tr("Accepting &referrals only"),
            self.tr("Only facilities accepting referrals"))
        self._make_table()
        self.add_shortcut(QKeySequence.StandardKey.New, self.new_facility)

        view_column(
            self, self.title_label,
            self.search_row(self.new_button, self.edit_button, self.archive_button),
            self.filter_row([(self.tr("&Kind:"), self.kind_filter),
                             (self.tr("&Level:"), self.level_filter)], self.referrals_filter),
            (self.table, 1), self.count_label)
        self.set_tab_order([search_box, self.new_button, self.edit_button,
                            self.archive_button, self.kind_filter, self.level_filter,
                            self.referrals_filter, self.table])
        self._update_buttons()

    def _make_buttons(self) -> None:
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
        may_edit = self.ui.may(Permission.EDIT_REFERENCE)
        for button in (self.new_button, self.edit_button, self.archive_button):
            button.setVisible(may_edit)

    def _make_table(self) -> None:
        self.model = FacilityTableModel(self)
        self.table = list_table("facilityTable", self.tr("Facilities"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, width in enumerate((300, 160, 130, 140, 140, 135)):
            self.table.setColumnWidth(number, width)
        # The name takes what the fixed columns leave, so nothing needs a sideways scroll.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_facility())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # Loading -------------------------------------------------------------------------------

    def current_query(self) -> FacilityQuery:
        return FacilityQuery(
            text=self.search_box.text() if self.search_box else "",
            kind=self.kind_filter.currentData(), level_code=self.level_filter.currentData(),
            accepts_referrals=True if self.referrals_filter.isChecked() else None)

    def reader(self, *, after_change: bool) -> Callable[[], FacilitiesRead]:
        services, query = self.ui.services, self.current_query()
        return lambda: read_facilities(services, query)

    def show_results(self, result: FacilitiesRead) -> None:
        facilities, levels = result
        self._show_levels(levels)
        self.model.replace_rows(facilities)
        if self._select_after_load is not None:
            self.select_facility(self._select_after_load)
            self._select_after_load = None
        count = len(facilities)
        self.count_label.setText(
            self.tr("No facility matches.") if not count else
            self.tr("1 facility listed.") if count == 1 else
            arg(self.tr("%1 facilities listed."), str(count)))
        self._update_buttons()
        self.facilities_loaded.emit(count)

    def _show_levels(self, levels: list[LevelView]) -> None:
        """The level filter offers the levels read with the list (they rarely change)."""
        if [level.code for level in levels] == [level.code for level in self.levels]:
            return
        self.levels = levels
        set_choices(self.level_filter,
                    [(level_name(level.name, level.code), level.code) for level in levels])

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
                arg(self.tr("Archive %1? It leaves the facility lists and pickers; episodes and "
                            "transitions that name it keep it."), facility.name),
                yes_text=self.tr("&Archive"), no_text=self.tr("&Keep")):
            return
        facilities, facility_id, version = (self.ui.services.facilities, facility.id,
                                            facility.version)
        self.ui.operations.call(self, facilities.archive, facility_id, version,
                                done=self.facility_archived.emit)
