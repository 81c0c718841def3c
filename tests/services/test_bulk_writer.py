"""Bulk inserts (the demo generator, the stored clocks) store what an ordinary insert
would, on both engines: on PostgreSQL they go by COPY, whose text format has its own
escapes for tabs, newlines and backslashes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from coordinator.services.bulk import BulkWriter
from coordinator.store.engine import Database
from coordinator.store.models import Base, HsdsAddress

AWKWARD = "Suite 4\tback door\nring twice \\ ask for Zoë — \"front\" desk, 'N'"


def _address(number: int, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": f"00000000-0000-4000-8000-{number:012d}", "location_id": None,
        "attention": None, "address_1": f"{number} Main Street", "address_2": None,
        "city": "Springfield", "region": None, "state_province": "IL",
        "postal_code": "62701", "country": "US", "address_type": "physical", "extra": {}}
    row.update(changes)
    return row


def test_bulk_rows_read_back_as_written_escapes_json_and_nulls(database: Database) -> None:
    rows = [
        _address(1, address_2=AWKWARD, extra={"note": AWKWARD, "floors": [1, 2]}),
        _address(2, attention="Intake\\Records", extra={}),
        _address(3, region=None, extra={"nested": {"open": True, "hours": None}}),
    ]
    with database.engine.begin() as connection:
        BulkWriter(connection).insert(Base.metadata.tables["hsds_address"], rows)
    with database.session_factory() as session:
        stored = {address.address_1: address for address in session.scalars(
            select(HsdsAddress).order_by(HsdsAddress.address_1))}
    assert sorted(stored) == ["1 Main Street", "2 Main Street", "3 Main Street"]
    assert stored["1 Main Street"].address_2 == AWKWARD
    assert stored["1 Main Street"].extra == {"note": AWKWARD, "floors": [1, 2]}
    assert stored["2 Main Street"].attention == "Intake\\Records"
    assert stored["2 Main Street"].address_2 is None
    assert stored["3 Main Street"].extra == {"nested": {"open": True, "hours": None}}


def test_a_failed_bulk_insert_leaves_nothing_of_its_transaction(database: Database) -> None:
    # The second row repeats the first one's id: the whole user action is undone.
    first = _address(7)
    with database.engine.connect() as connection:
        transaction = connection.begin()
        try:
            BulkWriter(connection).insert(Base.metadata.tables["hsds_address"],
                                          [first, _address(7, address_1="again")])
        except IntegrityError:
            transaction.rollback()
        else:
            raise AssertionError("a duplicate id was stored")
    with database.session_factory() as session:
        assert session.scalars(select(HsdsAddress)).all() == []
