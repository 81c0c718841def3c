"""The Resources view's results table and the detail pane's text.

The detail is written as simple HTML for a ``QTextBrowser``: headings and short paragraphs a
case manager can read out on the phone, every value escaped (directory text comes from
imported files), links clickable. Hours are worded here from the schedule rows with
translated day names, so a Spanish interface says "lun–vie", not "Mon–Fri".
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt

from coordinator.domain.hsds_hours import HoursWords, hours_lines
from coordinator.services.resources import PhoneView, ResourceDetail, ResourceRow
from coordinator.ui.locale_text import figure_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate
from coordinator.ui.views.table_models import Column, RowTableModel


class ResourceTableModel(RowTableModel[ResourceRow]):
    """Service, organization, categories and languages of each service found (address as
    the tooltip)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("ResourceDirectory", "Service"), lambda row: row.name),
            Column(translate("ResourceDirectory", "Organization"), lambda row: row.organization),
            Column(translate("ResourceDirectory", "Category"),
                   lambda row: ", ".join(row.categories)),
            Column(translate("ResourceDirectory", "Languages"),
                   lambda row: ", ".join(row.languages)),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: ResourceRow, column: int, role: int) -> Any:
        # The address is in the detail pane; the table keeps to what fits beside it.
        if role == Qt.ItemDataRole.ToolTipRole and row.address:
            return row.address
        return None


def hours_words() -> HoursWords:
    """The words of the hours lines in the interface language."""
    return HoursWords(
        day_names=(translate("ResourceDirectory", "Mon"), translate("ResourceDirectory", "Tue"),
                   translate("ResourceDirectory", "Wed"), translate("ResourceDirectory", "Thu"),
                   translate("ResourceDirectory", "Fri"), translate("ResourceDirectory", "Sat"),
                   translate("ResourceDirectory", "Sun")),
        every_day=translate("ResourceDirectory", "Every day"),
                      all_day=translate("ResourceDirectory", "24 hours"),
                      monthly=translate("ResourceDirectory", "Monthly"),
        ordinals={1: translate("ResourceDirectory", "1st"),
                  2: translate("ResourceDirectory", "2nd"),
                  3: translate("ResourceDirectory", "3rd"),
                  4: translate("ResourceDirectory", "4th"),
                  5: translate("ResourceDirectory", "5th"),
                  -1: translate("ResourceDirectory", "last")})


#: Each kind of phone line's word, marked for lupdate; translated where it is shown.
PHONE_KINDS = {
    "voice": QT_TRANSLATE_NOOP("ResourceDirectory", "Phone"),
    "fax": QT_TRANSLATE_NOOP("ResourceDirectory", "Fax"),
    "text": QT_TRANSLATE_NOOP("ResourceDirectory", "Text"),
    "cell": QT_TRANSLATE_NOOP("ResourceDirectory", "Cell"),
    "video": QT_TRANSLATE_NOOP("ResourceDirectory", "Video"),
    "pager": QT_TRANSLATE_NOOP("ResourceDirectory", "Pager"),
    "textphone": QT_TRANSLATE_NOOP("ResourceDirectory", "TTY"),
}


def _phone_line(phone: PhoneView) -> str:
    kind = (translate("ResourceDirectory", PHONE_KINDS[phone.kind]) if phone.kind in PHONE_KINDS
            else phone.kind.title())
    number = escape(phone.number)
    if phone.extension:
        number += " " + escape(arg(translate("ResourceDirectory", "ext. %1"), phone.extension))
    note = f" <span style='color:#5b6b78'>({escape(phone.description)})</span>" \
        if phone.description else ""
    return f"{escape(kind)}: <b>{number}</b>{note}"


def _ages(detail: ResourceDetail) -> str:
    low, high = detail.minimum_age, detail.maximum_age
    if low is not None and high is not None:
        return arg(translate("ResourceDirectory", "Ages %1 to %2"), figure_text(low),
                   figure_text(high))
    if low is not None:
        return arg(translate("ResourceDirectory", "Ages %1 and over"), figure_text(low))
    if high is not None:
        return arg(translate("ResourceDirectory", "Up to age %1"), figure_text(high))
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
        closed = escape(translate("ResourceDirectory", "Temporarily closed"))
        alert += f"<p style='margin:8px 0 0 0; color:#a3341f'><b>{closed}</b></p>"
    hours = hours_lines(detail.schedules, hours_words()) or list(detail.hours)
    eligibility = [escape(detail.eligibility), escape(_ages(detail))]
    contact = [_phone_line(phone) for phone in detail.phones]
    if detail.website:
        contact.append(escape(translate("ResourceDirectory", "Website")) + ": "
                       + _link(detail.website))
    if detail.email:
        contact.append(escape(translate("ResourceDirectory", "E-mail")) + ": " +
                       f"<a href='mailto:{escape(detail.email, quote=True)}'>"
                       f"{escape(detail.email)}</a>")
    parts = [
        heading, alert,
        f"<p style='margin:8px 0 0 0'>{escape(detail.description)}</p>"
        if detail.description else "",
        _section(translate("ResourceDirectory", "Hours"), [escape(line) for line in hours]
                 or [escape(translate("ResourceDirectory", "Not listed; call first."))]),
        _section(translate("ResourceDirectory", "Address"),
                 [escape(line) for line in detail.addresses]),
        _section(translate("ResourceDirectory", "Phone and contact"), contact),
        _section(translate("ResourceDirectory", "Languages"),
                 [escape(", ".join(detail.languages)), escape(detail.interpretation_services)]),
        _section(translate("ResourceDirectory", "Who can use it"), eligibility),
        _section(translate("ResourceDirectory", "Fees"), [escape(detail.fees)]),
        _section(translate("ResourceDirectory", "How to apply"),
                 [escape(detail.application_process), escape(detail.wait_time)]),
        _section(translate("ResourceDirectory", "Categories"),
                 [escape(", ".join(detail.categories))]),
    ]
    return "".join(part for part in parts if part)
