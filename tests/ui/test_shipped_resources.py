"""The stylesheet, icons, translations and fonts ship inside the package, every one the app
asks for is there, and a missing one is a logged warning with a visible fallback."""

from __future__ import annotations

import fnmatch
import logging
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coordinator import shipped
from coordinator.ui.resources import apply_look, icon

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "coordinator"


def _icon_names_in_the_code() -> set[str]:
    names: set[str] = set()
    for source in PACKAGE.rglob("*.py"):
        names.update(re.findall(r"\bicon\(\"([a-z0-9-]+)\"\)", source.read_text("utf-8")))
    # Navigation entries name their icon as the third field of a ViewEntry.
    main_window = (PACKAGE / "ui" / "main_window.py").read_text("utf-8")
    names.update(re.findall(r"ViewEntry\(\"[a-z-]+\", self\.tr\(\"[^\"]+\"\), \"([a-z-]+)\"",
                            main_window))
    return names


def test_the_assets_live_inside_the_package() -> None:
    folder = shipped.assets_folder()
    assert folder == PACKAGE / "assets"
    assert shipped.asset(shipped.STYLESHEET) == folder / "style.qss"
    assert shipped.asset(shipped.FONTS, "DejaVuSans.ttf") is not None


def test_every_icon_the_app_asks_for_ships_and_draws(qapp: QApplication) -> None:
    names = _icon_names_in_the_code()
    assert {"app", "dashboard", "clients", "lock"} <= names
    for name in sorted(names):
        assert shipped.asset(shipped.ICONS, f"{name}.svg") is not None, name
        assert not icon(name).pixmap(24, 24).isNull(), name


def test_the_stylesheet_is_applied_and_its_arrows_point_into_the_package(
        qapp: QApplication) -> None:
    previous = qapp.styleSheet()
    try:
        apply_look(qapp)
        sheet = qapp.styleSheet()
        assert "@ICONS@" not in sheet
        urls = re.findall(r"url\(([^)]+)\)", sheet)
        assert urls, "the stylesheet draws the spin-box and combo-box arrows from the icons"
        for url in urls:
            assert Path(url).is_file(), url
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setStyleSheet(previous)


def test_a_missing_icon_is_a_warning_and_an_empty_icon(
        qapp: QApplication, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="coordinator.shipped"):
        result = icon("no-such-icon")
    assert result.isNull()
    assert "assets/icons/no-such-icon.svg" in caplog.text


def test_every_shipped_file_is_in_the_wheel() -> None:
    """The package-data globs in pyproject.toml cover every tracked file under assets, so
    an installed wheel is styled, has its icons, translations and fonts."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["coordinator"]
    listed = subprocess.run(["git", "ls-files", "coordinator/assets"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    if not listed:  # not a git checkout (an unpacked source archive): look at the folder
        listed = [str(path.relative_to(ROOT)) for path in (PACKAGE / "assets").rglob("*")
                  if path.is_file()]
    assert len(listed) > 40
    for name in listed:
        inside = name.removeprefix("coordinator/")
        assert any(fnmatch.fnmatch(inside, pattern) for pattern in patterns), name
