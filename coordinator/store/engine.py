"""Open the database: resolve where it is, create the engine, set SQLite pragmas.

Every problem opening a store becomes ``StoreUnavailable`` with one sentence a user can act
on: a folder that does not exist, a read-only file, a file that is not a database, a
PostgreSQL server that does not answer. A damaged SQLite file (SQLite's "database disk image
is malformed" or "file is not a database", met when it opens or on any later statement)
becomes ``DatabaseDamaged``, naming the file and the restore command.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from coordinator.domain.errors import DatabaseDamaged, DatabaseLocked, StoreUnavailable
from coordinator.store import cipher, transport
from coordinator.store.cipher import StoreKey

_log = logging.getLogger(__name__)

ENV_VAR = "COORDINATOR_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# SQLite's primary result codes for a damaged file (extended codes keep them in the low byte).
DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
# An encrypted file holds at least one whole page (SQLCipher's pages are 4,096 bytes; its
# smallest allowed page is 512).
_SMALLEST_ENCRYPTED = 512
# SQLite's page cache per connection, in KiB (its default is 2 MB). It grows only as pages
# are read: the dashboard, a record and a search keep well inside it.
PAGE_CACHE_KIB = 64 * 1024
# The cache while a report reads (``roomy_cache``): a report at 100,000 clients goes over 130
# to 190 MB of pages, and with them all kept its statements take half the time they take
# with 64 MB (measured with the caseload report's largest).
REPORT_CACHE_KIB = 256 * 1024


@contextmanager
def roomy_cache(connection: Connection, *, keep: bool = False) -> Iterator[None]:
    """Let a SQLite connection keep ``REPORT_CACHE_KIB`` of pages for the reads inside.

    With ``keep`` the connection goes on holding them, so that the next report (or the same
    one with other filters) finds its pages read and, on an encrypted file, decrypted
    already: the Reports view. Without, the memory is given back at the end (``PRAGMA
    shrink_memory``, then the C library's free lists), so that a read made at every start
    (the supervisor's caseload table) does not leave the app holding a quarter of its
    database. Nothing on PostgreSQL, whose server keeps its own cache."""
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size=-{REPORT_CACHE_KIB}")
    try:
        yield
    finally:
        if not keep:
            connection.exec_driver_sql(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
            connection.exec_driver_sql("PRAGMA shrink_memory")
            _return_freed_memory()


def _return_freed_memory() -> None:
    """Hand memory the process freed back to the operating system where the C library
    keeps it otherwise: glibc holds freed small blocks (a page cache's pages) in its own
    lists, so the process would stay as large as at its largest report. Windows' and
    macOS's allocators give such memory back themselves."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # glibc only
    except (OSError, AttributeError):  # musl and other C libraries have none
        return None
    return trim


def default_database_path() -> Path:
    """The per-user SQLite file used when neither ``--db`` nor ``COORDINATOR_DB`` is given."""
    return Path(platformdirs.user_data_dir("Coordinator", appauthor=False)) / "coordinator.sqlite3"


def resolve_url(location: str | None) -> URL:
    """A SQLAlchemy URL from a path, a URL, the environment or the default file."""
    raw = location or os.environ.get(ENV_VAR) or ""
    if not raw:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite+pysqlite", database=str(path))
    if "://" in raw:
        try:
            url = make_url(raw)
        except ArgumentError:
            raise StoreUnavailable(f"'{raw}' is not a database path or URL.") from None
        if url.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))


def describe(url: URL) -> str:
    """Where the data lives, for the status bar and messages (never the password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or "(in memory)"
    return url.render_as_string(hide_password=True)


def is_damage(error: BaseException | None) -> bool:
    """Whether ``error`` is SQLite saying the file is damaged or not a database."""
    return (isinstance(error, (sqlite3.DatabaseError, cipher.dbapi.DatabaseError))
            and ((getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF) in DAMAGE_CODES)


def damaged(path: Path | str | None, reason: str) -> DatabaseDamaged:
    """The one sentence for a damaged SQLite file: which file, why, and how to restore it."""
    if path is None:
        return DatabaseDamaged(f"The database file is damaged ({reason}); restore the "
                               "latest good backup with 'coordinator restore BACKUP_FILE'.")
    return DatabaseDamaged(f"The database file {path} is damaged ({reason}); restore the "
                           f"latest good backup with 'coordinator --db {path} restore "
                           "BACKUP_FILE'.")


@dataclass
class Database:
    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]
    connector: SqliteConnector | None = None
    # Set once ``ensure_intact`` has found the file whole, so it scans at most once.
    _found_intact: bool = field(default=False, init=False, repr=False)
    # A PostgreSQL connection that crosses the network unprotected (store/transport.py).
    transport_warning: transport.TransportWarning | None = None
    # What the engine passes when it connects to PostgreSQL (timeout, TLS, DateStyle), so a
    # connection of its own (``dedicated_connection``) is made the same way.
    connect_args: dict[str, Any] = field(default_factory=dict, repr=False)
    # Called first by ``dispose`` (see ``before_dispose``).
    _before_dispose: list[Callable[[], None]] = field(default_factory=list, init=False,
                                                      repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @property
    def key(self) -> StoreKey | None:
        """The key of an encrypted SQLite file (None: plain SQLite, or PostgreSQL)."""
        return None if self.connector is None else self.connector.key

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def display_name(self) -> str:
        return describe(self.url)

    def refresh_statistics(self) -> None:
        """Gather the statistics the query planner chooses its plans by: ``ANALYZE``.

        Without them SQLite guesses how selective each index is, and at 100,000 clients it
        guessed wrong on the dashboard (it walked every active stay to find one case
        manager's 50). Called after bulk loads (demo, copy); day to day, ``dispose`` keeps
        them current. PostgreSQL's autovacuum does the same on its own schedule; after a
        bulk load its manual recommends ANALYZE ("Populating a Database"), and VACUUM with
        it marks the new rows' pages all-visible, without which no count can be answered
        from an index alone ("Index-Only Scans and Covering Indexes"). VACUUM cannot run
        inside a transaction, hence autocommit.
        """
        if self.is_sqlite:
            with self.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
            return
        with self.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM (ANALYZE)")

    def before_dispose(self, callback: Callable[[], None]) -> None:
        """Have ``dispose`` call ``callback`` first: the holder of a connection of its own
        (``dedicated_connection``) closes it there, since what disposes wants the file
        closed everywhere in this process (a restore)."""
        self._before_dispose.append(callback)

    def dispose(self) -> None:
        """Close every connection; on SQLite first let ``PRAGMA optimize`` refresh the
        statistics of tables whose size changed much (its documentation asks for this
        when a long-lived connection closes), on a connection that was open anyway: never
        one opened just for this. A read-only, busy or damaged file skips it.

        Quitting never waits for another workstation's write lock. ``PRAGMA optimize`` is
        usually a no-op and only occasionally runs ``ANALYZE``, which writes the statistics
        (https://www.sqlite.org/pragma.html#pragma_optimize), so it runs in a deferred
        transaction (no write lock up front) with no busy timeout: if another process is
        writing, SQLite answers "database is locked" at once instead of after
        ``BUSY_TIMEOUT_MS``, and the statistics wait for a later quit. The connection is
        closed right after, so its busy timeout is not restored."""
        for callback in list(self._before_dispose):
            callback()
        pool: Any = self.engine.pool
        if self.is_sqlite and getattr(pool, "checkedin", lambda: 0)() > 0:
            try:
                deferred = self.engine.execution_options(sqlite_begin="DEFERRED")
                with deferred.begin() as connection:
                    connection.exec_driver_sql("PRAGMA busy_timeout=0")
                    connection.exec_driver_sql("PRAGMA optimize")
            except (DBAPIError, OSError, DatabaseDamaged, StoreUnavailable,
                    MemoryError) as error:  # SQLCipher: a page failing its check
                _log.info("PRAGMA optimize skipped: %s", type(error).__name__)
        self.engine.dispose()

    def dedicated_connection(self) -> Any:
        """A new driver connection outside the engine's pool, made as the pool's are (keyed
        and with our pragmas on SQLite; the same timeout and TLS on PostgreSQL), for one
        long-lived task that must not hold a pooled one: watching for other workstations'
        changes. The caller closes it. A PostgreSQL one is in autocommit mode."""
        if self.connector is not None:
            return self.connector()
        arguments, options = self.engine.dialect.create_connect_args(self.url)
        connection = self.engine.dialect.connect(*arguments,
                                                 **{**options, **self.connect_args})
        connection.autocommit = True
        return connection

    def ensure_intact(self) -> None:
        """Scan a SQLite file once (``PRAGMA quick_check``) and raise ``DatabaseDamaged`` if
        any page is damaged; PostgreSQL keeps its own checksums, so nothing happens there.

        SQLite notices a damaged page only when a statement reads it, so a command that
        never touches that page would succeed on a damaged file. The scan reads every page
        (about a third of a second per 100 MB), so it runs where being sure matters (before
        a command-line action, a backup, a disclosure), not at every start of the app.
        """
        if self._found_intact or not self.is_sqlite:
            return
        with self.engine.connect() as connection:
            # An encrypted file's pages each carry an HMAC: checking every one finds any
            # page changed outside SQLCipher (a failing disk included), so SQLite's own
            # structural check, which decrypts every page again, is left out (at 100,000
            # clients it doubled the check's 6 s).
            problems = cipher.page_problems(
                connection.connection.dbapi_connection, self.encrypted,
                None if self.encrypted else "quick_check(1)") or ["ok"]
        if problems != ["ok"]:
            # SQLite heads its findings with "*** in database main ***"; the rest says where.
            found = [line.strip() for problem in problems for line in str(problem).splitlines()
                     if line.strip() and not line.startswith("***")]
            raise damaged(self.sqlite_path, "; ".join(found) or "the check found a problem")
        self._found_intact = True


def check_sqlite_file(path: Path) -> None:
    """Refuse a path that cannot hold our database, before SQLite creates anything."""
    folder = path.parent
    if not folder.is_dir():
        raise StoreUnavailable(f"The folder {folder} does not exist.")
    if path.exists():
        if path.is_dir():
            raise StoreUnavailable(f"{path} is a folder, not a database file.")
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreUnavailable(f"The database file {path} is read-only.")
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if not header:
            # SQLite would take an empty file for a new database and fill it. Ours never
            # stay empty (the first connection writes the header), so an empty one was cut
            # short by a disk or a copy, and filling it would hide that the records are gone.
            raise DatabaseDamaged(
                f"The database file {path} is empty (0 bytes); restore the latest good backup "
                f"with 'coordinator --db {path} restore BACKUP_FILE', or delete the file to "
                "start a new database.")
        if header != SQLITE_HEADER and path.stat().st_size < _SMALLEST_ENCRYPTED:
            # Not SQLite's header, and too short for an encrypted first page either.
            raise DatabaseDamaged(
                f"{path} is not a Coordinator database (not a SQLite file); if it was one, it "
                f"is damaged: restore the latest good backup with 'coordinator --db {path} "
                "restore BACKUP_FILE'.")
    elif not os.access(folder, os.W_OK):
        raise StoreUnavailable(f"The folder {folder} is read-only; cannot create a database.")


class SqliteConnector:
    """Connections for the engine: keyed first (SQLCipher reads nothing before the key),
    then our pragmas.

    It never opens the database file itself: POSIX drops every lock a process holds on a
    file when any of its descriptors for that file closes, so a quick look at the header
    beside open SQLite connections would silently release their locks.
    """

    def __init__(self, database: str, key: StoreKey | None) -> None:
        self.database = database
        self.key = key

    def __call__(self) -> Any:
        # We issue BEGIN ourselves (see _sqlite_on_begin), so the driver must not.
        connection = cipher.connect(self.database, self.key,
                                    timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            _sqlite_pragmas(connection)
            # A page that misses SQLite's own cache is read with a system call, and an
            # encrypted file's is then decrypted and its HMAC checked. The dashboard, a
            # search and a report go over the same pages again, so the cache is made large
            # enough to keep them.
            connection.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
        except BaseException:
            connection.close()
            raise
        return connection


def _sqlite_pragmas(dbapi_connection: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # Health records: a committed save must survive a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _damage_on_error(path: str) -> Any:
    def translate(context: ExceptionContext) -> BaseException | None:
        # Any statement, at any layer, that meets a damaged page: one sentence, not a trace.
        original = context.original_exception
        if is_damage(original):
            return damaged(path, str(original))
        return None

    return translate


def _sqlite_on_begin(connection: Any) -> None:
    # A unit of work that writes takes the write lock up front (BEGIN IMMEDIATE) so two
    # workstations never both read, then fail to write, in WAL mode.
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _file_key(path: Path, encrypt_new: bool | None) -> StoreKey | None:
    """The key an existing file needs here, or for a new file (when it is to be encrypted)
    a new one, kept in the credential store with its recovery code before the file exists."""
    if path.exists():
        return cipher.key_for(path)
    if not (cipher.encryption_wanted() if encrypt_new is None else encrypt_new):
        return None
    return cipher.create_key()[0]


def open_database(location: str | URL | None = None, *,
                  encrypt_new: bool | None = None) -> Database:
    """Connect to the store and check that it answers; the schema is not touched here.

    A SQLite file that does not exist yet is created encrypted (see ``cipher``) unless
    ``encrypt_new`` is False or ``COORDINATOR_STORE_ENCRYPTION=off``; an existing one opens
    as it is, plain or with this workstation's key for it."""
    url = location if isinstance(location, URL) else resolve_url(location)
    backend = url.get_backend_name()
    key: StoreKey | None = None
    connector: SqliteConnector | None = None
    if backend == "sqlite":
        database = url.database or ":memory:"
        if database != ":memory:":
            check_sqlite_file(Path(database))
            key = _file_key(Path(database), encrypt_new)
        connector = SqliteConnector(database, key)
        # The most recently used connection first: its page cache is the warm one.
        engine = create_engine(url, module=cipher.dbapi, creator=connector,
                               pool_use_lifo=True)
        event.listen(engine, "begin", _sqlite_on_begin)
        event.listen(engine, "handle_error", _damage_on_error(url.database or ":memory:"))
    elif backend == "postgresql":
        # TLS to a server on another computer, by the workstation's policy: a URL weaker
        # than the policy is refused here, before a password leaves this computer.
        plan = transport.plan_connection(url, transport.workstation_policy())
        # Dates as text in ISO order whatever the server's or database's DateStyle: a
        # report reads a day cast to text and compares it with ISO days. No JIT: the
        # server compiles a statement it costs high (a keystroke's search over a county's
        # clients) for 50-100 ms, more than such a read then takes.
        connect_args = {"connect_timeout": 5, "options": "-c DateStyle=ISO,MDY -c jit=off",
                        **plan.connect_args}
        try:
            engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        except (NoSuchModuleError, ImportError):
            raise StoreUnavailable(
                "PostgreSQL support is not installed; install coordinator[postgres].") from None
        # Checked here, not below: whether the server answered with TLS decides the warning.
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
                answered: Any = connection.connection.dbapi_connection
                warning = transport.warning_after_connect(plan, answered.pgconn.ssl_in_use)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreUnavailable(_connect_failure(url, exc)) from None
        except StoreUnavailable:
            engine.dispose()
            raise
        return Database(url, engine, sessionmaker(engine, expire_on_commit=False),
                        transport_warning=warning, connect_args=connect_args)
    else:
        raise StoreUnavailable(f"Coordinator cannot use a '{backend}' database; "
                               "use a SQLite file or a PostgreSQL URL.")
    # Reading the schema reads the first page: the check that a key opens the file.
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as exc:
        engine.dispose()
        raise StoreUnavailable(_connect_failure(url, exc)) from None
    except DatabaseDamaged:
        engine.dispose()
        if key is not None:
            raise DatabaseLocked(
                f"The key kept on this workstation does not open {url.database}: either the "
                "key entry is wrong or the file is damaged. Unlock it with its recovery "
                f"passphrase ('coordinator --db {url.database} db unlock'); if that fails too, "
                "restore the latest good backup with 'coordinator --db "
                f"{url.database} restore BACKUP_FILE'.", url.database) from None
        raise
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False), connector)


def _connect_failure(url: URL, exc: DBAPIError) -> str:
    if url.get_backend_name() == "sqlite":
        return f"Cannot open the database file {url.database} ({exc.orig})."
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    in_words = transport.tls_failure_sentence(url, transport.workstation_policy(), str(exc.orig))
    if in_words is not None:
        return in_words
    first_line = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
    return f"Cannot reach the database server at {where} ({first_line})."
