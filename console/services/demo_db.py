"""Where the demo keeps its database, and when it may be wiped."""

from __future__ import annotations

from pathlib import Path

from console.store.db import default_db_path, source_kinds


def default_demo_db() -> Path:
    return default_db_path().with_name("demo.sqlite")


def reset_demo_database(path: Path) -> None:
    """The demo starts from an empty floor each run. Refuse to wipe a database that holds a
    real source, so a mistyped --db can never destroy a floor's history."""
    if path.exists():
        real = source_kinds(path) - {"demo"}
        if real:
            raise PermissionError(
                f"{path} holds real floor data ({', '.join(sorted(real))}); the demo will not "
                f"overwrite it. Choose another --db for the demo."
            )
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
