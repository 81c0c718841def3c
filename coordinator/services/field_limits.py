"""What a typed value may be before it is saved: the same limits on SQLite and PostgreSQL.

PostgreSQL refuses text longer than its column (``varchar(n)``), any NUL character and a
whole number beyond its column's range; SQLite stores all three. So a value bound for the
database is checked against the ORM models' own column types and refused per field, in
words, before the database sees it:

* text holds at most the column's length, counted in characters as both engines count, and
  no control characters but tab and line breaks (``\\n`` and ``\\r\\n``). Control
  characters are refused, not stripped, so what is saved is exactly what was typed (after
  the services' usual trimming of spaces at either end). Lone UTF-16 surrogates, which
  neither engine can store, are refused the same way.
* a whole number fits the 32-bit ``Integer`` column on both engines; an id outside that
  range names no record.

Services call ``column_problems`` (or ``text_problem`` for one value) while validating, so
a form shows every problem at once under its own field; ``row_problems`` runs before every
flush of the unit of work (``coordinator.services.checked_session``), so a field a service
did not check is still refused in words rather than by the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

from sqlalchemy import Integer, String, inspect
from sqlalchemy.orm import Mapper

from coordinator.store.models import AuditEvent

#: The range of an ``Integer`` column on PostgreSQL, kept on SQLite too.
SMALLEST_WHOLE = -(2**31)
LARGEST_WHOLE = 2**31 - 1

# Control characters (C0 but tab and line feed, DEL, C1), a carriage return not followed
# by a line feed, and lone surrogates.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]|\r(?!\n)")

# How the forms title a field, where its name alone would not say it.
_LABELS = {
    "given_name": "First name", "family_name": "Last name", "address_line1": "Address",
    "address_line2": "Address line 2", "email": "E-mail", "body": "Text",
    "contact_with": "With whom", "discloser": "Who may disclose",
    "expires_on": "Expiration date", "follow_up_due": "Follow up by",
    "insurance_group": "Group number", "insurance_member_id": "Member ID",
    "occurred_at": "When", "signer_name": "Signer's name", "action_taken": "What was done",
    "administered_on": "Date given", "planned_weekly_hours": "Weekly hours",
    "intake_contact_email": "Intake contact e-mail", "note_to_receiver": "Note to receiver",
    "information_description": "Information to disclose", "target": "Referred to",
    "discharge_disposition": "Disposition",
}

# Columns the services fill from another field: (table, column) -> (the field a person
# typed, what the column counts).
_DERIVED = {
    ("client", "phone_digits"): ("phone", "digits"),
    ("client", "given_name_key"): ("given_name", "letters once spelled out for search"),
    ("client", "family_name_key"): ("family_name", "letters once spelled out for search"),
}

# Rows that say themselves which field a column holds: a setting's value is the setting
# its key names (table -> (column, the attribute naming the field)).
_NAMED_BY_ROW = {"setting": ("value", "key")}

# What a table's row is called in a sentence, where its name alone would not say it.
_RECORD_WORDS = {"app_user": "user", "client_note": "note",
                 "care_team_member": "care-team member", "hsds_service": "resource service",
                 "hsds_organization": "organization", "hsds_location": "location"}


@dataclass(frozen=True)
class ColumnRule:
    """What one mapped column accepts."""

    key: str
    """The attribute name on the model."""
    field: str
    """The field a form shows for it (the typed field, for a derived column)."""
    text: bool
    length: int | None
    unit: str
    whole: bool
    refers_to: str | None
    """For an id column, what its value names ("client"); else None."""


def label_of(field: str) -> str:
    """The field's title as a form shows it: ``postal_code`` is "Postal code"."""
    if field in _LABELS:
        return _LABELS[field]
    words = field.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]


def record_words(table: str) -> str:
    """What a row of ``table`` is called in a sentence: ``care_team_member`` is
    "care-team member"."""
    return _RECORD_WORDS.get(table, table.replace("_", " "))


def forbidden_character(value: str) -> str | None:
    """The first character of ``value`` that may not be saved, or None."""
    found = _FORBIDDEN.search(value)
    return found.group()[0] if found else None


def too_long(label: str, limit: int, length: int, unit: str = "characters") -> str:
    return f"{label}: at most {limit} {unit} (this has {length})."


def text_problem(label: str, value: str, limit: int | None = None) -> str | None:
    """A sentence when ``value`` holds a forbidden character or is longer than ``limit``."""
    bad = forbidden_character(value)
    if bad is not None:
        return (f"{label} contains an invisible control character (U+{ord(bad):04X}) that "
                "cannot be saved; remove it.")
    if limit is not None and len(value) > limit:
        return too_long(label, limit, len(value))
    return None


def whole_number_problem(label: str, value: int, refers_to: str | None = None) -> str | None:
    """A sentence when ``value`` is outside the range an ``Integer`` column holds."""
    if SMALLEST_WHOLE <= value <= LARGEST_WHOLE:
        return None
    if refers_to is not None:
        return f"That {refers_to} does not exist."
    return f"{label}: {value} is out of range (at most {LARGEST_WHOLE})."


def fitted(value: str, limit: int | None) -> str:
    """``value`` as it can be kept in a log: each forbidden character written out as an
    escape (``\\x07``), and cut to ``limit`` characters with an ellipsis. For text the app
    writes about what a person did (an audit event naming a search or a user name typed at
    sign-in), which must be kept whatever was typed, not refused."""
    shown = _FORBIDDEN.sub(lambda found: found.group().encode(
        "unicode_escape", "backslashreplace").decode("ascii"), value)
    if limit is not None and len(shown) > limit:
        return shown[:limit - 1] + "…"
    return shown


def audit_text(column: str, value: int | str) -> str:
    """``value`` fitted to the audit event's ``column`` (``detail``, ``username`` …)."""
    return fitted(str(value), rules_of(AuditEvent)[column].length)


def possible_key(key: object) -> bool:
    """Whether ``key`` could be the id of a saved row (ids run from 1 to 2**31 - 1)."""
    if isinstance(key, bool):
        return False
    if isinstance(key, int):
        return 1 <= key <= LARGEST_WHOLE
    return True


def column_problems(model: type[object], values: Mapping[str, object], *,
                    limits: Mapping[str, int] | None = None) -> dict[str, str]:
    """A sentence per field of ``values`` that ``model``'s column of that name cannot hold.

    ``limits`` sets a tighter length for a field (or one for a long-text column, which
    has none); a field that is no column of ``model`` is checked against ``limits`` and
    for forbidden characters only. Values that are not text or whole numbers are left to
    the caller.
    """
    rules = rules_of(model)
    extra = limits or {}
    problems: dict[str, str] = {}
    for field, value in values.items():
        rule = rules.get(field)
        label = label_of(field)
        problem: str | None = None
        if isinstance(value, str):
            column_limit = rule.length if rule is not None else None
            limit = min((n for n in (column_limit, extra.get(field)) if n is not None),
                        default=None)
            problem = text_problem(label, value, limit)
        elif isinstance(value, int) and not isinstance(value, bool) and (
                rule is None or rule.whole):
            problem = whole_number_problem(label, value, rule.refers_to if rule else None)
        if problem is not None:
            problems[field] = problem
    return problems


def row_problems(rule_values: Iterable[tuple[ColumnRule, object]]) -> dict[str, str]:
    """A sentence per field for the (rule, value) pairs of rows about to be flushed."""
    problems: dict[str, str] = {}
    for rule, value in rule_values:
        if rule.field in problems:
            continue
        label = label_of(rule.field)
        problem: str | None = None
        if rule.text and isinstance(value, str):
            if rule.field != rule.key and rule.length is not None and len(value) > rule.length:
                problem = too_long(label, rule.length, len(value), rule.unit)
            else:
                problem = text_problem(label, value, rule.length)
        elif rule.whole and isinstance(value, int) and not isinstance(value, bool):
            problem = whole_number_problem(label, value, rule.refers_to)
        if problem is not None:
            problems[rule.field] = problem
    return problems


def field_rule(row: object, rule: ColumnRule) -> ColumnRule:
    """``rule`` with the field that ``row`` holds in that column, where the row says it
    (a setting's value is keyed by the setting, as the settings form shows it)."""
    named = _NAMED_BY_ROW.get(str(getattr(row, "__tablename__", "")))
    if named is None or named[0] != rule.key:
        return rule
    return replace(rule, field=str(getattr(row, named[1])))


def rules_of(model: type[object]) -> dict[str, ColumnRule]:
    """The rules of ``model``'s text and whole-number columns, by attribute name."""
    return _rules_of_mapper(inspect(model))


@cache
def _rules_of_mapper(mapper: Mapper[object]) -> dict[str, ColumnRule]:
    rules: dict[str, ColumnRule] = {}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        kind = column.type
        text = isinstance(kind, String)
        whole = isinstance(kind, Integer)
        if not (text or whole):
            continue
        table = getattr(column, "table", None)
        table_name = str(getattr(table, "name", ""))
        field, unit = _DERIVED.get((table_name, prop.key), (prop.key, "characters"))
        refers_to = None
        if whole and getattr(column, "primary_key", False):
            refers_to = record_words(table_name)
        for foreign_key in getattr(column, "foreign_keys", ()):
            refers_to = record_words(foreign_key.column.table.name)
        rules[prop.key] = ColumnRule(
            key=prop.key, field=field, text=text,
            length=kind.length if isinstance(kind, String) else None,
            unit=unit, whole=whole, refers_to=refers_to)
    return rules
