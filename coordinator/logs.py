"""The log file: where it lives, how it is set up, and how a failure is written to it.

Every module logs through ``logging.getLogger(__name__)``; ``configure_logging`` (called once
by the command line, which also starts the app) sends the ``coordinator`` loggers to a
rotating file in the user's log folder, and with ``-v`` to the standard error stream too.

The log holds no client data beyond database ids. Messages name clients, users and facilities
by id only; record numbers (MRNs) count as client data. Exception texts are filtered when a
traceback is written (``RedactingFormatter``): our own errors (``CoordinatorError``) carry
sentences written for the user, which often name the client, so only their type is written;
database driver errors can quote the values of a row, so only their first line and the SQL
statement (never its parameters) are; ReportLab's layout errors quote the paragraph that did
not fit, so only the type of an exception ReportLab raised is; a file-system error names the
file, which is often the client's (a document saved as "Transfer summary - Name.pdf"), so
only its error number and reason are. Other exceptions come from library code and are written in
full, because their text is what makes a bug report useful.

Imports only the standard library and platformdirs: the command line imports this before
anything else, and it must not slow ``coordinator --help`` down.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

import platformdirs

from coordinator.domain.errors import CoordinatorError  # standard library only

#: Overrides the log folder (tests, or a workstation whose profile folder is not writable).
LOG_DIR_ENV = "COORDINATOR_LOG_DIR"
LOG_FILE_NAME = "coordinator.log"
#: The file rolls over at this size and this many older files are kept: at most 6 MB in all.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [pid %(process)d] %(message)s"

#: The logger every module's ``getLogger(__name__)`` hangs under.
PACKAGE_LOGGER = "coordinator"

_log = logging.getLogger(__name__)
_app_log = logging.getLogger(PACKAGE_LOGGER)
#: The handlers ``configure_logging`` installed, so calling it again replaces them.
_installed: list[logging.Handler] = []


def log_folder() -> Path:
    """The folder holding ``coordinator.log``: ``COORDINATOR_LOG_DIR`` when set, else the
    platform's user log folder (``%LOCALAPPDATA%\\Coordinator\\Logs`` on Windows,
    ``~/Library/Logs/Coordinator`` on macOS, ``~/.local/state/Coordinator/log`` on Linux)."""
    override = os.environ.get(LOG_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir("Coordinator", appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


def configure_logging(*, verbose: bool = False, stream: TextIO | None = None) -> Path | None:
    """Send the ``coordinator`` loggers to the log file; returns its path.

    With ``verbose`` every message (DEBUG and up) also goes to ``stream`` (the standard error
    stream when None). Calling it again replaces what the last call installed, so handlers
    never pile up. When the folder cannot be made or the file cannot be opened, messages go to
    ``stream`` instead (warnings and up, everything with ``verbose``), one line says so, and
    None is returned: a log that cannot be written never stops the app.
    """
    stream = stream if stream is not None else sys.stderr
    logger = logging.getLogger(PACKAGE_LOGGER)
    _remove_installed(logger)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = RedactingFormatter(LOG_FORMAT)

    path = log_file()
    failure: Exception | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Imported here: it loads socket and pickle, which nothing needs before.
        from logging.handlers import RotatingFileHandler

        file_handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except (OSError, ValueError) as error:  # ValueError: a NUL in COORDINATOR_LOG_DIR
        failure = error
    else:
        file_handler.setLevel(logging.INFO)
        _install(logger, file_handler, formatter)

    if stream is not None and (verbose or failure is not None):
        # pythonw.exe on Windows has no standard error stream at all (sys.stderr is None).
        stream_handler = logging.StreamHandler(stream)
        stream_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
        _install(logger, stream_handler, formatter)
    if failure is not None:
        reason = getattr(failure, "strerror", None) or type(failure).__name__
        _log.warning("The log folder %s cannot be written (%s); messages go to the standard "
                     "error stream only.", path.parent, reason)
        return None
    return path


def unconfigure_logging() -> None:
    """Close and remove what ``configure_logging`` installed, and leave the ``coordinator``
    loggers as they were before it (tests)."""
    logger = logging.getLogger(PACKAGE_LOGGER)
    _remove_installed(logger)
    logger.setLevel(logging.NOTSET)


def _install(logger: logging.Logger, handler: logging.Handler,
             formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    _installed.append(handler)


def _remove_installed(logger: logging.Logger) -> None:
    while _installed:
        handler = _installed.pop()
        logger.removeHandler(handler)
        handler.close()


def log_failure(logger: logging.Logger, message: str, error: BaseException,
                *args: object, answered: bool = False) -> None:
    """Write a failure shown to the user, with its traceback, once per exception.

    ``message`` (%-style, with ``args``) must name records by id only. Expected failures
    (``CoordinatorError``: a wrong password, a refused consent, a stale edit) are warnings;
    anything else is a bug and an error. When the same exception is reported again (a worker
    logs it, then the dialog that shows it does) only the first report is written.

    ``answered``: the caller answers an expected failure itself (a form shows its field
    messages, a question such as "still in care?" follows): one info line with the error's
    type, no traceback and never its sentence. A bug is logged in full either way.
    """
    if getattr(error, "_coordinator_logged", False):
        return
    if answered and _is_ours(error):
        logger.info("%s: %s", message % args if args else message, type(error).__name__)
        return
    with contextlib.suppress(AttributeError, TypeError):  # a type with __slots__
        # A mark on the exception object itself, read back above.
        error._coordinator_logged = True  # type: ignore[attr-defined]
    level = logging.WARNING if _is_ours(error) else logging.ERROR
    logger.log(level, message, *args, exc_info=(type(error), error, error.__traceback__))


class RedactingFormatter(logging.Formatter):
    """Formats tracebacks with the exception texts that may hold client data left out."""

    def formatException(
            self, ei: tuple[type[BaseException], BaseException, TracebackType | None]
            | tuple[None, None, None]) -> str:
        _kind, error, _tb = ei
        if error is None:
            return super().formatException(ei)
        return "".join(redacted_traceback(error)).rstrip("\n")


def redacted_traceback(error: BaseException) -> list[str]:
    """The lines ``traceback.format_exception`` would give, with every exception in the chain
    described by ``describe_exception`` (frames are code, never data: no locals are shown)."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    lines: list[str] = []
    for exception, link in reversed(chain):
        if exception.__traceback__ is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_list(traceback.extract_tb(exception.__traceback__)))
        lines.append(describe_exception(exception).rstrip("\n") + "\n")
        if link:
            lines.append(link)
    return lines


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
#: Modules whose exceptions quote the data they were given (a row, a paragraph).
_DRIVER_MODULES = ("sqlite3", "psycopg", "psycopg2", "_sqlite3")
_DOCUMENT_MODULES = ("reportlab",)


def describe_exception(error: BaseException) -> str:
    """The last line of a traceback for ``error``, without text that may hold client data."""
    kind = type(error)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if _is_ours(error):
        fields = getattr(error, "fields", None)
        named = f" (fields: {', '.join(sorted(fields))})" if fields else ""
        return f"{name}: [message withheld: it may name a client]{named}"
    root = kind.__module__.split(".")[0]
    if root in _DOCUMENT_MODULES or _raised_in(error, _DOCUMENT_MODULES):
        # ReportLab also raises plain ValueErrors quoting the markup it could not parse.
        return f"{name}: [message withheld: it may quote a document's text]"
    if isinstance(error, OSError) and (error.filename is not None
                                       or error.filename2 is not None):
        # A document's file name is often the client's ("Transfer summary - Name.pdf").
        number = f"[Errno {error.errno}] " if error.errno is not None else ""
        return (f"{_short_name(kind)}: {number}{error.strerror or ''} "
                "[file name withheld: it may name a client]")
    if root in _DRIVER_MODULES:
        return f"{name}: {_first_line(error)} [details withheld: they may quote a row]"
    statement = getattr(error, "statement", None)
    if root == "sqlalchemy" and hasattr(error, "orig") and isinstance(statement, str):
        orig = error.orig  # a DBAPIError: the driver's exception, then the SQL
        return (f"{name}: ({type(orig).__module__}.{type(orig).__qualname__}) "
                f"{_first_line(orig)}\n[SQL: {statement}]\n[parameters withheld]")
    if kind.__qualname__ == "_RemoteTraceback":
        # A worker process's traceback as text; its exception is the one it is the cause of,
        # described on its own, so only the frames are kept.
        return _frames_only(str(error))
    return "".join(traceback.format_exception_only(kind, error))


def _raised_in(error: BaseException, roots: tuple[str, ...]) -> bool:
    """Whether the innermost frame of ``error``'s traceback is in one of the packages
    ``roots``."""
    tb = error.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__", "")
    return isinstance(module, str) and module.split(".")[0] in roots


def _short_name(kind: type[BaseException]) -> str:
    """``PermissionError`` for a built-in exception, else its module and name."""
    return (kind.__qualname__ if kind.__module__ == "builtins"
            else f"{kind.__module__}.{kind.__qualname__}")


def _is_ours(error: BaseException) -> bool:
    return isinstance(error, CoordinatorError)


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else ""


def _frames_only(text: str) -> str:
    lines = text.strip().strip('"').strip("\n").splitlines()
    last_frame = max((index for index, line in enumerate(lines)
                      if line.startswith("  File ")), default=-1)
    kept = lines[:last_frame + 1]
    for line in lines[last_frame + 1:]:
        if not line.startswith("    "):
            break
        kept.append(line)
    return "Traceback in the worker process:\n" + "\n".join(kept)


def log_startup(version: str, command: str, database: str | None) -> None:
    """One line as a run starts: the version, the command, the platform and the kind of
    database (``database`` is ``--db`` as given; the location itself is not written)."""
    import platform

    _app_log.info("Coordinator %s started (%s) on %s, Python %s; %s database", version, command,
              platform.platform(terse=True), platform.python_version(),
              database_kind(database))


def database_kind(database: str | None) -> str:
    """"PostgreSQL" or "SQLite" for ``--db`` or else ``COORDINATOR_DB``, as
    ``coordinator.store.engine.resolve_url`` reads them (without importing SQLAlchemy)."""
    raw = (database or os.environ.get("COORDINATOR_DB") or "").strip()
    return "PostgreSQL" if raw.lower().startswith("postgresql") else "SQLite"


__all__ = [
    "BACKUP_COUNT",
    "LOG_DIR_ENV",
    "LOG_FILE_NAME",
    "MAX_BYTES",
    "RedactingFormatter",
    "configure_logging",
    "database_kind",
    "describe_exception",
    "log_failure",
    "log_file",
    "log_folder",
    "log_startup",
    "unconfigure_logging",
]
