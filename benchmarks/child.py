"""The separate processes whose start-up is measured: the app, and a bare Qt window.

``python -m benchmarks.child app DB STARTED_AT``, ``... signin DB STARTED_AT`` or
``... bare STARTED_AT`` prints one JSON line. ``STARTED_AT`` is the parent's ``time.time()``
just before it spawned this process, so the figures include the interpreter's start and
every import, as a person double-clicking the app waits for them; the children are measured
the same way, so their ratio is fair.
Nothing is imported at module level beyond the standard library, for the same reason.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

_NEVER_IDLE_MS = 24 * 3_600_000
_SETTLE_ROUNDS = 50
_TYPING_S = 2.0


def rss_mb() -> float:
    """Resident memory of this process (VmRSS), in MB of 10^6 bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024 / 1e6
    raise RuntimeError("No VmRSS line in /proc/self/status")


def _quiet_offscreen_notes(_kind: Any, _context: Any, text: str) -> None:
    """The offscreen platform says what it cannot do at every window; the rest goes on."""
    if not text.startswith("This plugin does not support"):
        print(text, file=sys.stderr)


def _application(argv0: str) -> Any:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    return QApplication([argv0])


def bare_window(started_at: float) -> dict[str, Any]:
    """The floor: the least a PySide6 program does to put a main window on screen."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    app = _application("bare")
    window = QMainWindow()
    window.setCentralWidget(QLabel("Coordinator"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    interactive = time.time() - started_at
    return {"interactive_s": interactive, "ready_s": interactive, "rss_mb": rss_mb()}


def app_window(database: str, started_at: float) -> dict[str, Any]:
    """The app's own start: services, sign-in as the demo admin, the main window.

    The sign-in is called directly rather than typed into the sign-in dialog, but it does the
    same work (Argon2 check, audit event), which a person waits for after pressing Enter; the
    demo administrator's password comes in ``COORDINATOR_PASSWORD``.
    ``interactive_s`` is when the window is shown and the event loop has handled what was
    pending; ``ready_s`` is when the dashboard's background read has landed too; the RSS is
    read with the Clients view showing its first page, as docs/architecture.md §6 asks.
    """
    phases: dict[str, float] = {}

    def mark(name: str) -> None:
        phases[name] = time.time() - started_at

    mark("interpreter")
    from benchmarks.quiet_dialogs import RecordingDialogs
    from coordinator.services.app import open_services
    from coordinator.ui.collector import GuiThreadCollector
    from coordinator.ui.context import UiContext
    from coordinator.ui.main_window import MainWindow
    from coordinator.ui.resources import apply_look, install_translators

    mark("imports")
    app = _application("Coordinator")
    app.setQuitOnLastWindowClosed(False)
    apply_look(app)
    install_translators(app)
    collector = GuiThreadCollector(app)
    mark("qt_application")
    services, _backup = open_services(database)
    services.auth.login("admin", os.environ["COORDINATOR_PASSWORD"])
    mark("services_and_sign_in")
    dialogs = RecordingDialogs()
    ui = UiContext.create(services, dialogs)
    window = MainWindow(ui, idle_interval_ms=_NEVER_IDLE_MS)
    mark("main_window_built")
    window.show()
    app.processEvents()
    mark("interactive")
    _settle(app, ui)
    mark("dashboard_ready")
    window.show_view("clients")
    _settle(app, ui)
    mark("clients_ready")
    memory = rss_mb()
    collector.stop()
    if dialogs.messages:
        raise RuntimeError("The app reported: " + " | ".join(dialogs.messages))
    return {"interactive_s": phases["interactive"], "ready_s": phases["dashboard_ready"],
            "rss_mb": memory, "phases_s": phases}


def sign_in_window(database: str, started_at: float) -> dict[str, Any]:
    """The app as ``coordinator gui`` starts it: the sign-in window first, the services
    loading behind it; then Enter, and the main window with its dashboard filled.

    ``first_window_s`` is when the sign-in window is shown and the events pending then are
    handled, measured like the bare window; ``enter_to_dashboard_ms`` runs from the moment
    the sign-in succeeded (Argon2 done) to the dashboard's reads landed in the window.
    Enter is pressed once the services are loaded and at least two seconds after the
    window appeared, as a person typing a user name and password does.
    """
    phases: dict[str, float] = {}

    def mark(name: str) -> None:
        phases[name] = time.time() - started_at

    from PySide6.QtCore import QTimer, qInstallMessageHandler

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    from coordinator.ui.app import open_app

    mark("imports")
    from benchmarks.quiet_dialogs import RecordingDialogs

    dialogs = RecordingDialogs()
    startup, _finish = open_app(database, dialogs=dialogs)
    app = startup.app
    app.processEvents()
    mark("first_window")
    answer: dict[str, Any] = {}

    def ready() -> None:
        mark("services_ready")
        flow = startup.flow
        assert flow is not None and startup.ui is not None
        flow.window_shown.connect(shown)
        login = flow.window
        if login is None or not hasattr(login, "sign_in"):
            raise RuntimeError(f"Expected the sign-in window, not {login!r}")
        # Connected before the session flow takes the window over, so the mark comes
        # before the main window is built.
        login.signed_in.connect(lambda _actor: mark("signed_in"))
        # A person types a user name and a password: Enter comes no sooner than this
        # after the window appeared (the wait is not part of any figure).
        typing_ms = max(0, round((phases["first_window"] + _TYPING_S
                                  - (time.time() - started_at)) * 1000))
        QTimer.singleShot(typing_ms, press_enter)

    def press_enter() -> None:
        login: Any = startup.flow.window if startup.flow is not None else None
        login.username.setText("admin")
        login.password.setText(os.environ["COORDINATOR_PASSWORD"])
        mark("enter")
        login.sign_in()

    def shown(window: Any) -> None:
        if type(window).__name__ != "MainWindow":
            return
        # Filled when the dashboard's own reading is on screen. An administrator's or
        # supervisor's caseload table by case manager is read after it (its own row:
        # "supervisor_caseloads"), so it is not waited for here.
        filled: list[bool] = []
        window.views["dashboard"].clocks_loaded.connect(lambda _rows: filled.append(True))
        _settle(app, startup.ui, until=lambda: bool(filled))
        mark("dashboard_filled")
        answer.update(first_window_s=phases["first_window"],
                      enter_to_dashboard_ms=(phases["dashboard_filled"]
                                             - phases["signed_in"]) * 1000,
                      phases_s=dict(phases))
        app.exit(0)

    startup.ready.connect(ready)
    app.exec()
    if dialogs.messages:
        raise RuntimeError("The app reported: " + " | ".join(dialogs.messages))
    if not answer:
        raise RuntimeError("The main window never showed")
    return answer


def _settle(app: Any, ui: Any, until: Callable[[], bool] | None = None) -> None:
    """Let every background read finish and its answer reach the widgets (or only those
    needed for ``until()`` to be true)."""
    for _ in range(_SETTLE_ROUNDS):
        ui.operations.wait()
        app.processEvents()
        if ui.operations.pending() == 0 or (until is not None and until()):
            break
    app.processEvents()


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "bare":
        answer = bare_window(float(argv[1]))
    elif len(argv) == 3 and argv[0] == "app":
        answer = app_window(argv[1], float(argv[2]))
    elif len(argv) == 3 and argv[0] == "signin":
        answer = sign_in_window(argv[1], float(argv[2]))
    else:
        print("usage: python -m benchmarks.child "
              "(bare STARTED_AT | app DB STARTED_AT | signin DB STARTED_AT)",
              file=sys.stderr)
        return 2
    print(json.dumps(answer), flush=True)
    # Skip Qt's and SQLAlchemy's tear-down: it is not part of the start, and the parent
    # waits for the exit before spawning the next child.
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
