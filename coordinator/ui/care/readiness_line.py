"""The transition dialog's line about the readiness assessment behind the move: the latest
one recorded during the episode the client leaves (its date and recommended level) with
a button to open it, or a warning and a button to record one. When the clinic requires an
assessment, the warning says a step-up or step-down will be refused without one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from coordinator.domain.levels import Direction
from coordinator.services.care.dto import EpisodeView, LevelView
from coordinator.services.readiness import ReadinessView
from coordinator.ui.care.readiness_dialog import ReadinessDialog
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.layouts import row
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg

_NEEDS_ONE = (Direction.STEP_UP.value, Direction.STEP_DOWN.value)


class ReadinessLine(QWidget):
    """What the assessment behind a planned move is, and the way to open or record it."""

    assessment_shown = Signal(object)
    """The line shows the latest assessment: ``(ReadinessView or None)``."""
    dialog_opened = Signal(object)
    """The assessment dialog was opened, new or on the latest one: ``(ReadinessDialog)``."""

    def __init__(self, ui: UiContext, client_id: int, source: EpisodeView,
                 levels: Sequence[LevelView], target_code: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        """``target_code`` gives the level chosen for the move (the level an assessment
        recorded from here recommends unless the person picks another)."""
        super().__init__(parent)
        self.ui = ui
        self.client_id = client_id
        self.source = source
        self.levels = levels
        self.target_code = target_code
        self.latest: ReadinessView | None = None
        self.required = False
        self.direction = Direction.LATERAL.value
        self.dialog: ReadinessDialog | None = None
        self.summary = QLabel(self.tr("Looking for a readiness assessment…"))
        self.summary.setObjectName("readinessSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Readiness assessment"))
        self.button = QPushButton(self.tr("Record assessme&nt…"))
        self.button.setAccessibleName(self.tr("Record the readiness assessment"))
        self.button.clicked.connect(self.open_assessment)
        self.setAccessibleName(self.tr("Readiness assessment"))
        row(self, (self.summary, 1), self.button, margins=(0, 0, 0, 0))
        self.setFocusProxy(self.button)
        self.refresh()

    def refresh(self) -> None:
        readiness, client_id = self.ui.services.readiness, self.client_id
        since = self.source.start_date
        self.ui.operations.call(
            self, lambda: (readiness.latest(client_id, since), readiness.required()),
            done=self._show, failed=lambda error: report_failure(self.ui.dialogs, self, error))

    def set_direction(self, direction: str) -> None:
        """The move's direction (``Direction`` value): only a step-up or step-down needs
        an assessment."""
        self.direction = direction
        self._show_text()

    def _show(self, found: tuple[ReadinessView | None, bool]) -> None:
        self.latest, self.required = found
        self._show_text()
        self.assessment_shown.emit(self.latest)

    def _show_text(self) -> None:
        latest = self.latest
        if latest is not None:
            text = arg(self.tr("Assessed %1: recommends %2"),
                       date_text(latest.details.assessed_on),
                       level_name(latest.recommended_level_name,
                                  latest.details.recommended_level_code))
            if latest.assessed_by_name:
                text += arg(self.tr(" (%1)"), latest.assessed_by_name)
            self.button.setText(self.tr("Open assessme&nt…"))
            self.button.setAccessibleName(self.tr("Open the readiness assessment"))
            warned = False
        else:
            if self.direction not in _NEEDS_ONE:
                text = self.tr("None recorded during this episode.")
            elif self.required:
                text = "⚠ " + self.tr("None recorded during this episode; the clinic "
                                      "requires one before a step-up or step-down.")
            else:
                text = "⚠ " + self.tr("None recorded during this episode; record the "
                                      "clinician's assessment behind this move.")
            warned = self.direction in _NEEDS_ONE
            self.button.setText(self.tr("Record assessme&nt…"))
            self.button.setAccessibleName(self.tr("Record the readiness assessment"))
        self.summary.setText(text)
        self.summary.setProperty("warning", warned)
        self.summary.setObjectName("fieldError" if warned else "readinessSummary")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def open_assessment(self) -> None:
        """Open the latest assessment (read again, which logs the view), or a new one for
        the level chosen; ``dialog_opened`` follows, and the line shows what is saved."""
        if self.latest is None:
            self._open_dialog(None)
            return
        readiness, assessment_id = self.ui.services.readiness, self.latest.id
        self.ui.operations.call(
            self, readiness.get, assessment_id, done=self._open_dialog,
            failed=lambda error: report_failure(self.ui.dialogs, self, error))

    def _open_dialog(self, existing: ReadinessView | None) -> None:
        dialog = self.dialog = ReadinessDialog(
            self.ui, self.client_id, self.levels, episode_id=self.source.id,
            existing=existing, suggested_level=self.target_code(), parent=self)
        dialog.saved.connect(self._saved)
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)

    def _saved(self, view: ReadinessView) -> None:
        self.latest = view
        self._show_text()
        self.assessment_shown.emit(view)
