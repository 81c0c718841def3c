"""The care plan's words as the screens show them, each a literal the translation finds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.domain.care_plan import PlanItemStatus, Progress, ServiceModality


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarePlan", text)


def status_title(status: PlanItemStatus) -> str:
    return {PlanItemStatus.OPEN: _tr("Open"), PlanItemStatus.MET: _tr("Met"),
            PlanItemStatus.REVISED: _tr("Revised"),
            PlanItemStatus.DISCONTINUED: _tr("Discontinued")}[status]


def modality_title(modality: ServiceModality) -> str:
    """How a service is delivered, or how a client attended a session."""
    return {ServiceModality.IN_PERSON: _tr("In person"), ServiceModality.VIDEO: _tr("Video"),
            ServiceModality.PHONE: _tr("Phone")}[modality]


def progress_title(progress: Progress) -> str:
    return {Progress.NOT_STARTED: _tr("Not started"), Progress.SOME: _tr("Some progress"),
            Progress.GOOD: _tr("Good progress"), Progress.MET: _tr("Met"),
            Progress.WORSE: _tr("Worse")}[progress]
