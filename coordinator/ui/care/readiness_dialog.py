"""Record (or correct) the readiness assessment behind a planned step-up or step-down: the
clinician's risk rating and a few words for each of the six ASAM dimensions, who among
previous providers was consulted and when, and the level the clinician recommends.

The ratings are the clinician's judgement as given; the app derives nothing from them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator.domain.readiness import (
    DIMENSION_TITLES,
    RISK_TITLES,
    AsamDimension,
    RiskRating,
    narrative_field,
    rating_field,
)
from coordinator.services.care.dto import LevelView
from coordinator.services.readiness import DimensionInput, ReadinessInput, ReadinessView
from coordinator.ui.care.fields import date_edit, day_of, level_combo, select_data, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, error_label, form_layout, text_box
from coordinator.ui.locale_text import date_text
from coordinator.ui.optional_date import OptionalDateEdit
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate

#: The domain's rating and dimension titles (coordinator.domain.readiness has no Qt), marked for
#: lupdate under the context they are translated in.
MARKED = (
    QT_TRANSLATE_NOOP("ReadinessDialog", "None"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Low"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Moderate"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "High"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Acute intoxication and/or withdrawal potential"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Biomedical conditions and complications"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Emotional, behavioral or cognitive conditions and "
                                         "complications"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Readiness to change"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Relapse, continued use or continued problem potential"),
    QT_TRANSLATE_NOOP("ReadinessDialog", "Recovery/living environment"),
)


def rating_title(rating: RiskRating) -> str:
    return translate("ReadinessDialog", RISK_TITLES[rating])


def dimension_title(dimension: AsamDimension) -> str:
    return translate("ReadinessDialog", DIMENSION_TITLES[dimension])


class ReadinessDialog(ServiceFormDialog):
    """The six dimensions with a rating and a narrative each, the consultation and the
    recommended level; ``existing`` opens a recorded assessment for correction."""

    def __init__(self, ui: UiContext, client_id: int, levels: Sequence[LevelView], *,
                 episode_id: int | None = None, existing: ReadinessView | None = None,
                 suggested_level: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.episode_id = existing.details.episode_id if existing else episode_id
        self.existing = existing
        self.setObjectName("readinessDialog")
        self.setWindowTitle(self.tr("Readiness assessment") if existing is None
                            else arg(self.tr("Readiness assessment of %1"),
                                     date_text(existing.details.assessed_on)))
        today = today_of(ui)
        form = form_layout()
        self.assessed_on = date_edit(today, self.tr("Assessment date"))
        self.errors.add_row(form, "assessed_on", self.tr("Assessed &on"), self.assessed_on)
        form.addRow(self._dimensions_box())
        self.level = level_combo(levels, self.tr("Recommended level of care"))
        self.level.insertItem(0, self.tr("Not chosen yet"), None)
        self.level.setCurrentIndex(0)
        select_data(self.level, suggested_level)
        self.errors.add_row(form, "recommended_level_code", self.tr("&Recommended level"),
                            self.level)
        self.consulted = QLineEdit()
        self.consulted.setAccessibleName(self.tr("Previous providers consulted"))
        self.consulted.setPlaceholderText(
            self.tr("Care-team members or facility contacts, e.g. Dr. Okafor, Mercy General"))
        self.errors.add_row(form, "consulted", self.tr("Co&nsulted"), self.consulted)
        self.consulted_on = OptionalDateEdit(None, today, self.tr("Day consulted"))
        self.errors.add_row(form, "consulted_on", self.tr("Consulted on"), self.consulted_on)
        self.summary = text_box(self.tr("Summary"), 48)
        self.summary.setMaximumHeight(96)
        self.summary.setPlaceholderText(self.tr("Optional: the clinician's overall view"))
        self.errors.add_row(form, "summary", self.tr("S&ummary"), self.summary)
        if existing is not None:
            self._show(existing)
        self.layout_with(form)
        self.assessed_on.setFocus()

    def _dimensions_box(self) -> QGroupBox:
        """One row per dimension: its name, the rating and the narrative, with a line for
        each one's message under them."""
        box = QGroupBox(self.tr("ASAM dimensions: the clinician's rating of risk"))
        box.setAccessibleName(self.tr("ASAM dimensions"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        self.ratings: dict[AsamDimension, QComboBox] = {}
        self.narratives: dict[AsamDimension, QLineEdit] = {}
        for number, dimension in enumerate(AsamDimension):
            title = QLabel(f"&{dimension.value} {dimension_title(dimension)}")
            title.setWordWrap(True)
            title.setMinimumWidth(220)
            rating = QComboBox()
            rating.setObjectName(f"rating_{dimension.value}")
            rating.setAccessibleName(self.tr("Dimension %1 rating").replace(
                "%1", str(dimension.value)))
            rating.addItem(self.tr("Not rated"), None)
            for choice in RiskRating:
                rating.addItem(rating_title(choice), choice.value)
            title.setBuddy(rating)
            narrative = QLineEdit()
            narrative.setObjectName(f"narrative_{dimension.value}")
            narrative.setAccessibleName(self.tr("Dimension %1 narrative").replace(
                "%1", str(dimension.value)))
            narrative.setPlaceholderText(self.tr("In a few words, why"))
            narrative.setMinimumWidth(300)
            problem = error_label()
            grid.addWidget(title, 2 * number, 0)
            grid.addWidget(rating, 2 * number, 1)
            grid.addWidget(narrative, 2 * number, 2)
            grid.addWidget(problem, 2 * number + 1, 0, 1, 3)
            # Both fields' messages share the line under the row.
            self.errors.register(rating_field(dimension), rating, problem)
            self.errors.register(narrative_field(dimension), narrative, problem)
            self.ratings[dimension] = rating
            self.narratives[dimension] = narrative
        return box

    def _show(self, existing: ReadinessView) -> None:
        details = existing.details
        self.assessed_on.set_day(details.assessed_on)
        select_data(self.level, details.recommended_level_code)
        self.consulted.setText(details.consulted)
        self.consulted_on.set_day(details.consulted_on)
        self.summary.setPlainText(details.summary)
        for given in details.dimensions:
            select_data(self.ratings[given.dimension], given.rating.value
                        if given.rating else None)
            self.narratives[given.dimension].setText(given.narrative)

    def rate(self, dimension: AsamDimension, rating: RiskRating, narrative: str = "") -> None:
        """Set one dimension as a person would (for scripts and tests)."""
        select_data(self.ratings[dimension], rating.value)
        self.narratives[dimension].setText(narrative)

    def details(self) -> ReadinessInput:
        dimensions = []
        for dimension in AsamDimension:
            code = self.ratings[dimension].currentData()
            dimensions.append(DimensionInput(
                dimension, RiskRating(code) if code else None,
                self.narratives[dimension].text()))
        return ReadinessInput(
            assessed_on=day_of(self.assessed_on),
            recommended_level_code=self.level.currentData(),
            dimensions=tuple(dimensions), consulted=self.consulted.text(),
            consulted_on=self.consulted_on.day(), summary=self.summary.toPlainText(),
            episode_id=self.episode_id)

    def service_call(self) -> Callable[[], Any]:
        readiness, details = self.ui.services.readiness, self.details()
        if self.existing is not None:
            assessment_id, version = self.existing.id, self.existing.version
            return lambda: readiness.update(assessment_id, version, details)
        client_id = self.client_id
        return lambda: readiness.record(client_id, details)
