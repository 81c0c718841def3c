"""A client's allergies, and "No known allergies" apart from "not asked yet"."""

from __future__ import annotations

from coordinator.services.context import ServiceContext


class AllergyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
