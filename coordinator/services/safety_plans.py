"""The Stanley-Brown safety plan: dated versions, the latest in force."""

from __future__ import annotations

from coordinator.services.context import ServiceContext


class SafetyPlanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
