"""The main window's views as entries (key, title, icon, builder), kept by ``LazyViews`` and
built the first time each is shown, so a person waits at start for the dashboard only, not
for every screen of the app. Each builder imports its view's module when called."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from coordinator.ui.context import UiContext


@dataclass(frozen=True)
class ViewEntry:
    key: str
    title: str
    icon_name: str
    build: Callable[[], QWidget]


class LazyViews(Mapping[str, QWidget]):
    """The views by key; a view is built the first time it is looked up."""

    def __init__(self, keys: list[str], build: Callable[[str], QWidget]) -> None:
        self._keys = keys
        self._build = build
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self.built:
            if key not in self._keys:
                raise KeyError(key)
            self.built[key] = self._build(key)
        return self.built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys


def dashboard_view(ui: UiContext) -> QWidget:
    from coordinator.ui.views.dashboard import DashboardView

    return DashboardView(ui)


def clients_view(ui: UiContext) -> QWidget:
    from coordinator.ui.views.clients import ClientsView

    return ClientsView(ui)


def referrals_view(ui: UiContext) -> QWidget:
    from coordinator.ui.referrals.view import ReferralsView

    return ReferralsView(ui)


def roll_call_view(ui: UiContext) -> QWidget:
    from coordinator.ui.attendance.view import RollCallView

    return RollCallView(ui)


def resources_view(ui: UiContext) -> QWidget:
    from coordinator.ui.resource_directory.view import ResourcesView

    return ResourcesView(ui)


def facilities_view(ui: UiContext) -> QWidget:
    from coordinator.ui.facilities.view import FacilitiesView

    return FacilitiesView(ui)


def admin_view(ui: UiContext) -> QWidget:
    from coordinator.ui.admin.view import AdminView

    return AdminView(ui)
