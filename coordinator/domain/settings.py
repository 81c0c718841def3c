"""Clinic settings, each declared once with its type, default, limits and title.

The store keeps values as text in the ``setting`` table; this registry parses and validates
them so every reader sees a typed value and every writer gets a clear sentence on bad input.
The clinic's National Provider Identifier is its own kind, checked digit by digit (CMS NPI
check digit), because a mistyped NPI on a transfer packet is refused by the receiving payer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from coordinator.domain.care_plan import DEFAULT_REVIEW_DAYS, REVIEWED_LEVELS, review_setting_key
from coordinator.domain.clinical_record import npi_is_valid
from coordinator.domain.errors import ValidationError

Kind = Literal["text", "int", "bool", "image", "npi"]

NPI_LENGTH = 10


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: Kind
    default: str
    title: str
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = 500


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("clinic_name", "text", "", "Clinic name", max_length=200),
    SettingSpec("clinic_address", "text", "", "Address", max_length=500),
    SettingSpec("clinic_phone", "text", "", "Phone", max_length=40),
    SettingSpec("clinic_fax", "text", "", "Fax", max_length=40),
    # The clinic's (type 2, organization) NPI and its state license, for the letterhead of
    # documents that leave the clinic; either may stay empty.
    SettingSpec("clinic_npi", "npi", "", "Clinic NPI", max_length=NPI_LENGTH),
    SettingSpec("clinic_license", "text", "", "License", max_length=100),
    # The logo is kept as a base64 PNG/JPEG so it travels with the database to every workstation.
    SettingSpec("clinic_logo", "image", "", "Logo", max_length=2_000_000),
    SettingSpec("step_down_window_days", "int", "14", "Step-down window (days)", 1, 90),
    SettingSpec("idle_lock_minutes", "int", "15", "Lock after idle minutes", 1, 240),
    SettingSpec("require_consent_all_disclosures", "bool", "false",
                "Require consent for all disclosures"),
    # The age from which the clinic's state lets a minor consent to substance-use treatment
    # alone; such a minor alone signs a Part 2 consent, a younger one signs with a parent or
    # guardian (42 CFR 2.14). 12 is California's (Family Code 6929); 18: never alone.
    SettingSpec("minor_sud_consent_age", "int", "12",
                "Age a minor may consent to substance-use treatment alone (18: never)", 12, 18),
    SettingSpec("pcl5_probable_ptsd_cutoff", "int", "33", "PCL-5 probable PTSD cut-off", 31, 33),
    # How often each instrument is due in an episode, in days (0: not scheduled).
    SettingSpec("phq9_due_every_days", "int", "7", "PHQ-9 due every (days, 0: never)", 0, 90),
    SettingSpec("gad7_due_every_days", "int", "14", "GAD-7 due every (days, 0: never)", 0, 90),
    SettingSpec("pcl5_due_every_days", "int", "0", "PCL-5 due every (days, 0: never)", 0, 90),
    # Off: a step-up or step-down planned without a readiness assessment is warned about;
    # on: it is refused until one is recorded during the episode it leaves.
    SettingSpec("require_readiness_assessment", "bool", "false",
                "Require a readiness assessment before a step-up or step-down"),
    SettingSpec("demo_database", "bool", "false", "Demo database"),
    # How often a care plan is reviewed at each level of care, in days (domain.care_plan).
    *(SettingSpec(review_setting_key(level), "int", str(DEFAULT_REVIEW_DAYS),
                  f"Care plan review every (days) in {level}", 1, 365)
      for level in REVIEWED_LEVELS),
)

SETTINGS_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}

SettingValue = str | int | bool


def spec_for(key: str) -> SettingSpec:
    try:
        return SETTINGS_BY_KEY[key]
    except KeyError:
        raise ValidationError(f"There is no setting called '{key}'.") from None


def parse_value(spec: SettingSpec, text: str) -> SettingValue:
    """Typed value of a stored text; a bad stored value falls back to the default."""
    try:
        return _parse_strict(spec, text)
    except ValidationError:
        return _parse_strict(spec, spec.default)


def validate_value(spec: SettingSpec, value: SettingValue) -> str:
    """The text to store for ``value``, or ``ValidationError`` naming the setting."""
    text = _as_text(value)
    parsed = _parse_strict(spec, text)
    # An NPI is kept as its ten digits, whatever spaces were typed between them.
    return str(parsed) if spec.kind == "npi" else text


def typed_npi(text: str) -> str:
    """The NPI as typed, without the spaces or hyphens people put between digit groups."""
    return "".join(text.split()).replace("-", "")


def npi_problem(label: str, npi: str) -> str | None:
    """A sentence when ``npi`` (already without spaces) is not a valid NPI, else None.

    The last of the ten digits is a check digit (CMS, "Requirements for Constructing the
    NPI Check Digit"), so most single mistyped digits and swapped neighbours are caught;
    the sentence says which check digit the first nine call for.
    """
    if not npi.isascii() or not npi.isdigit():
        return f"{label} is {NPI_LENGTH} digits, with no letters or other signs."
    if len(npi) != NPI_LENGTH:
        return f"{label} is {NPI_LENGTH} digits (this has {len(npi)})."
    if npi_is_valid(npi):
        return None
    expected = next(digit for digit in "0123456789" if npi_is_valid(npi[:9] + digit))
    return (f"{label} {npi} is not a valid NPI: its last digit is a check digit, which "
            f"for these first nine digits would be {expected}; check for a mistyped digit.")


def _as_text(value: SettingValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _parse_strict(spec: SettingSpec, text: str) -> SettingValue:
    if spec.kind == "int":
        try:
            number = int(text.strip())
        except ValueError:
            raise ValidationError.for_fields(
                {spec.key: f"{spec.title} must be a whole number."}) from None
        if (spec.minimum is not None and number < spec.minimum) or (
            spec.maximum is not None and number > spec.maximum
        ):
            raise ValidationError.for_fields(
                {spec.key: f"{spec.title} must be between {spec.minimum} and {spec.maximum}."})
        return number
    if spec.kind == "bool":
        lowered = text.strip().lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no", ""):
            return False
        raise ValidationError.for_fields({spec.key: f"{spec.title} must be yes or no."})
    if spec.kind == "npi":
        npi = typed_npi(text)
        if npi and (problem := npi_problem(spec.title, npi)):
            raise ValidationError.for_fields({spec.key: problem})
        return npi
    if len(text) > spec.max_length:
        raise ValidationError.for_fields(
            {spec.key: f"{spec.title} is too long (at most {spec.max_length} characters)."})
    return text
