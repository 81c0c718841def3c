"""Start Coordinator from a checkout: ``python main.py`` is the same as ``coordinator``."""

from coordinator.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
