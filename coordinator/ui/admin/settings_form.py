"""The Clinic settings tab, generated from the settings registry (``domain.settings``).

Each setting gets the widget its kind calls for: a line (or box) of text, a spin box with
the declared limits, a check box, or a logo picker that keeps the picture as base64 text.
Save sends every value to ``services.settings.update`` and shows refusals by their field.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.errors import ValidationError
from coordinator.domain.settings import SETTINGS, SettingSpec, SettingValue, validate_value
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.forms import FieldErrors, error_label
from coordinator.ui.labels import setting_title
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.placeholders import arg

# Settings an administrator does not edit here.
HIDDEN_SETTINGS = {"demo_database"}
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_MULTILINE_FROM = 300  # texts allowed to be longer than this get a box, not a line
_NPI_TYPED_LENGTH = 14  # ten digits and the spaces or hyphens people type between groups


class LogoPicker(QWidget):
    """A preview of the clinic logo with Choose… and Remove; the value is base64 text."""

    chosen = Signal()
    """The person picked or removed a logo."""

    def __init__(self, ui: UiContext, spec: SettingSpec, errors_label: QLabel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.spec = spec
        self.errors_label = errors_label
        self._value = ""
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(240, 96)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("C&hoose picture…"))
        self.choose_button.setAccessibleName(self.tr("Choose the clinic logo"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the clinic logo"))
        self.remove_button.clicked.connect(lambda: self.set_value("", chosen=True))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self.set_value("")

    def value(self) -> str:
        return self._value

    def set_value(self, value: str, *, chosen: bool = False) -> None:
        self._value = value
        pixmap = QPixmap()
        if value:
            try:
                pixmap.loadFromData(QByteArray(base64.b64decode(value, validate=True)))
            except (binascii.Error, ValueError):
                pixmap = QPixmap()
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo") if not value
                                 else self.tr("The saved logo cannot be shown"))
        else:
            self.preview.setPixmap(pixmap.scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(bool(value))
        if chosen:
            self.chosen.emit()

    def choose(self) -> None:
        path = self.ui.dialogs.open_file(self, self.tr("Choose the clinic logo"),
                                         self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as error:
            self._problem(arg(self.tr("The file cannot be read (%1)."), error.strerror or ""))
            return
        if not data.startswith(_IMAGE_SIGNATURES):
            self._problem(self.tr("Choose a PNG or JPEG picture."))
            return
        encoded = base64.b64encode(data).decode("ascii")
        if len(encoded) > self.spec.max_length:
            self._problem(self.tr("This picture is too large; choose one under 1 MB."))
            return
        self.errors_label.hide()
        self.set_value(encoded, chosen=True)

    def _problem(self, text: str) -> None:
        self.errors_label.setText(text)
        self.errors_label.show()


#: The widest a setting's title gets before it wraps, in pixels.
_TITLE_WIDTH = 380


class SettingsTab(RefreshOnShow, QWidget):
    """The clinic settings form with Save and Undo changes. It is read when first shown and
    not refreshed on changes, which would overwrite an edit in progress."""

    settings_loaded = Signal(dict)
    """The saved settings were read into the form: ``(values by key)``."""
    settings_saved = Signal(dict)
    """The settings were saved: ``(all values by key, as now stored)``."""
    refused = Signal(object)
    """Save was refused: ``(ValidationError or other exception)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.general_error = error_label()
        self.general_error.setObjectName("formError")
        self.errors = FieldErrors(self.general_error)
        self.fields: dict[str, QWidget] = {}
        self.specs = [spec for spec in SETTINGS if spec.key not in HIDDEN_SETTINGS]

        form = QFormLayout()
        # A field (a check box's sentence, the picture's buttons) that does not fit beside
        # the widest title goes under its own, whole, instead of being cut.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        for spec in self.specs:
            self._add_field(form, spec)
        # A long title (the minor-consent age runs to a hundred characters in Spanish)
        # wraps onto a second line instead of widening the title column and squeezing
        # every field beside it.
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.sizeHint().width() > _TITLE_WIDTH:
                label.setWordWrap(True)
                label.setFixedWidth(_TITLE_WIDTH)

        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Undo changes"))
        self.undo_button.setAccessibleName(self.tr("Undo changes"))
        self.undo_button.clicked.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("quietNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.status, 1)

        content = QWidget()
        content.setMaximumWidth(960)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(12)
        column.addWidget(self.general_error)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _title(self, spec: SettingSpec) -> str:
        titles = {"clinic_npi": self.tr("Clinic NPI"), "clinic_license": self.tr("License")}
        return titles.get(spec.key) or setting_title(spec.key, spec.title)

    def _add_field(self, form: QFormLayout, spec: SettingSpec) -> None:
        title = self._title(spec)
        widget: QWidget
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(spec.minimum if spec.minimum is not None else -(2**31),
                          spec.maximum if spec.maximum is not None else 2**31 - 1)
            spin.setFixedWidth(110)
            spin.setToolTip(arg(self.tr("From %1 to %2"), str(spin.minimum()), str(spin.maximum())))
            spin.lineEdit().textEdited.connect(lambda _text, s=spec: self._check_live(s))
            widget = spin
        elif spec.kind == "bool":
            widget = QCheckBox(title)
            title = ""
        elif spec.kind == "image":
            label = error_label()
            widget = LogoPicker(self.ui, spec, label)
            widget.setAccessibleName(title)
            self.fields[spec.key] = widget
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(widget)
            holder_layout.addWidget(label)
            form.addRow(f"{title}:", holder)
            self.errors.register(spec.key, widget, label)
            return
        elif spec.kind == "npi":
            line = QLineEdit()
            line.setMaxLength(_NPI_TYPED_LENGTH)
            line.setPlaceholderText(self.tr("10 digits, e.g. 1234567893"))
            line.setToolTip(self.tr("The clinic's National Provider Identifier (type 2, "
                                    "organization); leave empty if it has none."))
            line.editingFinished.connect(lambda s=spec: self._check_npi(s))
            widget = line
        elif spec.key == "clinic_license":
            line = QLineEdit()
            line.setMaxLength(spec.max_length)
            line.setPlaceholderText(self.tr("e.g. DHCS license 190000AP"))
            widget = line
        elif spec.max_length > _MULTILINE_FROM:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(72)
            widget = box
        else:
            line = QLineEdit()
            line.setMaxLength(spec.max_length)
            widget = line
        widget.setObjectName(spec.key)
        widget.setAccessibleName(title or spec.title)
        self.fields[spec.key] = widget
        self.errors.add_row(form, spec.key, f"{title}:" if title else "", widget)

    # Values --------------------------------------------------------------------------------

    def values(self) -> dict[str, SettingValue]:
        """The form's values; a spin box whose typed text is out of range sends that text,
        so the service can say what is wrong instead of the box quietly changing it."""
        values: dict[str, SettingValue] = {}
        for spec in self.specs:
            widget = self.fields[spec.key]
            if isinstance(widget, QSpinBox):
                values[spec.key] = (widget.value() if widget.hasAcceptableInput()
                                    else widget.lineEdit().text().strip())
            elif isinstance(widget, QCheckBox):
                values[spec.key] = widget.isChecked()
            elif isinstance(widget, LogoPicker):
                values[spec.key] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                values[spec.key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[spec.key] = widget.text()
        return values

    def set_values(self, values: dict[str, SettingValue]) -> None:
        for spec in self.specs:
            widget, value = self.fields[spec.key], values.get(spec.key, spec.default)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, LogoPicker):
                widget.set_value(str(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))

    def _check_live(self, spec: SettingSpec) -> None:
        """Say at once when a typed number is out of range (the box would undo it)."""
        widget = self.fields[spec.key]
        assert isinstance(widget, QSpinBox)
        try:
            validate_value(spec, widget.lineEdit().text().strip())
        except ValidationError as error:
            self.errors.show(error.fields, error.message)
            widget.setFocus()
        else:
            self.errors.clear()

    def _check_npi(self, spec: SettingSpec) -> None:
        """Say on leaving the field when a typed NPI fails its check digit, leaving the
        keyboard focus where the person moved it."""
        widget = self.fields[spec.key]
        assert isinstance(widget, QLineEdit)
        try:
            validate_value(spec, widget.text())
        except ValidationError as error:
            focused = QApplication.focusWidget()
            self.errors.show(error.fields, error.message)
            if focused is not None:
                focused.setFocus()
        else:
            if self.errors.message(spec.key):
                self.errors.clear()

    # Loading and saving ------------------------------------------------------------------

    def refresh(self) -> None:
        self._loaded_once = True
        self.errors.clear()
        self.ui.operations.call(self, self.ui.services.settings.all, done=self._loaded)

    def _loaded(self, values: dict[str, SettingValue]) -> None:
        self.set_values(values)
        self.status.clear()
        self.settings_loaded.emit(values)

    def save(self) -> None:
        self.errors.clear()
        self.status.clear()
        self.save_button.setEnabled(False)
        self.ui.operations.call(self, self.ui.services.settings.update, self.values(),
                                done=self._saved, failed=self._refused)

    def _saved(self, values: dict[str, SettingValue]) -> None:
        self.save_button.setEnabled(True)
        self.set_values(values)
        self.status.setText(self.tr("Settings saved."))
        self.settings_saved.emit(values)

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.fields, error.message)
            self.status.setText(self.tr("Nothing was saved; correct the marked fields."))
        else:
            report_failure(self.ui.dialogs, self, error, self.tr("Clinic settings"))
        self.refused.emit(error)
