"""What every window and view of one session is given: services and the UI helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from coordinator.domain.roles import Permission, allows
from coordinator.services.app import AppServices
from coordinator.ui.announce import Announcer
from coordinator.ui.changes import ChangeBridge
from coordinator.ui.dialogs import DialogService
from coordinator.ui.operations import Operations


@dataclass(frozen=True)
class UiContext:
    """Collaborators passed in to each view (no global application object)."""

    services: AppServices
    dialogs: DialogService
    operations: Operations
    changes: ChangeBridge
    announcer: Announcer = field(default_factory=Announcer)
    """Where a save says what happened (``coordinator.ui.announce``)."""

    @classmethod
    def create(cls, services: AppServices, dialogs: DialogService | None = None) -> UiContext:
        dialogs = dialogs or DialogService()
        return cls(services, dialogs, Operations(dialogs), ChangeBridge(services.notifier))

    def may(self, permission: Permission) -> bool:
        """Whether the signed-in user's role allows ``permission`` (to hide what it cannot use;
        the services check again)."""
        actor = self.services.actor
        return actor is not None and allows(actor.role, permission)

    def close(self) -> None:
        self.changes.close()
        self.operations.shutdown()
