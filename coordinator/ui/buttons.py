"""Action buttons as the views and the record's tabs make them: the title with its mnemonic,
the name a screen reader says, and what a click does, in one call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def action_button(text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
    """A push button titled ``text`` (with its ``&`` mnemonic), named ``accessible`` for
    screen readers, that calls ``slot`` when clicked."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button
