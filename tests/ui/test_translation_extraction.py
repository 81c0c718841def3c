"""Every text the UI translates is found by pyside6-lupdate, under the context it uses at run
time, so the Spanish translation file can hold it.

The source of coordinator/ui is read twice: by lupdate (into a temporary .ts file) and by
Python's ``ast``, which finds every call that translates or marks text. Each call must name
its text with a string literal (or translate a table entry whose texts are marked with
QT_TRANSLATE_NOOP, listed below with the reason), and each literal must be among lupdate's
messages under the same context: the class for ``self.tr``, the first argument for
``translate`` and ``QT_TRANSLATE_NOOP``.

The reports' words are written outside the UI, by the services, marked with ``said`` from
``coordinator.domain.words`` (``said("Context", "text")``, values through ``.arg``); lupdate
reads the modules that use it with ``said`` as an alias of QT_TRANSLATE_NOOP, as
``make translations-update`` does, and every ``said`` must name its context and text with
string literals and no third argument (lupdate skips such a call).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

import coordinator.ui
from coordinator.domain.instruments import DEFINITIONS, Flag, RiskLevel, score_risk
from coordinator.domain.intake import (
    INQUIRY_OUTCOME_TITLES,
    INQUIRY_SOURCE_TITLES,
    VERIFICATION_TITLES,
)
from coordinator.domain.readiness import DIMENSION_TITLES, RISK_TITLES
from coordinator.domain.vocabulary import Instrument
from coordinator.services.clock_worklist import CLOSE_OUT_REASONS
from coordinator.ui import client_titles
from coordinator.ui.admin import audit_model
from coordinator.ui.facilities import model as facilities_model
from coordinator.ui.record.overview import SUMMARY_LINES
from coordinator.ui.resource_directory import model as resource_model
from coordinator.ui.views import registry_model

UI_ROOT = Path(coordinator.ui.__file__).parent
REPO_ROOT = UI_ROOT.parent.parent
PACKAGE_ROOT = UI_ROOT.parent
#: The alias under which lupdate reads the services' marks (as the Makefile passes it).
SAID_ALIAS = "QT_TRANSLATE_NOOP+=said"

#: Calls whose text is the first argument and whose context is the enclosing class.
CLASS_CONTEXT_CALLS = {"tr", "QT_TR_NOOP"}
#: Calls whose first argument is the context and second the text.
CONTEXT_FIRST_CALLS = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Marked:
    """Why a call may translate a value: where its texts are marked with QT_TRANSLATE_NOOP,
    and every text the value can hold (each must be extracted under the call's context)."""

    reason: str
    texts: Callable[[], Iterable[str]]


def _instrument_words() -> list[str]:
    words = [flag.value for flag in Flag]
    words += [score_risk(Instrument.CSSRS, level.value).band for level in RiskLevel]
    for found in DEFINITIONS.values():
        words += [found.title, found.stem, *found.scale]
        words += [item.text for item in found.items] + [band.title for band in found.bands]
    return [word for word in words if word]


_DOMAIN = "marked in the module's MARKED (the domain has no Qt)"
_TABLE = "the table's entries are marked; translated when shown, not at import"
_COLUMN_TITLES = "the column titles are marked; translated in headerData, not at import"
#: Calls that translate a value rather than a literal: (file under coordinator/ui, the text
#: argument as written) -> where its texts are marked and what they are.
TRANSLATED_VALUES: dict[tuple[str, str], Marked] = {
    ("client_titles.py", "name"):
        Marked(_TABLE, lambda: client_titles.PREFERRED_LANGUAGES),
    ("record/instrument_words.py", "words"):
        Marked("the instruments' words, " + _DOMAIN, _instrument_words),
    ("care/readiness_dialog.py", "RISK_TITLES[rating]"):
        Marked(_DOMAIN, RISK_TITLES.values),
    ("care/readiness_dialog.py", "DIMENSION_TITLES[dimension]"):
        Marked(_DOMAIN, DIMENSION_TITLES.values),
    ("intake/inquiry_dialog.py", "INQUIRY_SOURCE_TITLES[source]"):
        Marked(_DOMAIN, INQUIRY_SOURCE_TITLES.values),
    ("intake/inquiry_dialog.py", "INQUIRY_OUTCOME_TITLES[outcome]"):
        Marked(_DOMAIN, INQUIRY_OUTCOME_TITLES.values),
    ("intake/inquiry_dialog.py", "VERIFICATION_TITLES[status]"):
        Marked(_DOMAIN, VERIFICATION_TITLES.values),
    ("views/clock_worklist.py", "reason"):
        Marked("the services' close-out reasons, marked in the module's MARKED",
               lambda: CLOSE_OUT_REASONS),
    ("record/overview.py", "title"):
        Marked("SUMMARY_LINES marks its titles", lambda: [line[2] for line in SUMMARY_LINES]),
    ("facilities/model.py", "title"):
        Marked(_TABLE, facilities_model.KIND_TITLES.values),
    ("facilities/model.py", "KIND_TITLES[FacilityKind(kind)]"):
        Marked(_TABLE, facilities_model.KIND_TITLES.values),
    ("resource_directory/model.py", "PHONE_KINDS[phone.kind]"):
        Marked(_TABLE, resource_model.PHONE_KINDS.values),
    ("views/registry_model.py", "SHORT_CLOCK_NAMES[clock.kind]"):
        Marked(_TABLE, registry_model.SHORT_CLOCK_NAMES.values),
    ("views/registry_model.py", "COLUMNS[section][0]"):
        Marked(_COLUMN_TITLES, lambda: [column[0] for column in registry_model.COLUMNS]),
    ("admin/audit_model.py", "COLUMNS[section][0]"):
        Marked(_COLUMN_TITLES, lambda: [column[0] for column in audit_model.COLUMNS]),
}


@dataclass(frozen=True)
class Found:
    """One translating call: where it is, its context and its text (None unless literal)."""

    path: str
    line: int
    context: str | None
    text: str | None
    argument: str

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def ui_files() -> list[Path]:
    return sorted(UI_ROOT.rglob("*.py"))


def said_files() -> list[Path]:
    """The modules outside the UI that mark text with ``said`` (the reports' services and
    sheets), as the Makefile finds them."""
    return sorted(path for path in PACKAGE_ROOT.rglob("*.py")
                  if UI_ROOT not in path.parents and path.name != "words.py"
                  and "said(" in path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Said:
    """One ``said`` call outside the UI: where it is and its literal context and text
    (None when not a literal, or when a third argument makes lupdate skip it)."""

    where: str
    context: str | None
    text: str | None


def said_calls(path: Path, root: Path = PACKAGE_ROOT) -> list[Said]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(root).as_posix()
    found: list[Said] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and call_name(node) == "said":
            whole = len(node.args) == 2 and not node.keywords
            found.append(Said(f"{where}:{node.lineno}",
                              literal(node.args[0]) if whole else None,
                              literal(node.args[1]) if whole else None))
    return found


def relative(path: Path) -> str:
    return path.relative_to(UI_ROOT).as_posix()


def call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def text_only_wrappers(tree: ast.Module) -> dict[str, str | None]:
    """Functions that pass their first parameter to ``translate`` as the text, by name, with
    the context they supply (None when it is not a literal). Called with a literal, such a
    function hides the text from lupdate; called with a value (a stored flag), it is a table
    lookup like any other and its ``translate`` call is listed in TRANSLATED_VALUES.
    """
    wrappers: dict[str, str | None] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        names = [argument.arg for argument in node.args.args if argument.arg not in ("self", "cls")]
        if not names:
            continue
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Call):
                continue
            if (call_name(inner) == "translate" and len(inner.args) >= 2
                    and isinstance(inner.args[1], ast.Name) and inner.args[1].id == names[0]):
                wrappers[node.name] = literal(inner.args[0])
            elif (call_name(inner) == "tr" and inner.args
                    and isinstance(inner.args[0], ast.Name) and inner.args[0].id == names[0]):
                wrappers[node.name] = None
    return wrappers


class CallFinder(ast.NodeVisitor):
    """Collects the translating calls of one module with the class each one is in."""

    def __init__(self, path: str, wrappers: dict[str, str | None]) -> None:
        self.path = path
        self.wrappers = wrappers
        self.classes: list[str] = []
        self.found: list[Found] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = call_name(node)
        context: str | None = None
        argument: ast.expr | None = None
        if name in CLASS_CONTEXT_CALLS and node.args:
            context = self.classes[-1] if self.classes else None
            argument = node.args[0]
        elif name in CONTEXT_FIRST_CALLS and len(node.args) >= 2:
            context = literal(node.args[0])
            argument = node.args[1]
        elif isinstance(node.func, ast.Name) and name in self.wrappers and node.args:
            context = self.wrappers[name]
            argument = node.args[0]
        if argument is not None:
            self.found.append(Found(self.path, node.lineno, context, literal(argument),
                                    ast.unparse(argument)))
        self.generic_visit(node)


def called_with_a_literal(trees: dict[str, ast.Module], name: str) -> bool:
    return any(isinstance(node, ast.Call) and call_name(node) == name and node.args
               and literal(node.args[0]) is not None
               for tree in trees.values() for node in ast.walk(tree))


def import_time_calls(tree: ast.Module) -> list[ast.Call]:
    """``tr``/``translate`` calls outside any function: they run when the module is imported,
    before the user's translation is installed, so they would stay English."""
    found: list[ast.Call] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if isinstance(child, ast.Call) and call_name(child) in ("tr", "translate"):
                found.append(child)
            visit(child)

    visit(tree)
    return found


def plural_count_readable(call: ast.Call) -> bool:
    """lupdate drops a plural message whose count is an attribute or a subscript
    (``translate(c, "%n days", None, gap.days)``), and any call with keyword arguments."""
    name = call_name(call)
    position = {"tr": 2, "translate": 3}.get(name or "")
    if position is None:
        return True
    if call.keywords:
        return False
    return (len(call.args) <= position
            or isinstance(call.args[position], ast.Name | ast.Constant))


@dataclass(frozen=True)
class Scan:
    calls: list[Found]
    wrappers: list[str]
    import_time: list[str]
    plural_counts: list[str]


@pytest.fixture(scope="module")
def scan() -> Scan:
    trees = {relative(path): ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
             for path in ui_files()}
    calls: list[Found] = []
    wrappers: list[str] = []
    import_time: list[str] = []
    plural_counts: list[str] = []
    for path, tree in trees.items():
        found = text_only_wrappers(tree)
        wrappers += [f"{path}: {name}()" for name in found
                     if called_with_a_literal(trees, name)]
        finder = CallFinder(path, found)
        finder.visit(tree)
        # translation.py is the translating function itself; shown_text.py and said_text.py
        # translate the services' words (reports, refusals), whose marks (said) the tests at
        # the end check.
        calls += [call for call in finder.found
                  if (path, call.argument) not in (("translation.py", "text"),
                                                   ("reports/shown_text.py", "text.template"),
                                                   ("said_text.py", "text.template"))]
        import_time += [f"{path}:{call.lineno}: {ast.unparse(call)}"
                        for call in import_time_calls(tree)]
        plural_counts += [f"{path}:{node.lineno}: {ast.unparse(node)}" for node in ast.walk(tree)
                          if isinstance(node, ast.Call) and not plural_count_readable(node)]
    return Scan(calls, wrappers, import_time, plural_counts)


def lupdate_messages(files: Iterable[Path], ts_file: Path) -> set[tuple[str, str]]:
    """lupdate's messages over ``files`` as (context, source text), read as the Makefile
    reads them."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-locations", "none",
                    "-tr-function-alias", SAID_ALIAS,
                    *[str(path) for path in files], "-ts", str(ts_file)],
                   check=True, cwd=REPO_ROOT, capture_output=True)
    messages: set[tuple[str, str]] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.add((name, message.findtext("source") or ""))
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """lupdate's messages over coordinator/ui and the modules that use ``said``, as
    (context, source text)."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    return lupdate_messages([*ui_files(), *said_files()], ts_file)


def test_the_scan_sees_the_ui_translate_its_text(scan: Scan) -> None:
    contexts = {call.context for call in scan.calls}
    assert len(scan.calls) > 1500
    assert {"MainWindow", "Referrals", "TimelineWidget"} <= contexts


def test_no_module_translates_through_a_wrapper_that_takes_only_the_text(scan: Scan) -> None:
    assert scan.wrappers == [], (
        "lupdate cannot see through these; call translate(\"Context\", \"text\") instead:\n"
        + "\n".join(scan.wrappers))


def test_outside_classes_text_is_translated_one_way_only() -> None:
    """``translate`` from coordinator.ui.translation, not ``QCoreApplication.translate``."""
    direct = [f"{relative(path)}:{number}" for path in ui_files()
              if relative(path) != "translation.py"
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if "QCoreApplication.translate" in line]
    assert direct == []


def test_nothing_is_translated_when_a_module_is_imported(scan: Scan) -> None:
    assert scan.import_time == [], (
        "mark table entries with QT_TRANSLATE_NOOP and translate them when shown:\n"
        + "\n".join(scan.import_time))


def test_every_plural_count_is_one_lupdate_reads(scan: Scan) -> None:
    assert scan.plural_counts == [], (
        "pass the count as a plain name, by position:\n" + "\n".join(scan.plural_counts))


def test_every_translated_text_is_a_literal_or_a_marked_table_entry(scan: Scan) -> None:
    unmarked = [f"{call.where()}: {call.argument}" for call in scan.calls
                if call.text is None and (call.path, call.argument) not in TRANSLATED_VALUES]
    no_context = [f"{call.where()}: {call.argument}" for call in scan.calls
                  if call.context is None]
    assert unmarked == [], "text lupdate cannot read:\n" + "\n".join(unmarked)
    assert no_context == [], "calls without a literal context:\n" + "\n".join(no_context)


def test_the_allowed_values_are_still_translated_where_listed(scan: Scan) -> None:
    seen = {(call.path, call.argument) for call in scan.calls}
    assert sorted(set(TRANSLATED_VALUES) - seen) == []


def test_every_text_a_translated_value_can_hold_is_extracted_under_its_context(
        scan: Scan, extracted: set[tuple[str, str]]) -> None:
    missing = [f"{call.where()}: [{call.context}] {text!r}" for call in scan.calls
               if (call.path, call.argument) in TRANSLATED_VALUES
               for text in TRANSLATED_VALUES[call.path, call.argument].texts()
               if (call.context or "", text) not in extracted]
    assert missing == [], "mark these with QT_TRANSLATE_NOOP:\n" + "\n".join(missing)


def test_lupdate_extracts_every_literal_under_the_context_used_at_run_time(
        scan: Scan, extracted: set[tuple[str, str]]) -> None:
    missing = [f"{call.where()}: [{call.context}] {call.text!r}" for call in scan.calls
               if call.text is not None and (call.context or "", call.text) not in extracted]
    assert missing == [], (f"{len(missing)} texts lupdate does not extract under their "
                           "context:\n" + "\n".join(missing))


@pytest.fixture(scope="module")
def services_said() -> list[Said]:
    return [call for path in said_files() for call in said_calls(path)]


def test_the_scan_sees_every_report_mark_its_words(services_said: list[Said]) -> None:
    marking = {path.relative_to(PACKAGE_ROOT).as_posix() for path in said_files()}
    reports = {f"services/reports/{name}.py" for name in (
        "step_down", "follow_up", "follow_up_counts", "follow_up_sheet", "retention",
        "symptoms", "referral_outcomes", "census", "attendance", "caseload",
        "caseload_sheet", "wording")}
    assert {"reports/outcome_data.py", "domain/clocks.py", *reports} <= marking
    assert len(services_said) > 400


def test_every_report_mark_names_its_context_and_text_with_literals(
        services_said: list[Said]) -> None:
    unreadable = [call.where for call in services_said
                  if call.context is None or call.text is None]
    assert unreadable == [], (
        'write said("Context", "literal text") and give values with .arg():\n'
        + "\n".join(unreadable))


def test_lupdate_extracts_every_report_mark_under_its_context(
        services_said: list[Said], extracted: set[tuple[str, str]]) -> None:
    missing = [f"{call.where}: [{call.context}] {call.text!r}" for call in services_said
               if call.context is not None and call.text is not None
               and (call.context, call.text) not in extracted]
    assert missing == [], (f"{len(missing)} report texts lupdate does not extract:\n"
                           + "\n".join(missing))


def test_a_mark_lupdate_cannot_read_is_caught(tmp_path: Path) -> None:
    """The check above is not vacuous: a ``said`` with a third argument is skipped by
    lupdate, and the scan sees that call's text as missing from lupdate's messages."""
    module = tmp_path / "marks.py"
    module.write_text('from coordinator.domain.words import said\n'
                      'READ = said("Reports", "Read by lupdate").arg(3)\n'
                      'SKIPPED = said("Reports", "Skipped by lupdate", 3)\n', encoding="utf-8")
    messages = lupdate_messages([module], tmp_path / "marks.ts")
    assert ("Reports", "Read by lupdate") in messages
    assert ("Reports", "Skipped by lupdate") not in messages
    assert {call.text for call in said_calls(module, tmp_path)} == {"Read by lupdate", None}

