"""Psychiatric and medical advance directives (and POLST) of a client."""

from __future__ import annotations

from coordinator.services.context import ServiceContext


class AdvanceDirectiveService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
