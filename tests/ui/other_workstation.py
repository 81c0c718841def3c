"""Another workstation, as its own process: signs in and saves one thing, then exits.

``python -m tests.ui.other_workstation URL USERNAME PASSWORD TASK ARGS…``:

- ``plan-transition CLIENT_ID EPISODE_ID LEVEL DAYS_AHEAD``: plans the client's move from
  the episode to ``LEVEL``, ``DAYS_AHEAD`` days from today;
- ``rename-client CLIENT_ID FAMILY_NAME``: saves the client with a new last name.

It prints ``saved`` once the commit is done, and exits 0.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta


def main(url: str, username: str, password: str, task: str, *arguments: str) -> None:
    from coordinator.services.app import AppServices
    from coordinator.services.care import TransitionPlan
    from coordinator.services.care.records import today_of
    from coordinator.store.engine import open_database

    services = AppServices(open_database(url))
    try:
        services.auth.login(username, password)
        if task == "plan-transition":
            client_id, episode_id, level, days_ahead = arguments
            services.transitions.plan(int(client_id), int(episode_id), TransitionPlan(
                level, today_of(datetime.now(UTC)) + timedelta(days=int(days_ahead)), "Stable",
                ("clinically_stable",)))
        elif task == "rename-client":
            client_id, family_name = arguments
            record = services.clients.reload(int(client_id))
            services.clients.update(record.id, record.version,
                                    replace(record.details, family_name=family_name))
        else:
            raise SystemExit(f"unknown task {task}")
        print("saved", flush=True)
    finally:
        services.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
