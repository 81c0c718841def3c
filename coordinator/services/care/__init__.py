"""Levels of care, episodes and transitions (docs/architecture.md §3)."""

from coordinator.services.care.dto import (
    CompletedTransition,
    DischargeDetails,
    EpisodeInput,
    EpisodeView,
    FacilityChoice,
    LevelInput,
    LevelView,
    TransitionCompletion,
    TransitionPlan,
    TransitionView,
)
from coordinator.services.care.episodes import EpisodeService
from coordinator.services.care.levels import LevelService
from coordinator.services.care.transitions import TransitionService

__all__ = [
    "CompletedTransition", "DischargeDetails", "EpisodeInput", "EpisodeService", "EpisodeView",
    "FacilityChoice", "LevelInput", "LevelService", "LevelView", "TransitionCompletion",
    "TransitionPlan", "TransitionService", "TransitionView",
]
