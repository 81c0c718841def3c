"""The Spanish translation file is complete and keeps what the code fills in.

pyside6-lupdate reads coordinator/ui and the modules that mark text with ``said`` (the
reports' services) into a temporary .ts file; every message it finds must
be in ``coordinator/assets/translations/coordinator_es.ts`` under the same context, and
every message of that file must be finished (translated and not marked unfinished). A
translation keeps the source's placeholders (``%1``…``%9``, ``%n``: a value would be lost or
shown raw otherwise) and its one Alt-key letter (``&``), and the compiled file is what the
app loads: a text read through a real QTranslator comes back in Spanish.

When a test here fails after a change to the UI's text: ``make translations-update``, then
translate the new messages (Qt Linguist: ``.venv/bin/pyside6-linguist``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import coordinator.ui
from tests.ui.test_translation_extraction import said_files

UI_ROOT = Path(coordinator.ui.__file__).parent
SPANISH = UI_ROOT.parent / "assets" / "translations" / "coordinator_es.ts"
TOOLS = Path(sys.executable).parent

# A placeholder the code fills (QString.arg's %1…%99, Qt's plural %n).
_PLACEHOLDER = re.compile(r"%(?:[1-9][0-9]?|n)")
# An Alt-key letter: "&" before anything but another "&" or a space ("&&" is a literal
# ampersand; "Save & close" has none).
_MNEMONIC = re.compile(r"&(?!&|\s)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]
    unfinished: bool


def _messages(path: Path) -> list[Message]:
    found: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(Message(
                name, message.findtext("source") or "", message.findtext("comment") or "",
                tuple(forms) if forms else (translation.text or "",),
                translation.get("type") in ("unfinished", "vanished", "obsolete")))
    return found


@pytest.fixture(scope="module")
def spanish() -> list[Message]:
    return _messages(SPANISH)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    """What lupdate finds in the code now: (context, source, comment)."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "now_es.ts"
    files = sorted(str(path) for path in UI_ROOT.rglob("*.py")) + [
        str(path) for path in said_files()]
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none",
                    "-tr-function-alias", "QT_TRANSLATE_NOOP+=said",
                    "-target-language", "es", *files, "-ts", str(ts_file)],
                   check=True, capture_output=True)
    return {(message.context, message.source, message.comment)
            for message in _messages(ts_file)}


def test_every_text_in_the_code_is_in_the_spanish_file(
        spanish: list[Message], extracted: set[tuple[str, str, str]]) -> None:
    held = {(message.context, message.source, message.comment) for message in spanish}
    missing = sorted(extracted - held)
    assert missing == [], (
        f"{len(missing)} texts of the UI are not in coordinator_es.ts (run make "
        "translations-update, then translate them):\n"
        + "\n".join(f"  {context}: {source!r}" for context, source, _ in missing[:40]))


def test_every_message_in_the_spanish_file_is_finished(spanish: list[Message]) -> None:
    unfinished = [message for message in spanish
                  if message.unfinished or not all(form.strip()
                                                   for form in message.translations)]
    assert len(spanish) > 2000
    assert unfinished == [], (
        f"{len(unfinished)} of {len(spanish)} messages are not translated:\n"
        + "\n".join(f"  {message.context}: {message.source!r}" for message in unfinished[:40]))


def test_the_spanish_file_holds_no_text_the_code_no_longer_has(
        spanish: list[Message], extracted: set[tuple[str, str, str]]) -> None:
    stale = sorted({(message.context, message.source) for message in spanish
                    if (message.context, message.source, message.comment) not in extracted})
    assert stale == [], "make translations-update drops these:\n" + "\n".join(
        f"  {context}: {source!r}" for context, source in stale[:40])


def test_each_translation_keeps_the_placeholders_of_its_source(
        spanish: list[Message]) -> None:
    lost = [(message.context, message.source, form) for message in spanish
            for form in message.translations
            if sorted(_PLACEHOLDER.findall(form)) != sorted(_PLACEHOLDER.findall(
                message.source))]
    assert lost == [], "\n".join(f"  {context}: {source!r} -> {form!r}"
                                 for context, source, form in lost[:40])


def test_each_translation_keeps_one_alt_key_letter_where_its_source_has_one(
        spanish: list[Message]) -> None:
    changed = [(message.context, message.source, form) for message in spanish
               for form in message.translations
               if len(_MNEMONIC.findall(form)) != len(_MNEMONIC.findall(message.source))]
    assert changed == [], "\n".join(f"  {context}: {source!r} -> {form!r}"
                                    for context, source, form in changed[:40])


def test_the_compiled_file_speaks_spanish_through_a_translator(
        qapp: QCoreApplication, tmp_path: Path) -> None:
    compiled = tmp_path / "coordinator_es.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(SPANISH), "-qm",
                    str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("MainWindow", "&File") == "&Archivo"
    assert translator.translate("Preferences", "System language") == "Idioma del sistema"
