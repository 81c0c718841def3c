"""Every "Saved …" message names the file and the folder it is in, the folder as the
person finds it under their home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from coordinator.ui.saved_files import common_folder, file_place, saved_sentence


def test_a_file_under_the_home_folder_is_named_with_its_folder_from_there(
        qapp: QApplication, tmp_path: Path) -> None:
    home = tmp_path / "carla"
    packet = home / "Documents" / "Coordinator" / "transfer-packet.pdf"
    assert saved_sentence(packet, home) == (
        "Saved transfer-packet.pdf in Documents/Coordinator.")
    assert file_place(home / "notes.csv", home) == "notes.csv in your home folder"


def test_a_file_elsewhere_is_named_with_its_whole_folder(
        qapp: QApplication, tmp_path: Path) -> None:
    home = tmp_path / "carla"
    shared = tmp_path / "shared" / "exports" / "census.pdf"
    assert file_place(shared, home) == f"census.pdf in {tmp_path / 'shared' / 'exports'}"
    assert common_folder([shared, shared.with_name("b.pdf")], home) == str(shared.parent)
    assert common_folder([shared, home / "c.pdf"], home) == ""
