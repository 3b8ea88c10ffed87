"""Whether a database can live at the path given with ``--db``, said with the fix.

SQLite needs the folder to exist and be writable (it keeps its WAL and shared-memory files
beside the database); a path under a file, under ``/proc``, or in a read-only folder would
otherwise surface as a Python traceback from ``mkdir`` or as SQLite's bare "unable to open
database file".
"""

from __future__ import annotations

import os
from pathlib import Path


def location_problem(path: Path) -> str | None:
    """Why the database cannot be created or written at ``path``; None when it can."""
    if str(path) == ":memory:":
        return None
    fix = "choose another place with --db"
    if path.is_dir():
        return (f"the database path {path} is a folder: give a file's path, for example "
                f"--db {path / 'composure.sqlite'}")
    folder = path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return (f"the database {path} cannot be created: {existing} is a file, not a folder;"
                f" {fix}")
    if existing != folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return (f"the folder {folder} for the database cannot be created "
                    f"({exc.strerror or exc}); {fix}, or create the folder first")
    # an existing database on a read-only disk is said by the store, which can tell a
    # read-only mount from a damaged file (console/store/db_faults.py); a new one is said here
    if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return (f"the folder {folder} cannot be written (read-only, or this user may not "
                "write there) and SQLite keeps its journal files beside the database; "
                f"{fix}, or give this user write access to the folder")
    if path.exists() and not os.access(path, os.R_OK):
        return (f"the database {path} cannot be read by this user: run Composure as its "
                f"owner, or {fix}")
    return None
