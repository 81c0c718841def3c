"""Plain frozen dataclasses that services return; the UI and CLI never see ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coordinator.domain.roles import Role


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    is_active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int


@dataclass(frozen=True)
class AuditEntry:
    """One audit event, with the names its ids stand for (as they are now)."""

    id: int
    occurred_at: datetime
    username: str
    action: str
    entity_type: str
    entity_id: str
    detail: str
    user_full_name: str = ""
    """The account's full name; empty for a name no account has (a failed sign-in)."""
    client_id: int | None = None
    """The client the event is about: the record itself or one of the client's records."""
    client_name: str = ""
    record_number: str = ""
    entity_name: str = ""
    """The name of the record when it is a user account (the account's full name)."""


@dataclass(frozen=True)
class ClientInput:
    """What a person types into the client form."""

    given_name: str
    family_name: str
    birth_date: date | None = None
    record_number: str = ""  # blank: the next free number is assigned
    preferred_name: str = ""
    sex_at_birth: str = ""
    gender_identity: str = ""
    pronouns: str = ""
    phone: str = ""
    email: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    preferred_language: str = "English"
    interpreter_needed: bool = False
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    emergency_contact_relationship: str = ""
    guardian_name: str = ""
    guardian_phone: str = ""
    guardian_relationship: str = ""
    insurance_payer: str = ""
    insurance_member_id: str = ""
    insurance_group: str = ""
    primary_case_manager_id: int | None = None
    safety_note: str = ""


@dataclass(frozen=True)
class ClientRecord:
    """A client's demographics as saved, with the version an edit must be based on."""

    id: int
    record_number: str
    version: int
    status: str
    details: ClientInput
    case_manager_name: str
    archived_at: datetime | None

    @property
    def display_name(self) -> str:
        return f"{self.details.family_name}, {self.details.given_name}"


@dataclass(frozen=True)
class ClientListRow:
    id: int
    record_number: str
    family_name: str
    given_name: str
    birth_date: date | None
    status: str
    case_manager_name: str
