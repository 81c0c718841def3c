"""HSDS 3.0 files in and out: the one entry point services use.

``read_hsds`` takes what a person picks in a file dialog or names on the command line (a
tabular package folder or a JSON file) and returns checked rows, or the first problem as an
``HsdsImportError``; ``write_package`` writes the tabular form.
"""

from __future__ import annotations

from pathlib import Path

from coordinator.interop.hsds_json import read_json
from coordinator.interop.hsds_package import HsdsData, HsdsRow, check_references, read_csv_package
from coordinator.interop.hsds_tables import REFERENCES, TABLES, HsdsImportError
from coordinator.interop.hsds_write import write_package

__all__ = ["REFERENCES", "TABLES", "HsdsData", "HsdsImportError", "HsdsRow",
           "check_references", "read_hsds", "write_package"]


def read_hsds(path: Path) -> HsdsData:
    """The checked rows of a package folder or HSDS JSON file, before any database work."""
    if path.is_dir():
        return read_csv_package(path)
    if not path.exists():
        raise HsdsImportError(path.name, None, None, "does not exist")
    if path.suffix.lower() != ".json":
        raise HsdsImportError(path.name, None, None,
                              "is neither an HSDS package folder nor a .json file")
    return read_json(path)
