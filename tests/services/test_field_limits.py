"""Whatever is typed into a form is saved exactly or refused under its field, on both engines.

PostgreSQL used to raise on text longer than its column (a phone with an extension overflowed
the phone's search digits) and on NUL characters, which SQLite silently stored. Each test
types fuzzed text (long, with control characters, NUL, lone surrogates, extensions, accents,
ligatures) through the services and checks the one rule a case manager relies on: the save
either reads back as typed (trimmed at the ends) or is refused with a sentence under exactly
the fields that were wrong, and nothing is half-saved. No other exception is allowed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coordinator.domain.consent import Recipient, Signer
from coordinator.domain.errors import AuthenticationFailed, NotFound, ValidationError
from coordinator.domain.text import search_key
from coordinator.domain.vocabulary import NoteKind, ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.referral_views import ReferralInput
from coordinator.services.team import NoteInput
from coordinator.store.engine import Database
from tests.services.helpers import admin_services

FUZZ = settings(max_examples=100, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# Pasted or typed trouble: refused (NUL, bell, escape, DEL, C1 controls, a lone carriage
# return, lone surrogates) and kept (tab, line breaks, accents, ligatures, joiners, emoji).
_TROUBLE = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\r", "\ud800", "\udfff",
            "\t", "\n", "\r\n", "é", "ﷺ", "ß", "Đặng", " ", "\u200d", "😀", "ext. 1234"]
_LONE_CR = re.compile("\r(?!\n)")


def typed(limit: int) -> st.SearchStrategy[str]:
    """What a person might type or paste into a field that holds ``limit`` characters."""
    pieces = st.one_of(st.text(max_size=6), st.sampled_from(_TROUBLE))
    return st.one_of(
        st.lists(pieces, max_size=6).map("".join),
        st.builds(lambda size, start, end: start + "é" * size + end,
                  st.integers(max(limit - 3, 0), limit + 2),
                  st.sampled_from(["", *_TROUBLE]), st.sampled_from(["", *_TROUBLE])))


def phone_numbers() -> st.SearchStrategy[str]:
    """Phones as clinics write them, with and without long extensions."""
    return st.one_of(
        typed(40),
        st.builds(lambda number, extension: f"+1 (555) {number} ext. {extension}",
                  st.from_regex(r"\d{3}-\d{4}", fullmatch=True),
                  st.from_regex(r"\d{1,16}", fullmatch=True)))


def plain(limit: int | None) -> st.SearchStrategy[str]:
    """Ordinary text in any script (no control characters), within ``limit``."""
    letters = st.characters(blacklist_categories=("Cc", "Cs"))
    return st.text(letters, max_size=min(limit or 40, 40) - 3).map(lambda text: f"Ana{text}")


def form(limits: dict[str, int | None],
         special: dict[str, st.SearchStrategy[str]] | None = None
         ) -> st.SearchStrategy[dict[str, str]]:
    """A filled-in form: each field plain text, then up to two fields typed with trouble
    (``special`` says how, where ``typed`` would not), so saves and refusals both come up."""
    how = special or {}
    troubled = st.sampled_from(sorted(limits)).flatmap(lambda name: st.tuples(
        st.just(name), how.get(name, typed(limits[name] or 300))))
    return st.builds(lambda values, changes: values | dict(changes),
                     st.fixed_dictionaries({name: plain(limit)
                                            for name, limit in limits.items()}),
                     st.lists(troubled, max_size=2))


def unsavable(value: str, limit: int | None) -> bool:
    """Whether ``value``, trimmed as the services trim it, breaks the documented rules."""
    cleaned = value.strip()
    forbidden = any(unicodedata.category(ch) == "Cs" or (
        unicodedata.category(ch) == "Cc" and ch not in "\t\n\r") for ch in cleaned)
    return (forbidden or bool(_LONE_CR.search(cleaned))
            or (limit is not None and len(cleaned) > limit))


@pytest.fixture
def ana(database: Database) -> AppServices:
    return admin_services(database)


# --- clients ------------------------------------------------------------------------------

_CLIENT_LIMITS = {"given_name": 100, "family_name": 100, "preferred_name": 100, "phone": 40,
                  "city": 100, "address_line1": 200, "emergency_contact_phone": 40,
                  "insurance_member_id": 60, "safety_note": None}


def client_details() -> st.SearchStrategy[dict[str, str]]:
    return form(_CLIENT_LIMITS, {"phone": phone_numbers(),
                                 "emergency_contact_phone": phone_numbers()})


def client_fields_to_refuse(values: dict[str, str]) -> set[str]:
    wrong = {name for name, value in values.items() if unsavable(value, _CLIENT_LIMITS[name])}
    for name in ("given_name", "family_name"):
        if not values[name].strip() or len(search_key(values[name])) > 100:
            wrong.add(name)
    if sum(ch.isdigit() for ch in values["phone"]) > 20:
        wrong.add("phone")
    return wrong


def assert_saved_as_typed(saved: object, values: dict[str, str]) -> None:
    for name, value in values.items():
        assert getattr(saved, name) == value.strip(), name


@FUZZ
@given(values=client_details())
def test_a_new_client_is_saved_as_typed_or_refused_under_each_wrong_field(
        ana: AppServices, values: dict[str, str]) -> None:
    before = ana.clients.count()
    wrong = client_fields_to_refuse(values)
    try:
        record = ana.clients.create(ClientInput(**values))  # type: ignore[arg-type]
    except ValidationError as refused:
        event("refused")
        assert set(refused.fields) == wrong
        assert all(sentence.strip() for sentence in refused.fields.values())
        assert ana.clients.count() == before
    else:
        event("saved")
        assert not wrong
        assert_saved_as_typed(ana.clients.get(record.id).details, values)


@FUZZ
@given(values=client_details())
def test_an_edit_is_saved_as_typed_or_refused_and_the_record_keeps_what_it_had(
        ana: AppServices, values: dict[str, str]) -> None:
    original = ana.clients.create(ClientInput("Rosa", "Núñez", date(1990, 5, 17),
                                              phone="(555) 010-2233"))
    wrong = client_fields_to_refuse(values)
    try:
        ana.clients.update(original.id, original.version,
                           ClientInput(**values))  # type: ignore[arg-type]
    except ValidationError as refused:
        event("refused")
        assert set(refused.fields) == wrong
        kept = ana.clients.get(original.id)
        assert (kept.version, kept.details) == (original.version, original.details)
    else:
        event("saved")
        assert not wrong
        assert_saved_as_typed(ana.clients.get(original.id).details, values)


def test_a_phone_whose_extension_overflows_the_search_digits_is_refused_in_words(
        ana: AppServices) -> None:
    with pytest.raises(ValidationError) as refused:
        ana.clients.create(ClientInput("Rosa", "Núñez",
                                       phone="+1 (555) 010-2233 ext. 4455667788"))
    assert refused.value.fields == {"phone": "Phone: at most 20 digits (this has 21)."}


def test_a_nul_is_refused_by_name_on_both_engines(ana: AppServices) -> None:
    with pytest.raises(ValidationError) as refused:
        ana.clients.create(ClientInput("Ro\x00sa", "Núñez", city="x" * 101))
    assert refused.value.fields == {
        "given_name": "First name contains an invisible control character (U+0000) that "
                      "cannot be saved; remove it.",
        "city": "City: at most 100 characters (this has 101).",
    }


# --- referral notes, care notes, consents, facilities ------------------------------------

@pytest.fixture
def rosa(ana: AppServices) -> int:
    return ana.clients.create(ClientInput("Rosa", "Núñez", date(1990, 5, 17))).id


@pytest.fixture
def harbor(ana: AppServices) -> int:
    return ana.facilities.create(FacilityInput("Harbor Residential", "residential",
                                               levels=("RES",))).id


@FUZZ
@given(values=form({"reason": 2000, "note_to_receiver": 4000, "note": 4000}))
def test_a_referral_and_its_note_are_saved_as_typed_or_refused_by_field(
        ana: AppServices, rosa: int, harbor: int, values: dict[str, str]) -> None:
    reason, note_to_receiver, note = (values["reason"], values["note_to_receiver"],
                                      values["note"])
    wrong = {name for name, value, limit in (("reason", reason, 2000),
                                              ("note_to_receiver", note_to_receiver, 4000),
                                              ("note", note, 4000))
             if unsavable(value, limit)}
    if not reason.strip():
        wrong.add("reason")
    details = ReferralInput(ReferralCategory.HOUSING, reason, date(2026, 3, 10),
                            facility_id=harbor, note_to_receiver=note_to_receiver)
    try:
        referral = ana.referrals.create(rosa, details, note=note)
    except ValidationError as refused:
        event("refused")
        assert set(refused.fields) == wrong
    else:
        event("saved")
        assert not wrong
        saved = ana.referrals.get(referral.id)
        assert (saved.reason, saved.details.note_to_receiver) == (
            reason.strip(), note_to_receiver.strip())
        assert [event.note for event in ana.referrals.history(referral.id)] == [note.strip()]


@FUZZ
@given(values=form({"contact_with": 200, "body": None}))
def test_a_care_note_is_saved_as_typed_or_refused_by_field(
        ana: AppServices, rosa: int, values: dict[str, str]) -> None:
    contact_with, body = values["contact_with"], values["body"]
    wrong = {name for name, value, limit in (("contact_with", contact_with, 200),
                                              ("body", body, None))
             if unsavable(value, limit)}
    if not body.strip():
        wrong.add("body")
    try:
        note = ana.notes.add(rosa, NoteInput(NoteKind.CALL, contact_with, body,
                                             datetime(2026, 3, 2, 15, 0, tzinfo=UTC)))
    except ValidationError as refused:
        event("refused")
        assert set(refused.fields) == wrong
    else:
        event("saved")
        assert not wrong
        saved = next(row for row in ana.notes.notes_of(rosa) if row.id == note.id)
        assert (saved.contact_with, saved.body) == (contact_with.strip(), body.strip())


@FUZZ
@given(values=form({"recipient": 300, "purpose": 4000, "signer_name": 200,
                    "expiration_event": 300}))
def test_a_consent_is_saved_as_typed_or_refused_by_field(
        ana: AppServices, rosa: int, values: dict[str, str]) -> None:
    recipient, purpose, signer_name, expiration_event = (
        values["recipient"], values["purpose"], values["signer_name"],
        values["expiration_event"])
    class_name = " ".join(recipient.split())  # the service folds the recipient's spaces
    wrong = {name for name, value, limit in (("recipient", class_name, 300),
                                              ("purpose", purpose, 4000),
                                              ("signer_name", signer_name, 200),
                                              ("expiration_event", expiration_event, 300))
             if unsavable(value, limit)}
    if not class_name:
        wrong.add("recipient")
    details = ConsentInput(Recipient(class_name=recipient), purpose, "Discharge summary",
                           includes_part2=False, signed_by=Signer.CLIENT,
                           signer_name=signer_name, signed_on=date(2026, 3, 2),
                           expiration_event=expiration_event)
    try:
        consent = ana.consents.record(rosa, details)
    except ValidationError as refused:
        event("refused")
        assert set(refused.fields) == wrong
    else:
        event("saved")
        assert not wrong
        saved = ana.consents.get(consent.id).details
        assert (saved.recipient.class_name, saved.purpose, saved.signer_name,
                saved.expiration_event) == (class_name, purpose.strip(), signer_name.strip(),
                                            expiration_event.strip())


_FACILITY_LIMITS = {"name": 200, "city": 100, "phone": 40, "intake_contact_name": 200,
                    "notes": None}


@FUZZ
@given(values=form(_FACILITY_LIMITS, {"phone": phone_numbers()}))
def test_a_facility_is_saved_as_typed_or_refused_by_field(
        ana: AppServices, values: dict[str, str]) -> None:
    wrong = {name for name, value in values.items()
             if unsavable(value, _FACILITY_LIMITS[name])}
    taken = {search_key(facility.name) for facility in ana.facilities.list_facilities()}
    if not values["name"].strip() or search_key(values["name"]) in taken:
        wrong.add("name")
    try:
        facility = ana.facilities.create(FacilityInput(kind="residential", levels=("RES",),
                                                       **values))
    except ValidationError as refused:
        event("refused")
        assert set(refused.fields) == wrong
    else:
        event("saved")
        assert not wrong
        assert_saved_as_typed(ana.facilities.get(facility.id).details, values)


# --- ids no record can have ------------------------------------------------------------------

@pytest.mark.parametrize("key", [0, -1, 2**31, 2**63, 10**30])
def test_an_id_no_record_can_have_is_not_found_on_both_engines(
        ana: AppServices, rosa: int, key: int) -> None:
    for look_up in (ana.clients.get, ana.assessments.assessments_of, ana.consents.consents_of,
                    ana.journey.journey, ana.packets.disclosures_of):
        with pytest.raises(NotFound) as missing:
            look_up(key)
        assert str(missing.value) == "That client does not exist."
    for look_up, record in ((ana.facilities.get, "facility"), (ana.referrals.get, "referral"),
                            (ana.episodes.get, "episode"), (ana.consents.get, "consent")):
        with pytest.raises(NotFound) as missing:
            look_up(key)
        assert str(missing.value) == f"That {record} does not exist."


def test_a_list_read_with_an_impossible_client_id_is_not_found_alike_on_both_engines(
        ana: AppServices) -> None:
    # PostgreSQL cannot compare an integer column with 2**31; SQLite can, and finds nothing.
    # Both now answer the same way.
    for read in (ana.episodes.episodes_of, ana.notes.notes_of, ana.referrals.referrals_of,
                 ana.assessments.open_alerts_of, ana.transitions.transitions_of):
        with pytest.raises(NotFound) as missing:
            read(2**31)
        assert str(missing.value) == "That client does not exist."
        assert read(987654) == []


def test_a_search_with_a_nul_reads_it_as_a_space_instead_of_failing(
        ana: AppServices, rosa: int) -> None:
    assert [row.id for row in ana.clients.search("Nú")] == [rosa]
    # Like punctuation, a control character only separates the words typed.
    assert [row.id for row in ana.clients.search("Nú\x00")] == [rosa]
    assert ana.clients.search("Nú\x00xq") == []
    with pytest.raises(NotFound):
        ana.clients.find_by_record_number("MRN\x00")


def test_what_a_person_typed_is_kept_in_the_audit_trail_written_out_never_refused(
        database: Database, ana: AppServices) -> None:
    ana.audit.log_search('"Ro\x00sa\x07": 0 clients')
    stranger = AppServices(database)
    with pytest.raises(AuthenticationFailed):
        stranger.auth.login("m" * 60 + "\x1b", "a guess")
    search, failed = sorted(
        (entry for entry in ana.audit.recent() if entry.action in ("search", "login_failed")),
        key=lambda entry: entry.id)
    assert search.detail == '"Ro\\x00sa\\x07": 0 clients'
    assert failed.username == "m" * 39 + "…"
    assert ana.audit.verify().intact


def test_a_setting_with_a_nul_is_refused_under_that_setting(ana: AppServices) -> None:
    with pytest.raises(ValidationError) as refused:
        ana.settings.update({"clinic_name": "Riverside\x00 IOP"})
    assert refused.value.fields == {
        "clinic_name": "Clinic name contains an invisible control character (U+0000) that "
                       "cannot be saved; remove it."}
