"""Shared fixtures: a migrated database per test, copied from a template made once."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordinator.store import migrate  # noqa: E402
from coordinator.store.engine import Database, open_database  # noqa: E402


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database at the head revision, migrated once per test run."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(str(path))
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture
def database(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh database at head for one test."""
    path = tmp_path / "coordinator.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(str(path))
    yield db
    db.dispose()
