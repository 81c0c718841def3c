"""A client's problem list: ICD-10-CM diagnoses with primary, substance-use and status."""

from __future__ import annotations

from coordinator.services.context import ServiceContext


class DiagnosisService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
