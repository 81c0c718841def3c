"""Client search by several words, in any order, with or without accents and commas: the
Clients view (the registry) and the client pickers (``ClientService.search``) follow one
rule, on both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.referral_views import ReferralFilter, ReferralInput
from coordinator.services.registry import RegistryQuery
from coordinator.store.engine import Database
from tests.services.helpers import add_partner_facility, add_user, admin_services, signed_in

MONICA = ClientInput("Mónica", "Cárdenas García", date(1987, 3, 14), phone="(617) 555-0142")
OTHERS = (
    ClientInput("Rosa", "Cárdenas González", date(1979, 8, 2)),
    ClientInput("Mónica", "Pérez Hernández", date(1992, 11, 30)),
    ClientInput("Carlos", "García López", date(1968, 1, 9)),
    ClientInput("Monique", "Garcin", date(2001, 6, 21)),
    ClientInput("Seán", "O'Brien", date(1995, 4, 4)),
)


def _names(services: AppServices, text: str) -> tuple[list[str], list[str]]:
    """What the client picker and the Clients view list for ``text``."""
    picker = [f"{row.given_name} {row.family_name}" for row in services.clients.search(text)]
    total, rows = services.registry.first_page(RegistryQuery(text=text), limit=50)
    listed = [f"{row.given_name} {row.family_name}" for row in rows]
    assert total == len(listed)
    return picker, listed


@pytest.fixture
def clinic(database: Database) -> AppServices:
    services = admin_services(database)
    services.clients.create(MONICA)
    for client in OTHERS:
        services.clients.create(client)
    return services


@pytest.mark.parametrize("typed", ["monica cardenas", "cardenas, monica", "cárdenas garcía",
                                   "Cardenas Garcia", "garcia monica", "MÓNICA  C. G."])
def test_every_word_in_any_order_finds_monica_cardenas_garcia_only(
        clinic: AppServices, typed: str) -> None:
    assert _names(clinic, typed) == (["Mónica Cárdenas García"],) * 2


def test_one_word_finds_it_at_the_start_of_any_word_of_either_name(clinic: AppServices) -> None:
    # "garcia" starts the family name of Carlos and the second word of Mónica's.
    assert _names(clinic, "garcia") == (["Mónica Cárdenas García", "Carlos García López"],) * 2
    assert _names(clinic, "gar") == (["Mónica Cárdenas García", "Carlos García López",
                                      "Monique Garcin"],) * 2
    assert _names(clinic, "hernandez") == (["Mónica Pérez Hernández"],) * 2
    # A word must start a name's word, not sit inside one.
    assert _names(clinic, "arcia") == ([], [])


def test_a_name_with_an_apostrophe_is_found_with_or_without_it(clinic: AppServices) -> None:
    for typed in ("o'brien", "obrien", "brien sean", "O BRIEN"):
        assert _names(clinic, typed) == (["Seán O'Brien"],) * 2


def test_record_number_phone_and_birth_date_still_find_the_client(clinic: AppServices) -> None:
    assert _names(clinic, "MRN-000001") == (["Mónica Cárdenas García"],) * 2
    assert _names(clinic, "617555") == (["Mónica Cárdenas García"],) * 2
    assert _names(clinic, "1987-03-14") == (["Mónica Cárdenas García"],) * 2


def test_a_renamed_client_is_found_by_the_new_name_only(clinic: AppServices) -> None:
    found = clinic.clients.search("monica garcia")[0]
    record = clinic.clients.get(found.id)
    clinic.clients.update(found.id, record.version,
                          replace(record.details, family_name="Cárdenas Ruiz"))
    assert _names(clinic, "monica garcia") == ([], [])
    assert _names(clinic, "ruiz, monica") == (["Mónica Cárdenas Ruiz"],) * 2


@pytest.mark.parametrize("typed", [",,, ... !!", "-", "m" * 200, "monica " * 29,
                                   "%_/ garcia"])
def test_odd_input_answers_without_error(clinic: AppServices, typed: str) -> None:
    picker, listed = _names(clinic, typed)
    expected = ["Mónica Cárdenas García", "Carlos García López"] if "garcia" in typed else []
    if typed.startswith("monica"):
        expected = ["Mónica Cárdenas García", "Mónica Pérez Hernández"]
    assert picker == listed == expected


def test_referrals_are_found_by_client_words_and_by_caseload(
        clinic: AppServices, database: Database) -> None:
    add_user(clinic, "tomas", Role.CASE_MANAGER)
    tomas = next(user.id for user in clinic.users.list_users() if user.username == "tomas")
    hope = add_partner_facility(database, "Hope House", ("RES",))
    monica = clinic.clients.search("monica cardenas")[0]
    rosa = clinic.clients.search("rosa")[0]
    record = clinic.clients.get(rosa.id)
    clinic.clients.update(rosa.id, record.version,
                          replace(record.details, primary_case_manager_id=tomas))
    for client, reason in ((monica, "Needs a shelter bed"), (rosa, "Rent is late")):
        clinic.referrals.create(client.id, ReferralInput(
            ReferralCategory.HOUSING, reason, date(2026, 12, 1), facility_id=hope))

    def reasons(**filters: object) -> list[str]:
        found = ReferralFilter(**filters)  # type: ignore[arg-type]
        rows = clinic.referrals.page(found)
        assert clinic.referrals.count(found) == len(rows)
        return sorted(row.reason for row in rows)

    assert reasons(client_text="garcia, monica") == ["Needs a shelter bed"]
    assert reasons(client_text="cárdenas") == ["Needs a shelter bed", "Rent is late"]
    assert reasons(client_text="MRN-000002") == ["Rent is late"]
    assert reasons(client_text="!!!") == []
    assert reasons(caseload_of_id=tomas) == ["Rent is late"]
    assert reasons(caseload_of_id=tomas, client_text="monica") == []


def test_a_demo_caseload_is_found_by_the_later_words_of_its_names(database: Database) -> None:
    """The demo writes its clients in bulk; their name words come with the derived data."""
    generate_demo(database, clients=60, seed=3, today=date(2026, 11, 27))
    services = signed_in(database, "admin", password=DEMO_PASSWORD)
    two_words = [row for row in services.clients.search("", limit=100)
                 if len(row.family_name.split()) == 2]
    assert two_words  # Spanish-speaking families carry both surnames
    for row in two_words:
        first, second = row.family_name.split()
        found = services.clients.search(f"{second}, {row.given_name} {first[:3]}")
        assert row.id in [client.id for client in found]
