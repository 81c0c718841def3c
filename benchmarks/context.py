"""What every measurement shares: the database, the run settings and what was read once.

Services are opened and signed in once, as on a workstation where the person has been
working for a while; the cold start is the one measurement that starts from nothing, and
it runs in its own processes (``benchmarks.startup``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.database import DemoDatabase

T = TypeVar("T")

DEMO_USER = "admin"


@dataclass
class BenchContext:
    """One benchmark run's settings and its lazily opened connections."""

    demo: DemoDatabase
    runs: int
    warmup: int
    search_text: str
    _memo: dict[str, Any] = field(default_factory=dict)

    @property
    def database(self) -> Path:
        return self.demo.path

    @property
    def clients(self) -> int:
        return self.demo.clients

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` the first time ``key`` is asked for; the same answer after that
        (several rows come from one set of child processes, for instance)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    @property
    def services(self) -> Any:
        """The app's services over the database, signed in as the demo administrator."""

        def open_signed_in() -> Any:
            from coordinator.demo import DEMO_PASSWORD
            from coordinator.services.app import open_services

            services, _backup = open_services(str(self.database))
            services.auth.login(DEMO_USER, DEMO_PASSWORD)
            return services

        return self.once("services", open_signed_in)

    def open_before_timing(self) -> None:
        """Open the services now, so the schema upgrade after a migration (and the first
        sign-in) falls on no measured operation or cold start."""
        _ = self.services

    @property
    def sqlite(self) -> sqlite3.Connection:
        """A raw ``sqlite3`` connection to the same file, for the floors."""
        from benchmarks.floors import connect

        return self.once("sqlite", lambda: connect(self.database))

    @property
    def encrypted(self) -> bool:
        from coordinator.store.cipher import file_salt

        return self.once("encrypted", lambda: file_salt(self.database) is not None)

    def on_store(self, encrypted: bool) -> BenchContext:
        """This run on the demo as an encrypted or a plain file: itself, or its twin (the
        same rows in the other kind of file, made once beside it and kept while the demo
        is not newer)."""
        if encrypted == self.encrypted:
            return self

        def open_twin() -> BenchContext:
            from benchmarks.database import twin

            return BenchContext(twin(self.demo, encrypted), self.runs, self.warmup,
                                self.search_text)

        return self.once(f"twin-{encrypted}", open_twin)

    def close(self) -> None:
        if "services" in self._memo:
            self._memo["services"].close()
        if "sqlite" in self._memo:
            self._memo["sqlite"].close()
        for encrypted in (True, False):
            twin = self._memo.get(f"twin-{encrypted}")
            if twin is not None:
                twin.close()
        self._memo.clear()
