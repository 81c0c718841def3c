"""The measured operations, one small registered function each, with their targets.

Adding an operation once its feature exists means replacing its ``not_built`` line with a
function decorated with ``@operation``; the table, the JSON and the smoke test pick it up from
``OPERATIONS``.
Each function calls the public services the way the UI does, so a faster service shows up
here without touching the harness.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks import floors
from benchmarks.app_calls import (
    dashboard_census_and_clocks,
    keystroke,
    open_dashboard,
    open_record,
    per_keystroke,
    prefixes,
    search_page_rows,
)
from benchmarks.context import BenchContext
from benchmarks.hsds_data import write_directory
from benchmarks.startup import (
    ColdStarts,
    CommandTimes,
    SignInStarts,
    measure_cold_starts,
    measure_failing_commands,
    measure_sign_in_starts,
)
from benchmarks.stats import Samples, repeat_ms, time_ms
from coordinator.services.packets import PacketRequest

PACKETS_IN_BATCH = 1000
HSDS_SERVICES = 10_000  # at 100,000 clients; scaled down with the demo's size
RECORD_CLIENTS_LOOKED_AT = 200
PACKET_CANDIDATES = 40
PACKET_PAGES = 5  # docs/architecture.md §6: "a 5-page transfer packet with charts"


@dataclass(frozen=True)
class Floor:
    """What the same work costs with nothing of the app in the way."""

    title: str
    samples: Samples


@dataclass(frozen=True)
class Measured:
    """One operation's samples (None when there is nothing to time), and why if not."""

    samples: Samples | None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)


Judge = Callable[[Samples, Floor | None, BenchContext], bool | None]
"""Whether the samples meet the target; None when this run cannot tell."""


@dataclass(frozen=True)
class Target:
    """A docs/architecture.md §6 target in words, and the test of it (None: no target)."""

    text: str
    judge: Judge | None = None


NO_TARGET = Target("—")


@dataclass(frozen=True)
class Operation:
    key: str
    title: str
    target: Target
    measure: Callable[[BenchContext], Measured] | None
    floor: Callable[[BenchContext], Floor] | None = None
    not_built: str = ""
    """Why there is nothing to measure yet (the issue that builds it)."""


OPERATIONS: list[Operation] = []


def operation(key: str, title: str, target: Target = NO_TARGET, *,
              floor: Callable[[BenchContext], Floor] | None = None,
              ) -> Callable[[Callable[[BenchContext], Measured]],
                            Callable[[BenchContext], Measured]]:
    """Register the decorated function as the measurement of one table row."""

    def register(measure: Callable[[BenchContext], Measured]
                 ) -> Callable[[BenchContext], Measured]:
        OPERATIONS.append(Operation(key, title, target, measure, floor))
        return measure

    return register


def not_built(key: str, title: str, target: Target, reason: str, *,
              floor: Callable[[BenchContext], Floor] | None = None) -> None:
    """Register a row for a feature that does not exist yet; its floor is still measured."""
    OPERATIONS.append(Operation(key, title, target, None, floor, reason))


def _ratio_at_most(limit: float) -> Judge:
    def judge(samples: Samples, floor: Floor | None, _ctx: BenchContext) -> bool | None:
        return floor is not None and samples.median <= limit * floor.samples.median
    return judge


def _median_below(limit: float) -> Judge:
    return lambda samples, _floor, _ctx: samples.median < limit


# Floors ---------------------------------------------------------------------------------------

def _cold_starts(ctx: BenchContext) -> ColdStarts:
    return ctx.once("cold_starts", lambda: measure_cold_starts(
        ctx.database, runs=ctx.runs, warmup=ctx.warmup))


def _of_children(children: list[dict[str, Any]], name: str, scale: float,
                 unit: str) -> Samples:
    return Samples(tuple(child[name] * scale for child in children), unit)


def bare_window_floor(ctx: BenchContext) -> Floor:
    return Floor("bare PySide6 window",
                 _of_children(_cold_starts(ctx).bare, "interactive_s", 1000, "ms"))


def _sign_in_starts(ctx: BenchContext) -> SignInStarts:
    return ctx.once("sign_in_starts", lambda: measure_sign_in_starts(
        ctx.database, runs=ctx.runs, warmup=ctx.warmup))


def sign_in_bare_window_floor(ctx: BenchContext) -> Floor:
    """The bare window started alternately with the sign-in runs."""
    return Floor("bare PySide6 window",
                 _of_children(_sign_in_starts(ctx).bare, "interactive_s", 1000, "ms"))


def bare_window_memory(ctx: BenchContext) -> Floor:
    return Floor("bare PySide6 window", _of_children(_cold_starts(ctx).bare, "rss_mb", 1, "MB"))


def search_floor(ctx: BenchContext) -> Floor:
    """The registry's own statements for each keystroke, replayed in raw sqlite3."""
    engine = ctx.services.db.engine
    sent = [floors.capture_statements(engine, partial(keystroke, ctx, prefix))
            for prefix in prefixes(ctx.search_text)]

    def type_prefixes() -> list[float]:
        return [time_ms(partial(floors.replay, ctx.sqlite, statements))
                for statements in sent]

    return Floor("raw sqlite3, same statements", per_keystroke(type_prefixes, ctx))


def dashboard_floor(ctx: BenchContext) -> Floor:
    """The dashboard's own statements replayed in raw sqlite3 (the clock rules, which are
    Python, are left out: they are part of what the floor is compared with)."""
    return _statements_floor(ctx, dashboard_census_and_clocks)


def whole_dashboard_floor(ctx: BenchContext) -> Floor:
    return _statements_floor(ctx, open_dashboard)


def _statements_floor(ctx: BenchContext, read: Callable[[BenchContext], None]) -> Floor:
    statements = floors.capture_statements(ctx.services.db.engine, lambda: read(ctx))
    return Floor("raw sqlite3, same statements", repeat_ms(
        lambda: floors.replay(ctx.sqlite, statements), runs=ctx.runs, warmup=ctx.warmup))


def packet_floor(ctx: BenchContext) -> Floor:
    return ctx.once("packet_floor", lambda: Floor(
        f"raw ReportLab canvas, {floors.PACKET_PAGES} pages",
        repeat_ms(floors.canvas_packet, runs=ctx.runs, warmup=ctx.warmup)))


def batch_floor(ctx: BenchContext) -> Floor:
    """Derived, not run: the canvas floor times the batch, shared out over every core."""
    single = packet_floor(ctx).samples
    cores = os.cpu_count() or 1
    return Floor(f"canvas floor × {PACKETS_IN_BATCH:,} / {cores} cores",
                 Samples(tuple(value * PACKETS_IN_BATCH / cores / 1000
                               for value in single.values), "s"))


# Operations -------------------------------------------------------------------------------

def _demo_target(samples: Samples, _floor: Floor | None, ctx: BenchContext) -> bool | None:
    """Judged at 100,000 clients only: the schema, reference data and one Argon2 hash cost
    the same at any size, so a scaled-down limit would fail small runs unfairly."""
    if ctx.clients < 100_000:
        return None
    return samples.median < 60 * ctx.clients / 100_000


@operation("demo_generation", "Demo generation",
           Target("< 60 s at 100,000 clients", _demo_target))
def demo_generation(ctx: BenchContext) -> Measured:
    """Timed once, when the database is made (see ``benchmarks.database``)."""
    seconds = ctx.demo.generation_seconds
    if seconds is None:
        return Measured(None, "database reused without a timing; run with --fresh to time it")
    note = "one run, schema included"
    if ctx.demo.reused:
        note = f"timed when the database was made ({ctx.demo.generated_at})"
    if ctx.clients < 100_000:
        note += "; the target is judged at 100,000 clients only"
    return Measured(Samples((seconds,), "s"), note)


@operation("cold_start", "Cold start to interactive main window",
           Target("≤ 4× bare window", _ratio_at_most(4)), floor=bare_window_floor)
def cold_start(ctx: BenchContext) -> Measured:
    children = _cold_starts(ctx).app
    phases = {name: sorted(child["phases_s"][name] for child in children)[len(children) // 2]
              for name in children[0]["phases_s"]}
    return Measured(_of_children(children, "interactive_s", 1000, "ms"),
                    "includes sign-in (Argon2)", {"median_phase_ends_s": phases})


@operation("cold_start_ready", "Cold start until the dashboard is filled",
           floor=bare_window_floor)
def cold_start_ready(ctx: BenchContext) -> Measured:
    return Measured(_of_children(_cold_starts(ctx).app, "ready_s", 1000, "ms"),
                    "the dashboard's background read has landed")


@operation("first_window", "First window (sign-in) after launch",
           Target("≤ 2× bare window", _ratio_at_most(2)), floor=sign_in_bare_window_floor)
def first_window(ctx: BenchContext) -> Measured:
    children = _sign_in_starts(ctx).signin
    return Measured(_of_children(children, "first_window_s", 1000, "ms"),
                    "as `coordinator gui` starts: the services load behind it",
                    {"median_phase_ends_s": _median_phases(children)})


@operation("sign_in_to_dashboard", "Sign-in (after Argon2) to a filled dashboard",
           Target("median < 400 ms", _median_below(400)))
def sign_in_to_dashboard(ctx: BenchContext) -> Measured:
    return Measured(_of_children(_sign_in_starts(ctx).signin, "enter_to_dashboard_ms", 1, "ms"),
                    "main window built, dashboard and clocks read and shown")


def _failing_commands(ctx: BenchContext) -> CommandTimes:
    return ctx.once("failing_commands", lambda: measure_failing_commands(
        ctx.database, runs=ctx.runs, warmup=ctx.warmup))


def import_sqlalchemy_floor(ctx: BenchContext) -> Floor:
    return Floor('python -c "import sqlalchemy"',
                 _milliseconds(_failing_commands(ctx).import_sqlalchemy))


def _milliseconds(seconds: list[float]) -> Samples:
    return Samples(tuple(value * 1000 for value in seconds), "ms")


@operation("cli_bad_folder", "Command line, --out folder that does not exist",
           Target("≤ 2× import sqlalchemy", _ratio_at_most(2)), floor=import_sqlalchemy_floor)
def cli_bad_folder(ctx: BenchContext) -> Measured:
    return Measured(_milliseconds(_failing_commands(ctx).commands["out_folder"]),
                    "export discharge: refused before the database is opened")


@operation("cli_unknown_record", "Command line, unknown record number",
           Target("≤ 2× import sqlalchemy", _ratio_at_most(2)), floor=import_sqlalchemy_floor)
def cli_unknown_record(ctx: BenchContext) -> Measured:
    return Measured(_milliseconds(_failing_commands(ctx).commands["unknown_record"]),
                    "export discharge: the file's damage scan, sign-in (Argon2), the lookup")


def _median_phases(children: list[dict[str, Any]]) -> dict[str, float]:
    return {name: sorted(child["phases_s"][name] for child in children)[len(children) // 2]
            for name in children[0]["phases_s"]}


@operation("search", "Client search as you type (per keystroke)",
           Target("≤ 2× raw sqlite3, p95 < 30 ms",
                  lambda s, f, ctx: bool(_ratio_at_most(2)(s, f, ctx)) and s.p95 < 30),
           floor=search_floor)
def search(ctx: BenchContext) -> Measured:
    def type_prefixes() -> list[float]:
        return [time_ms(partial(keystroke, ctx, prefix))
                for prefix in prefixes(ctx.search_text)]

    by_prefix: dict[str, dict[str, float]] = {}
    for prefix in prefixes(ctx.search_text):
        by_prefix[prefix] = {
            "service_ms": time_ms(partial(keystroke, ctx, prefix)),
            "hand_written_sql_ms": time_ms(partial(floors.search_page, ctx.sqlite, prefix))}
    return Measured(per_keystroke(type_prefixes, ctx),
                    f"count + first {search_page_rows()} rows for "
                    + ", ".join(repr(p) for p in prefixes(ctx.search_text)),
                    {"one_more_keystroke_each": by_prefix})


def _plain_store(measure: Callable[[BenchContext], Measured]
                 ) -> Callable[[BenchContext], Floor]:
    """The same measurement on the demo as a plain file: what encryption is compared with."""

    def floor(ctx: BenchContext) -> Floor:
        measured = measure(ctx.on_store(encrypted=False))
        assert measured.samples is not None, measured.note
        return Floor("the same on a plain SQLite file", measured.samples)

    return floor


def _on_encrypted(measure: Callable[[BenchContext], Measured]
                  ) -> Callable[[BenchContext], Measured]:
    def on_encrypted(ctx: BenchContext) -> Measured:
        return measure(ctx.on_store(encrypted=True))

    return on_encrypted


ENCRYPTION_TARGET = Target("≤ 1.3× the plain store", _ratio_at_most(1.3))


@operation("dashboard", "Dashboard: census and all open clocks", Target(
    "< 100 ms", _median_below(100)), floor=dashboard_floor)
def dashboard(ctx: BenchContext) -> Measured:
    return Measured(repeat_ms(lambda: dashboard_census_and_clocks(ctx), runs=ctx.runs,
                              warmup=ctx.warmup),
                    "census, open clocks, planned transitions, overdue referrals")


@operation("dashboard_whole", "Open the whole dashboard", floor=whole_dashboard_floor)
def dashboard_whole(ctx: BenchContext) -> Measured:
    return Measured(repeat_ms(lambda: open_dashboard(ctx), runs=ctx.runs, warmup=ctx.warmup),
                    "also the case manager's safety alerts and assessments due, and the "
                    "audited view (one event)")


@operation("supervisor_caseloads", "Supervisor's dashboard: caseload per case manager")
def supervisor_caseloads(ctx: BenchContext) -> Measured:
    """Read after the rest of an administrator's or supervisor's dashboard is on screen."""
    return Measured(repeat_ms(ctx.services.dashboard.caseloads, runs=ctx.runs,
                              warmup=ctx.warmup),
                    "active clients, open and missed clocks, overdue referrals and "
                    "assessments due for every case manager, counted in the database")


@operation("client_record", "Open a client record", Target(
    "< 50 ms", _median_below(50)))
def client_record(ctx: BenchContext) -> Measured:
    from coordinator.services.registry import RegistryQuery

    services = ctx.services
    in_care = [row.id for row in services.registry.page(
        RegistryQuery(), offset=0, limit=RECORD_CLIENTS_LOOKED_AT) if row.level_code]
    if not in_care:
        return Measured(None, "no client in care to open")
    chosen = in_care[:max(ctx.runs, 1)]
    turn = iter(range(10**9))

    def open_next() -> None:
        open_record(ctx, chosen[next(turn) % len(chosen)])

    return Measured(repeat_ms(open_next, runs=ctx.runs, warmup=ctx.warmup),
                    f"the record window's reads with the clinical record's sections, over "
                    f"{len(chosen)} clients in care")


@operation("all_clocks", "Compute all transition clocks")
def all_clocks(ctx: BenchContext) -> Measured:
    clocks = ctx.services.clocks
    count = len(clocks.caseload_clocks())
    return Measured(repeat_ms(clocks.caseload_clocks, runs=ctx.runs, warmup=ctx.warmup),
                    f"{count:,} open and recently closed clocks")


@operation("memory", "Resident memory, Clients view open",
           Target("< 200 MB", _median_below(200)), floor=bare_window_memory)
def memory(ctx: BenchContext) -> Measured:
    return Measured(_of_children(_cold_starts(ctx).app, "rss_mb", 1, "MB"),
                    "VmRSS of the cold-started app")


@operation("transfer_packet", "Transfer packet, 5 pages (charts)",
           Target("median < 120 ms", _median_below(120)), floor=packet_floor)
def transfer_packet(ctx: BenchContext) -> Measured:
    """The packet service's whole work for a 5-page transfer summary: read the record in
    one transaction, pass the consent gate, render the PDF with its charts (a preview:
    nothing is logged).

    The demo's records make packets of about 3 pages, so the client is the one with the
    longest packet among the first clients in the most intensive care, and its history,
    scores and referrals are repeated (as a long-stay client's would run on) until the
    packet reaches 5 pages. The read is the real one each time.
    """
    from coordinator.domain.errors import ConsentRequired
    from coordinator.services.packets.render import render_packet
    from coordinator.services.packets.service import read_packet
    from coordinator.services.registry import RegistryQuery

    services = ctx.services
    rows = services.registry.page(RegistryQuery(sort_key="level", descending=True),
                                  offset=0, limit=RECORD_CLIENTS_LOOKED_AT)
    in_care = [row.id for row in rows if row.level_code][:PACKET_CANDIDATES]
    facilities = services.facilities.list_facilities()
    if not in_care or not facilities:
        return Measured(None, "no client in care or no facility to send a packet to")
    facility = facilities[0].id
    longest: tuple[int, int] | None = None
    for client in in_care:
        try:
            pages = services.packets.prepare(PacketRequest.transfer(client, facility)).pages
        except ConsentRequired:
            continue
        if longest is None or pages > longest[0]:
            longest = (pages, client)
    if longest is None:
        return Measured(None, "the consent gate refused every candidate's packet")
    request = PacketRequest.transfer(longest[1], facility)
    actor = services.actor
    packet, _recipient = read_packet(services.ctx, actor, request)
    times = 1
    while (render_packet(request.document, _repeated(packet, times)).pages
           < PACKET_PAGES and times < 50):
        times += 1

    def make() -> int:
        read, _ = read_packet(services.ctx, actor, request)
        return render_packet(request.document, _repeated(read, times)).pages

    pages = make()
    return Measured(repeat_ms(make, runs=ctx.runs, warmup=ctx.warmup),
                    f"{pages} pages: the longest record of {len(in_care)} clients in the most "
                    f"intensive care ({longest[0]} pages), its rows repeated {times}×")


def _repeated(packet: Any, times: int) -> Any:
    """``packet`` with its history, scores, referrals and care team ``times`` over."""
    from dataclasses import replace

    return replace(packet, care_history=packet.care_history * times,
                   assessments=packet.assessments * times, referrals=packet.referrals * times,
                   care_team=packet.care_team * times)


def _save_batch(services: Any, requests: list[PacketRequest], folder: Path,
                results: list[Any]) -> None:
    results.append(services.packets.save_batch(requests, folder))


def _batch_size(ctx: BenchContext) -> int:
    """1,000 packets at 100,000 clients; fewer for a smaller demo, so the smoke run stays
    quick (but enough to start the worker processes)."""
    return max(12, min(PACKETS_IN_BATCH, PACKETS_IN_BATCH * ctx.clients // 100_000))


def _batch_target(samples: Samples, _floor: Floor | None, ctx: BenchContext) -> bool | None:
    if _batch_size(ctx) < PACKETS_IN_BATCH:
        return None
    return samples.median < 60


@operation("packet_batch", f"Batch of {PACKETS_IN_BATCH:,} packets, all cores (scaled)",
           Target("< 60 s", _batch_target), floor=batch_floor)
def packet_batch(ctx: BenchContext) -> Measured:
    """Discharge summaries (the clients' own copies, which need no consent) for the first
    clients in care, saved into a temporary folder by the service the Batch print dialog
    uses; each one is logged as a disclosure in the demo database like a real batch."""
    from coordinator.services.registry import RegistryQuery

    services = ctx.services
    size = _batch_size(ctx)
    rows = services.registry.page(RegistryQuery(sort_key="level", descending=True),
                                  offset=0, limit=size)
    # Clients in care: the summaries are made ahead of their discharge, as confirmed.
    requests = [PacketRequest.discharge(row.id, active_ok=True) for row in rows]
    seconds: list[float] = []
    results: list[Any] = []
    for _ in range(max(1, ctx.runs // 5)):  # a long operation: a run or two is enough
        with tempfile.TemporaryDirectory(prefix="coordinator-batch-") as folder:
            seconds.append(time_ms(partial(_save_batch, services, requests, Path(folder),
                                           results)) / 1000)
        if results[-1].refused:
            return Measured(None, f"{len(results[-1].refused)} packets refused: "
                                  f"{results[-1].refused[0].reason}")
    return Measured(Samples(tuple(seconds), "s"),
                    f"{len(requests):,} discharge summaries on {os.cpu_count() or 1} cores")


@operation("hsds_import", f"HSDS import of {HSDS_SERVICES:,} services (scaled)")
def hsds_import(ctx: BenchContext) -> Measured:
    """A generated package imported into a fresh database each run (first import: every
    row added), by the service the Resources view and ``coordinator import hsds`` use."""
    from coordinator.services.app import open_services

    services_count = max(100, round(HSDS_SERVICES * min(1.0, ctx.clients / 100_000)))
    folder = write_directory(ctx.database.parent / f"hsds-{services_count}", services_count)

    def one_import() -> float:
        with tempfile.TemporaryDirectory() as scratch:
            services, _backup = open_services(str(Path(scratch) / "import.sqlite3"))
            try:
                services.auth.create_first_admin("bench", "Benchmark", "bench-password-1")
                services.auth.login("bench", "bench-password-1")
                return time_ms(lambda: services.hsds.import_path(folder))
            finally:
                services.close()

    values = tuple(one_import() for _ in range(max(1, min(ctx.runs, 3))))
    return Measured(Samples(values, "ms"),
                    f"{services_count:,} services with locations, addresses, phones, "
                    "hours and languages, into a new database")


# Outcome reports --------------------------------------------------------------------------

def _last_quarter(ctx: BenchContext) -> Any:
    """The last full calendar quarter before the clinic's today: the Reports view's and
    ``coordinator report``'s default period."""
    from coordinator.services.reports import ReportPeriod, last_full_quarter

    first, last = last_full_quarter(ctx.services.ctx.clock().astimezone().date())
    return ReportPeriod(first, last)


def _report_read(ctx: BenchContext, name: str) -> Callable[[], Any]:
    period = _last_quarter(ctx)
    return lambda: ctx.services.reports.sheet(name, period)


def _report_floor(name: str) -> Callable[[BenchContext], Floor]:
    def floor(ctx: BenchContext) -> Floor:
        statements = floors.capture_statements(ctx.services.db.engine,
                                               _report_read(ctx, name))
        return Floor("raw sqlite3, same statements", repeat_ms(
            lambda: floors.replay(ctx.sqlite, statements), runs=ctx.runs, warmup=ctx.warmup))
    return floor


def _register_report(name: str, title: str) -> None:
    def measure(ctx: BenchContext) -> Measured:
        read = _report_read(ctx, name)
        sheet = read()  # also brings the derived clocks up to date before timing
        listed = sum(found.size for found in sheet.lists)
        return Measured(repeat_ms(read, runs=ctx.runs, warmup=ctx.warmup),
                        f"last full quarter, whole clinic: {len(sheet.figures)} figures, "
                        f"{listed:,} listed rows")

    OPERATIONS.append(Operation(
        f"report_{name.replace('-', '_')}", f"Report: {title}",
        Target("median < 1 s at 100,000 clients", _median_below(1000)), measure,
        _report_floor(name)))


def _register_reports() -> None:
    from coordinator.services.reports import CATALOG

    for kind in CATALOG:
        _register_report(kind.name, kind.title)


_register_reports()


@operation("report_list_in_care", "Report list: the census's clients in care, opened",
           Target("median < 2 s at 100,000 clients", _median_below(2000)))
def report_list_in_care(ctx: BenchContext) -> Measured:
    """The largest list a report has: the clients in care on the quarter's last day, opened
    from a census just read (its rows, with the clients' names read then, are written out
    when a list is first opened), as the Reports view opens it."""
    period = _last_quarter(ctx)
    values: list[float] = []
    size = 0
    for run in range(ctx.warmup + ctx.runs):
        sheet = ctx.services.reports.sheet("census", period)
        opened = time_ms(partial(ctx.services.reports.open_list, sheet, "census.in_care"))
        size = sheet.case_list("census.in_care").size
        if run >= ctx.warmup:
            values.append(opened)
    return Measured(Samples(tuple(values), "ms"),
                    f"{size:,} clients in care, last full quarter, whole clinic")


# The encrypted store beside the plain one (SQLCipher: every page decrypted and its HMAC
# checked when read, encrypted when written): the same three measurements on each.
for _key, _title, _measure in (
        ("search", "Client search per keystroke", search),
        ("dashboard", "Dashboard: census and all open clocks", dashboard),
        ("transfer_packet", "Transfer packet, 5 pages", transfer_packet)):
    OPERATIONS.append(Operation(f"{_key}_encrypted", f"{_title}, encrypted store",
                                ENCRYPTION_TARGET, _on_encrypted(_measure),
                                _plain_store(_measure)))
