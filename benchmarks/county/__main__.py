"""``python -m benchmarks.county``: many workstations at once against one database.

Examples::

    python -m benchmarks.county --engine postgresql --clients 1000000 --workstations 1,10,50
    python -m benchmarks.county --engine sqlite --clients 100000 --workstations 1,4
    python -m benchmarks.county --engine postgresql --clients 2000 --workstations 1,4 \\
        --seconds 20 --url postgresql://postgres@127.0.0.1:5432/postgres

PostgreSQL without ``--url`` runs against a throwaway server the harness starts (and
stops and deletes at the end); ``--pg-data DIR`` keeps that server's files between runs,
so a large demo is generated once. Each run's figures go into the JSON file (replacing
the earlier run of the same engine, clients and workstations), and the figure is drawn
from everything in it.

Exit status: 0 when every round ran (whether or not it met its targets), 1 when a round
or the server failed, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent.parent
DEFAULT_CACHE = REPOSITORY / "bench-results"
DEFAULT_CLIENTS = 100_000
DEFAULT_SECONDS = 60.0
DEFAULT_WORKSTATIONS = {"postgresql": "1,10,50", "sqlite": "1,4"}


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _counts(text: str) -> list[int]:
    try:
        counts = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError("give whole numbers separated by commas, "
                                         "e.g. 1,10,50") from None
    if not counts or counts[0] < 1:
        raise argparse.ArgumentTypeError("give at least one count, each at least 1")
    return counts


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.county",
        description="Simulated case managers, each in its own process, working at once "
                    "against one database: p50/p95 per operation, throughput, conflicts "
                    "and errors.")
    parser.add_argument("--engine", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--clients", type=_positive, default=DEFAULT_CLIENTS, metavar="N",
                        help=f"demo clients in the database (default {DEFAULT_CLIENTS:,})")
    parser.add_argument("--workstations", type=_counts, metavar="W,W,…",
                        help="how many workstations in each round (default 1,10,50 on "
                             "PostgreSQL, 1,4 on SQLite)")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--seconds", type=float, metavar="S",
                        help=f"each round lasts S seconds (default {DEFAULT_SECONDS:.0f})")
    length.add_argument("--operations", type=_positive, metavar="K",
                        help="each workstation does K operations instead")
    parser.add_argument("--think-ms", type=float, default=0.0, metavar="MS",
                        help="mean pause between a workstation's operations (default 0: "
                             "back to back, the heaviest load)")
    parser.add_argument("--url", metavar="URL",
                        help="PostgreSQL: a server to use instead of a throwaway one (its "
                             "maintenance database: the demo goes to county_demo_N) or "
                             "the database to use")
    parser.add_argument("--pg-data", type=Path, metavar="DIR",
                        help="PostgreSQL without --url: keep the server's files in DIR "
                             "(made the first time) so the demo is reused by later runs")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="SQLite: the demo file (default bench-results/"
                             "county-demo-N.sqlite3)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, metavar="DIR",
                        help="folder for the default SQLite file, JSON and PNG "
                             "(default bench-results/)")
    parser.add_argument("--fresh", action="store_true",
                        help="generate the demo database again, and time it")
    parser.add_argument("--json", type=Path, metavar="F",
                        help="results file, gathered across runs (default CACHE/county.json)")
    parser.add_argument("--png", type=Path, metavar="F",
                        help="the figure (default CACHE/county.png)")
    parser.add_argument("--seed", type=_positive, default=1,
                        help="seeds every workstation's mix (default 1)")
    return parser


def _stop_on_sigterm(_number: int, _frame: FrameType | None) -> None:
    # A SIGTERM ends the run like Ctrl+C: the finally blocks stop the workstations and
    # the throwaway server.
    raise SystemExit(143)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.engine == "sqlite" and (args.url or args.pg_data):
        print("benchmarks.county: --url and --pg-data are for --engine postgresql",
              file=sys.stderr)
        return 2
    if args.engine == "postgresql" and args.db:
        print("benchmarks.county: --db is for --engine sqlite", file=sys.stderr)
        return 2
    if args.url and args.pg_data:
        print("benchmarks.county: give --url or --pg-data, not both", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    from benchmarks.county.cluster import ClusterFailed
    from benchmarks.county.demo import DemoRefused
    from benchmarks.county.rounds import RoundFailed

    try:
        return _run(args)
    except (ClusterFailed, RoundFailed) as failure:
        print(f"benchmarks.county: {failure}", file=sys.stderr)
        return 1
    except DemoRefused as refusal:
        print(f"benchmarks.county: {refusal}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from benchmarks.report import machine

    info = machine()
    print(f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB; "
          f"Python {info['python']}, SQLAlchemy {info['sqlalchemy']}, "
          f"SQLite {info['sqlite']}; load average {info['load_average_1_5_15'][0]}",
          flush=True)
    if args.engine == "sqlite":
        from benchmarks.county.demo import sqlite_demo

        path = args.db or args.cache / f"county-demo-{args.clients}.sqlite3"
        print(f"Demo database of {args.clients:,} clients: {path}", flush=True)
        demo = sqlite_demo(path, args.clients, fresh=args.fresh)
        # The JSON names files without their folders: it is kept in the repository, and a
        # folder is one machine's.
        return _rounds(args, demo, {"engine": "sqlite", "file": path.name}, info)
    if args.url:
        return _on_server(args, args.url, {"url": "given"}, info)
    from benchmarks.county.cluster import throwaway_cluster

    largest = max(args.workstations or [50])
    with throwaway_cluster(largest, keep_in=args.pg_data) as cluster:
        print(f"PostgreSQL {cluster.version} started for this run "
              f"({'kept in ' + str(args.pg_data) if args.pg_data else 'deleted after'}); "
              f"settings: {', '.join(f'{k}={v}' for k, v in cluster.settings.items())}",
              flush=True)
        server = {"throwaway": args.pg_data is None, "version": cluster.version,
                  "settings": cluster.settings}
        return _on_server(args, cluster.url, server, info)


def _on_server(args: argparse.Namespace, url: str, server: dict[str, Any],
               info: dict[str, Any]) -> int:
    from benchmarks.county.demo import postgres_demo

    print(f"Demo database of {args.clients:,} clients on PostgreSQL …", flush=True)
    demo = postgres_demo(url, args.clients, fresh=args.fresh)
    return _rounds(args, demo, {"engine": "postgresql", **server}, info)


def _rounds(args: argparse.Namespace, demo: Any, store: dict[str, Any],
            info: dict[str, Any]) -> int:
    from datetime import UTC, datetime

    from benchmarks.county import chart, results
    from benchmarks.county.rounds import run_round

    print(f"  {demo.shown}: " + ("reused" if demo.reused else
                                 f"generated in {demo.generation_seconds:.1f} s"), flush=True)
    seconds = None if args.operations else (args.seconds or DEFAULT_SECONDS)
    counts = args.workstations or _counts(DEFAULT_WORKSTATIONS[args.engine])
    runs = []
    for workstations in counts:
        length = f"{seconds:.0f} s" if seconds else f"{args.operations} operations each"
        print(f"  {workstations} workstation{'s' if workstations != 1 else ''}, "
              f"{length} …", flush=True)
        figures = run_round(demo.location, workstations, seconds=seconds,
                            operations=args.operations, think_ms=args.think_ms,
                            seed=args.seed, clients=args.clients,
                            say=lambda line: print(line, flush=True))
        run = {"engine": args.engine, "clients": args.clients, "workstations": workstations,
               "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
               "seconds_asked": seconds, "operations_asked": args.operations,
               "think_ms": args.think_ms, "seed": args.seed,
               "database": {"where": (Path(demo.shown).name if args.engine == "sqlite"
                                      else demo.shown), "reused": demo.reused,
                            "generation_s": demo.generation_seconds},
               "store": store, "machine": info, "load_average_1_5_15": _load(),
               **figures}
        runs.append(run)
        print()
        print(results.table(run), flush=True)
        print()
    json_path = args.json or args.cache / "county.json"
    png_path = args.png or args.cache / "county.png"
    document = results.merge(json_path, runs, info)
    results.write(document, json_path)
    chart.draw(document, png_path)
    print(f"Wrote {json_path} and {png_path}")
    return 0


def _load() -> list[float]:
    import os

    return [round(value, 2) for value in os.getloadavg()]


if __name__ == "__main__":
    raise SystemExit(main())
