"""File ▸ Language…: the language a person wants the app in, kept for them on this
workstation and put on at their next sign-in (``session_flow``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coordinator.ui.forms import form_layout
from coordinator.ui.preferences import Preferences, language_choices
from coordinator.ui.screen_fit import FittedDialog


class LanguageDialog(FittedDialog):
    """One list (System language, English, Español) and the sentence saying when the
    choice takes effect; Save keeps it for this person, Cancel keeps what they had."""

    language_chosen = Signal(str)
    """Save kept a choice: ``(its key: "system", "en" or "es")``."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self.setMinimumWidth(380)
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        self.choice.setAccessibleName(self.tr("Language"))
        for choice in language_choices():
            self.choice.addItem(choice.title, choice.key)
        self.choice.setCurrentIndex(max(0, self.choice.findData(preferences.language())))
        self.when = QLabel(self.tr("The app changes to this language the next time you sign "
                                   "in."))
        self.when.setObjectName("languageWhen")
        self.when.setWordWrap(True)
        # Read out with the list, as the sentence sits right under it.
        self.choice.setAccessibleDescription(self.when.text())
        form = form_layout()
        form.addRow(self.tr("&Language:"), self.choice)
        form.addRow(self.when)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.choice.setFocus()

    def chosen(self) -> str:
        """The key of the language shown in the list."""
        return str(self.choice.currentData())

    def save(self) -> None:
        key = self.chosen()
        self.preferences.set_language(key)
        self.language_chosen.emit(key)
        self.accept()
