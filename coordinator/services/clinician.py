"""The clinician responsible for a client's treatment (name, credentials, NPI, phone)."""

from __future__ import annotations

from coordinator.services.context import ServiceContext


class ClinicianService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
