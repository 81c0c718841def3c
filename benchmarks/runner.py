"""Runs each registered operation and its floor, and judges it against its target.

A failing measurement becomes an "error" row instead of ending the run, so one broken
operation (the app is being changed while this harness is used) still leaves a table of
everything else.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from benchmarks.context import BenchContext
from benchmarks.operations import Floor, Measured, Operation

PASS, FAIL, NO_TARGET, NOT_JUDGED, NOT_BUILT, NOT_MEASURED, ERROR = (
    "pass", "FAIL", "—", "not judged", "not built yet", "not measured", "error")


@dataclass(frozen=True)
class Row:
    """One line of the table: what was measured, against what, and the verdict."""

    operation: Operation
    measured: Measured | None
    floor: Floor | None
    ratio: float | None
    status: str
    note: str


def run_one(operation: Operation, ctx: BenchContext) -> Row:
    """Measure the floor first, then the operation, and judge the pair."""
    try:
        floor = operation.floor(ctx) if operation.floor else None
        if operation.measure is None:
            return Row(operation, None, floor, None, NOT_BUILT, operation.not_built)
        measured = operation.measure(ctx)
    except Exception as error:  # kept in the row; the other operations still run
        details = traceback.format_exc(limit=4)
        return Row(operation, Measured(None, details={"traceback": details}), None, None,
                   ERROR, f"{type(error).__name__}: {error}")
    samples = measured.samples
    if samples is None:
        return Row(operation, measured, floor, None, NOT_MEASURED, measured.note)
    ratio = None
    if floor is not None and floor.samples.median > 0:
        ratio = samples.median / floor.samples.median
    judge = operation.target.judge
    if judge is None:
        return Row(operation, measured, floor, ratio, NO_TARGET, measured.note)
    verdict = judge(samples, floor, ctx)
    status = NOT_JUDGED if verdict is None else PASS if verdict else FAIL
    return Row(operation, measured, floor, ratio, status, measured.note)
