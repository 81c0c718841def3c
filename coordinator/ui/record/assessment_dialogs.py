"""The assessment dialogs: record an administration (items answered from the keyboard,
total and band shown as they change) and record that a safety alert was addressed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.errors import ValidationError
from coordinator.domain.instrument_wording import (
    ENGLISH,
    SPANISH,
    Wording,
    item_language_for,
    wording,
)
from coordinator.domain.instruments import (
    DEFINITIONS,
    SAFETY_FLAGS,
    DuplicateAssessment,
    RiskLevel,
    Score,
    definition,
    score_items,
    score_risk,
    score_total,
)
from coordinator.domain.vocabulary import Instrument
from coordinator.services.assessment_views import (
    AssessmentInput,
    AssessmentView,
    SafetyAlertView,
)
from coordinator.services.safety_plans import SafetyPlanView
from coordinator.ui.care.fields import date_edit, day_of, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.forms import ServiceFormDialog, error_label
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.assessment_items import ItemAnswerTable
from coordinator.ui.record.entered_in_error import EnteredInErrorDialog
from coordinator.ui.record.instrument_words import instrument_text
from coordinator.ui.said_text import error_text
from coordinator.ui.translation import translate

_ITEMS, _TOTAL, _RISK = 0, 1, 2


def flag_title(flag: str) -> str:
    """A stored flag (its English value) in the user's language."""
    return instrument_text(flag)


def alert_reason(alert: SafetyAlertView) -> str:
    """Why a safety alert was raised, e.g. "PHQ-9 on 2026-11-26: Thoughts of death or
    self-harm (item 9)", worded in the user's language from the raising assessment's
    flags; the stored sentence when the alert has no assessment to word it from."""
    if not alert.instrument or alert.administered_on is None or not alert.safety_flags:
        return alert.reason
    return arg(translate("SafetyAlerts", "%1 on %2: %3"), alert.instrument,
               date_text(alert.administered_on),
               ", ".join(flag_title(flag) for flag in alert.safety_flags))


class RecordAssessmentDialog(ServiceFormDialog):
    """Pick an instrument and the day it was given, answer it, see the total and band
    update with each answer, and Save. A second one of the same instrument the same day
    is asked about ("record anyway?").

    The items are worded in the client's language (``client_language``, their recorded
    preferred language, chooses Spanish or English; the person can change it): the PHQ-9
    and GAD-7 in Pfizer's official Spanish, the others in English with a sentence saying
    so. Changing the language keeps the answers; they are the same points in any language.
    """

    def __init__(self, ui: UiContext, client_id: int, client_name: str,
                 parent: QWidget | None = None, *, client_language: str = "") -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.confirm_duplicate = False
        self.pcl5_cutoff = 33
        self.setObjectName("recordAssessmentDialog")
        self.setWindowTitle(arg(self.tr("Record assessment — %1"),
                                client_name or self.tr("client")))
        self.resize(860, 660)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.instrument = QComboBox()
        self.instrument.setAccessibleName(self.tr("Instrument"))
        for instrument, found in DEFINITIONS.items():
            self.instrument.addItem(instrument_text(found.title), instrument.value)
        self.errors.add_row(form, "instrument", self.tr("&Instrument *"), self.instrument)
        self.administered_on = date_edit(today_of(ui), self.tr("Date given"))
        self.errors.add_row(form, "administered_on", self.tr("&Date given *"),
                            self.administered_on)
        # The client's language, not the user's: the words read out to the client.
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Client's language for the items"))
        self.language.setToolTip(self.tr("The language the items are read to the client in"))
        self.language.addItem(self.tr("English"), ENGLISH)
        self.language.addItem(self.tr("Español"), SPANISH)
        self.language.setCurrentIndex(self.language.findData(
            item_language_for(client_language)))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.errors.add_row(form, "item_language", self.tr("Client's &language"),
                            self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("quietNote")
        self.language_note.hide()
        self.stem = QLabel()
        self.stem.setWordWrap(True)
        self.stem.setObjectName("quietNote")
        self.items = ItemAnswerTable()
        self.total = QSpinBox()
        self.total.setAccessibleName(self.tr("EPDS total"))
        self.total.setRange(0, 30)
        self.total.setMaximumWidth(120)
        self.self_harm = QCheckBox(self.tr("Item 10 (thoughts of harming herself) answered "
                                           "above 0"))
        self.self_harm.setAccessibleName(self.tr("EPDS item 10 answered above 0"))
        self.risk = QComboBox()
        self.risk.setAccessibleName(self.tr("C-SSRS screener risk level"))
        for level, title in ((RiskLevel.LOW, self.tr("Low")),
                             (RiskLevel.MODERATE, self.tr("Moderate")),
                             (RiskLevel.HIGH, self.tr("High"))):
            self.risk.addItem(title, level.value)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.items)
        self.pages.addWidget(self._total_page())
        self.pages.addWidget(self._risk_page())
        answers_error = error_label()
        self.errors.register("item_answers", self.items, answers_error)
        self.errors.register("total", self.total, self.errors.general)
        self.errors.register("risk_level", self.risk, self.errors.general)
        self.result_label = QLabel()
        self.result_label.setObjectName("sectionTitle")
        self.result_label.setAccessibleName(self.tr("Total and band"))
        self.flag_note = QLabel()
        self.flag_note.setObjectName("fieldError")
        self.flag_note.setWordWrap(True)
        # The items take the room the form leaves; the result stays in view under them.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(form)
        column.addWidget(self.language_note)
        column.addWidget(self.stem)
        column.addWidget(self.pages, 1)
        column.addWidget(answers_error)
        column.addWidget(self.result_label)
        column.addWidget(self.flag_note)
        self.layout_with(body)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.items.answer_model.answers_changed.connect(self.update_result)
        self.total.valueChanged.connect(self.update_result)
        self.self_harm.toggled.connect(self.update_result)
        self.risk.currentIndexChanged.connect(self.update_result)
        QWidget.setTabOrder(self.instrument, self.administered_on)
        QWidget.setTabOrder(self.administered_on, self.language)
        QWidget.setTabOrder(self.language, self.items)
        QWidget.setTabOrder(self.items, self.total)
        QWidget.setTabOrder(self.total, self.self_harm)
        QWidget.setTabOrder(self.self_harm, self.risk)
        self._instrument_changed()
        ui.operations.call(self, ui.services.settings.get, "pcl5_probable_ptsd_cutoff",
                           done=self._cutoff_read)
        # The instrument is chosen already (PHQ-9 first) and the date is today's: the first
        # thing typed is the first answer, so it must not go to either of them.
        self.items.setFocus()

    def _total_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Total (0–30)"), self.total)
        form.addRow("", self.self_harm)
        return page

    def _risk_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Risk level"), self.risk)
        return page

    def _cutoff_read(self, value: object) -> None:
        self.pcl5_cutoff = int(str(value))
        self.update_result()

    def chosen(self) -> Instrument:
        return Instrument(self.instrument.currentData())

    def choose(self, instrument: Instrument) -> None:
        self.instrument.setCurrentIndex(self.instrument.findData(instrument.value))

    def choose_language(self, language: str) -> None:
        """Word the items in ``language`` ("en" or "es")."""
        self.language.setCurrentIndex(self.language.findData(language))

    def wording(self) -> Wording | None:
        """The words the items are shown in now; None for an instrument entered as a total
        or a risk level."""
        instrument = self.chosen()
        if definition(instrument).entry != "items":
            return None
        return wording(instrument, str(self.language.currentData()))

    def _instrument_changed(self) -> None:
        found = definition(self.chosen())
        self.pages.setCurrentIndex({"items": _ITEMS, "total": _TOTAL, "risk": _RISK}[
            found.entry])
        self.language.setEnabled(found.entry == "items")
        if found.entry == "items":
            words = self.wording()
            texts, scale = self._texts(words)
            self.items.set_items(found.items, scale, texts)
            self._show_wording(words)
        elif found.entry == "total":
            self.stem.setText(self.tr("The EPDS wording is copyrighted: enter the total "
                                      "from the scored form, and whether item 10 was "
                                      "answered above 0."))
        else:
            self.stem.setText(self.tr("Enter the risk level the C-SSRS screener gave."))
        if found.entry != "items":
            self.language_note.hide()
        self.update_result()

    def _language_changed(self) -> None:
        words = self.wording()
        if words is None:
            return
        self.items.answer_model.set_wording(*self._texts(words))
        self._show_wording(words)

    @staticmethod
    def _texts(words: Wording | None) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
        """The item texts and answer words to show: the instrument's own wording in the
        client's language, whatever language the app speaks to the clinician (the items
        are read out to the client as published, never as the app's translation)."""
        if words is None:
            return None, ()
        return words.items, words.scale

    def _show_wording(self, words: Wording | None) -> None:
        if words is None:
            return
        found = definition(self.chosen())
        stem = words.stem
        # The stem is read out; the typing hint is for the person at the keyboard.
        self.stem.setText(stem + "\n" + arg(
            self.tr("Type each answer's number (0–%1); the next item gets the focus."),
            str(found.scored_items[0].max_answer)))
        untranslated = words.language != self.language.currentData()
        self.language_note.setText(arg(self.tr(
            "The %1 has no Spanish version here: read its items in English."),
            words.instrument.value) if untranslated else "")
        self.language_note.setVisible(untranslated)

    def score(self) -> Score | None:
        """The score of what is entered so far; None while items are unanswered."""
        instrument = self.chosen()
        entry = definition(instrument).entry
        try:
            if entry == "items":
                return score_items(instrument, self.items.answers(),
                                   pcl5_cutoff=self.pcl5_cutoff)
            if entry == "total":
                return score_total(instrument, self.total.value(),
                                   self_harm=self.self_harm.isChecked())
            return score_risk(instrument, str(self.risk.currentData()))
        except ValidationError:
            return None

    def update_result(self) -> None:
        score = self.score()
        found = definition(self.chosen(), self.pcl5_cutoff)
        if score is None:
            answers = self.items.answers()
            given = [answer for answer in answers if answer is not None]
            so_far = sum(answer for item, answer in zip(found.items, answers, strict=True)
                         if answer is not None and item.scored)
            self.result_label.setText(arg(self.tr("%1 of %2 answered — total so far %3"),
                                          str(len(given)), str(len(answers)), str(so_far)))
        elif score.total is None:
            self.result_label.setText(instrument_text(score.band))
        else:
            text = arg(self.tr("Total %1 of %2 — %3"),
                       str(score.total), str(found.max_total), instrument_text(score.band))
            if score.cluster_totals:  # PCL-5: the DSM-5 symptom clusters
                text += " · " + arg(self.tr("clusters %1"), ", ".join(
                    f"{letter} {total}" for letter, total in score.cluster_totals))
            self.result_label.setText(text)
        self.result_label.setAccessibleDescription(self.result_label.text())
        flags = [flag for flag in (score.flags if score else ()) if flag in SAFETY_FLAGS]
        self.flag_note.setText("\n".join(
            "⚠ " + arg(self.tr("%1: a safety alert will be raised on saving."),
                       flag_title(flag.value)) for flag in flags))
        self.flag_note.setVisible(bool(flags))

    def entry(self) -> AssessmentInput:
        instrument = self.chosen()
        day = day_of(self.administered_on)
        kind = definition(instrument).entry
        if kind == "items":
            words = self.wording()
            return AssessmentInput(instrument, day, self.items.answers(),
                                   item_language=words.language if words else ENGLISH)
        if kind == "total":
            return AssessmentInput(instrument, day, total=self.total.value(),
                                   self_harm=self.self_harm.isChecked())
        return AssessmentInput(instrument, day, risk_level=str(self.risk.currentData()))

    def service_call(self) -> Callable[[], Any]:
        assessments, client_id, entry, confirm = (self.ui.services.assessments,
                                                  self.client_id, self.entry(),
                                                  self.confirm_duplicate)
        return lambda: assessments.record(client_id, entry, confirm_duplicate=confirm)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, AssessmentView):
            return ""
        name = instrument_text(definition(result.instrument).title)
        score = ""
        if result.total is not None:
            score = arg(self.tr(": score %1"), str(result.total))
            if result.band:
                score += f" ({instrument_text(result.band)})"
        return arg(self.tr("%1 of %2 recorded%3."),
                   name, date_text(result.administered_on), score)

    def _refuse(self, error: BaseException) -> None:
        if isinstance(error, DuplicateAssessment) and not self.confirm_duplicate:
            self.save_button.setEnabled(True)
            if self.ui.dialogs.question(
                    self, self.tr("Already recorded that day"),
                    error_text(error) + "\n\n" + self.tr("Record this one as well?"),
                    yes_text=self.tr("Record anyway"), no_text=self.tr("Go back")):
                self.confirm_duplicate = True
                QTimer.singleShot(0, self.submit)
            else:
                self.errors.show(error.fields, error.message)
                self.refused.emit(error)
            return
        super()._refuse(error)


class AddressAlertDialog(ServiceFormDialog):
    """Record what was done about a safety alert; the service adds who and when. Ticking
    "Safety plan reviewed/written" names the client's plan in force (Stanley & Brown 2012)
    as the action taken."""

    plan_read = Signal(object)
    """The client's plan in force was read: ``(SafetyPlanView | None)``."""

    def __init__(self, ui: UiContext, alert: SafetyAlertView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.alert = alert
        self.plan: SafetyPlanView | None = None
        self.setObjectName("addressAlertDialog")
        self.setWindowTitle(self.tr("Safety alert addressed"))
        self.resize(560, 340)
        self.save_button.setText(self.tr("&Record as addressed"))
        self.save_button.setAccessibleName(self.tr("Record the alert as addressed"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        intro = QLabel(arg(self.tr("⚠ %1\n\nSay what was done, or tick the safety plan if "
                                   "reviewing or writing it was what was done. Your name and "
                                   "the time are recorded with it, and the alert leaves the "
                                   "record header and the dashboard."), alert_reason(alert)))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.plan_box = QCheckBox(self.tr("Safety &plan reviewed/written (looking up the "
                                          "plan in force…)"))
        self.plan_box.setAccessibleName(self.tr("Safety plan reviewed or written"))
        self.plan_box.setEnabled(False)
        self.errors.add_row(form, "safety_plan_id", "", self.plan_box)
        self.action_taken = QPlainTextEdit()
        self.action_taken.setAccessibleName(self.tr("What was done"))
        self.action_taken.setPlaceholderText(self.tr(
            "e.g. Safety plan reviewed with the client; crisis line number given; "
            "psychiatrist informed"))
        self.action_taken.setTabChangesFocus(True)
        self.action_taken.setMinimumHeight(90)
        self.errors.add_row(form, "action_taken", self.tr("&What was done"),
                            self.action_taken)
        self.layout_with(form)
        QWidget.setTabOrder(self.plan_box, self.action_taken)
        self.action_taken.setFocus()
        ui.operations.call(self, ui.services.safety_plans.current, alert.client_id,
                           done=self._plan_read, failed=self._plan_failed)

    def _plan_read(self, plan: SafetyPlanView | None) -> None:
        self.plan = plan
        if plan is None:
            self.plan_box.setText(self.tr("Safety &plan reviewed/written — no safety plan on "
                                          "record yet: write one on the Safety tab first"))
        else:
            self.plan_box.setText(arg(self.tr("Safety &plan reviewed/written — version %1, "
                                              "completed %2"),
                                      str(plan.plan_number), date_text(plan.completed_on)))
        self.plan_box.setEnabled(plan is not None)
        self.plan_read.emit(plan)

    def _plan_failed(self, error: BaseException) -> None:
        self.plan_box.setText(self.tr("Safety &plan reviewed/written — the plan could not "
                                      "be read"))
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def service_call(self) -> Callable[[], Any]:
        assessments, alert_id, version = (self.ui.services.assessments, self.alert.id,
                                          self.alert.version)
        action = self.action_taken.toPlainText()
        plan_id = (self.plan.id if self.plan is not None and self.plan_box.isChecked()
                   else None)
        return lambda: assessments.address_alert(alert_id, action, version,
                                                 safety_plan_id=plan_id)


class AssessmentInErrorDialog(EnteredInErrorDialog):
    """Take a mistaken assessment off the trend; it stays on the record, struck through,
    and any open alert it raised is closed with the reason."""

    def __init__(self, ui: UiContext, assessment: AssessmentView,
                 parent: QWidget | None = None) -> None:
        result = "—" if assessment.total is None else str(assessment.total)
        super().__init__(
            ui, title=translate("AssessmentDialogs", "Mark entered in error"),
            intro=arg(translate("AssessmentDialogs", "The %1 of %2 (%3, %4) will stay on the "
                                                     "record, struck through, and leave the trend "
                                                     "chart."),
                      assessment.instrument.value, date_text(assessment.administered_on), result,
                      instrument_text(assessment.band)),
            mark=ui.services.assessments.mark_entered_in_error, row_id=assessment.id,
            version=assessment.version, parent=parent,
            save_text=translate("AssessmentDialogs", "&Mark entered in error"),
            placeholder=translate("AssessmentDialogs", "e.g. Entered on the wrong client"))
        self.assessment = assessment

