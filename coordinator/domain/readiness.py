"""The readiness assessment behind a planned level change: the clinician's own risk rating
and a few words for each of the six ASAM dimensions, who among previous providers was
consulted, and the level the clinician recommends.

Only the dimensions' names are used here. The ASAM Criteria's scoring and placement rules
are licensed content: nothing in the app turns these ratings into a level; the
recommended level is the clinician's choice, recorded as made.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class AsamDimension(IntEnum):
    ACUTE_INTOXICATION = 1
    BIOMEDICAL = 2
    EMOTIONAL_BEHAVIORAL = 3
    READINESS_TO_CHANGE = 4
    RELAPSE_POTENTIAL = 5
    RECOVERY_ENVIRONMENT = 6


DIMENSION_TITLES: dict[AsamDimension, str] = {
    AsamDimension.ACUTE_INTOXICATION: "Acute intoxication and/or withdrawal potential",
    AsamDimension.BIOMEDICAL: "Biomedical conditions and complications",
    AsamDimension.EMOTIONAL_BEHAVIORAL:
        "Emotional, behavioral or cognitive conditions and complications",
    AsamDimension.READINESS_TO_CHANGE: "Readiness to change",
    AsamDimension.RELAPSE_POTENTIAL:
        "Relapse, continued use or continued problem potential",
    AsamDimension.RECOVERY_ENVIRONMENT: "Recovery/living environment",
}


class RiskRating(StrEnum):
    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


RISK_TITLES: dict[RiskRating, str] = {
    RiskRating.NONE: "None", RiskRating.LOW: "Low", RiskRating.MODERATE: "Moderate",
    RiskRating.HIGH: "High",
}

def rating_field(dimension: AsamDimension) -> str:
    """The field a form shows the dimension's rating under (``dimension_1_rating``)."""
    return f"dimension_{dimension.value}_rating"


def narrative_field(dimension: AsamDimension) -> str:
    return f"dimension_{dimension.value}_narrative"


def unrated_problem(dimension: AsamDimension) -> str:
    return (f"Rate dimension {dimension.value} ({DIMENSION_TITLES[dimension].lower()}): "
            "none, low, moderate or high.")
