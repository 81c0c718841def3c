"""The client registry: SQL-side filters, order and pages over the caseload."""

from __future__ import annotations

from datetime import date

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.registry import RegistryQuery
from coordinator.store.engine import Database
from tests.services.helpers import add_user, admin_services


def add(services: AppServices, given: str, family: str, born: date | None = None,
        **details: object) -> int:
    return services.clients.create(
        ClientInput(given, family, born, **details)).id  # type: ignore[arg-type]


def names(services: AppServices, query: RegistryQuery) -> list[str]:
    return [row.family_name for row in services.registry.page(query, offset=0, limit=50)]


def test_search_finds_names_without_accents_record_numbers_phones_and_birth_dates(
        database: Database) -> None:
    services = admin_services(database)
    add(services, "José", "Núñez", date(1990, 5, 4), phone="(555) 010-2233")
    add(services, "Linh", "Nguyen", date(2001, 7, 9))
    add(services, "John", "Smith", date(1975, 1, 2))

    assert names(services, RegistryQuery(text="nu")) == ["Núñez"]
    assert names(services, RegistryQuery(text="NÚÑ")) == ["Núñez"]
    assert names(services, RegistryQuery(text="5550102")) == ["Núñez"]
    assert names(services, RegistryQuery(text="2001-07-09")) == ["Nguyen"]
    assert names(services, RegistryQuery(text="mrn-000003")) == ["Smith"]
    assert services.registry.count(RegistryQuery(text="n")) == 2


def test_the_current_level_and_days_at_it_come_from_the_active_episode(
        database: Database) -> None:
    services = admin_services(database)  # today is 3 March 2026
    in_iop = add(services, "Linh", "Nguyen", date(2001, 3, 4))
    add(services, "John", "Smith", date(1975, 1, 2))
    services.episodes.add(in_iop, EpisodeInput("IOP", date(2026, 2, 20)))

    iop = RegistryQuery(level_code="IOP")
    [row] = services.registry.page(iop, offset=0, limit=10)
    assert (row.family_name, row.level_code, row.level_since, row.days_at_level, row.age) == (
        "Nguyen", "IOP", date(2026, 2, 20), 11, 24)
    assert services.registry.count(iop) == 1
    smith = services.registry.page(RegistryQuery(text="smith"), offset=0, limit=10)[0]
    assert (smith.level_code, smith.level_name, smith.days_at_level) == (None, "", None)


def test_case_manager_and_status_filters(database: Database) -> None:
    services = admin_services(database)
    add_user(services, "maria", Role.CASE_MANAGER)
    maria = next(user.id for user in services.users.case_managers() if user.username == "maria")
    add(services, "Linh", "Nguyen", primary_case_manager_id=maria)
    smith = services.clients.create(ClientInput("John", "Smith"))
    add(services, "Ana", "Cruz")
    services.clients.archive(smith.id, smith.version)

    assert names(services, RegistryQuery(case_manager_id=maria)) == ["Nguyen"]
    assert names(services, RegistryQuery()) == ["Cruz", "Nguyen"]
    assert names(services, RegistryQuery(status="archived")) == ["Smith"]
    assert services.registry.count(RegistryQuery(status="active")) == 2


def test_sorting_by_date_of_birth_and_descending(database: Database) -> None:
    services = admin_services(database)
    add(services, "A", "Young", date(2005, 1, 1))
    add(services, "B", "Old", date(1950, 1, 1))
    add(services, "C", "Middle", date(1980, 1, 1))

    assert names(services, RegistryQuery(sort_key="birth_date")) == ["Old", "Middle", "Young"]
    assert names(services, RegistryQuery(descending=True)) == ["Young", "Old", "Middle"]
    assert names(services, RegistryQuery(sort_key="record_number")) == [
        "Young", "Old", "Middle"]


def test_pages_cover_every_client_once_in_every_order(database: Database) -> None:
    services = admin_services(database)
    for number in range(23):
        add(services, f"Given{number % 3}", f"Same{number % 4}", date(1990, 1, number % 2 + 1))
    for key in ("name", "record_number", "birth_date", "level", "case_manager"):
        query = RegistryQuery(sort_key=key)  # type: ignore[arg-type]
        seen = [row.id for offset in range(0, 30, 5)
                for row in services.registry.page(query, offset=offset, limit=5)]
        assert len(seen) == len(set(seen)) == services.registry.count(query) == 23, key


def test_the_open_clock_filter_and_the_next_due_clock_of_each_row(database: Database) -> None:
    services = admin_services(database)  # today is 3 March 2026
    waiting = add(services, "Ana", "Cruz")
    services.episodes.add(waiting, EpisodeInput(
        "PHP", date(2026, 2, 1), end_date=date(2026, 2, 28)))
    missed = add(services, "Ben", "Diaz")
    services.episodes.add(missed, EpisodeInput(
        "PHP", date(2026, 1, 20), end_date=date(2026, 2, 10)))
    long_ago = add(services, "Cal", "Evans")
    services.episodes.add(long_ago, EpisodeInput(
        "PHP", date(2025, 12, 1), end_date=date(2026, 1, 10)))
    in_iop = add(services, "Dee", "Ford")
    services.episodes.add(in_iop, EpisodeInput("IOP", date(2026, 2, 20)))

    with_clock = RegistryQuery(open_clock=True)
    assert names(services, with_clock) == ["Cruz", "Diaz"]
    assert services.registry.count(with_clock) == 2
    rows = {row.family_name: row for row in services.registry.page(
        RegistryQuery(), offset=0, limit=10)}
    cruz, diaz = rows["Cruz"].next_due, rows["Diaz"].next_due
    assert cruz is not None and diaz is not None
    assert (cruz.title, cruz.due, cruz.days_left, cruz.state.value) == (
        "Step-down window (14 days)", date(2026, 3, 14), 11, "open")
    assert (diaz.due, diaz.days_left, diaz.state.value) == (date(2026, 2, 24), -7, "missed")
    assert rows["Evans"].next_due is None and rows["Ford"].next_due is None

    # Stepping down to IOP meets the clock: the client leaves the filter.
    services.episodes.add(waiting, EpisodeInput("IOP", date(2026, 3, 2)))
    assert names(services, with_clock) == ["Diaz"]


def test_a_record_number_search_needs_a_digit_and_counting_can_stop_early(
        database: Database) -> None:
    services = admin_services(database)
    for given, family in (("Mai", "Tran"), ("Ana", "Mendoza"), ("Bo", "Abbott")):
        add(services, given, family)

    # "m" is a name search: every record number starts with "MRN-".
    assert names(services, RegistryQuery(text="m")) == ["Mendoza", "Tran"]
    assert names(services, RegistryQuery(text="mrn-000003")) == ["Abbott"]
    assert services.registry.count(RegistryQuery(), at_most=2) == 3
    assert services.registry.count(RegistryQuery(), at_most=5) == 3


def test_the_first_page_comes_with_its_count_in_one_read(database: Database) -> None:
    services = admin_services(database)
    for given, family in (("Mai", "Tran"), ("Ana", "Mendoza"), ("Bo", "Abbott"),
                          ("Lan", "Mai")):
        add(services, given, family)

    total, rows = services.registry.first_page(RegistryQuery(text="m"), limit=2,
                                               count_at_most=10)
    assert (total, [row.family_name for row in rows]) == (3, ["Mai", "Mendoza"])
    total, rows = services.registry.first_page(RegistryQuery(), limit=10, count_at_most=2)
    assert (total, len(rows)) == (3, 4)  # "more than 2", and the page is not cut short
    assert services.registry.first_page(RegistryQuery(text="zz"), limit=5) == (0, [])


def test_a_prefix_matched_by_family_given_and_later_names_pages_in_order_both_ways(
        database: Database) -> None:
    """"ca" starts the family name (Carter), the given name (Camila) or a later word
    (De Campo, Ana Cara): every page in either order, and the count that stops early,
    hold exactly those clients (on a server they are read branch by branch and merged)."""
    services = admin_services(database)
    families = ("Carter", "Castro", "Lopez", "De Campo", "Nguyen", "Abbott")
    givens = ("Camila", "Ana", "Luis", "Ana Cara", "Bo")
    made = [(add(services, givens[number % 5], families[number % 6]),
             families[number % 6], givens[number % 5]) for number in range(30)]
    archived = add(services, "Cami", "Carr")
    record = services.clients.get(archived)
    services.clients.archive(archived, record.version)

    def starts(name: str) -> bool:
        return any(word.lower().startswith("ca") for word in name.split())

    wanted = sorted(((family.lower(), given.lower(), client_id)
                     for client_id, family, given in made if starts(family) or starts(given)))
    assert 0 < len(wanted) < 30
    for descending in (False, True):
        query = RegistryQuery(text="ca", descending=descending)
        seen = [row.id for offset in range(0, 40, 4)
                for row in services.registry.page(query, offset=offset, limit=4)]
        expected = [client_id for _family, _given, client_id in wanted]
        assert seen == (expected[::-1] if descending else expected)
    assert services.registry.count(RegistryQuery(text="ca")) == len(wanted)
    assert services.registry.count(RegistryQuery(text="ca"), at_most=5) == 6
    assert services.registry.count(RegistryQuery(text="ca"), at_most=len(wanted)) == len(wanted)


def test_a_letter_beside_a_longer_word_finds_clients_with_both_in_their_names(
        database: Database) -> None:
    """"o'br" is the words "o" and "br": O'Brien, Olga Brown and Brenda Ortiz have both,
    Brian Smith and Oscar Diaz one each."""
    services = admin_services(database)
    people = [("Siobhan", "O'Brien"), ("Olga", "Brown"), ("Brenda", "Ortiz"),
              ("Brian", "Smith"), ("Oscar", "Diaz"), ("Ana", "Brooks Ortega"),
              ("Owen", "Brady"), ("Bruno", "Oliver")]
    made = {add(services, given, family): family for given, family in people}
    both = {"O'Brien", "Brown", "Ortiz", "Brooks Ortega", "Brady", "Oliver"}
    for descending in (False, True):
        query = RegistryQuery(text="o'br", descending=descending)
        seen = [made[row.id] for offset in range(0, 8, 2)
                for row in services.registry.page(query, offset=offset, limit=2)]
        assert sorted(seen) == sorted(both) and len(seen) == len(both)
        assert seen == sorted(seen, key=lambda family: family.lower(), reverse=descending)
    assert services.registry.count(RegistryQuery(text="o'br")) == len(both)
    assert services.registry.count(RegistryQuery(text="o'br"), at_most=3) == 4


def test_a_lone_letter_finds_every_name_it_starts_in_one_order_on_both_engines(
        database: Database) -> None:
    """The first keystroke: "d" starts the family name (D'Angelo, De la Cruz, Dean), the
    given name (Dara) or a later word (Adams Dunn). Names are listed by their folded keys
    compared letter by letter, spaces and apostrophes included, on SQLite and PostgreSQL
    alike: "d'angelo" before "de la cruz" before "dean"."""
    services = admin_services(database)
    people = [("Ana", "D'Angelo"), ("Luis", "De la Cruz"), ("Bo", "Dean"),
              ("Mia", "Adams Dunn"), ("Dara", "Sok"), ("Ed", "Brown"), ("Li", "Cz"),
              ("Eva", "Čelik")]
    made = {add(services, given, family): family for given, family in people}
    listed = ["Adams Dunn", "D'Angelo", "De la Cruz", "Dean", "Sok"]
    for descending in (False, True):
        query = RegistryQuery(text="d", descending=descending)
        seen = [made[row.id] for offset in range(0, 8, 2)
                for row in services.registry.page(query, offset=offset, limit=2)]
        assert seen == (listed[::-1] if descending else listed)
    assert services.registry.count(RegistryQuery(text="d")) == 5
    assert services.registry.count(RegistryQuery(text="d"), at_most=2) == 3
    # "c" starts Čelik (folded "celik"), Cz, and the later word of De la Cruz.
    assert names(services, RegistryQuery(text="c")) == ["Čelik", "Cz", "De la Cruz"]
    assert names(services, RegistryQuery(text="ce")) == ["Čelik"]
