"""Every action a service writes to the audit trail has words in the Audit trail tab."""

from __future__ import annotations

import re
from pathlib import Path

from coordinator.ui.labels import audit_action_title, audit_record_title

SERVICES = Path(__file__).resolve().parents[2] / "coordinator" / "services"
# uow.audit("action", ...) and audit(..., "action", ...) calls, as written in the services.
AUDIT_CALL = re.compile(r"\.audit\(\s*\"([a-z_]+)\"")
# uow.audit("action", "entity type", ...), as written in the services.
AUDITED_TYPE = re.compile(r"\.audit\(\s*\"[a-z_]+\",\s*\"([a-z_]+)\"")


def test_every_audited_action_has_a_title() -> None:
    actions = {action for path in SERVICES.rglob("*.py")
               for action in AUDIT_CALL.findall(path.read_text(encoding="utf-8"))}
    assert {"create", "import", "discharge"} <= actions  # the pattern finds the calls
    untitled = sorted(action for action in actions if audit_action_title(action) == action)
    assert untitled == []


def test_every_audited_kind_of_record_has_a_title() -> None:
    kinds = {kind for path in SERVICES.rglob("*.py")
             for kind in AUDITED_TYPE.findall(path.read_text(encoding="utf-8"))}
    assert {"client", "inquiry", "readiness_assessment"} <= kinds  # the pattern finds them
    untitled = sorted(kind for kind in kinds if audit_record_title(kind, "").startswith(kind))
    assert untitled == []
