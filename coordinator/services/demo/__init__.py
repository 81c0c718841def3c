"""The demo caseload: a fictitious clinic, its partners and thousands of clients.

``generate_demo(db, clients=..., seed=...)`` fills an empty database for training,
screenshots and benchmarks; the CLI (``coordinator demo``) and the UI both call it. The
documented logins are ``admin`` and ``casemanager`` with the password ``demo``.
"""

from coordinator.services.demo.generator import (
    CANCELLED_MESSAGE,
    DEMO_PASSWORD,
    DemoSummary,
    generate_demo,
)

__all__ = ["CANCELLED_MESSAGE", "DEMO_PASSWORD", "DemoSummary", "generate_demo"]
