"""The frozen (PyInstaller) build's start: the same as the ``coordinator`` command.

``freeze_support()`` comes first: the ICD-10 reader and packet batches start worker
processes with "spawn", and a frozen build starts a worker by running this very executable
again with ``--multiprocessing-fork``. PyInstaller's runtime hook makes ``freeze_support``
recognise those arguments (and the resource tracker's ``-c``) on every platform, run the
worker and exit, so a worker never reaches the command line.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from coordinator.cli import main

    sys.exit(main())
