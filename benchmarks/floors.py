"""The floors: the same work done with nothing of the app in the way.

Search and dashboard floors replay, with the standard library's ``sqlite3`` against the same
file, the very statements the services sent (captured from SQLAlchemy's engine), so the
ratio shows what the service layer (SQLAlchemy, the clock rules, DTOs, units of work) costs
on top of SQLite itself, and stays the same queries when the services change. Hand-written
SQL for the search is timed too, as a check on the registry's query shape. The packet
floor is a raw ReportLab canvas with a transfer packet's volume of text and a simple chart.
The bare-window floor runs in ``benchmarks.child``, beside the app's own start.
"""

from __future__ import annotations

import io
import itertools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coordinator.domain.text import search_words
from coordinator.store import cipher
from coordinator.store.engine import REPORT_CACHE_KIB

PAGE_ROWS = 100
"""Rows per page in the hand-written search (the Clients view's PAGE_SIZE when written)."""
PACKET_PAGES = 5


Statement = tuple[str, tuple[Any, ...]]


def capture_statements(engine: Any, action: Callable[[], object]) -> list[Statement]:
    """The SQL and parameters ``action()`` sends through ``engine``, in order.

    Parameters are caught after SQLAlchemy has converted them (dates to text, expanded IN
    lists), so ``sqlite3`` can run them as they are.
    """
    from sqlalchemy import event

    sent: list[Statement] = []

    def remember(_connection: Any, _cursor: Any, statement: str, parameters: Any,
                 _context: Any, executemany: bool) -> None:
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, tuple(parameters or ())))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    return sent


def replay(connection: sqlite3.Connection, statements: list[Statement]) -> int:
    """Run ``statements`` and fetch every row, as the services do; returns the row count.

    All in one read transaction, the cheapest way SQLite can answer them (one snapshot,
    one lock), so the floor is never dearer than the app's own units of work.
    """
    connection.execute("BEGIN")
    try:
        return sum(len(connection.execute(sql, parameters).fetchall())
                   for sql, parameters in statements)
    finally:
        connection.rollback()


def connect(database: Path) -> sqlite3.Connection:
    """A plain connection, as any script would open it, with the workstation's key when the
    file is encrypted, and the largest page cache the app gives a read (so that the floor is
    never dearer than the app for keeping fewer pages)."""
    connection: Any = cipher.open_file(database)
    connection.execute(f"PRAGMA cache_size=-{REPORT_CACHE_KIB}")
    return connection  # type: ignore[no-any-return]


def _placeholders(values: object) -> str:
    return ",".join("?" for _ in values)  # type: ignore[attr-defined]


def search_page(connection: sqlite3.Connection, text: str) -> int:
    """The registry's count and first page for ``text``, as the Clients view asks for them.

    Returns the number of matching clients (so the caller can check both sides agree).
    """
    upper = text.strip().upper()
    end = "\U0010ffff"
    # Each word starts a word of the name: the first word of a name by the name keys, a
    # later one by the name-word table (one word per keystroke in the benchmark's typing).
    one_word = ("(family_name_key >= ? AND family_name_key < ? AND family_name_key LIKE ? "
                "ESCAPE '/' OR given_name_key >= ? AND given_name_key < ? AND "
                "given_name_key LIKE ? ESCAPE '/' OR id IN (SELECT client_id FROM "
                "client_name_word WHERE word >= ? AND word < ? AND word LIKE ? ESCAPE '/'))")
    words = search_words(text)
    by_name = " AND ".join([one_word] * len(words)) or "0"
    match = (f"({by_name}) OR (record_number >= ? AND record_number < ? AND "
             "record_number LIKE ? ESCAPE '/')")
    by_words = itertools.chain.from_iterable(
        (word, word + end, _like(word)) * 3 for word in words)
    parameters = (*by_words, upper, upper + end, _like(upper))
    where = f"status != 'archived' AND ({match})"
    total = connection.execute(f"SELECT count(id) FROM client WHERE {where}",
                               parameters).fetchone()[0]
    if not total:
        return 0
    ids = [row[0] for row in connection.execute(
        f"SELECT id FROM client WHERE {where} ORDER BY family_name_key, given_name_key, id "
        f"LIMIT {PAGE_ROWS} OFFSET 0", parameters)]
    marks = _placeholders(ids)
    connection.execute(
        "SELECT e.client_id, e.level_code, l.name, e.start_date, e.status, "
        "e.entered_in_error FROM episode e JOIN level_of_care l ON l.code = e.level_code "
        f"WHERE e.client_id IN ({marks}) ORDER BY e.start_date, e.id", ids).fetchall()
    connection.execute(
        "SELECT c.id, c.record_number, c.family_name, c.given_name, c.birth_date, "
        "u.full_name, c.status FROM client c LEFT JOIN app_user u "
        f"ON u.id = c.primary_case_manager_id WHERE c.id IN ({marks})", ids).fetchall()
    return int(total)


def _like(text: str) -> str:
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return escaped + "%"


def canvas_packet() -> int:
    """A transfer packet's worth of drawing on a bare ReportLab canvas, in memory.

    Five pages of about 52 lines of 90 characters with a header and footer each, and a
    line chart of 40 points on the first: no platypus layout, no fonts beyond the standard
    Helvetica. Returns the size of the PDF in bytes.
    """
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, invariant=True)
    height = LETTER[1]
    line = ("Client remained engaged in IOP group and individual sessions; PHQ-9 fell from "
            "17 to 11.")
    for page in range(1, PACKET_PAGES + 1):
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(54, height - 48, "Riverbend Behavioral Health - Transfer summary")
        canvas.setFont("Helvetica", 9)
        canvas.drawString(54, height - 62, "Client: Smith, Alex   DOB 1990-04-12   MRN R-000123")
        top = height - 90
        if page == 1:
            points = [(54 + index * 12, 560 + (index * 37 % 90)) for index in range(40)]
            for (x1, y1), (x2, y2) in itertools.pairwise(points):
                canvas.line(x1, y1, x2, y2)
            canvas.rect(54, 550, 480, 110)
            top = 530
        y = top
        while y > 60:
            canvas.drawString(54, y, line)
            y -= 12
        canvas.drawString(54, 36, f"Confidential - 42 CFR part 2   Page {page} of "
                                  f"{PACKET_PAGES}")
        canvas.showPage()
    canvas.save()
    return len(buffer.getvalue())
