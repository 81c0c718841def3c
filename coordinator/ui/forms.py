"""Form helpers: per-field error messages and the dialog that saves through a service.

A service refuses bad input with ``ValidationError.fields`` (field name -> sentence); the
form shows each sentence under its own field, marks the field, and puts keyboard focus on
the first one, so the person sees exactly what to fix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.errors import CoordinatorError, ValidationError
from coordinator.services.notify import Change, Topic
from coordinator.ui.announce import announce_saved
from coordinator.ui.context import UiContext
from coordinator.ui.date_field import DateField
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import apply_visual_order, keep_visual_order
from coordinator.ui.said_text import said_text
from coordinator.ui.screen_fit import FittedDialog, FittingScroll, available_rect


def form_layout() -> QFormLayout:
    """The label/field layout every form in the app uses: fields take the width."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(8)
    return form


def scrolling_form(dialog: QWidget, form: QFormLayout) -> QScrollArea:
    """``form`` in a frameless scroll area as tall as it needs, up to what the screen leaves
    for the dialog's title, buttons and margins (a 1280×720 screen included). It scrolls
    up and down only: the dialog is as wide as the form."""
    body = QWidget()
    body.setLayout(form)
    scroll = QScrollArea()
    scroll.setObjectName("formScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a tab stop of its own: it scrolls to whichever field takes the focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    hint = body.sizeHint()
    scrollbar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(hint.width() + scrollbar + 4)
    room = available_rect(dialog).height() - 160
    scroll.setMinimumHeight(max(200, min(hint.height() + 2, room)))
    return scroll


def text_box(accessible: str, height: int = 60) -> QPlainTextEdit:
    """A few lines of free text; Tab leaves it, as in every other field."""
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """The error labels of one form, keyed by the service's field names."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, name: str, title: str, widget: QWidget) -> QLabel:
        """Add ``widget`` under ``title`` with its error label beneath it."""
        label = error_label()
        holder = QWidget()
        # Never taller than the field and its message, so rows stay together at the top.
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(label)
        form.addRow(title, holder)
        buddy = form.labelForField(holder)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        self.register(name, widget, label)
        return label

    def register(self, name: str, widget: QWidget, label: QLabel) -> None:
        self._fields[name] = (widget, label)
        # The sentence goes as soon as the person changes the field it is about: a message
        # left standing over a fixed field reads as if the fix did not take.
        for changed in _edit_signals(widget):
            changed.connect(lambda *_args, name=name: self.clear_field(name))

    def clear_field(self, name: str) -> None:
        """Take the message and the marks off field ``name`` (the others keep theirs)."""
        widget, label = self._fields[name]
        if not label.text() and not widget.property("invalid"):
            return
        label.clear()
        label.hide()
        _mark(widget, "")
        _mark_tab(widget, False)
        for other, other_label in self._fields.values():
            if other_label.text():
                _mark_tab(other, True)  # a tab that still holds a problem keeps its sign

    def clear(self) -> None:
        self.general.clear()
        self.general.hide()
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            _mark(widget, "")
            _mark_tab(widget, False)

    def show(self, problems: dict[str, str], message: str = "") -> None:
        """Show each problem by its field; problems without a field go on top.

        A sentence a service marked for translation (a ``Words``) shows in the user's
        language."""
        self.clear()
        problems = {name: said_text(text) for name, text in problems.items()}
        message = said_text(message)
        leftovers = [text for name, text in problems.items() if name not in self._fields]
        if message and not problems:
            leftovers.append(message)
        first: QWidget | None = None
        for name, text in problems.items():
            if name not in self._fields:
                continue
            widget, label = self._fields[name]
            label.setText(text)
            label.show()
            _mark(widget, text)
            _mark_tab(widget, True)
            first = first or widget
        if leftovers:
            self.general.setText(" ".join(leftovers))
            self.general.show()
        if first is not None:
            _reveal(first)
            first.setFocus()

    def message(self, name: str) -> str:
        """The message now shown for field ``name`` ("" when none)."""
        return self._fields[name][1].text()


def _edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals that say the person changed ``widget`` (or, for a group of fields such
    as a row of day boxes, any field in it)."""
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, DateField):
        return [widget.dateChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [signal for child in children for signal in _edit_signals(child)]


def _mark(widget: QWidget, problem: str) -> None:
    # The property drives the red outline in style.qss; the description is what a screen
    # reader says about the field.
    widget.setProperty("invalid", bool(problem))
    widget.setAccessibleDescription(problem)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _tabs_holding(widget: QWidget) -> list[tuple[QTabWidget, int]]:
    """Every tab page (tab widget and index) that ``widget`` sits on."""
    found = []
    below: list[QWidget] = [widget]  # a page sits in the tab widget's inner stack
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            index = next((i for i in map(parent.indexOf, below) if i >= 0), -1)
            if index >= 0:
                found.append((parent, index))
        below.append(parent)
        parent = parent.parentWidget()
    return found


def _reveal(widget: QWidget) -> None:
    """Switch any tab page that hides ``widget`` to the front."""
    for tabs, index in _tabs_holding(widget):
        tabs.setCurrentIndex(index)


def _mark_tab(widget: QWidget, invalid: bool) -> None:
    """A warning sign on the tab of a field with a problem, so none goes unseen."""
    for tabs, index in _tabs_holding(widget):
        if invalid:
            warning = tabs.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            tabs.setTabIcon(index, warning)
        else:
            tabs.setTabIcon(index, QIcon())


class ServiceFormDialog(FittedDialog):
    """A dialog whose Save runs one service call off the GUI thread.

    Subclasses build their fields, register them with ``self.errors`` and implement
    ``service_call``. On success the dialog emits ``saved`` and closes; on a typed error it
    stays open with the messages shown.
    """

    saved = Signal(object)
    """The service accepted the form: ``(returned DTO)``."""
    refused = Signal(object)
    """The service refused the form (or failed): ``(exception)``; the dialog stays open."""
    changed_elsewhere = Signal()
    """The record being edited was changed by someone else, and the form said so."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.general_error = error_label()
        self.general_error.setObjectName("formError")
        self.errors = FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        keep_visual_order(self)

    def layout_with(self, body: QWidget | QFormLayout) -> QVBoxLayout:
        """The standard arrangement: general error on top, the body, the buttons.

        The body scrolls when the screen is too short for it, so the buttons stay on it."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.general_error)
        if isinstance(body, QFormLayout):
            holder = QWidget()
            holder.setLayout(body)
            body = holder
        layout.addWidget(body if isinstance(body, QScrollArea) else FittingScroll(body), 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        return layout

    def focusNextPrevChild(self, next: bool) -> bool:
        # Fields added since the last move (a checklist filled for the chosen level) take
        # their place in reading order before Tab picks the next one.
        apply_visual_order(self)
        return super().focusNextPrevChild(next)

    def service_call(self) -> Callable[[], Any]:
        """The call that saves the form; raise ``ValidationError`` for input it cannot read.

        The returned callable runs on a worker thread: it must capture services and plain
        values only, never ``self`` or another widget (a widget released there would be
        deleted off the GUI thread).
        """
        raise NotImplementedError

    def submit(self) -> None:
        if not self._dates_readable():
            return
        try:
            call = self.service_call()
        except ValidationError as error:
            self._refuse(error)
            return
        self.run_save(call)

    def _dates_readable(self) -> bool:
        """Every date field in use holds a day; each one that does not keeps its text and
        says why under itself, and the first gets the focus (nothing is saved)."""
        unreadable = [field for field in self.findChildren(DateField)
                      if field.isEnabled() and not field.check()]
        if not unreadable:
            return True
        self.errors.show({}, self.tr("Check the marked date: %1").replace(
            "%1", unreadable[0].problem()))
        _reveal(unreadable[0])
        unreadable[0].setFocus()
        self.refused.emit(ValidationError(unreadable[0].problem()))
        return False

    def watch_for_changes_elsewhere(self, topic: Topic, record_id: int, version: int,
                                    read_version: Callable[[], int]) -> None:
        """While the form is open and not saving, a change naming record ``record_id`` of
        ``topic`` (or that kind of record without saying which: another workstation's)
        reads its version with ``read_version`` (on a worker: it must hold no widget); one
        newer than ``version``, the version this form edits, is told to the person
        (``tell_changed_elsewhere``). The form itself is never refilled."""
        self._watched: tuple[Topic, int, int, Callable[[], int]] = (
            topic, record_id, version, read_version)
        # A method, not a closure: the session's change notices outlive every form, and a
        # closure over the form connected to them kept each closed form in memory.
        self.ui.changes.changed.connect(self._check_changed_elsewhere)

    def _check_changed_elsewhere(self, batch: tuple[Change, ...]) -> None:
        if not self.isVisible() or not self.save_button.isEnabled():
            return  # closed, or saving: its own save names the record too
        topic, record_id, _version, read_version = self._watched
        if any(change.topic == topic and (record_id in change.ids or not change.ids)
               for change in batch):
            # A failed read says nothing: Save still meets the version check.
            self.ui.operations.call(self, read_version, done=self._compare_version,
                                    failed=lambda _error: None)

    def _compare_version(self, now: int) -> None:
        if now != self._watched[2] and self.save_button.isEnabled():
            self.tell_changed_elsewhere()

    def tell_changed_elsewhere(self) -> None:
        """Say above the form that the record it edits was changed by someone else since it
        was opened. Nothing the person typed is touched; Save is still refused by the
        record's version, and this says so before they find out."""
        self.general_error.setText(self.tr(
            "Someone else changed this record while it was open here. What you typed is "
            "kept, but saving it will be refused: note your changes, then Cancel and open "
            "the record again."))
        self.general_error.show()
        self.changed_elsewhere.emit()

    def run_save(self, call: Callable[[], Any]) -> None:
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.ui.operations.call(self, call, done=self._saved, failed=self._refuse)

    def reject(self) -> None:
        """Close without saving; the warning signs the refusal put on tabs go too."""
        self.errors.clear()
        super().reject()

    def saved_message(self, result: object) -> str:
        """What the save did, in one sentence for the status line ("" says nothing)."""
        return ""

    def discharged_episode(self, result: object) -> tuple[int, int] | None:
        """(client id, episode id) of an episode this save discharged, whose clocks the
        confirmation names; None when the save discharged nothing."""
        return None

    def _saved(self, result: object) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(result)
        if text := self.saved_message(result):
            discharged = self.discharged_episode(result)
            announce_saved(self.ui.services, self.ui.operations.call, self.ui.announcer,
                           text, self.parentWidget(),
                           client_id=discharged[0] if discharged else None,
                           discharged_episode_id=discharged[1] if discharged else None)
        self.accept()

    def _refuse(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        # Disabling Save while it ran made Cancel the Enter button; Enter saves again.
        self.save_button.setDefault(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.fields, error.message)
        elif isinstance(error, CoordinatorError):
            report_failure(self.ui.dialogs, self, error, self.windowTitle())
        else:
            report_failure(self.ui.dialogs, self, error)
        self.refused.emit(error)
