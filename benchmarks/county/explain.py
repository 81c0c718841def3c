"""Where an operation's time goes: its SQL statements, slowest first, with PostgreSQL's plan.

``python -m benchmarks.county.explain --url URL [--operation dashboard] [--top 5]
[--text T]`` signs
in as the demo case manager on the database at URL (a PostgreSQL URL or a SQLite path),
runs the operation once untimed (the statements compiled, the derived data current), then
once more with every statement timed, and prints the slowest. On PostgreSQL the slowest
reads are run again under ``EXPLAIN (ANALYZE, BUFFERS)`` and their plans printed: what a
missed target's closing note needs. Saves are timed but not explained (ANALYZE would run
them again).
"""

from __future__ import annotations

import argparse
import random
import time
from typing import Any

from benchmarks.county.results import TITLES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.county.explain",
                                     description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--url", required=True, help="the demo database (URL or SQLite path)")
    parser.add_argument("--operation", choices=sorted(TITLES), default="dashboard")
    parser.add_argument("--user", default="casemanager", help="demo user to sign in as")
    parser.add_argument("--top", type=int, default=5, help="statements to show (default 5)")
    parser.add_argument("--text", help="search: what is typed (default: the workstation's "
                                       "own first keystroke)")
    return parser


def main(argv: list[str] | None = None) -> int:
    from sqlalchemy import event

    from benchmarks.county.workstation import Workstation
    from coordinator.demo import DEMO_PASSWORD
    from coordinator.services.app import open_services

    args = _parser().parse_args(argv)
    services, _backup = open_services(args.url)
    try:
        services.auth.login(args.user, DEMO_PASSWORD)
        workstation = Workstation(services, random.Random(1))
        workstation.choose_working_set()
        action = getattr(workstation, args.operation)
        if args.operation == "search" and args.text is not None:
            from benchmarks.app_calls import search_keystroke

            def action() -> None:
                search_keystroke(services, args.text)
        action()  # untimed: compiled statements, current derived data
        timed: list[tuple[float, str, Any]] = []
        started: list[float] = []

        def before(_conn: Any, _cursor: Any, _statement: str, _parameters: Any,
                   _context: Any, _many: bool) -> None:
            started.append(time.perf_counter())

        def after(_conn: Any, _cursor: Any, statement: str, parameters: Any,
                  _context: Any, _many: bool) -> None:
            timed.append(((time.perf_counter() - started.pop()) * 1000, statement,
                          parameters))

        engine = services.db.engine
        event.listen(engine, "before_cursor_execute", before)
        event.listen(engine, "after_cursor_execute", after)
        began = time.perf_counter()
        action()
        whole = (time.perf_counter() - began) * 1000
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)
        print(f"{args.operation}: {whole:.1f} ms, {len(timed)} statements, "
              f"{sum(ms for ms, _, _ in timed):.1f} ms in them")
        slowest = sorted(timed, key=lambda item: -item[0])[:args.top]
        for rank, (ms, statement, parameters) in enumerate(slowest, 1):
            print(f"\n#{rank}: {ms:.1f} ms\n{statement.strip()}\n  parameters: {parameters!r}"
                  [:4000])
            if services.db.is_sqlite or not statement.lstrip().upper().startswith(
                    ("SELECT", "WITH")):
                continue
            with engine.connect() as connection:
                cursor = connection.connection.dbapi_connection.cursor()
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
                print("\n".join(row[0] for row in cursor.fetchall()))
                connection.rollback()
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
