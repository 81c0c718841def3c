"""Start Coordinator from a checkout: ``python main.py`` is the same as ``coordinator``."""

import multiprocessing

from coordinator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen (packaged) build starts its workers here
    raise SystemExit(main())
