"""The warning that the connection to the database server is not encrypted, in the user's
language: one label for the status bar and the sign-in window.

The store finds out (``Database.transport_warning``: the URL let the connection go without
TLS, or the server answered without it); this label only words it. Hidden when there is
nothing to say: a SQLite file, a server on this computer, a verified connection.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel, QWidget

from coordinator.ui.placeholders import arg


class ExposedConnection(Protocol):
    """What the label reads of the store's warning (``TransportWarning``)."""

    @property
    def server(self) -> str: ...

    @property
    def encrypted(self) -> bool: ...

    @property
    def sslmode(self) -> str | None: ...


class TransportWarningLabel(QLabel):
    """A short warning that stands out, its whole sentence in the tooltip and for screen
    readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transportWarning")
        self.hide()

    def show_for(self, warning: ExposedConnection | None) -> None:
        """Word ``warning`` and show it, or hide the label when it is None."""
        if warning is None:
            self.hide()
            return
        if warning.encrypted:
            text = self.tr("Connection may go unencrypted")
            sentence = arg(self.tr(
                "The connection with the database server at %1 is encrypted now but may fall "
                "back to an unencrypted one (sslmode=%2). Ask your administrator to put "
                "sslmode=verify-full and the clinic's CA certificate (sslrootcert) in the "
                "database URL."), warning.server, warning.sslmode or "")
        else:
            text = self.tr("Unencrypted connection")
            sentence = arg(self.tr(
                "The connection with the database server at %1 is not encrypted: anyone on the "
                "network in between can read the records. Ask your administrator to put "
                "sslmode=verify-full and the clinic's CA certificate (sslrootcert) in the "
                "database URL."), warning.server)
        self.setText(text)
        self.setToolTip(sentence)
        self.setAccessibleName(text)
        self.setAccessibleDescription(sentence)
        self.show()
