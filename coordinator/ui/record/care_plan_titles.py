"""The care plan's words as the screens show them, each a literal the translation finds."""

from __future__ import annotations

from coordinator.domain.care_plan import PlanItemStatus, Progress, ServiceModality
from coordinator.ui.translation import translate


def status_title(status: PlanItemStatus) -> str:
    return {PlanItemStatus.OPEN: translate("CarePlan", "Open"),
            PlanItemStatus.MET: translate("CarePlan", "Met"),
            PlanItemStatus.REVISED: translate("CarePlan", "Revised"),
            PlanItemStatus.DISCONTINUED: translate("CarePlan", "Discontinued")}[status]


def modality_title(modality: ServiceModality) -> str:
    """How a service is delivered, or how a client attended a session."""
    return {ServiceModality.IN_PERSON: translate("CarePlan", "In person"),
            ServiceModality.VIDEO: translate("CarePlan", "Video"),
            ServiceModality.PHONE: translate("CarePlan", "Phone")}[modality]


def progress_title(progress: Progress) -> str:
    return {Progress.NOT_STARTED: translate("CarePlan", "Not started"),
            Progress.SOME: translate("CarePlan", "Some progress"),
            Progress.GOOD: translate("CarePlan", "Good progress"),
            Progress.MET: translate("CarePlan", "Met"),
            Progress.WORSE: translate("CarePlan", "Worse")}[progress]
