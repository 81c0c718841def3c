"""Window sizes, splitter positions and table column widths, remembered for each user.

``remember(window, name, user_id)`` puts a window back as this user last left it when it is
shown (then fits it to the screen, which may be smaller than the one it was left on) and
writes its state down when it is hidden. The keys hold the user's id, so two people who
share a workstation each get their own layout. Window state is kept apart from the
user's preferences (``preferences.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QWidget

from coordinator.ui.screen_fit import fit_window


def keep_settings_in(folder: str) -> None:
    """From now on, remembered sizes and preferences live in an INI file under ``folder``
    (screenshots and tests, which must neither read nor change a person's own)."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def user_key(user_id: int, *parts: str) -> str:
    """The settings key of ``parts`` for one user, e.g. ``users/7/mainWindow/size``."""
    return "/".join(("users", str(user_id), *parts))


def remembered(user_id: int, *parts: str, settings: QSettings | None = None) -> object:
    """What was remembered for this user under ``parts`` (None: nothing yet)."""
    return (settings if settings is not None else QSettings()).value(user_key(user_id, *parts))


def remember_value(user_id: int, *parts: str, value: object,
                   settings: QSettings | None = None) -> None:
    """Remember ``value`` for this user under ``parts`` (e.g. the roll call's last track)."""
    (settings if settings is not None else QSettings()).setValue(user_key(user_id, *parts),
                                                                 value)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None


class WindowMemory(QObject):
    """Restores one window's geometry, splitters and table headers, and saves them."""

    def __init__(self, window: QWidget, name: str, user_id: int,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.name = name
        self.user_id = user_id
        self.settings = settings if settings is not None else QSettings()
        self._restored = False
        window.installEventFilter(self)

    def key(self, *parts: str) -> str:
        return user_key(self.user_id, self.name, *parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not self._restored:
                self._restored = True
                self.restore()
            elif event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and self._restored:
                self.save()
        return super().eventFilter(watched, event)

    def restore(self) -> None:
        """Put the window, its splitters and its tables back as this user left them."""
        # Size and place are kept as numbers, not Qt's geometry blob: restoring that blob
        # fits it to the screen Qt sees, while fit_window fits it to the area windows may
        # use (the same on a real screen; a smaller one when trying a small screen).
        size = self.settings.value(self.key("size"))
        place = self.settings.value(self.key("position"))
        if isinstance(size, QSize) and size.isValid():
            self.window.resize(size)
        if isinstance(place, QPoint):
            self.window.move(place)
        fit_window(self.window, grow=False)  # the window's own size, or the one left
        if self.settings.value(self.key("maximized")) in (True, "true"):
            self.window.setWindowState(self.window.windowState()
                                       | Qt.WindowState.WindowMaximized)
        for splitter in self._named(QSplitter):
            assert isinstance(splitter, QSplitter)
            state = _bytes(self.settings.value(self.key("splitters", splitter.objectName())))
            if state is not None:
                splitter.restoreState(state)
        for table in self._named(QTableView):
            self._restore_header(table)

    def save(self) -> None:
        maximized = self.window.isMaximized()
        self.settings.setValue(self.key("maximized"), maximized)
        if not maximized:
            self.settings.setValue(self.key("size"), self.window.size())
            self.settings.setValue(self.key("position"), self.window.pos())
        for splitter in self._named(QSplitter):
            assert isinstance(splitter, QSplitter)
            self.settings.setValue(self.key("splitters", splitter.objectName()),
                                   splitter.saveState())
        for table in self._named(QTableView):
            assert isinstance(table, QTableView)
            header = table.horizontalHeader()
            if header.count() > 0:
                self.settings.setValue(self.key("tables", table.objectName()),
                                       header.saveState())
        self.settings.sync()

    def _named(self, kind: type[QSplitter] | type[QTableView]) -> list[QWidget]:
        return [widget for widget in self.window.findChildren(kind)
                if widget.objectName() and not widget.objectName().startswith("qt_")]

    def _restore_header(self, table: QWidget) -> None:
        assert isinstance(table, QTableView)
        state = _bytes(self.settings.value(self.key("tables", table.objectName())))
        if state is None:
            return
        header = table.horizontalHeader()
        if header.count() > 0:
            header.restoreState(state)
            return

        # The table fills later (off the GUI thread): restore once its columns exist.
        def columns_came(_old: int, new: int, header: QHeaderView = header) -> None:
            if new > 0:
                header.sectionCountChanged.disconnect(columns_came)
                header.restoreState(state)

        header.sectionCountChanged.connect(columns_came)


def remember(window: QWidget, name: str, user_id: int,
             settings: QSettings | None = None) -> WindowMemory:
    """Remember ``window``'s layout under ``name`` for user ``user_id`` (see the module)."""
    return WindowMemory(window, name, user_id, settings)
