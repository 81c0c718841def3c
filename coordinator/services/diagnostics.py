"""What a support contact needs to know about this installation, and nothing about clients.

Help > Copy diagnostics puts these facts on the clipboard: the versions, the platform, the
kind of database and its schema revision, and where the log file is. No names, no record
numbers, no counts of clients, and not the database's location (a server URL names its host
and user; a file path is the workstation's business), so the text can go into an e-mail.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

import coordinator
from coordinator.logs import log_folder
from coordinator.services.context import ServiceContext
from coordinator.store import migrate


@dataclass(frozen=True, slots=True)
class Diagnostics:
    version: str
    python: str
    platform: str
    #: "SQLite" or "PostgreSQL".
    database_kind: str
    #: The Alembic revision recorded in the database; None when it could not be read.
    schema_revision: str | None
    #: The newest revision this version of Coordinator knows.
    schema_head: str | None
    log_folder: Path


class DiagnosticsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def collect(self) -> Diagnostics:
        """The installation's facts; reads only the schema's revision from the database."""
        db = self.ctx.db
        try:
            revision = migrate.current_revision(db)
        except DBAPIError:
            revision = None  # the server went away: the rest is still worth copying
        return Diagnostics(
            version=coordinator.__version__,
            python=f"{platform.python_version()} ({sys.implementation.name})",
            platform=platform.platform(),
            database_kind="SQLite" if db.is_sqlite else "PostgreSQL",
            schema_revision=revision,
            schema_head=migrate.quick_head() or migrate.head_revision(),
            log_folder=log_folder(),
        )
