"""``python -m benchmarks``: measure every headline operation against its floor.

Examples::

    python -m benchmarks                      # 100,000 clients, 7 runs each
    python -m benchmarks --clients 2000 --runs 3
    python -m benchmarks --db bench.sqlite3 --fresh --json results.json

Exit status: 0 when every operation was measured (whether or not it met its target),
1 when a measurement failed, 2 for bad usage. Targets are reported, not enforced, so a
slow machine still gets its table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.database import DatabaseRefused, default_path, prepare

if TYPE_CHECKING:
    from benchmarks.operations import Operation

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = REPOSITORY / "bench-results"
DEFAULT_CLIENTS = 100_000
DEFAULT_RUNS = 7
DEFAULT_SEARCH = "smith"


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("cannot be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure Coordinator's headline operations against floors measured "
                    "in the same run (docs/architecture.md §6).")
    parser.add_argument("--clients", type=_positive, default=DEFAULT_CLIENTS, metavar="N",
                        help=f"demo clients in the database (default {DEFAULT_CLIENTS:,})")
    parser.add_argument("--runs", type=_positive, default=DEFAULT_RUNS, metavar="R",
                        help=f"timed runs of each operation (default {DEFAULT_RUNS})")
    parser.add_argument("--warmup", type=_not_negative, default=1, metavar="W",
                        help="untimed runs before the timed ones (default 1)")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="the demo database to reuse or create (default: "
                             "bench-results/demo-N.sqlite3 in the repository)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, metavar="DIR",
                        help="folder for the default database and JSON (default "
                             "bench-results/)")
    parser.add_argument("--fresh", action="store_true",
                        help="generate the demo database again, and time it")
    parser.add_argument("--json", type=Path, metavar="PATH",
                        help="where to write the results (default CACHE/latest.json)")
    parser.add_argument("--search", default=DEFAULT_SEARCH, metavar="TEXT",
                        help=f"what is typed into the search box, one keystroke at a "
                             f"time (default {DEFAULT_SEARCH!r})")
    parser.add_argument("--only", action="append", metavar="KEY",
                        help="measure only this operation (repeatable); see --list")
    parser.add_argument("--list", action="store_true", help="list the operations and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from benchmarks.operations import OPERATIONS

    if args.list:
        for operation in OPERATIONS:
            print(f"{operation.key:20} {operation.title}")
        return 0
    chosen = OPERATIONS
    if args.only:
        unknown = set(args.only) - {operation.key for operation in OPERATIONS}
        if unknown:
            print(f"benchmarks: unknown operation {', '.join(sorted(unknown))}; see --list",
                  file=sys.stderr)
            return 2
        chosen = [operation for operation in OPERATIONS if operation.key in args.only]
    return _run(args, chosen)


def _run(args: argparse.Namespace, chosen: list[Operation]) -> int:
    from benchmarks.context import BenchContext
    from benchmarks.report import as_json, machine, table, write_json
    from benchmarks.runner import ERROR, run_one

    path = args.db or default_path(args.cache, args.clients)
    print(f"Demo database of {args.clients:,} clients: {path}", flush=True)
    try:
        demo = prepare(path, args.clients, fresh=args.fresh)
    except DatabaseRefused as refusal:
        print(f"benchmarks: {refusal}", file=sys.stderr)
        return 2
    print("  reused" if demo.reused else
          f"  generated in {demo.generation_seconds or 0:.1f} s", flush=True)
    info = machine()
    print(f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB; "
          f"Python {info['python']}, PySide6 {info['pyside6']}, "
          f"SQLAlchemy {info['sqlalchemy']}", flush=True)
    busy = info["load_average_1_5_15"][0]
    if busy >= (info["cores"] or 1) / 2:
        print(f"  note: the machine is busy (load average {busy}); the floors share the "
              "load, absolute times do not", flush=True)
    ctx = BenchContext(demo, runs=args.runs, warmup=args.warmup, search_text=args.search)
    rows = []
    try:
        ctx.open_before_timing()
        for operation in chosen:
            print(f"  measuring: {operation.title} …", flush=True)
            rows.append(run_one(operation, ctx))
    finally:
        ctx.close()
    print()
    print(f"{args.clients:,} clients, {args.runs} run{'s' if args.runs > 1 else ''} each "
          f"(median and nearest-rank p95; floors measured in the same run)")
    print(table(rows))
    json_path = args.json or args.cache / "latest.json"
    write_json(as_json(rows, ctx), json_path)
    print(f"\nWrote {json_path}")
    errors = [row for row in rows if row.status == ERROR]
    for row in errors:
        details = row.measured.details.get("traceback", "") if row.measured else ""
        print(f"\n{row.operation.title} failed:\n{details}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
