"""The client registry: one page of clients at a time, filtered and sorted in SQL.

Built for 100,000 clients: the UI asks for ``count`` once per query and then pages through
``page`` as the person scrolls, so no query ever loads more than one page of rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

from sqlalchemy import Connection

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.roles import Permission
from coordinator.services import derived
from coordinator.services.clocks import MISSED_SHOWN_DAYS, ClockRow, most_urgent_clocks
from coordinator.services.context import ServiceContext
from coordinator.services.registry_sql import (
    WALKED_FIRST,
    count_statement,
    page_statement,
    shape_and_values,
    walks_first,
)

SortKey = Literal["name", "record_number", "birth_date", "level", "case_manager"]
SORT_KEYS: tuple[SortKey, ...] = ("name", "record_number", "birth_date", "level",
                                  "case_manager")


@dataclass(frozen=True)
class RegistryQuery:
    """What the Clients view shows: search text, filters and order.

    ``status`` is a client status ("active", "discharged", "archived"); None means every
    client who is not archived.
    """

    text: str = ""
    level_code: str | None = None
    case_manager_id: int | None = None
    status: str | None = None
    open_clock: bool = False
    """Only clients with a transition clock open today (or missed in the last 30 days)."""
    sort_key: SortKey = "name"
    descending: bool = False


@dataclass(frozen=True)
class RegistryRow:
    id: int
    record_number: str
    family_name: str
    given_name: str
    birth_date: date | None
    age: int | None
    level_code: str | None
    level_name: str
    level_since: date | None
    """Start of the client's active episode, if they have one."""
    days_at_level: int | None
    case_manager_name: str
    status: str
    next_due: ClockRow | None = None
    """The most urgent transition clock: missed in the last 30 days, or else the open one
    due first."""


class RegistryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def page(self, query: RegistryQuery, *, offset: int, limit: int) -> list[RegistryRow]:
        """Rows ``offset`` to ``offset + limit`` of the clients matching ``query``, in order."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self.ctx.clock().astimezone().date()
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False) as uow:
            return _page(uow.session.connection(), query, today, offset, limit)

    def count(self, query: RegistryQuery, *, at_most: int | None = None) -> int:
        """How many clients match ``query`` (the sort order does not matter).

        With ``at_most``, counting stops there: the answer is ``at_most + 1`` when more
        clients match. A one-letter search matches a tenth of a large caseload, and "more
        than 1,000" is all a person needs to know while typing.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self.ctx.clock().astimezone().date()
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False) as uow:
            return _count(uow.session.connection(), query, today, at_most)

    def first_page(self, query: RegistryQuery, *, limit: int,
                   count_at_most: int | None = None) -> tuple[int, list[RegistryRow]]:
        """``count(query, at_most=count_at_most)`` and the first ``limit`` rows, read in one
        transaction: what the Clients view needs after each keystroke."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self.ctx.clock().astimezone().date()
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False) as uow:
            connection = uow.session.connection()
            total = _count(connection, query, today, count_at_most)
            return total, _page(connection, query, today, 0, limit) if total else []


def _page(connection: Connection, query: RegistryQuery, today: date, offset: int,
          limit: int) -> list[RegistryRow]:
    # Read through the connection: these are plain rows, and the session's ORM bookkeeping
    # would cost more than the indexed reads.
    shape, values = shape_and_values(query, today, MISSED_SHOWN_DAYS,
                                     on_server=connection.dialect.name != "sqlite")
    bound = {**values, "offset": max(offset, 0), "limit": max(limit, 0)}
    rows: Sequence[Any] = []
    if walks_first(shape):
        rows = connection.execute(page_statement(replace(shape, walk=True)),
                                  {**bound, "walk": WALKED_FIRST}).all()
    if len(rows) < limit:  # not looked for yet, or not all among the clients walked
        rows = connection.execute(page_statement(shape), bound).all()
    if not rows:
        return []
    next_due = most_urgent_clocks(connection, [row[0] for row in rows], today,
                                  MISSED_SHOWN_DAYS)
    return [RegistryRow(client_id, record_number, family, given, born, age_on(born, today),
                        level, level_name or "", since,
                        (today - since).days if since else None, manager or "", status,
                        next_due.get(client_id))
            for (client_id, record_number, family, given, born, level, level_name, since,
                 manager, status) in rows]


def _count(connection: Connection, query: RegistryQuery, today: date,
           at_most: int | None) -> int:
    shape, values = shape_and_values(query, today, MISSED_SHOWN_DAYS,
                                     on_server=connection.dialect.name != "sqlite")
    if at_most is not None:
        values["cap"] = max(at_most, 0) + 1
    return int(connection.execute(count_statement(shape, at_most is not None),
                                  values).scalar_one())


