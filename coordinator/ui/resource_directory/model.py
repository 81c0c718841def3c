"""The Resources view's results table and the detail pane's text.

The detail is written as simple HTML for a ``QTextBrowser``: headings and short paragraphs a
case manager can read out on the phone, every value escaped (directory text comes from
imported files), links clickable. Hours are worded here from the schedule rows with
translated day names, so a Spanish interface says "lun–vie", not "Mon–Fri".
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from coordinator.domain.hsds_hours import HoursWords, hours_lines
from coordinator.services.resources import PhoneView, ResourceDetail, ResourceRow
from coordinator.ui.placeholders import arg
from coordinator.ui.views.table_models import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResourceDirectory", text)


class ResourceTableModel(RowTableModel[ResourceRow]):
    """Service, organization, categories and languages of each service found (address as
    the tooltip)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Service"), lambda row: row.name),
            Column(_tr("Organization"), lambda row: row.organization),
            Column(_tr("Category"), lambda row: ", ".join(row.categories)),
            Column(_tr("Languages"), lambda row: ", ".join(row.languages)),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: ResourceRow, column: int, role: int) -> Any:
        # The address is in the detail pane; the table keeps to what fits beside it.
        if role == Qt.ItemDataRole.ToolTipRole and row.address:
            return row.address
        return None


def hours_words() -> HoursWords:
    """The words of the hours lines in the interface language."""
    return HoursWords(
        day_names=(_tr("Mon"), _tr("Tue"), _tr("Wed"), _tr("Thu"), _tr("Fri"), _tr("Sat"),
                   _tr("Sun")),
        every_day=_tr("Every day"), all_day=_tr("24 hours"), monthly=_tr("Monthly"),
        ordinals={1: _tr("1st"), 2: _tr("2nd"), 3: _tr("3rd"), 4: _tr("4th"), 5: _tr("5th"),
                  -1: _tr("last")})


_PHONE_KINDS = {
    "voice": _tr("Phone"), "fax": _tr("Fax"), "text": _tr("Text"), "cell": _tr("Cell"),
    "video": _tr("Video"), "pager": _tr("Pager"), "textphone": _tr("TTY"),
}


def _phone_line(phone: PhoneView) -> str:
    kind = _PHONE_KINDS.get(phone.kind, phone.kind.title())
    number = escape(phone.number)
    if phone.extension:
        number += " " + escape(arg(_tr("ext. %1"), phone.extension))
    note = f" <span style='color:#5b6b78'>({escape(phone.description)})</span>" \
        if phone.description else ""
    return f"{escape(kind)}: <b>{number}</b>{note}"


def _ages(detail: ResourceDetail) -> str:
    low, high = detail.minimum_age, detail.maximum_age
    if low is not None and high is not None:
        return arg(_tr("Ages %1 to %2"), f"{low:g}", f"{high:g}")
    if low is not None:
        return arg(_tr("Ages %1 and over"), f"{low:g}")
    if high is not None:
        return arg(_tr("Up to age %1"), f"{high:g}")
    return ""


def _section(title: str, lines: list[str]) -> str:
    """A heading and its lines; nothing at all when there is nothing to say."""
    lines = [line for line in lines if line]
    if not lines:
        return ""
    return (f"<h4 style='margin:12px 0 2px 0; color:#3d5a73'>{escape(title)}</h4>"
            f"<p style='margin:0'>{'<br>'.join(lines)}</p>")


def _link(url: str) -> str:
    target = url if "://" in url else f"https://{url}"
    return f"<a href='{escape(target, quote=True)}'>{escape(url)}</a>"


def detail_html(detail: ResourceDetail) -> str:
    """The detail pane for one service, as HTML."""
    heading = (f"<h3 style='margin:0'>{escape(detail.name)}</h3>"
               f"<p style='margin:2px 0 0 0; color:#5b6b78'>{escape(detail.organization)}</p>")
    alert = (f"<p style='margin:8px 0 0 0; color:#a3341f'><b>{escape(detail.alert)}</b></p>"
             if detail.alert else "")
    if detail.status == "temporarily closed":
        alert += (f"<p style='margin:8px 0 0 0; color:#a3341f'><b>"
                  f"{escape(_tr('Temporarily closed'))}</b></p>")
    hours = hours_lines(detail.schedules, hours_words()) or list(detail.hours)
    eligibility = [escape(detail.eligibility), escape(_ages(detail))]
    contact = [_phone_line(phone) for phone in detail.phones]
    if detail.website:
        contact.append(escape(_tr("Website")) + ": " + _link(detail.website))
    if detail.email:
        contact.append(escape(_tr("E-mail")) + ": " +
                       f"<a href='mailto:{escape(detail.email, quote=True)}'>"
                       f"{escape(detail.email)}</a>")
    parts = [
        heading, alert,
        f"<p style='margin:8px 0 0 0'>{escape(detail.description)}</p>"
        if detail.description else "",
        _section(_tr("Hours"), [escape(line) for line in hours]
                 or [escape(_tr("Not listed; call first."))]),
        _section(_tr("Address"), [escape(line) for line in detail.addresses]),
        _section(_tr("Phone and contact"), contact),
        _section(_tr("Languages"), [escape(", ".join(detail.languages)),
                                    escape(detail.interpretation_services)]),
        _section(_tr("Who can use it"), eligibility),
        _section(_tr("Fees"), [escape(detail.fees)]),
        _section(_tr("How to apply"), [escape(detail.application_process),
                                       escape(detail.wait_time)]),
        _section(_tr("Categories"), [escape(", ".join(detail.categories))]),
    ]
    return "".join(part for part in parts if part)
