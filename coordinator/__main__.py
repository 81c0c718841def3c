"""``python -m coordinator`` runs the command line."""

import multiprocessing

from coordinator.cli import main

# Guarded: packet batches render in spawned processes, which import the main module again
# (as "__mp_main__") and must not start a second app.
if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen (packaged) build starts its workers here
    raise SystemExit(main())
