"""The results as a table for people and as JSON for the README and later comparison.

The JSON carries the machine it ran on (CPU, cores, memory, library versions), because a
ratio travels between machines but a millisecond figure means little without them.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.context import BenchContext
from benchmarks.runner import Row

HEADER = ("Operation", "Median", "p95", "Floor", "Ratio", "Target", "Result", "Floor is")


def machine() -> dict[str, Any]:
    """What the numbers depend on besides the code."""
    return {
        "cpu": _cpuinfo_model(),
        "cores": os.cpu_count(),
        "memory_gb": _memory_gb(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "pyside6": _version("PySide6"),
        "sqlalchemy": _version("SQLAlchemy"),
        "reportlab": _version("reportlab"),
        "sqlite": __import__("sqlite3").sqlite_version,
        "load_average_1_5_15": [round(value, 2) for value in os.getloadavg()],
    }


def _cpuinfo_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.lower().startswith(("model name", "hardware", "cpu model")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        if value < 1:
            return f"{value:.2f} ms"
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:,.1f} s"
    return f"{value:,.0f} {unit}"


def cells(row: Row) -> tuple[str, ...]:
    samples = row.measured.samples if row.measured else None
    floor = row.floor.samples if row.floor else None
    return (
        row.operation.title,
        _value(samples.median, samples.unit) if samples else "—",
        _value(samples.p95, samples.unit) if samples else "—",
        _value(floor.median, floor.unit) if floor else "—",
        f"{row.ratio:.1f}×" if row.ratio is not None else "—",
        row.operation.target.text,
        row.status,
        row.floor.title if row.floor else "",
    )


def table(rows: list[Row]) -> str:
    """A plain-text table, columns padded to their widest cell, then one note per row."""
    lines = [HEADER, *(cells(row) for row in rows)]
    widths = [max(len(line[column]) for line in lines) for column in range(len(HEADER))]
    numeric = {1, 2, 3, 4}

    def format_line(line: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
                         for i, cell in enumerate(line)).rstrip()

    text = [format_line(HEADER), "  ".join("-" * width for width in widths)]
    text += [format_line(line) for line in lines[1:]]
    notes = [f"  {row.operation.title}: {row.note}" for row in rows if row.note]
    if notes:
        text += ["", "Notes:", *notes]
    return "\n".join(text)


def as_json(rows: list[Row], ctx: BenchContext) -> dict[str, Any]:
    return {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(["python -m benchmarks", *sys.argv[1:]]),
        "machine": machine(),
        "database": {"path": str(ctx.database), "clients": ctx.clients,
                     "reused": ctx.demo.reused},
        "runs": ctx.runs,
        "warmup": ctx.warmup,
        "rows": [_row_json(row) for row in rows],
    }


def _row_json(row: Row) -> dict[str, Any]:
    samples = row.measured.samples if row.measured else None
    return {
        "key": row.operation.key,
        "operation": row.operation.title,
        "result": row.status,
        "target": row.operation.target.text,
        "note": row.note,
        "measured": samples.as_json() if samples else None,
        "floor": ({"title": row.floor.title, **row.floor.samples.as_json()}
                  if row.floor else None),
        "ratio": row.ratio,
        "details": row.measured.details if row.measured else {},
    }


def write_json(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")
