"""``python -m coordinator`` runs the command line."""

from coordinator.cli import main

raise SystemExit(main())
