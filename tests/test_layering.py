"""Dependencies point one way (docs/architecture.md §1), checked on every source file with ``ast``.

ui -> services -> (domain, store, reports, interop) -> domain. So: the domain imports no
SQLAlchemy, Alembic or Qt and nothing from the layers above it; nothing outside ``ui``
imports Qt; the UI imports no SQLAlchemy or Alembic and never reaches into ``store``; and no
module imports itself through others (an import cycle). Imports inside functions and
``if TYPE_CHECKING:`` blocks count too: they are still dependencies.

``lint-imports`` (the ``[tool.importlinter]`` contracts in pyproject.toml) checks the same
rules on its import graph; this test also sees ``importlib.import_module`` calls and checks
cycles module by module, where the contracts check them between sibling packages.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "coordinator"


@dataclass(frozen=True)
class Rule:
    """Files under ``area`` (or everywhere except ``area`` when ``outside``) must not import
    any module in ``forbidden`` (a module or a package and everything in it)."""

    name: str
    area: str
    forbidden: tuple[str, ...]
    reason: str
    outside: bool = False

    def applies_to(self, path: Path) -> bool:
        inside = _is_under(path, ROOT / self.area)
        return inside != self.outside

    def breaks(self, module: str) -> str | None:
        for name in self.forbidden:
            if module == name or module.startswith(name + "."):
                return name
        return None


RULES = (
    Rule("domain-is-pure", "coordinator/domain",
         ("sqlalchemy", "alembic", "PySide6", "shiboken6", "coordinator.store",
          "coordinator.services", "coordinator.ui", "coordinator.reports",
          "coordinator.interop", "coordinator.cli", "coordinator.charts"),
         "the domain is pure Python rules: no SQLAlchemy, no Qt, nothing from the layers "
         "that depend on it"),
    Rule("charts-draw-plain-data", "coordinator/charts",
         ("sqlalchemy", "alembic", "PySide6", "shiboken6", "reportlab", "coordinator.store",
          "coordinator.services", "coordinator.ui", "coordinator.reports",
          "coordinator.interop", "coordinator.cli"),
         "a chart is laid out and painted from domain data through its canvas protocol; "
         "the QPainter and ReportLab canvases live in ui and reports"),
    Rule("qt-only-in-ui", "coordinator/ui", ("PySide6", "shiboken6"),
         "only the UI uses Qt; domain, store and services run without a QApplication",
         outside=True),
    Rule("ui-only-through-services", "coordinator/ui",
         ("sqlalchemy", "alembic", "coordinator.store"),
         "the UI talks only to services and holds no Session or ORM row"),
)


@dataclass(frozen=True)
class Import:
    line: int
    module: str


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(source: str, module: str, is_package: bool = False) -> Iterator[Import]:
    """Every module ``source`` imports, relative imports made absolute.

    ``from a import b`` yields both ``a`` and ``a.b``, because ``b`` may be a submodule
    (``from coordinator import store``). ``importlib.import_module("x")`` and
    ``__import__("x")`` with a literal name count as imports of ``x``.
    """
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, package)
            yield Import(node.lineno, base)
            for alias in node.names:
                if alias.name != "*":
                    yield Import(node.lineno, f"{base}.{alias.name}")
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield Import(node.lineno, first.value)


def _absolute(name: str | None, level: int, package: str) -> str:
    if level == 0:
        return name or ""
    parts = package.split(".")
    base = parts[: len(parts) - (level - 1)] if level > 1 else parts
    return ".".join([*base, name] if name else base)


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ("__import__", "import_module")
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def _is_under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def source_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def read_sources(files: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    for path in files:
        yield path, path.read_text(encoding="utf-8")


def violations(rule: Rule, sources: Iterable[tuple[Path, str]]) -> list[str]:
    """One line per forbidden import: ``file:line imports module``."""
    found = []
    for path, source in sources:
        if not rule.applies_to(path):
            continue
        seen: set[tuple[int, str]] = set()
        for item in imports_in(source, module_name(path), path.name == "__init__.py"):
            name = rule.breaks(item.module)
            if name is not None and (item.line, name) not in seen:
                seen.add((item.line, name))
                found.append(f"{path.relative_to(ROOT)}:{item.line} imports {item.module}")
    return found


def module_graph(sources: Iterable[tuple[Path, str]]) -> dict[str, set[str]]:
    """Which of the package's own modules each module imports.

    ``from a import b`` is an import of module ``a.b`` when there is one, else of ``a``.
    """
    sources = list(sources)
    known = {module_name(path) for path, _source in sources}
    graph: dict[str, set[str]] = {}
    for path, source in sources:
        module = module_name(path)
        by_line: dict[int, set[str]] = {}
        for item in imports_in(source, module, path.name == "__init__.py"):
            if item.module in known:
                by_line.setdefault(item.line, set()).add(item.module)
        imported: set[str] = set()
        for names in by_line.values():
            imported |= {name for name in names
                         if not any(other.startswith(name + ".") for other in names)}
        graph[module] = imported - {module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import one another, directly or through others (the
    strongly connected components of more than one module, by Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.get(module, ())):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


#: Imports a cycle may still use, each with why it is left. The audit trail's writer names
#: the unit of work only for its type hints, while the unit of work calls the writer.
ALLOWED_CYCLE_IMPORTS = {
    ("coordinator.services.audit_log", "coordinator.services.context"),
}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_imports_follow_the_layers(rule: Rule) -> None:
    broken = violations(rule, read_sources(source_files()))

    assert not broken, f"{rule.reason} (docs/architecture.md §1):\n  " + "\n  ".join(broken)


def test_no_module_imports_itself_through_others() -> None:
    graph = module_graph(read_sources(source_files()))
    for importer, imported in ALLOWED_CYCLE_IMPORTS:
        assert imported in graph[importer], f"{importer} no longer imports {imported}: " \
            "drop it from ALLOWED_CYCLE_IMPORTS"
        graph[importer].discard(imported)

    assert cycles(graph) == [], "modules that import one another (move the shared piece " \
        "to a module both can import, or pass it in)"


def test_the_cycle_check_finds_a_cycle_through_a_function_level_import() -> None:
    service = PACKAGE / "services" / "packets" / "service.py"
    batch = PACKAGE / "services" / "packets" / "batch.py"
    dto = PACKAGE / "services" / "packets" / "dto.py"
    sources = [
        (service, "from coordinator.services.packets.batch import run_batch\n"
                  "from coordinator.services.packets import dto\n"),
        (batch, "def run_batch():\n"
                "    from coordinator.services.packets.service import read_packet\n"),
        (dto, "from coordinator.domain.errors import CoordinatorError\n"),
    ]

    graph = module_graph(sources)

    assert graph["coordinator.services.packets.service"] == {
        "coordinator.services.packets.batch", "coordinator.services.packets.dto"}
    assert cycles(graph) == [["coordinator.services.packets.batch",
                              "coordinator.services.packets.service"]]


def test_the_check_sees_the_source_tree() -> None:
    files = source_files()
    domain = [path for path in files if _is_under(path, PACKAGE / "domain")]

    assert PACKAGE / "domain" / "errors.py" in domain
    assert PACKAGE / "store" / "engine.py" in files


@pytest.mark.parametrize(("module", "source", "expected"), [
    ("coordinator.ui.views.clients", "from ...store import engine",
     {"coordinator.store", "coordinator.store.engine"}),
    ("coordinator.ui.views.clients", "from ..models import ClientListModel",
     {"coordinator.ui.models", "coordinator.ui.models.ClientListModel"}),
    ("coordinator.domain.levels", "from . import errors",
     {"coordinator.domain", "coordinator.domain.errors"}),
    ("coordinator.domain.levels", "import sqlalchemy.orm as orm", {"sqlalchemy.orm"}),
    ("coordinator.services.x",
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import QObject",
     {"typing", "typing.TYPE_CHECKING", "PySide6.QtCore", "PySide6.QtCore.QObject"}),
    ("coordinator.services.x", "def later():\n    importlib.import_module('PySide6.QtGui')",
     {"PySide6.QtGui"}),
])
def test_the_check_reads_every_kind_of_import(module: str, source: str,
                                              expected: set[str]) -> None:
    assert {item.module for item in imports_in(source, module)} == expected


def test_a_broken_rule_names_the_file_and_the_import() -> None:
    rules = {rule.name: rule for rule in RULES}
    view = ROOT / "coordinator" / "ui" / "views" / "clients.py"
    service = ROOT / "coordinator" / "services" / "clients.py"
    sources = [
        (view, "from __future__ import annotations\n\nfrom PySide6.QtCore import Qt\n"
               "from sqlalchemy.orm import Session\n"),
        (service, "from sqlalchemy import select\nfrom PySide6.QtCore import Signal\n"),
    ]

    assert violations(rules["ui-only-through-services"], sources) == [
        "coordinator/ui/views/clients.py:4 imports sqlalchemy.orm"]
    assert violations(rules["qt-only-in-ui"], sources) == [
        "coordinator/services/clients.py:2 imports PySide6.QtCore"]
    assert violations(rules["domain-is-pure"], sources) == []
