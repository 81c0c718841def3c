"""The Resources view: find a community service for a client and read its detail.

Search runs as the person types (debounced) and on every filter change, on a worker; a late
answer to an older search is dropped. Selecting a row reads the service's detail into the
pane on the right, where Refer a client… asks which client and opens the referral form with
this service chosen. Import HSDS… loads a regional directory (folder package or JSON file) on
a worker with a progress dialog and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
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
from coordinator.ui.layouts import NO_MARGINS, STRETCH, column, row, view_column
from coordinator.ui.locale_text import date_text, number_text
from coordinator.ui.operations import Cancelled, Progress
from coordinator.ui.placeholders import arg
from coordinator.ui.referrals.client_picker import ClientPickerDialog, client_name
from coordinator.ui.referrals.dialogs import NewReferralDialog
from coordinator.ui.resource_directory.model import ResourceTableModel, detail_html
from coordinator.ui.resource_directory.referring import referral_category
from coordinator.ui.views.search_list import SearchListView, set_choices
from coordinator.ui.views.table_models import list_table

NO_AGE = -1


class ResourcesView(SearchListView):
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
        super().__init__(ui, name="resourcesView", title=self.tr("Resources"), parent=parent)
        self.detail: ResourceDetail | None = None
        search_box = self.make_search_box(
            "resourceSearch",
            self.tr("Search by words in the name, description, eligibility or category"),
            self.tr("Search resources"))
        self._make_import_button()
        self._make_filters()
        self._make_table()
        detail_side = self._make_detail_side()
        self._show_hint()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("resourcesSplitter")  # its sizes are remembered per user
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 360])

        view_column(
            self, self.title_label, self.search_row(self.import_button),
            self.filter_row([(self.tr("&Category:"), self.category_filter),
                             (self.tr("&Language:"), self.language_filter),
                             (self.tr("&Age:"), self.age)], self.open_now),
            (splitter, 1), self.count_label)
        self.set_tab_order([search_box, self.category_filter, self.language_filter, self.age,
                            self.open_now, self.import_button, self.table, self.detail_pane,
                            self.refer_button])

    def _make_import_button(self) -> None:
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
        self.import_button.setVisible(self.ui.may(Permission.EDIT_REFERENCE))

    def _make_filters(self) -> None:
        self.category_filter = self.filter_combo(
            self.tr("Filter by category"), self.tr("Any category"), name="categoryFilter",
            min_width=170)
        self.language_filter = self.filter_combo(
            self.tr("Filter by language"), self.tr("Any language"), name="languageFilter",
            min_width=170)
        self.open_now = self.filter_check(
            self.tr("&Open now"), self.tr("Only services open now"), name="openNowFilter",
            tooltip=self.tr("Only services whose listed hours include this moment; services "
                            "without hours are left out"))
        self.age = QSpinBox()
        self.age.setObjectName("ageFilter")
        self.age.setAccessibleName(self.tr("Client's age"))
        self.age.setRange(NO_AGE, 120)
        self.age.setValue(NO_AGE)
        self.age.setSpecialValueText(self.tr("Any age"))
        self.age.setToolTip(self.tr("Only services that serve a client of this age"))
        self.age.setMinimumWidth(110)
        self.age.valueChanged.connect(self.search_now)

    def _make_table(self) -> None:
        self.model = ResourceTableModel(self)
        self.table = list_table("resourceTable", self.tr("Services found"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, width in enumerate((230, 180, 125, 130)):
            self.table.setColumnWidth(number, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _make_detail_side(self) -> QWidget:
        self.detail_pane = QTextBrowser()
        self.detail_pane.setObjectName("resourceDetail")
        self.detail_pane.setAccessibleName(self.tr("Service detail"))
        self.detail_pane.setOpenExternalLinks(True)
        self.detail_pane.setMinimumWidth(300)

        self.may_refer = self.ui.may(Permission.EDIT_CARE)
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
        column(detail_side, (self.detail_pane, 1), row(None, self.refer_button, STRETCH),
               self.referral_note, margins=NO_MARGINS, spacing=8)
        return detail_side

    # Filters -------------------------------------------------------------------------------

    def choices_reader(self) -> Callable[[], tuple[list[FilterChoice], list[FilterChoice]]]:
        """The categories and languages present (read on a worker)."""
        resources = self.ui.services.resources
        return lambda: (resources.categories(), resources.languages())

    def show_choices(self, choices: tuple[list[FilterChoice], list[FilterChoice]]) -> None:
        categories, languages = choices
        for combo, offered in ((self.category_filter, categories),
                               (self.language_filter, languages)):
            set_choices(combo, [(choice.title, choice.value) for choice in offered])

    def select_filter(self, combo: QComboBox, title: str) -> bool:
        """Choose the entry shown as ``title`` (for tests and keyboard macros)."""
        index = combo.findText(title)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    # Searching -----------------------------------------------------------------------------

    def current_query(self) -> ResourceQuery:
        age = self.age.value()
        return ResourceQuery(
            text=self.search_box.text() if self.search_box else "",
            category=self.category_filter.currentData(),
            language=self.language_filter.currentData(),
            open_at=datetime.now().astimezone() if self.open_now.isChecked() else None,
            age=None if age == NO_AGE else age)

    def reader(self, *, after_change: bool) -> Callable[[], ResourceResults]:
        resources, query = self.ui.services.resources, self.current_query()
        return lambda: resources.search(query)

    def _refresh_on_change(self, batch: tuple[Change, ...]) -> None:
        # An import may bring new categories and languages as well as services.
        if self._loaded_once and topics(batch) & self.refresh_topics:
            self.load_choices()
            self._load_selected_detail()  # the service shown may be among those changed
        super()._refresh_on_change(batch)

    def show_results(self, results: ResourceResults) -> None:
        self.model.replace_rows(results.rows)
        total, shown = results.total, len(results.rows)
        if not total:
            text = self.tr("No service matches this search.")
        elif shown < total:
            text = arg(self.tr("Showing the first %1 of %2 services; add words or filters to "
                               "narrow the list."), number_text(shown), number_text(total))
        elif total == 1:
            text = self.tr("1 service found.")
        else:
            text = arg(self.tr("%1 services found."), number_text(total))
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
        picker = ClientPickerDialog(
            self.ui, arg(self.tr("Which client do you want to refer to %1?"), detail.name), self)
        picker.client_chosen.connect(
            lambda client: self._open_referral_form(detail, client))
        self._open(picker)
        return picker

    def _open_referral_form(self, detail: ResourceDetail, client: RegistryRow) -> None:
        form = NewReferralDialog(
            self.ui, client.id, self,
            service=ServiceChoice(detail.id, detail.name, detail.organization),
            category=referral_category(detail.categories))
        form.setWindowTitle(arg(self.tr("New referral for %1"), client_name(client)))
        form.saved.connect(self._referral_saved)
        self._open(form)

    def _open(self, dialog: Any) -> None:
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)

    def _referral_saved(self, referral: ReferralView) -> None:
        due = referral.follow_up_due
        text = arg(self.tr("Referred %1 to %2."), referral.client_name, referral.target_name)
        if due is not None:
            text += " " + arg(self.tr("Follow up by %1."), date_text(due))
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
            progress=arg(self.tr("Importing %1…"), path.name))

    def _imported(self, summary: Any) -> None:
        self.ui.dialogs.information(
            self, self.tr("Import finished"),
            arg(self.tr("Imported %1: %2 added, %3 updated, %4 unchanged."),
                str(summary.source), number_text(summary.added), number_text(summary.updated),
                number_text(summary.unchanged)))
        self.import_finished.emit(summary)
