"""The clinic's responsible clinicians and the identifiers a packet prints for them: invented
National Provider Identifiers that still pass the check a billing system runs."""

from __future__ import annotations

from dataclasses import dataclass

from coordinator.demo.directory import CLINIC_PHONE
from coordinator.demo.names import RESPONSIBLE_CLINICIANS

# The clinic's own (type 2, organization) NPI and its state licence for outpatient,
# intensive outpatient and partial hospitalization care. Both invented.
CLINIC_NPI_BASE = "189175430"
CLINIC_LICENSE = "DHCS 190000AP"


def npi_check_digit(first_nine: str) -> int:
    """The tenth digit of an NPI (CMS, "Requirements for Constructing the NPI Check Digit"):
    the Luhn check digit of the nine digits prefixed with 80840, the prefix for US health
    identifiers (ISO/IEC 7812)."""
    total = 0
    # Counting from the right of the payload, every other digit (starting with the last)
    # is doubled and its digits added; the check digit brings the sum to a multiple of 10.
    for position, character in enumerate(reversed("80840" + first_nine)):
        digit = int(character)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def make_npi(first_nine: str) -> str:
    """A ten-digit NPI from its first nine digits."""
    if len(first_nine) != 9 or not first_nine.isdigit():
        raise ValueError(f"An NPI starts with nine digits, not {first_nine!r}.")
    return f"{first_nine}{npi_check_digit(first_nine)}"


CLINIC_NPI = make_npi(CLINIC_NPI_BASE)


@dataclass(frozen=True)
class Clinician:
    listed_as: str  # as the medication list and care team write the name
    name: str
    credentials: str
    npi: str
    phone: str

    @property
    def prescribes(self) -> bool:
        return self.credentials in ("MD", "DO", "PMHNP-BC")


CLINICIANS: tuple[Clinician, ...] = tuple(
    Clinician(listed_as, name, credentials, make_npi(first_nine),
              f"{CLINIC_PHONE} ext. {210 + number}")
    for number, (listed_as, name, credentials, first_nine) in enumerate(RESPONSIBLE_CLINICIANS))
CLINICIAN_BY_LISTING: dict[str, Clinician] = {c.listed_as: c for c in CLINICIANS}
# Clinicians a client without a prescriber or in-house therapist is assigned to.
NON_PRESCRIBERS: tuple[Clinician, ...] = tuple(c for c in CLINICIANS if not c.prescribes)
