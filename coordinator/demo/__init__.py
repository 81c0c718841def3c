"""The demo caseload: a fictitious clinic, its partners and thousands of clients.

``generate_demo(db, clients=..., seed=...)`` fills an empty database for training,
screenshots and benchmarks; the CLI (``coordinator demo``) and the UI both call it. The
documented logins are ``admin`` and ``casemanager`` with the password ``demo``.

A seeder, not a service, which is why it lives beside ``services`` rather than in it: it
checks no permissions (it runs only on an empty database), writes rows in bulk with ids it
chose itself, and invents dates around the day it runs. ``generate_demo`` is its one door.
"""

from coordinator.demo.generator import (
    CANCELLED_MESSAGE,
    DEMO_PASSWORD,
    DemoSummary,
    generate_demo,
)

__all__ = ["CANCELLED_MESSAGE", "DEMO_PASSWORD", "DemoSummary", "generate_demo"]
