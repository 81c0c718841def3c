"""Small pieces every part of the demo generator shares: rows, ids, timestamps, phones."""

from __future__ import annotations

import random
import uuid
from bisect import bisect
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

Row = dict[str, Any]
T = TypeVar("T")

# Clinic hours as UTC minutes of the day: 15:00-23:45 UTC is 7-8 am to 4-5 pm on the US
# West Coast, so no demo timestamp falls in the middle of the clinic's night.
FIRST_MINUTE = 15 * 60
LAST_MINUTE = 23 * 60 + 45
# Quarter-hour slots: plenty for invented times, and few enough distinct timestamps that
# the bulk writer's memo of stored forms stays small.
_SLOTS = tuple(timedelta(minutes=minute)
               for minute in range(FIRST_MINUTE, LAST_MINUTE + 1, 15))
SLOTS = len(_SLOTS)
# timedelta objects for whole days, built once: date arithmetic is in the inner loops.
DAYS = tuple(timedelta(days=days) for days in range(12 * 366))


class DemoRandom(random.Random):
    """``random.Random`` with quicker small-range draws.

    The generator makes tens of millions of draws for a large caseload; the standard
    ``randint``/``choice`` reject-sample with ``getrandbits`` and cost ten times more than
    scaling one ``random()``. The tiny bias of scaling a 53-bit float over ranges of a few
    hundred values does not matter for invented data.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None and step == 1 and start > 0:
            return int(self.random() * start)
        return super().randrange(start, stop, step)

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]


class Batch:
    """Rows waiting to be written, by table name."""

    def __init__(self) -> None:
        self.rows: defaultdict[str, list[Row]] = defaultdict(list)

    def add(self, table: str, row: Row) -> None:
        self.rows[table].append(row)


class Ids:
    """Pre-assigned integer primary keys, so bulk inserts need no RETURNING."""

    def __init__(self) -> None:
        self._last: dict[str, int] = defaultdict(int)

    def next(self, table: str) -> int:
        value = self._last[table] + 1
        self._last[table] = value
        return value

    def last(self, table: str) -> int:
        return self._last[table]


class Timeline:
    """Dates and UTC timestamps relative to the demo's "today" (never the wall clock)."""

    def __init__(self, today: date, rng: random.Random) -> None:
        self.today = today
        self.yesterday = today - timedelta(days=1)
        self._rng = rng
        self._random = rng.random
        self._midnights: dict[date, datetime] = {}

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def at(self, day: date, slot: int | None = None) -> datetime:
        """A timestamp during clinic hours on ``day`` (a random quarter-hour by default)."""
        midnight = self._midnights.get(day)
        if midnight is None:
            midnight = self._midnights[day] = datetime(day.year, day.month, day.day,
                                                       tzinfo=UTC)
        if slot is None:
            slot = int(self._random() * SLOTS)
        elif slot >= SLOTS:
            slot = SLOTS - 1
        return midnight + _SLOTS[slot]


def phone(rng: random.Random, area: str) -> str:
    """A fictitious number in the 555 exchange."""
    return f"({area}) 555-{rng.randrange(10000):04d}"


def listed_phone(rng: random.Random, area: str) -> str:
    """A fictitious business number in 555-0100..0199, the range reserved for fiction."""
    return f"({area}) 555-01{rng.randrange(100):02d}"


def new_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from the seeded generator (same seed, same directory)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class WeightedChoice(Generic[T]):
    """Repeated weighted picks from a fixed list, with the cumulative weights computed once."""

    def __init__(self, items: Sequence[tuple[T, float]]) -> None:
        self.items = tuple(item for item, _ in items)
        total = 0.0
        cumulative: list[float] = []
        for _, weight in items:
            total += weight
            cumulative.append(total)
        self.cumulative = tuple(cumulative)
        self.total = total

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


def versioned(created: datetime, updated: datetime | None = None,
              version: int = 1) -> Row:
    """The bookkeeping columns of a ``Versioned`` table."""
    return {"version": version, "created_at": created, "updated_at": updated or created}


def item_answers(rng: random.Random, total: int, items: int,
                 fixed_last: int | None = None) -> list[int]:
    """Item scores (0-3 each) adding up to ``total``; ``fixed_last`` pins the last item."""
    answers = [0] * items
    free = items
    if fixed_last is not None:
        answers[-1] = fixed_last
        free = items - 1
    remaining = min(total - sum(answers), 3 * free)
    # Each item has three one-point steps; a random choice of ``remaining`` steps gives a
    # random split of the total with no item above 3.
    steps = sorted(range(3 * free), key=lambda _: rng.random())[:remaining]
    for step in steps:
        answers[step // 3] += 1
    return answers


class PhrasePool:
    """A few dozen joined picks of ``low`` to ``high`` distinct phrases, drawn once per run.

    ``random.sample`` costs more than the rest of a safety plan or a discharge summary; a
    pool of ready-made combinations still reads varied from one client to the next.
    """

    def __init__(self, rng: random.Random, phrases: Sequence[str], low: int, high: int,
                 separator: str = "\n", size: int = 48) -> None:
        self._random = rng.random
        pool = []
        for _ in range(size):
            # In the list's own order (a discharge's treatments read in their usual order),
            # starting with a capital like a sentence.
            chosen = sorted(rng.sample(range(len(phrases)), rng.randint(low, high)))
            text = separator.join(phrases[index] for index in chosen)
            pool.append(text[:1].upper() + text[1:])
        self._pool = tuple(pool)

    def pick(self) -> str:
        pool = self._pool
        return pool[int(self._random() * len(pool))]


class AnswerPatterns:
    """A few dozen item patterns for every possible total, drawn once per run.

    Splitting a total into item scores takes dozens of draws; tens of thousands of
    assessments reuse a pool instead, which still looks varied on any one client's chart.
    """

    def __init__(self, rng: random.Random, items: int, fixed_last: int | None = None,
                 per_total: int = 24) -> None:
        self._rng = rng
        top = 3 * items
        self._pool = [
            [item_answers(rng, total, items, fixed_last) for _ in range(per_total)]
            for total in range(top + 1)]

    def pick(self, total: int) -> list[int]:
        choices = self._pool[total]
        return list(choices[int(self._rng.random() * len(choices))])
