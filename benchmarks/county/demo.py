"""The demo database of a county run, on either engine: reused while it fits, else made.

SQLite: the app's default file (encrypted, its key kept as the app keeps it), made and
reused as ``make bench`` makes its own (``benchmarks.database``), but a file of its own,
since the workstations write to it. PostgreSQL: a database ``county_demo_N`` on the
server (or the database a ``--url`` names), created if missing, generated with the app's
own demo generator through its services, and reused by a later run on the same server
while it holds N demo clients.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from benchmarks.database import DEMO_SEED, prepare

MAINTENANCE_DATABASES = frozenset({"", "postgres", "template1"})


@dataclass(frozen=True)
class CountyDemo:
    """Where the workstations connect, and whether the demo was made for this run."""

    location: str  # a SQLite path or a PostgreSQL URL, as ``open_services`` takes it
    shown: str  # the same without a password, for the table and the JSON
    clients: int
    reused: bool
    generation_seconds: float | None


class DemoRefused(Exception):
    """The database holds something that is not ours to replace (the sentence says what)."""


def sqlite_demo(path: Path, clients: int, *, fresh: bool) -> CountyDemo:
    from benchmarks.database import DatabaseRefused

    try:
        demo = prepare(path, clients, fresh=fresh)
    except DatabaseRefused as refusal:
        raise DemoRefused(str(refusal)) from None
    return CountyDemo(str(demo.path), str(demo.path), clients, demo.reused,
                      demo.generation_seconds if not demo.reused else None)


def postgres_demo(server_or_database: str, clients: int, *, fresh: bool) -> CountyDemo:
    """The demo database on a PostgreSQL server.

    Args:
        server_or_database: a URL naming the server's maintenance database (``postgres``:
            the demo goes to ``county_demo_N`` beside it) or the database to use.
        fresh: generate it again even when it holds the right demo.

    Raises:
        DemoRefused: the database holds data that is not a demo caseload.
    """
    given = make_url(server_or_database)
    if given.drivername == "postgresql":
        given = given.set(drivername="postgresql+psycopg")
    name = given.database or ""
    if name in MAINTENANCE_DATABASES:
        name = f"county_demo_{clients}"
    target = given.set(database=name)
    maintenance = given.set(database="postgres")
    shown = target.render_as_string(hide_password=True)
    found = _what_it_holds(target) if _exists(maintenance, name) else "missing"
    if found == "missing":
        _create(maintenance, name)
    elif found == clients and not fresh:
        return CountyDemo(target.render_as_string(hide_password=False), shown, clients, True,
                          None)
    elif found == "not a demo":
        raise DemoRefused(f"{shown} holds data that is not a demo caseload; name another "
                          "database in --url, or drop that one yourself.")
    elif found != "empty":  # a demo of another size, or --fresh: made again
        _drop(maintenance, name)
        _create(maintenance, name)
    started = time.perf_counter()
    _generate(target, clients)
    return CountyDemo(target.render_as_string(hide_password=False), shown, clients, False,
                      time.perf_counter() - started)


def _what_it_holds(url: URL) -> int | str:
    """The demo's client count, or "empty" or "not a demo"."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as connection:
            tables = connection.execute(text(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_name IN ('client', 'setting')"
            )).scalar_one()
            if tables < 2:
                return "empty"
            clients = connection.execute(text("SELECT count(*) FROM client")).scalar_one()
            demo = connection.execute(text(
                "SELECT value FROM setting WHERE key = 'demo_database'")).scalar()
            if clients == 0:
                return "empty"
            return int(clients) if str(demo).lower() == "true" else "not a demo"
    finally:
        engine.dispose()


def _exists(maintenance: URL, name: str) -> bool:
    engine = create_engine(maintenance, poolclass=NullPool, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                      {"name": name}).scalar() is not None
    finally:
        engine.dispose()


def _create(maintenance: URL, name: str) -> None:
    engine = create_engine(maintenance, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()


def _drop(maintenance: URL, name: str) -> None:
    engine = create_engine(maintenance, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def _generate(url: URL, clients: int) -> None:
    """The schema (the app's migrations) and the demo caseload, as ``coordinator demo``."""
    from coordinator.demo import generate_demo
    from coordinator.services.app import open_services

    services, _backup = open_services(url.render_as_string(hide_password=False))
    try:
        generate_demo(services.db, clients=clients, seed=DEMO_SEED)
    finally:
        services.close()
