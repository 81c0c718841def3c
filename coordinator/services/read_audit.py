"""What a "shown" audit event says: one sentence per user action that shows client data.

Reads stay reads: the services a view calls (a search page, a record's tabs, the dashboard's
lists) open read-only transactions and write nothing, so scrolling and typing stay cheap and
take no write lock. Once per user action the view logs one event through
``AuditService.log_view``/``log_search``/``log_export``, naming what the person saw with the
sentence built here (a list and its size, a CSV and its row count). The rules (when a view
logs, and when it does not) are written in the README's "Who looked at what".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from coordinator.services.attendance_views import RollCall
from coordinator.services.packets.dto import PreparedPacket
from coordinator.services.referral_views import ReferralFilter
from coordinator.services.registry import RegistryQuery


def counted(count: int, noun: str, *, more: bool = False) -> str:
    """``12 clients``, ``1 client``, ``more than 1000 clients``."""
    words = f"{count} {noun}" if count == 1 else f"{count} {noun}s"
    return f"more than {count} {noun}s" if more else words


def search_detail(query: RegistryQuery, matched: int, *, more: bool = False,
                  case_manager: str = "") -> str:
    """A client search: its text and filters, and how many clients it matched (``more``:
    counting stopped there). ``case_manager``: the filter's name, when it is set."""
    parts = [f'"{query.text.strip()}"' if query.text.strip() else "all clients"]
    if query.level_code:
        parts.append(f"level {query.level_code}")
    if query.case_manager_id is not None:
        parts.append(f"case manager {case_manager or query.case_manager_id}")
    if query.status:
        parts.append(f"status {query.status}")
    if query.open_clock:
        parts.append("with an open clock")
    return f"{', '.join(parts)}: {counted(matched, 'client', more=more)}"


def duplicates_detail(family_name: str, given_name: str, birth_date: date | None,
                      shown: int) -> str:
    """The possible duplicates the client form lists before saving."""
    born = f" born {birth_date.isoformat()}" if birth_date else ""
    return (f'possible duplicates of "{family_name}, {given_name}"{born}: '
            f"{counted(shown, 'client')}")


def lists_detail(sizes: Mapping[str, int]) -> str:
    """Several lists shown at once (the dashboard): ``open clocks 12, safety alerts 2``."""
    return ", ".join(f"{name} {size}" for name, size in sizes.items())


def referral_list_detail(filters: ReferralFilter, total: int, *,
                         case_manager: str = "") -> str:
    """The Referrals view's list: its filters and how many referrals match."""
    parts = []
    if filters.open_only:
        parts.append("open")
    if filters.status is not None:
        parts.append(f"status {filters.status.value}")
    if filters.category is not None:
        parts.append(f"category {filters.category.value}")
    if filters.overdue_only:
        parts.append("overdue")
    if filters.assigned_to_id is not None:
        parts.append(f"case manager {case_manager or filters.assigned_to_id}")
    if filters.caseload_of_id is not None:
        parts.append("my caseload")
    if filters.client_text.strip():
        parts.append(f"client '{filters.client_text.strip()}'")
    return f"{', '.join(parts) or 'all referrals'}: {counted(total, 'referral')}"


def roll_call_detail(roll: RollCall) -> str:
    schedule = roll.schedule
    return (f"{schedule.facility_name} {schedule.level_code} {schedule.track} track on "
            f"{roll.day.isoformat()}: "
            f"{counted(len(roll.rows), 'client')}")


def packet_preview_detail(prepared: PreparedPacket) -> str:
    recipient = f"for {prepared.recipient_name}" if prepared.recipient_name else "own copy"
    return (f"preview of the {prepared.request.document.value.replace('_', ' ')} "
            f"({recipient}, {counted(prepared.pages, 'page')}) of {prepared.record_number}")


def clock_report_detail(form: str, rows: int, today: date) -> str:
    """The clock report as a table on screen or CSV on standard output."""
    shape = "CSV" if form == "csv" else "table"
    return f"{shape} of {counted(rows, 'row')} on {today.isoformat()}"
