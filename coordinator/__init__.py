"""Coordinator: care coordination across levels of care for behavioral-health case managers."""

__version__ = "0.1.0"
