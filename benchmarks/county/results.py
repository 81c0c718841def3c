"""What the workstations measured, summed up: per operation p50/p95, throughput, conflicts
and errors, per engine × clients × workstations; the targets judged; the table and JSON.

An operation's count, p50 and p95 include the saves refused as conflicts (the person waited
for those too); errors have no latency.

The JSON file gathers runs: a run replaces the earlier one of the same engine, clients and
workstations and keeps the others, so PostgreSQL and SQLite measured one after the other
end up in one file and one figure.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.stats import Samples

TITLES: dict[str, str] = {
    "search": "search as you type (one keystroke: count + first page)",
    "open_record": "open a client record (every section)",
    "dashboard": "open the dashboard (own caseload)",
    "save_transition": "save a planned transition",
    "record_assessment": "record a PHQ-9",
    "change_referral": "change a referral's status",
}
SAVES = ("save_transition", "record_assessment", "change_referral")


@dataclass(frozen=True)
class Target:
    """A p95 limit, set for the headline configuration below."""

    p95_ms: float

    @property
    def text(self) -> str:
        return f"p95 < {self.p95_ms:,.0f} ms"


TARGETS: dict[str, Target] = {"search": Target(50), "dashboard": Target(300),
                              **{key: Target(100) for key in SAVES}}
#: The configuration the targets are set for.
HEADLINE = {"engine": "postgresql", "clients": 1_000_000, "workstations": 50}
PASS, NOT_MET = "pass", "not met"


def summarize(tallies: list[dict[str, Any]], wall_s: float) -> dict[str, Any]:
    """One run's figures from its workstations' tallies (``Tally.as_json``)."""
    operations: dict[str, Any] = {}
    total = 0
    for key, title in TITLES.items():
        values = [value for tally in tallies for value in tally["latencies_ms"].get(key, [])]
        conflicts = sum(tally["conflicts"].get(key, 0) for tally in tallies)
        errors = sum(1 for tally in tallies for error in tally["errors"]
                     if error["operation"] == key)
        total += len(values) + errors
        samples = Samples(tuple(values), "ms") if values else None
        target = TARGETS.get(key)
        operations[key] = {
            "title": title, "count": len(values), "conflicts": conflicts, "errors": errors,
            "p50_ms": samples.median if samples else None,
            "p95_ms": samples.p95 if samples else None,
            "max_ms": samples.high if samples else None,
            "per_second": len(values) / wall_s if wall_s > 0 else None,
            "target": target.text if target else None,
            "result": (None if target is None or samples is None
                       else PASS if samples.p95 < target.p95_ms else NOT_MET),
        }
    kept = Counter((error["operation"], error["type"], error["message"])
                   for tally in tallies for error in tally["errors"])
    errors = [{"operation": operation, "type": kind, "message": message, "count": count}
              for (operation, kind, message), count in kept.most_common()]
    return {
        "wall_s": wall_s,
        "operations": operations,
        "total": {"count": total, "per_second": total / wall_s if wall_s > 0 else None,
                  "conflicts": sum(op["conflicts"] for op in operations.values()),
                  "errors": sum(error["count"] for error in errors),
                  "errors_result": PASS if not errors else NOT_MET},
        "errors": errors,
        "workstations_detail": [
            {key: tally[key] for key in ("index", "username", "prepared_s", "worked_s",
                                         "working_set")} for tally in tallies],
    }


def is_headline(run: dict[str, Any]) -> bool:
    return all(run[key] == value for key, value in HEADLINE.items())


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if value < 1 else f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def table(run: dict[str, Any]) -> str:
    """One run as a plain-text table, then its errors (type and message) if any."""
    header = ("Operation", "Count", "p50 ms", "p95 ms", "Ops/s", "Conflicts", "Errors",
              "Target", "Result")
    lines = [header]
    for key, row in run["operations"].items():
        lines.append((key, f"{row['count']:,}", _ms(row["p50_ms"]), _ms(row["p95_ms"]),
                      f"{row['per_second']:.1f}" if row["per_second"] is not None else "—",
                      str(row["conflicts"]), str(row["errors"]), row["target"] or "",
                      row["result"] or ""))
    total = run["total"]
    lines.append(("all", f"{total['count']:,}", "", "",
                  f"{total['per_second']:.1f}" if total["per_second"] is not None else "—",
                  str(total["conflicts"]), str(total["errors"]), "0 errors",
                  total["errors_result"]))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    numeric = {1, 2, 3, 4, 5, 6}

    def format_line(line: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
                         for i, cell in enumerate(line)).rstrip()

    text = [f"{run['engine']}, {run['clients']:,} clients, {run['workstations']} "
            f"workstation{'s' if run['workstations'] != 1 else ''}, {run['wall_s']:.1f} s"
            + ("" if is_headline(run) else
               "  (the targets are set for 1,000,000 clients, PostgreSQL, 50 workstations)"),
            format_line(header), "  ".join("-" * width for width in widths),
            *(format_line(line) for line in lines[1:])]
    for error in run["errors"][:10]:
        text.append(f"  error ×{error['count']} in {error['operation']}: "
                    f"{error['type']}: {error['message']}")
    return "\n".join(text)


def run_key(run: dict[str, Any]) -> tuple[str, int, int]:
    return run["engine"], run["clients"], run["workstations"]


def merge(path: Path, runs: list[dict[str, Any]], machine: dict[str, Any]) -> dict[str, Any]:
    """The document at ``path`` with ``runs`` replacing those of the same key."""
    document: dict[str, Any] = {"runs": []}
    if path.is_file():
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            document = {"runs": []}
    new = {run_key(run) for run in runs}
    kept = [run for run in document.get("runs", []) if run_key(run) not in new]
    document["runs"] = sorted([*kept, *runs], key=run_key)
    document["generated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    document["command"] = " ".join(["python -m benchmarks.county", *_named(sys.argv[1:])])
    document["machine"] = machine
    document["targets"] = {"configuration": HEADLINE,
                           **{key: target.text for key, target in TARGETS.items()},
                           "errors": "0 other than detected conflicts"}
    return document


SHORT: dict[str, str] = {"search": "search", "open_record": "open record",
                         "dashboard": "dashboard", "save_transition": "save transition",
                         "record_assessment": "record PHQ-9",
                         "change_referral": "change referral"}


def markdown(document: dict[str, Any]) -> str:
    """Every run of the document as one Markdown table (the README's): a row per engine,
    size and workstation count, the p50 and p95 of each operation (the p95's target and
    result in the headline row), throughput, conflicts and errors; then the machine of each date."""
    header = ["engine", "clients", "workstations",
              *(f"{SHORT[key]} p50 / p95 ms" for key in TITLES), "ops/s", "conflicts", "errors"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for run in sorted(document.get("runs", []),
                      key=lambda run: (run["engine"] != "postgresql", run["clients"],
                                       run["workstations"])):
        cells = [_ENGINE_NAMES.get(run["engine"], run["engine"]), f"{run['clients']:,}",
                 str(run["workstations"])]
        for key in TITLES:
            row = run["operations"][key]
            cell = f"{_ms(row['p50_ms'])} / {_ms(row['p95_ms'])}"
            if is_headline(run) and row["result"]:
                cell = (f"{_ms(row['p50_ms'])} / **{_ms(row['p95_ms'])}** "
                        f"({row['target']}: {row['result']})")
            cells.append(cell)
        total = run["total"]
        errors = str(total["errors"])
        if is_headline(run):
            errors = f"**{errors}** (0 errors: {total['errors_result']})"
        cells += [f"{total['per_second']:.1f}" if total["per_second"] is not None else "—",
                  f"{total['conflicts']:,}", errors]
        lines.append("| " + " | ".join(cells) + " |")
    machines = sorted({(run["measured_at"][:10], _machine_text(run.get("machine")
                                                               or document.get("machine")))
                       for run in document.get("runs", [])})
    notes = [f"Measured {day} on {machine}." for day, machine in machines]
    return "\n".join([*lines, "", *notes])


_ENGINE_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}


def _machine_text(machine: dict[str, Any] | None) -> str:
    if not machine:
        return "an unrecorded machine"
    return (f"{machine.get('cpu', 'a CPU')}, {machine.get('cores', '?')} cores, "
            f"{machine.get('memory_gb', '?')} GB, Python {machine.get('python', '?')}")


_PATH_OPTIONS = frozenset({"--db", "--cache", "--json", "--png", "--pg-data"})


def _named(arguments: list[str]) -> list[str]:
    """The command's arguments with each file or folder given by its name alone (the JSON is
    kept in the repository, and a folder is one machine's)."""
    named: list[str] = []
    for argument in arguments:
        option, equals, value = argument.partition("=")
        if equals and option in _PATH_OPTIONS:
            named.append(f"{option}={Path(value).name}")
        elif named and named[-1] in _PATH_OPTIONS:
            named.append(Path(argument).name)
        else:
            named.append(argument)
    return named


def write(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")


if __name__ == "__main__":
    # ``python -m benchmarks.county.results FILE``: the gathered runs as the README's table.
    if len(sys.argv) != 2:
        print("usage: python -m benchmarks.county.results COUNTY.json", file=sys.stderr)
        raise SystemExit(2)
    print(markdown(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
