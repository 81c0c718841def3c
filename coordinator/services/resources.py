"""The community resource directory (HSDS 3.0): find a service for a client, read its detail.

Structured filters (category, language, age, status) run in SQL. Words are matched in
Python on accent-folded text, because the HSDS tables keep the text as imported and have no
folded search column: "vivienda rapida" must find "Vivienda rápida", and neither engine folds
accents in a portable ``LIKE``. A directory holds thousands of services, not the hundred
thousand clients of the registry, so reading the candidates' few text columns stays quick.
"Open now" is decided from the schedule rows by ``domain.hsds_hours``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from coordinator.domain.hsds_hours import ScheduleRule, hours_lines, is_open_at
from coordinator.domain.text import search_key, search_words
from coordinator.services.context import ServiceContext, load
from coordinator.store.models import (
    HsdsAddress,
    HsdsAttribute,
    HsdsLanguage,
    HsdsOrganization,
    HsdsPhone,
    HsdsSchedule,
    HsdsService,
    HsdsServiceAtLocation,
    HsdsTaxonomyTerm,
)

# Services the directory no longer offers; "temporarily closed" ones stay findable.
_GONE = ("inactive", "defunct")
# The schedule columns a ScheduleRule is made of, in its field order.
_RULE_COLUMNS = (HsdsSchedule.freq, HsdsSchedule.byday, HsdsSchedule.opens_at,
                 HsdsSchedule.closes_at, HsdsSchedule.description, HsdsSchedule.valid_from,
                 HsdsSchedule.valid_to, HsdsSchedule.timezone)
# Ids per IN (...) list, well under SQLite's and psycopg's parameter limits.
_CHUNK = 500


@dataclass(frozen=True)
class ResourceQuery:
    """What the Resources view asks for; empty fields do not filter."""

    text: str = ""
    category: str | None = None
    """A taxonomy term id (see ``ResourceService.categories``)."""
    language: str | None = None
    """A language code, or the name when a feed gives no code (``languages``)."""
    open_at: datetime | None = None
    """Only services open at this moment (naive: local wall time)."""
    age: int | None = None
    """Only services whose age range includes this age."""


@dataclass(frozen=True)
class ResourceRow:
    id: str
    name: str
    organization: str
    categories: tuple[str, ...]
    languages: tuple[str, ...]
    address: str
    """Street and city of the first location, "" when the service has none."""


@dataclass(frozen=True)
class ResourceResults:
    rows: tuple[ResourceRow, ...]
    total: int
    """How many services match; more than ``len(rows)`` when the list was cut at the limit."""


@dataclass(frozen=True)
class PhoneView:
    number: str
    extension: str
    kind: str
    """HSDS phone type: voice, fax, text, cell, video, pager, textphone."""
    description: str


@dataclass(frozen=True)
class ResourceDetail:
    id: str
    name: str
    organization: str
    description: str
    categories: tuple[str, ...]
    languages: tuple[str, ...]
    addresses: tuple[str, ...]
    """One line per location address: "1200 Levee Road, Suite 3, Riverbend, CA 95901"."""
    phones: tuple[PhoneView, ...]
    schedules: tuple[ScheduleRule, ...]
    """The rows the hours come from, so a translated UI can word them itself."""
    hours: tuple[str, ...]
    """The hours in English words, e.g. "Mon–Fri 9:00–17:00"."""
    eligibility: str
    minimum_age: float | None
    maximum_age: float | None
    fees: str
    application_process: str
    interpretation_services: str
    wait_time: str
    website: str
    email: str
    status: str
    alert: str


@dataclass(frozen=True)
class FilterChoice:
    """One entry of a filter list: the value to filter by and the title to show."""

    value: str
    title: str


class ResourceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def search(self, query: ResourceQuery, *, limit: int = 500) -> ResourceResults:
        """Services matching ``query``, at most ``limit`` rows, with the full count.

        Every word of ``query.text`` must appear (accents and case ignored) in the service's
        name, description or eligibility, its organization's name, or the name of a
        taxonomy term it is filed under (or that term's parent or referral category): so
        "housing" finds "Eviction prevention", filed under Housing. Services whose name
        holds every word come first, then those whose own text does, then those found by
        their terms; by name within each.
        """
        self.ctx.require_signed_in()
        statement = select(
            HsdsService.id, HsdsService.name, HsdsService.description,
            HsdsService.eligibility_description, HsdsOrganization.name,
        ).join(HsdsOrganization, HsdsOrganization.id == HsdsService.organization_id).where(
            HsdsService.status.not_in(_GONE)).order_by(HsdsService.name, HsdsService.id)
        if query.category:
            statement = statement.where(HsdsService.id.in_(select(HsdsAttribute.link_id).where(
                HsdsAttribute.taxonomy_term_id == query.category)))
        if query.language:
            statement = statement.where(HsdsService.id.in_(select(HsdsLanguage.service_id).where(
                or_(HsdsLanguage.code == query.language, HsdsLanguage.name == query.language))))
        if query.age is not None:
            statement = statement.where(
                or_(HsdsService.minimum_age.is_(None), HsdsService.minimum_age <= query.age),
                or_(HsdsService.maximum_age.is_(None), HsdsService.maximum_age >= query.age))
        words = search_words(query.text)
        with self.ctx.unit_of_work(write=False) as uow:
            filed_under = _filed_under(uow.session) if words else {}
            ranked: list[tuple[int, str, str, str]] = []
            for service_id, name, description, eligibility, organization in \
                    uow.session.execute(statement):
                rank = _rank(words, name, " ".join(
                    (name, description or "", eligibility or "", organization)),
                    filed_under.get(service_id, ""))
                if rank is not None:
                    ranked.append((rank, service_id, name, organization))
            # Stable: each rank keeps the statement's order by name.
            ranked.sort(key=lambda match: match[0])
            matches = [(service_id, name, organization)
                       for _, service_id, name, organization in ranked]
            if query.open_at is not None:
                schedules = schedules_of(uow.session, [match[0] for match in matches])
                matches = [match for match in matches
                           if is_open_at(schedules.get(match[0], ()), query.open_at)]
            shown = matches[:max(limit, 0)]
            ids = [match[0] for match in shown]
            categories = _categories_of(uow.session, ids)
            languages = _languages_of(uow.session, ids)
            addresses = _addresses_of(uow.session, ids)
        rows = tuple(
            ResourceRow(service_id, name, organization, tuple(categories.get(service_id, ())),
                        tuple(languages.get(service_id, ())),
                        _short_address(addresses.get(service_id)))
            for service_id, name, organization in shown)
        return ResourceResults(rows, len(matches))

    def get(self, service_id: str) -> ResourceDetail:
        """Everything a case manager tells a client about one service."""
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work(write=False) as uow:
            service = load(uow.session, HsdsService, service_id, "service")
            organization = uow.session.get(HsdsOrganization, service.organization_id)
            location_ids = list(uow.session.execute(
                select(HsdsServiceAtLocation.location_id).where(
                    HsdsServiceAtLocation.service_id == service_id)).scalars())
            rules = schedules_of(uow.session, [service_id]).get(service_id, ())
            phones = _phones(uow.session, service, location_ids)
            addresses = [_full_address(address) for address in uow.session.execute(
                select(HsdsAddress).where(HsdsAddress.location_id.in_(location_ids)).order_by(
                    HsdsAddress.address_type != "physical", HsdsAddress.id)).scalars()]
            categories = _categories_of(uow.session, [service_id]).get(service_id, [])
            languages = _languages_of(uow.session, [service_id]).get(service_id, [])
        return ResourceDetail(
            id=service.id, name=service.name,
            organization=organization.name if organization else "",
            description=service.description or "", categories=tuple(categories),
            languages=tuple(languages), addresses=tuple(dict.fromkeys(addresses)),
            phones=tuple(phones), schedules=tuple(rules), hours=tuple(hours_lines(rules)),
            eligibility=service.eligibility_description or "",
            minimum_age=service.minimum_age, maximum_age=service.maximum_age,
            fees=service.fees_description or service.fees or "",
            application_process=service.application_process or "",
            interpretation_services=service.interpretation_services or "",
            wait_time=service.wait_time or "",
            website=service.url or (organization.website if organization else None) or "",
            email=service.email or (organization.email if organization else None) or "",
            status=service.status, alert=service.alert or "")

    def categories(self) -> list[FilterChoice]:
        """The taxonomy terms some service is filed under, by name, for the filter list."""
        self.ctx.require_signed_in()
        statement = select(HsdsTaxonomyTerm.id, HsdsTaxonomyTerm.name).where(
            HsdsTaxonomyTerm.id.in_(select(HsdsAttribute.taxonomy_term_id).where(
                HsdsAttribute.link_id.in_(select(HsdsService.id))))).order_by(
            HsdsTaxonomyTerm.name, HsdsTaxonomyTerm.id)
        with self.ctx.unit_of_work(write=False) as uow:
            return [FilterChoice(term_id, name) for term_id, name in uow.session.execute(statement)]

    def languages(self) -> list[FilterChoice]:
        """The languages some service is offered in, by name, for the filter list."""
        self.ctx.require_signed_in()
        statement = select(HsdsLanguage.code, HsdsLanguage.name).where(
            HsdsLanguage.service_id.is_not(None)).distinct()
        with self.ctx.unit_of_work(write=False) as uow:
            pairs = list(uow.session.execute(statement))
        choices: dict[str, str] = {}
        for code, name in pairs:
            value = code or name
            if value and (value not in choices or name):
                choices[value] = name or code or value
        return sorted((FilterChoice(value, title) for value, title in choices.items()),
                      key=lambda choice: (search_key(choice.title), choice.value))


_BY_NAME, _BY_TEXT, _BY_TERM = 0, 1, 2


def _rank(words: list[str], name: str, own_text: str, terms: str) -> int | None:
    """Where a service found by ``words`` is listed (``_BY_NAME`` first), or None when
    some word is in none of its texts. ``terms`` is already folded."""
    if not words:
        return _BY_NAME
    folded_name = _folded(name)
    if all(word in folded_name for word in words):
        return _BY_NAME
    folded_text = _folded(own_text)
    if all(word in folded_text for word in words):
        return _BY_TEXT
    if all(word in folded_text or word in terms for word in words):
        return _BY_TERM
    return None


def _filed_under(session: Session) -> dict[str, str]:
    """Per service id, the folded names of the taxonomy terms it is filed under, of their
    parent terms and of the referral categories they map to, for search by words."""
    parent = aliased(HsdsTaxonomyTerm)
    statement = (select(HsdsAttribute.link_id, HsdsTaxonomyTerm.name,
                        HsdsTaxonomyTerm.category, parent.name)
                 .join(HsdsTaxonomyTerm, HsdsTaxonomyTerm.id == HsdsAttribute.taxonomy_term_id)
                 .outerjoin(parent, parent.id == HsdsTaxonomyTerm.parent_id))
    found: dict[str, list[str]] = {}
    for service_id, name, category, parent_name in session.execute(statement):
        texts = found.setdefault(service_id, [])
        texts.extend(text for text in (name, (category or "").replace("_", " "),
                                       parent_name or "") if text)
    return {service_id: _folded(" ".join(texts)) for service_id, texts in found.items()}


def _folded(text: str) -> str:
    """``search_key`` of ``text``, with a shortcut for plain ASCII (most directory text),
    where folding is just case folding: thousands of descriptions per keystroke add up."""
    return text.casefold() if text.isascii() else search_key(text)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def schedules_of(session: Session, service_ids: Sequence[str]
                 ) -> dict[str, tuple[ScheduleRule, ...]]:
    """Each service's schedule rows: its own if it has any, else those of its locations.

    HSDS lets a feed put hours on the service, on a service-at-location or on the location;
    the most specific level that has rows wins, so a service's own hours are not mixed with
    the building's.
    """
    found: dict[str, dict[int, list[ScheduleRule]]] = {}
    for chunk in _chunks(service_ids):
        sal = select(HsdsServiceAtLocation.id, HsdsServiceAtLocation.service_id,
                     HsdsServiceAtLocation.location_id).where(
            HsdsServiceAtLocation.service_id.in_(chunk))
        by_sal: dict[str, str] = {}
        by_location: dict[str, list[str]] = {}
        for link_id, linked_service, linked_location in session.execute(sal):
            by_sal[link_id] = linked_service
            by_location.setdefault(linked_location, []).append(linked_service)
        wanted = set(chunk)
        rows = session.execute(select(
            HsdsSchedule.service_id, HsdsSchedule.service_at_location_id,
            HsdsSchedule.location_id, *_RULE_COLUMNS).where(or_(
                HsdsSchedule.service_id.in_(chunk),
                HsdsSchedule.service_at_location_id.in_(list(by_sal)),
                HsdsSchedule.location_id.in_(list(by_location)))).order_by(HsdsSchedule.id))
        for service_id, sal_id, location_id, *parts in rows:
            rule = ScheduleRule(*parts)
            if service_id is not None and service_id in wanted:
                found.setdefault(service_id, {}).setdefault(0, []).append(rule)
            elif sal_id in by_sal:
                found.setdefault(by_sal[sal_id], {}).setdefault(1, []).append(rule)
            elif location_id in by_location:
                for sharing in by_location[location_id]:
                    found.setdefault(sharing, {}).setdefault(2, []).append(rule)
    return {service: tuple(levels[min(levels)]) for service, levels in found.items()}


def _categories_of(session: Session, service_ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for chunk in _chunks(service_ids):
        statement = select(HsdsAttribute.link_id, HsdsTaxonomyTerm.name).join(
            HsdsTaxonomyTerm, HsdsTaxonomyTerm.id == HsdsAttribute.taxonomy_term_id).where(
            HsdsAttribute.link_id.in_(chunk)).order_by(HsdsTaxonomyTerm.name)
        for service_id, name in session.execute(statement):
            _add_once(found.setdefault(service_id, []), name)
    return found


def _languages_of(session: Session, service_ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for chunk in _chunks(service_ids):
        statement = select(HsdsLanguage.service_id, HsdsLanguage.name, HsdsLanguage.code).where(
            HsdsLanguage.service_id.in_(chunk)).order_by(HsdsLanguage.id)
        for service_id, name, code in session.execute(statement):
            label = name or code
            if service_id is not None and label:
                _add_once(found.setdefault(service_id, []), label)
    # Alphabetical: row order in the tables says nothing (ids are UUIDs).
    return {service_id: sorted(names, key=search_key) for service_id, names in found.items()}


def _addresses_of(session: Session, service_ids: Sequence[str]) -> dict[str, HsdsAddress]:
    found: dict[str, HsdsAddress] = {}
    for chunk in _chunks(service_ids):
        statement = select(HsdsServiceAtLocation.service_id, HsdsAddress).join(
            HsdsAddress, HsdsAddress.location_id == HsdsServiceAtLocation.location_id).where(
            HsdsServiceAtLocation.service_id.in_(chunk)).order_by(
            HsdsAddress.address_type != "physical", HsdsAddress.id)
        for service_id, address in session.execute(statement):
            found.setdefault(service_id, address)
    return found


def _phones(session: Session, service: HsdsService, location_ids: list[str]) -> list[PhoneView]:
    """The service's own numbers first, then its locations', then the organization's."""
    statement = select(HsdsPhone).where(or_(
        HsdsPhone.service_id == service.id, HsdsPhone.location_id.in_(location_ids),
        HsdsPhone.organization_id == service.organization_id))
    rows = list(session.execute(statement).scalars())
    rows.sort(key=lambda phone: (phone.service_id != service.id,
                                 phone.location_id not in location_ids, phone.id))
    phones: list[PhoneView] = []
    for phone in rows:
        view = PhoneView(phone.number, phone.extension or "", phone.type or "voice",
                         phone.description or "")
        if all(known.number != view.number or known.extension != view.extension
               for known in phones):
            phones.append(view)
    return phones


def _short_address(address: HsdsAddress | None) -> str:
    if address is None:
        return ""
    return ", ".join(part for part in (address.address_1, address.city) if part)


def _full_address(address: HsdsAddress) -> str:
    region = " ".join(part for part in (address.state_province, address.postal_code) if part)
    return ", ".join(part for part in (address.address_1, address.address_2, address.city,
                                       region) if part)


def _add_once(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)

