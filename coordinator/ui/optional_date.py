"""A date a person may leave "Not recorded", typed as it reads (2025-11-04).

Every record dialog with an optional date (a care-team member's start, a problem's onset,
a medication's start and stop, a directive's signing) uses this one widget: the app's date
field, allowed to stay blank.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from coordinator.ui.date_field import NO_DATE, DateField
from coordinator.ui.translation import translate

__all__ = ["NO_DATE", "OptionalDateEdit"]


class OptionalDateEdit(DateField):
    """A date that may be "Not recorded" (blank); ``today`` is where its calendar opens."""

    def __init__(self, day: date | None, today: date, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(day, accessible, optional=True,
                         empty_text=translate("OptionalDate", "Not recorded"),
                         parent=parent)
        self._today = today
