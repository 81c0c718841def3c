"""The Resources view: find a community service for a client and read its detail.

Search runs as the person types (debounced) and on every filter change, on a worker; a late
answer to an older search is dropped. Selecting a row reads the service's detail into the
pane on the right, where Refer a client… asks which client and opens the referral form with
this service chosen. Import HSDS… loads a regional directory (folder package or JSON file) on
a worker with a progress dialog and Cancel.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.roles import Permission
from coordinator.services.notify import Change, Topic
from coordinator.services.referral_views import ReferralView, ServiceChoice
from coordinator.services.registry import RegistryRow
from coordinator.services.resources import (
    FilterChoice,
    ResourceDetail,
    ResourceQuery,
    ResourceResults,
)
from coordinator.ui.changes import topics
from coordinator.ui.context import UiContext
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.operations import Cancelled, Progress
from coordinator.ui.referrals.client_picker import ClientPickerDialog, client_name
from coordinator.ui.referrals.dialogs import NewReferralDialog
from coordinator.ui.resource_directory.model import ResourceTableModel, detail_html
from coordinator.ui.resource_directory.referring import referral_category
from coordinator.ui.views.table_models import list_table

SEARCH_DELAY_MS = 250  # long enough to skip the keystrokes in the middle of a word
NO_AGE = -1


class ResourcesView(RefreshOnShow, QWidget):
    """Search box, filters, the services found and the detail of the selected one."""

    refresh_topics = frozenset({Topic.RESOURCE})

    resources_loaded = Signal(int)
    """Search results arrived and are shown: ``(number of matching services)``."""
    detail_shown = Signal(object)
    """The detail pane shows a service: ``(ResourceDetail)``."""
    import_finished = Signal(object)
    """An HSDS import saved its rows: ``(import summary)``."""
    dialog_opened = Signal(object)
    """Refer a client… opened a dialog (the client picker, then the referral form):
    ``(the dialog)``."""
    referral_saved = Signal(object)
    """A referral to the service shown was saved from this view: ``(ReferralView)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("resourcesView")
        self._generation = 0
        self._filters_filled = False
        self.detail: ResourceDetail | None = None

        title = QLabel(self.tr("Resources"))
        title.setObjectName("viewTitle")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("resourceSearch")
        self.search_box.setPlaceholderText(
            self.tr("Search by words in the name, description or eligibility"))
        self.search_box.setAccessibleName(self.tr("Search resources"))
        self.search_box.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)

        self.import_button = QPushButton(self.tr("&Import HSDS…"))
        self.import_button.setObjectName("importHsds")
        self.import_button.setAccessibleName(self.tr("Import an HSDS directory"))
        self.import_button.setToolTip(self.tr(
            "Load an Open Referral (HSDS 3.0) directory: a data package folder or a JSON file"))
        menu = QMenu(self.import_button)
        self.import_folder_action = QAction(self.tr("Data package &folder…"), self)
        self.import_folder_action.triggered.connect(self.import_folder)
        self.import_json_action = QAction(self.tr("&JSON file…"), self)
        self.import_json_action.triggered.connect(self.import_json)
        menu.addAction(self.import_folder_action)
        menu.addAction(self.import_json_action)
        self.import_button.setMenu(menu)
        self.import_button.setVisible(ui.may(Permission.EDIT_REFERENCE))

        self.category_filter = self._filter_combo(
            "categoryFilter", self.tr("Filter by category"), self.tr("Any category"))
        self.language_filter = self._filter_combo(
            "languageFilter", self.tr("Filter by language"), self.tr("Any language"))
        self.open_now = QCheckBox(self.tr("&Open now"))
        self.open_now.setObjectName("openNowFilter")
        self.open_now.setAccessibleName(self.tr("Only services open now"))
        self.open_now.setToolTip(self.tr("Only services whose listed hours include this "
                                         "moment; services without hours are left out"))
        self.open_now.toggled.connect(self._search_now)
        self.age = QSpinBox()
        self.age.setObjectName("ageFilter")
        self.age.setAccessibleName(self.tr("Client's age"))
        self.age.setRange(NO_AGE, 120)
        self.age.setValue(NO_AGE)
        self.age.setSpecialValueText(self.tr("Any age"))
        self.age.setToolTip(self.tr("Only services that serve a client of this age"))
        self.age.setMinimumWidth(110)
        self.age.valueChanged.connect(self._search_now)

        self.model = ResourceTableModel(self)
        self.table = list_table("resourceTable", self.tr("Services found"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 180, 125, 130)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail_pane = QTextBrowser()
        self.detail_pane.setObjectName("resourceDetail")
        self.detail_pane.setAccessibleName(self.tr("Service detail"))
        self.detail_pane.setOpenExternalLinks(True)
        self.detail_pane.setMinimumWidth(300)

        self.may_refer = ui.may(Permission.EDIT_CARE)
        self.refer_button = QPushButton(self.tr("&Refer a client…"))
        self.refer_button.setObjectName("referClient")
        self.refer_button.setAccessibleName(self.tr("Refer a client to this service"))
        self.refer_button.setToolTip(self.tr(
            "Choose a client and open a referral to the service shown (Alt+R)"))
        self.refer_button.clicked.connect(self.refer_client)
        self.refer_button.setVisible(self.may_refer)
        self.referral_note = QLabel()
        self.referral_note.setObjectName("quietNote")
        self.referral_note.setAccessibleName(self.tr("Referral saved"))
        self.referral_note.setWordWrap(True)
        self.referral_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referral_note.hide()
        detail_side = QWidget()
        detail_side.setObjectName("resourceDetailSide")
        side = QVBoxLayout(detail_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(8)
        side.addWidget(self.detail_pane, 1)
        refer_row = QHBoxLayout()
        refer_row.addWidget(self.refer_button)
        refer_row.addStretch(1)
        side.addLayout(refer_row)
        side.addWidget(self.referral_note)
        self._show_hint()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 360])

        self.count_label = QLabel()
        self.count_label.setObjectName("quietNote")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_now)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_box.setFocus)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Category:"), self.category_filter),
                             (self.tr("&Language:"), self.language_filter),
                             (self.tr("&Age:"), self.age)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(12)
        filters.addWidget(self.open_now)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        order = [self.search_box, self.category_filter, self.language_filter, self.age,
                 self.open_now, self.import_button, self.table, self.detail_pane,
                 self.refer_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.search_box)
        self.watch_changes(ui)

    # Filters -------------------------------------------------------------------------------

    def _filter_combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumWidth(170)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._search_now)
        return combo

    def _fill_filters(self) -> None:
        """Read the categories and languages present (on a worker), keeping the choice."""
        self._filters_filled = True
        resources = self.ui.services.resources
        self.ui.operations.call(
            self, lambda: (resources.categories(), resources.languages()),
            done=lambda lists: self._show_filters(*lists))

    def _show_filters(self, categories: list[FilterChoice],
                      languages: list[FilterChoice]) -> None:
        for combo, choices in ((self.category_filter, categories),
                               (self.language_filter, languages)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for choice in choices:
                combo.addItem(choice.title, choice.value)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def select_filter(self, combo: QComboBox, title: str) -> bool:
        """Choose the entry shown as ``title`` (for tests and keyboard macros)."""
        index = combo.findText(title)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def showEvent(self, event: QShowEvent) -> None:
        if not self._filters_filled:
            self._fill_filters()
        super().showEvent(event)

    # Searching -----------------------------------------------------------------------------

    def current_query(self) -> ResourceQuery:
        age = self.age.value()
        return ResourceQuery(
            text=self.search_box.text(), category=self.category_filter.currentData(),
            language=self.language_filter.currentData(),
            open_at=datetime.now().astimezone() if self.open_now.isChecked() else None,
            age=None if age == NO_AGE else age)

    def refresh(self) -> None:
        """Run the search; older answers that arrive late are ignored."""
        self._search_timer.stop()
        self._loaded_once = True
        self._generation += 1
        generation = self._generation
        self.ui.operations.call(self, self.ui.services.resources.search, self.current_query(),
                                done=lambda results: self._show_results(generation, results))

    def _refresh_on_change(self, batch: tuple[Change, ...]) -> None:
        # An import may bring new categories and languages as well as services.
        if self._loaded_once and topics(batch) & self.refresh_topics:
            self._fill_filters()
            self._load_selected_detail()  # the service shown may be among those changed
        super()._refresh_on_change(batch)

    def _search_now(self) -> None:
        if self._loaded_once:
            self.refresh()

    def _show_results(self, generation: int, results: ResourceResults) -> None:
        if generation != self._generation:
            return
        self.model.replace_rows(results.rows)
        total, shown = results.total, len(results.rows)
        if not total:
            text = self.tr("No service matches this search.")
        elif shown < total:
            text = self.tr("Showing the first %1 of %2 services; add words or filters to "
                           "narrow the list.").replace("%1", f"{shown:,}").replace(
                "%2", f"{total:,}")
        elif total == 1:
            text = self.tr("1 service found.")
        else:
            text = self.tr("%1 services found.").replace("%1", f"{total:,}")
        self.count_label.setText(text)
        if not self.table.selectionModel().hasSelection():
            if self.model.rowCount() == 1:
                self.table.selectRow(0)
            elif self.detail is not None and self.model.row_of(self.detail.id) < 0:
                self._show_hint()
        self.resources_loaded.emit(total)

    # Detail --------------------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._load_selected_detail()

    def _load_selected_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        self.ui.operations.call(self, self.ui.services.resources.get, row.id,
                                done=self._show_detail)

    def _show_detail(self, detail: ResourceDetail) -> None:
        rows = self.table.selectionModel().selectedRows()
        selected = self.model.row_at(rows[0].row()) if rows else None
        if selected is None or selected.id != detail.id:
            return  # the person moved on before this answer came
        self.detail = detail
        self.detail_pane.setHtml(detail_html(detail))
        self.detail_pane.setAccessibleDescription(detail.name)
        self.refer_button.setEnabled(self.may_refer)
        self.detail_shown.emit(detail)

    def _show_hint(self) -> None:
        self.detail = None
        self.refer_button.setEnabled(False)
        self.detail_pane.setHtml(
            "<p style='color:#5b6b78'>" + self.tr(
                "Select a service to see its hours, phones, address, languages, who can "
                "use it, fees and how to apply.") + "</p>")

    # Referring ---------------------------------------------------------------------------

    def refer_client(self) -> ClientPickerDialog | None:
        """Ask which client to refer to the service shown; the referral form follows."""
        detail = self.detail
        if detail is None or not self.may_refer:
            return None
        picker = ClientPickerDialog(self.ui, self.tr(
            "Which client do you want to refer to %1?").replace("%1", detail.name), self)
        picker.client_chosen.connect(
            lambda client: self._open_referral_form(detail, client))
        self._open(picker)
        return picker

    def _open_referral_form(self, detail: ResourceDetail, client: RegistryRow) -> None:
        form = NewReferralDialog(
            self.ui, client.id, self,
            service=ServiceChoice(detail.id, detail.name, detail.organization),
            category=referral_category(detail.categories))
        form.setWindowTitle(self.tr("New referral for %1").replace("%1", client_name(client)))
        form.saved.connect(self._referral_saved)
        self._open(form)

    def _open(self, dialog: Any) -> None:
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)

    def _referral_saved(self, referral: ReferralView) -> None:
        due = referral.follow_up_due
        text = self.tr("Referred %1 to %2.").replace("%1", referral.client_name).replace(
            "%2", referral.target_name)
        if due is not None:
            text += " " + self.tr("Follow up by %1.").replace("%1", due.isoformat())
        self.referral_note.setText(text)
        self.referral_note.show()
        self.referral_saved.emit(referral)

    # Import --------------------------------------------------------------------------------

    def import_folder(self) -> None:
        path = self.ui.dialogs.open_folder(
            self, self.tr("Choose an HSDS data package folder (with datapackage.json)"))
        if path is not None:
            self.import_path(path)

    def import_json(self) -> None:
        path = self.ui.dialogs.open_file(self, self.tr("Choose an HSDS JSON file"),
                                         self.tr("HSDS JSON (*.json);;All files (*)"))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import ``path`` on a worker with a progress dialog; nothing is saved on error."""
        hsds = self.ui.services.hsds

        def work(progress: Progress, cancelled: Cancelled) -> Any:
            return hsds.import_path(path, progress=progress, cancelled=cancelled)

        self.ui.operations.run(
            self, work, done=self._imported,
            progress=self.tr("Importing %1…").replace("%1", path.name))

    def _imported(self, summary: Any) -> None:
        self.ui.dialogs.information(
            self, self.tr("Import finished"),
            self.tr("Imported %1: %2 added, %3 updated, %4 unchanged.").replace(
                "%1", str(summary.source)).replace("%2", f"{summary.added:,}").replace(
                "%3", f"{summary.updated:,}").replace("%4", f"{summary.unchanged:,}"))
        self.import_finished.emit(summary)
