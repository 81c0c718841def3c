"""Every text the UI translates is found by pyside6-lupdate, under the context it uses at run
time, so the Spanish translation file can hold it.

The source of coordinator/ui is read twice: by lupdate (into a temporary .ts file) and by
Python's ``ast``, which finds every call that translates or marks text. Each call must name
its text with a string literal (or translate a table entry whose texts are marked with
QT_TRANSLATE_NOOP, listed below with the reason), and each literal must be among lupdate's
messages under the same context: the class for ``self.tr``, the first argument for
``translate`` and ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import coordinator.ui

UI_ROOT = Path(coordinator.ui.__file__).parent
REPO_ROOT = UI_ROOT.parent.parent

#: Calls whose text is the first argument and whose context is the enclosing class.
CLASS_CONTEXT_CALLS = {"tr", "QT_TR_NOOP"}
#: Calls whose first argument is the context and second the text.
CONTEXT_FIRST_CALLS = {"translate", "QT_TRANSLATE_NOOP"}

#: Calls that translate a value rather than a literal: (file under coordinator/ui, the text
#: argument as written) -> why lupdate still has every text the value can hold.
TRANSLATED_VALUES: dict[tuple[str, str], str] = {
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
    """Functions that take the text alone and supply the context themselves, by name, with
    the context they supply (None when it is not a literal). lupdate cannot see through them.
    """
    wrappers: dict[str, str | None] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        names = [argument.arg for argument in node.args.args]
        if not names or names[0] in ("self", "cls"):
            continue
        for inner in ast.walk(node):
            if (isinstance(inner, ast.Call) and call_name(inner) == "translate"
                    and len(inner.args) >= 2 and isinstance(inner.args[1], ast.Name)
                    and inner.args[1].id == names[0]):
                wrappers[node.name] = literal(inner.args[0])
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


@dataclass(frozen=True)
class Scan:
    calls: list[Found]
    wrappers: list[str]


@pytest.fixture(scope="module")
def scan() -> Scan:
    calls: list[Found] = []
    wrappers: list[str] = []
    for path in ui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found = text_only_wrappers(tree)
        wrappers += [f"{relative(path)}: {name}()" for name in found]
        finder = CallFinder(relative(path), found)
        finder.visit(tree)
        calls += [call for call in finder.found
                  if not (relative(path) == "translation.py" and call.argument == "text")]
    return Scan(calls, wrappers)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """lupdate's messages over coordinator/ui as (context, source text)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts_file = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none",
                    *[str(path) for path in ui_files()], "-ts", str(ts_file)],
                   check=True, cwd=REPO_ROOT, capture_output=True)
    messages: set[tuple[str, str]] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.add((name, message.findtext("source") or ""))
    return messages


def test_the_scan_sees_the_ui_translate_its_text(scan: Scan) -> None:
    contexts = {call.context for call in scan.calls}
    assert len(scan.calls) > 1500
    assert {"MainWindow", "Referrals", "TimelineWidget"} <= contexts


def test_no_module_translates_through_a_wrapper_that_takes_only_the_text(scan: Scan) -> None:
    assert scan.wrappers == [], (
        "lupdate cannot see through these; call translate(\"Context\", \"text\") instead:\n"
        + "\n".join(scan.wrappers))


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


def test_lupdate_extracts_every_literal_under_the_context_used_at_run_time(
        scan: Scan, extracted: set[tuple[str, str]]) -> None:
    missing = [f"{call.where()}: [{call.context}] {call.text!r}" for call in scan.calls
               if call.text is not None and (call.context or "", call.text) not in extracted]
    assert missing == [], (f"{len(missing)} texts lupdate does not extract under their "
                           "context:\n" + "\n".join(missing))
