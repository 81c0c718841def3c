"""The app removes its private temporary folder as it quits, not only when the interpreter
exits: a run whose database cannot be opened quits at once, and the folder is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coordinator import private_temp
from coordinator.ui.app import run_gui
from tests.ui.fakes import RecordingDialogs


def test_the_folder_is_removed_when_the_app_quits(
        qapp: QApplication, dialogs: RecordingDialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(private_temp.TEMP_DIR_ENV, str(tmp_path / "temp"))
    private_temp.remove()
    folder = private_temp.folder()
    (folder / "spool.pdf").write_bytes(b"%PDF-")
    sheet, font = qapp.styleSheet(), qapp.font()
    try:
        code = run_gui(str(tmp_path / "no such folder" / "coordinator.sqlite3"),
                       dialogs=dialogs)
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 1 and dialogs.kinds() == ["warning"]
    assert not folder.exists() and list((tmp_path / "temp").iterdir()) == []
