"""The PostgreSQL server the ``--engine=postgresql`` run uses: create and drop databases.

The suite never owns the server; it is handed a maintenance database URL in
``COORDINATOR_TEST_PG_URL`` (``.ci/run`` starts a throwaway cluster and exports it) and only
creates and drops databases of its own on it.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from coordinator.domain.errors import StoreUnavailable
from coordinator.store.engine import resolve_url

URL_VARIABLE = "COORDINATOR_TEST_PG_URL"
EXAMPLE_URL = "postgresql+psycopg://postgres@127.0.0.1:54329/postgres"


class ServerUnavailable(Exception):
    """The PostgreSQL leg cannot run: no server configured, or it does not answer."""


class PostgresServer:
    """A server reached through a maintenance database, where test databases come and go."""

    def __init__(self, url: URL) -> None:
        self.url = url
        # AUTOCOMMIT: CREATE/DROP DATABASE cannot run inside a transaction. NullPool: no
        # idle connection lingers on the maintenance database between calls.
        self._engine: Engine = create_engine(
            url, isolation_level="AUTOCOMMIT", poolclass=NullPool,
            connect_args={"connect_timeout": 5})

    @classmethod
    def from_environment(cls) -> PostgresServer:
        """The server named by ``COORDINATOR_TEST_PG_URL``, checked to answer."""
        raw = os.environ.get(URL_VARIABLE, "").strip()
        if not raw:
            raise ServerUnavailable(
                f"--engine=postgresql needs {URL_VARIABLE}, the URL of a maintenance "
                f"database on a server where the tests may create databases, "
                f"e.g. {EXAMPLE_URL} (.ci/run starts such a server).")
        try:
            url = resolve_url(raw)
        except StoreUnavailable as exc:
            raise ServerUnavailable(f"{URL_VARIABLE}: {exc}") from None
        if url.get_backend_name() != "postgresql":
            raise ServerUnavailable(
                f"{URL_VARIABLE} must be a postgresql+psycopg:// URL, not {raw!r}.")
        server = cls(url)
        server.check()
        return server

    @property
    def where(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def check(self) -> None:
        """Raise ``ServerUnavailable`` unless the server answers and may create databases."""
        try:
            with self._engine.connect() as connection:
                may_create = connection.execute(text(
                    "SELECT rolcreatedb OR rolsuper FROM pg_roles "
                    "WHERE rolname = current_user")).scalar_one()
        except DBAPIError as exc:
            first_line = (str(exc.orig).strip().splitlines() or [""])[0]
            raise ServerUnavailable(
                f"The PostgreSQL server at {self.where} ({URL_VARIABLE}) does not answer: "
                f"{first_line}") from None
        if not may_create:
            raise ServerUnavailable(
                f"The user in {URL_VARIABLE} ({self.where}) may not create databases.")

    def url_for(self, name: str) -> URL:
        """The URL of database ``name`` on this server (same user, host and port)."""
        return self.url.set(database=name)

    def create_database(self, name: str, template: str = "template0") -> URL:
        """A new database copied from ``template``; returns its URL."""
        self.drop_database(name)  # left over from a run that was killed mid-test
        self._execute(f"CREATE DATABASE {self._quote(name)} TEMPLATE {self._quote(template)}")
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        # FORCE ends a connection a failed test left open, so one bad test cannot break the
        # teardown of every later one.
        self._execute(f"DROP DATABASE IF EXISTS {self._quote(name)} WITH (FORCE)")

    def dispose(self) -> None:
        self._engine.dispose()

    def _execute(self, statement: str) -> None:
        with self._engine.connect() as connection:
            connection.execute(text(statement))

    def _quote(self, name: str) -> str:
        return self._engine.dialect.identifier_preparer.quote_identifier(name)
