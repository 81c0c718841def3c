"""The Roll call view: choose a day program, a track and a session day, mark each client
present, late, telehealth, excused or unexcused with one key, and save the roll call.

Beside each mark the table shows the client's clinical hours in the session's week against
the level's range, their adherence in the episode, and the outreach flag after two
unexcused absences in a row. Marks are kept on screen until Save, so a whole group is one
transaction, and the week's hours already count them; moving to another session, closing
the app or signing out with marks unsaved asks first. A late arrival's minutes are typed
(the editor opens on L; M types the minutes of any attended mark, e.g. a client who left
early), never taken silently as the whole session. The view opens on the track this
person used last (people have no track of their own in the data).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coordinator.domain.attendance import next_meeting_day, previous_meeting_day
from coordinator.domain.care_plan import ServiceModality
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import AttendanceStatus
from coordinator.services.app import AppServices
from coordinator.services.attendance_views import RollCall, ScheduleView
from coordinator.services.notify import Topic
from coordinator.services.read_audit import roll_call_detail
from coordinator.ui.attendance.model import MINUTES_COLUMN, RollCallModel
from coordinator.ui.attendance.titles import (
    MARK_KEYS,
    MINUTES_KEY,
    counted,
    mark_title,
    schedule_program_title,
    schedule_text,
    summary_text,
)
from coordinator.ui.attendance.tracks import TrackButtons
from coordinator.ui.care.titles import track_title
from coordinator.ui.context import UiContext
from coordinator.ui.date_field import DateField
from coordinator.ui.dialogs import report_failure
from coordinator.ui.layouts import STRETCH, Part, WrappingRow, row, view_column, wrapping_row
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.placeholders import arg
from coordinator.ui.record.care_plan_titles import modality_title
from coordinator.ui.said_text import error_text, field_texts
from coordinator.ui.views.table_models import list_table
from coordinator.ui.window_memory import remember_value, remembered

_LAST_TRACK = ("rollCall", "track")


def read_roll_call(services: AppServices, schedule_id: int | None, day: date, *,
                   audited: bool = False, opening: bool = False
                   ) -> tuple[list[ScheduleView], RollCall | None]:
    """The program tracks, and the roll call of the chosen one (or the first) on ``day``;
    runs on a worker.

    Args:
        audited: log one view of the roll call (the person opened the view or chose a
            program, track or day; not a re-read after a change).
        opening: the view's first reading; on a day the track does not meet the view moves
            on to its latest session, and that reading is the one logged.
    """
    schedules = services.attendance.schedules()
    ids = [schedule.id for schedule in schedules]
    chosen = schedule_id if schedule_id in ids else (ids[0] if ids else None)
    if chosen is None:
        return schedules, None
    roll = services.attendance.roll_call(chosen, day)
    if audited and (roll.meets or not opening):
        services.audit.log_view("roll_call", roll.schedule.id, roll_call_detail(roll))
    return schedules, roll


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _program_key(schedule: ScheduleView) -> str:
    return f"{schedule.facility_id}:{schedule.level_code}"


class MinutesDelegate(QStyledItemDelegate):
    """Minutes attended typed in the table: a spin box from 1 to the session's length."""

    def __init__(self, model: RollCallModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roll_call = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setObjectName("minutesAttended")
        editor.setAccessibleName(self.tr("Minutes attended"))
        editor.setRange(1, max(self.roll_call.session_minutes, 1))
        editor.setSuffix(self.tr(" min"))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
                      ) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class RollCallView(RefreshOnShow, QWidget):
    """Program, track and day pickers; the roll-call table; mark buttons and Save."""

    refresh_topics = frozenset({Topic.ATTENDANCE, Topic.PROGRAM_SCHEDULE, Topic.EPISODE,
                                Topic.CLIENT})

    roll_call_loaded = Signal(object)
    """A roll call was read and is shown: ``(RollCall or None when no track exists)``."""
    roll_call_saved = Signal(object)
    """The marks were saved: ``(RollCall as saved)``."""
    save_refused = Signal(str)
    """The service refused the marks: ``(the messages shown)``."""
    schedule_dialog_opened = Signal(QDialog)
    """The program track form opened: ``(dialog)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("rollCallView")
        self.schedules: list[ScheduleView] = []
        self.roll: RollCall | None = None
        self._schedule_id: int | None = None
        self._day = ui.services.ctx.clock().astimezone().date()
        self._first_load = True
        self._reads = ui.operations.latest_only(self)
        self._advance_after_minutes = False
        actor = ui.services.actor
        self._user_id = actor.user_id if actor is not None else None
        if self._user_id is not None:
            # Opens on the track this person used last (users have no track of their own).
            last = remembered(self._user_id, *_LAST_TRACK)
            if isinstance(last, int | str) and str(last).isdigit():
                self._schedule_id = int(last)

        title = QLabel(self.tr("Roll call"))
        title.setObjectName("viewTitle")
        self._build_pickers()
        self._build_marking(ui.may(Permission.EDIT_CARE))
        self._build_table()
        self._connect()
        view_column(self, title, self._picker_row(), self._day_row(), self.schedule_label,
                    self._mark_row(), (self.table, 1), self.error_label, self.summary_label)
        order: list[QWidget] = [self.program_box, self.track_box, self.previous_button,
                                self.day_edit, self.next_button, self.today_button,
                                *self.tracks.buttons(), self.table,
                                *self.mark_buttons.values(), self.how_box,
                                self.all_present_button, self.save_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.table)
        self._set_day_edit(self._day)
        self.watch_changes(ui)
        self._update_buttons()

    def _build_pickers(self) -> None:
        """Program and track, the track buttons, and the session day with its steps."""
        self.program_box = QComboBox()
        self.program_box.setObjectName("programChoice")
        self.program_box.setAccessibleName(self.tr("Program"))
        self.program_box.setMinimumWidth(280)
        self.track_box = QComboBox()
        self.track_box.setObjectName("trackChoice")
        self.track_box.setAccessibleName(self.tr("Track"))
        self.track_box.setMinimumWidth(140)
        self.tracks = TrackButtons(self.ui)
        self.tracks.track_saved.connect(lambda schedule_id: self._choose(schedule_id, self._day))
        self.tracks.dialog_opened.connect(self.schedule_dialog_opened)
        self.new_track_button = self.tracks.new_button
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous session"))
        self.previous_button.setToolTip(self.tr("The track's previous session day (Alt+Left)"))
        self.day_edit = DateField(None, self.tr("Session day"))
        self.day_edit.setObjectName("sessionDay")
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next session"))
        self.next_button.setToolTip(self.tr("The track's next session day (Alt+Right)"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("quietNote")
        self.schedule_label.setWordWrap(True)

    def _build_marking(self, may_mark: bool) -> None:
        """One button per mark, All present and Save; shown only to those who may mark."""
        self.mark_buttons: dict[str, QPushButton] = {}
        for status, key in MARK_KEYS.items():
            button = QPushButton(f"{mark_title(status)} ({key})")
            button.setObjectName(f"mark_{status}")
            button.setAccessibleName(arg(self.tr("Mark the chosen client: %1"), mark_title(status)))
            button.setToolTip(arg(self.tr("Press %1 in the table"), key))
            button.clicked.connect(lambda _checked=False, status=status: self.mark_chosen(status))
            button.setVisible(may_mark)
            self.mark_buttons[status] = button
        self.how_box = QComboBox()
        self.how_box.setAccessibleName(self.tr("How the chosen client attended"))
        self.how_box.setToolTip(self.tr("In person, by video or by phone; saved with the "
                                        "roll call"))
        for modality in ServiceModality:
            self.how_box.addItem(modality_title(modality), modality.value)
        self.how_box.activated.connect(lambda _index: self.modality_chosen(
            str(self.how_box.currentData())))
        self.how_box.setVisible(may_mark)
        self.all_present_button = QPushButton(self.tr("&All present"))
        self.all_present_button.setAccessibleName(self.tr("Mark every unmarked client present"))
        self.all_present_button.clicked.connect(self.mark_rest_present)
        self.save_button = QPushButton(self.tr("&Save roll call"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(self.tr("Save roll call"))
        self.save_button.setToolTip(self.tr("Save every mark of this session (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        for button in (self.all_present_button, self.save_button):
            button.setVisible(may_mark)

    def _build_table(self) -> None:
        """The clients expected at the session, with the summary and error lines."""
        self.model = RollCallModel(self)
        self.table = list_table("rollCallTable", self.tr("Clients expected at this session"))
        self.table.setModel(self.model)
        self.minutes_delegate = MinutesDelegate(self.model, self.table)
        self.table.setItemDelegateForColumn(MINUTES_COLUMN, self.minutes_delegate)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.minutes_delegate.closeEditor.connect(self._minutes_typed)
        self.model.dataChanged.connect(self._describe_summary)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 105, 160, 80, 210, 95)):
            self.table.setColumnWidth(column, width)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("rollCallSummary")
        self.summary_label.setAccessibleName(self.tr("Roll call summary"))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def _connect(self) -> None:
        """The pickers' signals, and the keys: Alt+Left/Right and Save anywhere in the view,
        the mark letters in the table."""
        self.program_box.currentIndexChanged.connect(self._program_chosen)
        self.track_box.currentIndexChanged.connect(self._track_chosen)
        self.day_edit.dateChanged.connect(self._day_edited)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(
            lambda: self.go_to(self.ui.services.ctx.clock().astimezone().date()))
        # whatsThis says what each key does: Help → Quick guide lists it from there.
        for sequence, slot, what in (
                ("Alt+Left", lambda: self._step(-1), self.tr("Previous session")),
                ("Alt+Right", lambda: self._step(1), self.tr("Next session")),
                (QKeySequence.StandardKey.Save, self.save, self.tr("Save the roll call"))):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)
        for status, key in MARK_KEYS.items():
            # Letters act in the table only, so typing in the pickers is left alone.
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(arg(self.tr("Mark the chosen client: %1"), mark_title(status)))
            shortcut.activated.connect(lambda status=status: self.mark_chosen(status))
        minutes = QShortcut(QKeySequence(MINUTES_KEY), self.table)
        minutes.setContext(Qt.ShortcutContext.WidgetShortcut)
        minutes.setWhatsThis(self.tr("Type the minutes the chosen client attended"))
        minutes.activated.connect(self.edit_minutes)

    def _picker_row(self) -> QHBoxLayout:
        parts: list[Part] = []
        for text, widget, stretch in ((self.tr("&Program:"), self.program_box, 1),
                                      (self.tr("T&rack:"), self.track_box, 0)):
            label = QLabel(text)
            label.setBuddy(widget)
            parts += [label, (widget, stretch), 12]
        return row(None, *parts)

    def _day_row(self) -> QHBoxLayout:
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_edit)
        return row(None, day_label, self.previous_button, self.day_edit, self.next_button,
                   self.today_button, STRETCH, self.tracks)

    def _mark_row(self) -> WrappingRow:
        return wrapping_row(*self.mark_buttons.values(), self.how_box, 12,
                            self.all_present_button, STRETCH, self.save_button)

    # Loading -------------------------------------------------------------------------------

    def refresh(self, *, keep_pending: bool = True, audited: bool = True) -> None:
        """Read the chosen roll call; ``audited``: log it as one view (see
        ``read_roll_call``)."""
        self._loaded_once = True
        services, schedule_id, day = self.ui.services, self._schedule_id, self._day
        opening = self._first_load
        # A reading still on its way for another session or day is dropped.
        self._reads.call(
            lambda: read_roll_call(services, schedule_id, day, audited=audited,
                                   opening=opening),
            done=lambda result: self._show(*result, keep_pending=keep_pending))

    def refresh_after_change(self) -> None:
        self.refresh(audited=False)

    def _show(self, schedules: list[ScheduleView], roll: RollCall | None, *,
              keep_pending: bool) -> None:
        if self._first_load and roll is not None and not roll.meets:
            # Opened on a day the track does not meet: show its latest session instead.
            self._first_load = False
            self._day = previous_meeting_day(frozenset(roll.schedule.weekdays), self._day)
            self._set_day_edit(self._day)
            self.refresh(keep_pending=False)
            return
        self._first_load = False
        self.schedules = schedules
        self.roll = roll
        self._schedule_id = roll.schedule.id if roll else None
        if roll is not None and self._user_id is not None:
            remember_value(self._user_id, *_LAST_TRACK, value=roll.schedule.id)
        self._fill_pickers()
        if roll is None:
            self.model.show_rows([], 0, keep_pending=False)
        else:
            self.model.show_rows(list(roll.rows), roll.schedule.session_minutes,
                                 keep_pending=keep_pending)
            if self.table.currentIndex().row() < 0 and roll.rows:
                self.table.selectRow(0)
        self._describe()
        self._update_buttons()
        self.roll_call_loaded.emit(roll)

    def _fill_pickers(self) -> None:
        chosen = next((s for s in self.schedules if s.id == self._schedule_id), None)
        programs: dict[str, str] = {}
        for schedule in self.schedules:
            programs.setdefault(_program_key(schedule), schedule_program_title(schedule))
        for box in (self.program_box, self.track_box):
            box.blockSignals(True)
            box.clear()
        for key, name in programs.items():
            self.program_box.addItem(name, key)
        if chosen is not None:
            self.program_box.setCurrentIndex(self.program_box.findData(_program_key(chosen)))
            for schedule in self.schedules:
                if _program_key(schedule) == _program_key(chosen):
                    self.track_box.addItem(track_title(schedule.track), schedule.id)
            self.track_box.setCurrentIndex(self.track_box.findData(chosen.id))
        for box in (self.program_box, self.track_box):
            box.blockSignals(False)

    def _describe(self) -> None:
        self.error_label.hide()
        self.schedule_label.setText(schedule_text(self.roll))
        self._describe_summary()

    def _describe_summary(self) -> None:
        roll = self.roll
        adherence = (None if roll is None
                     else self.model.week_adherence(roll.week_marks_other_days))
        self.summary_label.setText(summary_text(roll, self.model.pending_count(),
                                                week_adherence=adherence))

    # Choosing the session ------------------------------------------------------------------

    def _program_chosen(self) -> None:
        key = self.program_box.currentData()
        first = next((s for s in self.schedules if _program_key(s) == key), None)
        if first is not None:
            self._choose(first.id, self._day)

    def _track_chosen(self) -> None:
        schedule_id = self.track_box.currentData()
        if isinstance(schedule_id, int):
            self._choose(schedule_id, self._day)

    def _day_edited(self, day: QDate) -> None:
        picked = day.toPython()  # a date for a valid QDate (the edit only offers those)
        if isinstance(picked, date):
            self._choose(self._schedule_id, picked)

    def _step(self, direction: int) -> None:
        if self.roll is None:
            return
        days = frozenset(self.roll.schedule.weekdays)
        self.go_to(next_meeting_day(days, self._day) if direction > 0
                   else previous_meeting_day(days, self._day))

    def go_to(self, day: date) -> None:
        """Show the roll call of ``day`` for the chosen track."""
        self._choose(self._schedule_id, day)

    def choose_schedule(self, schedule_id: int) -> None:
        self._choose(schedule_id, self._day)

    def may_leave(self) -> bool:
        """Whether the marks not saved may be dropped: True when there are none or the
        person says so (asked when moving to another session and when closing)."""
        pending = self.model.pending_count()
        return not pending or self.ui.dialogs.question(
            self, self.tr("Unsaved marks"),
            counted(pending, self.tr("1 mark of this session is not saved. Leave it?"),
                    self.tr("%1 marks of this session are not saved. Leave them?")),
            yes_text=self.tr("&Leave them"), no_text=self.tr("&Stay"))

    def _choose(self, schedule_id: int | None, day: date) -> None:
        if (schedule_id, day) == (self._schedule_id, self._day):
            return
        if not self.may_leave():
            self._fill_pickers()
            self._set_day_edit(self._day)
            return
        self._schedule_id, self._day = schedule_id, day
        self._set_day_edit(day)
        self.refresh(keep_pending=False)

    def _set_day_edit(self, day: date) -> None:
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(_qdate(day))
        self.day_edit.blockSignals(False)

    # Marking -------------------------------------------------------------------------------

    def mark_chosen(self, status: str) -> None:
        """Give the chosen client ``status`` and move to the next client."""
        if not self._may_mark():
            return
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.set_mark(row, status)
        self._describe_summary()
        self._update_buttons()
        if status == AttendanceStatus.LATE:
            # A late arrival's minutes are typed now; Enter then moves to the next client.
            self._advance_after_minutes = True
            self.edit_minutes()
            return
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def edit_minutes(self) -> None:
        """Type the minutes the chosen client attended (late, or left early)."""
        row = self.table.currentIndex().row()
        index = self.model.index(row, MINUTES_COLUMN)
        if row < 0 or not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self._advance_after_minutes = False
            return
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _minutes_typed(self, _editor: QWidget,
                       hint: QAbstractItemDelegate.EndEditHint) -> None:
        advance, self._advance_after_minutes = self._advance_after_minutes, False
        row = self.table.currentIndex().row()
        self.error_label.hide()
        if (advance and hint != QAbstractItemDelegate.EndEditHint.RevertModelCache
                and row + 1 < self.model.rowCount()):
            self.table.selectRow(row + 1)
        self._update_buttons()

    def modality_chosen(self, modality: str) -> None:
        """Say how the chosen client attended (in person, video, phone)."""
        row = self.table.currentIndex().row()
        if not self._may_mark() or row < 0:
            return
        self.model.set_modality(row, modality)
        self._describe_summary()
        self._update_buttons()

    def mark_rest_present(self) -> None:
        """Mark present every client who has no mark yet."""
        if not self._may_mark():
            return
        for number, expected in enumerate(self.model.rows()):
            if self.model.mark_of(expected) is None:
                self.model.set_mark(number, "present")
        self._describe_summary()
        self._update_buttons()

    def save(self) -> None:
        roll = self.roll
        if roll is None or not self.model.pending_count() or not self._may_mark():
            return
        if missing := self.model.without_minutes():
            self.error_label.setText(self.tr("Not saved:") + "\n" + "\n".join(
                arg(self.tr("Type the minutes %1 attended (marked late; press M)."),
                    row.client_name) for row in missing))
            self.error_label.show()
            self.table.selectRow(self.model.row_of(missing[0].episode_id))
            self.save_refused.emit(self.error_label.text())
            return
        marks = self.model.pending_marks()
        self.save_button.setEnabled(False)
        self.ui.operations.call(
            self, self.ui.services.attendance.mark, roll.schedule.id, roll.day, marks,
            done=self._saved, failed=self._refused)

    def _saved(self, roll: RollCall) -> None:
        self.model.clear_pending()
        self._reads.drop()  # a read started before the save would show old marks
        self.roll = roll
        self.model.show_rows(list(roll.rows), roll.schedule.session_minutes,
                             keep_pending=False)
        self._describe()
        self._update_buttons()
        self.roll_call_saved.emit(roll)

    def _refused(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, Conflict):
            # Someone else marked this session meanwhile: show what they saved, so the
            # marks are taken again over theirs rather than blindly replacing them.
            report_failure(self.ui.dialogs, self, error, self.tr("Roll call not saved"))
            self.refresh(keep_pending=False, audited=False)
            return
        if not isinstance(error, ValidationError):
            report_failure(self.ui.dialogs, self, error, self.tr("Roll call not saved"))
            return
        text = "\n".join(field_texts(error).values()) or error_text(error)
        self.error_label.setText(self.tr("Not saved:") + "\n" + text)
        self.error_label.show()
        self.save_refused.emit(text)

    def _may_mark(self) -> bool:
        return (self.ui.may(Permission.EDIT_CARE) and self.roll is not None
                and self.roll.meets)

    def _update_buttons(self) -> None:
        can_mark = self._may_mark() and self.model.rowCount() > 0
        self.model.editable = self._may_mark()
        for button in (*self.mark_buttons.values(), self.all_present_button):
            button.setEnabled(can_mark)
        self.how_box.setEnabled(can_mark)
        self.save_button.setEnabled(can_mark and self.model.pending_count() > 0)
        has_track = self.roll is not None
        for button in (self.previous_button, self.next_button, self.today_button):
            button.setEnabled(has_track)
        self.tracks.show_schedule(self.roll.schedule if self.roll else None)
