"""A client's medications: dose and unit, route and frequency from lists, status."""

from __future__ import annotations

from coordinator.services.context import ServiceContext


class MedicationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
