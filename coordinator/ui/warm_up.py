"""Qt's first-use costs, paid while the person types their password.

The first dashboard after sign-in used to cost about twice every later one: Qt creates the
Python types of its enums on first use, rasterizes each glyph the first time it is drawn,
matches the stylesheet against each new kind of widget, and the icons are drawn from SVG.
Once the services are loaded, and only if the person has not pressed Enter yet, the icons
are drawn and a dashboard is built and painted once off screen (it reads nothing: views
read when shown), then thrown away. Each step is one short pass of the event loop, so
typing stays smooth.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.resources import icon

#: The icons the main window shows at once (navigation and window).
MAIN_WINDOW_ICONS = ("app", "dashboard", "clients", "referrals", "roll-call", "resources",
                     "facilities", "reports", "admin", "lock")


def warm_up(ui: UiContext, wanted: Callable[[], bool]) -> None:
    """Start warming; ``wanted`` is asked before each step (False: the person pressed
    Enter or the window went away, so the event loop is theirs)."""
    steps: list[Callable[[], None]] = [lambda: _draw_icons(), lambda: _paint_dashboard(ui)]

    def next_step() -> None:
        if steps and wanted():
            steps.pop(0)()
            QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)


def _draw_icons() -> None:
    for name in MAIN_WINDOW_ICONS:
        icon(name)  # cached: the main window takes them from the cache


def _paint_dashboard(ui: UiContext) -> None:
    from coordinator.ui.views.dashboard import DashboardView

    view = DashboardView(ui)
    view.resize(1068, 720)
    view.grab()  # painted off screen: never shown, so it reads and logs nothing
    dispose(view)
