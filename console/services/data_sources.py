"""Where the floor's data comes from: the queue_log file, the AMI link, import folders.

These are kept in the database's settings (like the remembered queue_log path), so the window
and the headless commands agree; the AMI *secret* is not among them: it goes to the system
keyring (:mod:`console.services.ami_secret`). :class:`DataSourcesService` is what the Data
sources page calls on its own thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from console.domain.ami_state import usable
from console.services import ami_secret
from console.services.preferences import QUEUE_LOG_KEY
from console.services.session import open_database
from console.store import ami_store, audit, settings_store

AMI_KEYS = {"enabled": "source.ami.enabled", "host": "source.ami.host",
            "port": "source.ami.port", "user": "source.ami.user"}
IMPORT_FOLDERS_KEY = "source.import_folders"


@dataclass(frozen=True, slots=True)
class SourceSettings:
    queue_log: str = ""
    ami_enabled: bool = False
    ami_host: str = "127.0.0.1"
    ami_port: int = 5038
    ami_user: str = ""
    import_folders: tuple[str, ...] = ()

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.ami_enabled:
            if not self.ami_host.strip():
                errors["ami_host"] = "empty"
            if not self.ami_user.strip():
                errors["ami_user"] = "empty"
        if not 1 <= self.ami_port <= 65535:
            errors["ami_port"] = "range"
        return errors


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """One source as the page shows it: a light and the time of its last event."""

    kind: str  # queue_log | queue_log_table | demo | ami | ...
    path: str
    rows: int
    last_event_ts: float | None
    updated_at: int | None
    live: bool | None = None  # AMI only: link up and heartbeat recent


@dataclass(frozen=True, slots=True)
class SourcesView:
    settings: SourceSettings
    health: tuple[SourceHealth, ...] = ()
    has_secret: bool = False
    keyring_error: str = ""
    extra: dict = field(default_factory=dict)


def load_settings(conn) -> SourceSettings:
    values = settings_store.values_with_prefix(conn, "source.")
    try:
        folders = tuple(json.loads(values.get(IMPORT_FOLDERS_KEY) or "[]"))
    except ValueError:
        folders = ()
    try:
        port = int(values.get(AMI_KEYS["port"]) or 5038)
    except ValueError:
        port = 5038
    return SourceSettings(
        queue_log=values.get(QUEUE_LOG_KEY) or "",
        ami_enabled=values.get(AMI_KEYS["enabled"]) == "1",
        ami_host=values.get(AMI_KEYS["host"]) or "127.0.0.1",
        ami_port=port,
        ami_user=values.get(AMI_KEYS["user"]) or "",
        import_folders=folders,
    )


class DataSourcesService:
    def __init__(self, db_path: Path | str) -> None:
        self.conn = open_database(db_path)

    def load(self, now: float) -> SourcesView:
        settings = load_settings(self.conn)
        has_secret, error = False, ""
        if settings.ami_user:
            try:
                has_secret = ami_secret.get_secret(settings.ami_user, settings.ami_host,
                                                   settings.ami_port) is not None
            except ami_secret.SecretStoreError as exc:
                error = str(exc)
        return SourcesView(settings, tuple(self._health(now)), has_secret, error)

    def _health(self, now: float) -> list[SourceHealth]:
        last_ts = ami_store.last_event_by_source(self.conn)
        overlays = ami_store.overlays_by_source(self.conn)
        out = []
        for kind, path, rows, updated in ami_store.source_summaries(self.conn):
            overlay = overlays.get(path) if kind == ami_store.KIND else None
            if overlay is not None:
                out.append(SourceHealth(kind, path, rows, overlay.get("last_event_ts") or None,
                                        updated, usable(overlay, now)))
            else:
                out.append(SourceHealth(kind, path, rows, last_ts.get(path), updated))
        return out

    def save(self, settings: SourceSettings) -> SourceSettings:
        errors = settings.validate()
        if errors:
            raise ValueError("; ".join(f"{k}: {v}" for k, v in errors.items()))
        values = {
            QUEUE_LOG_KEY: settings.queue_log.strip() or None,
            AMI_KEYS["enabled"]: "1" if settings.ami_enabled else "0",
            AMI_KEYS["host"]: settings.ami_host.strip(),
            AMI_KEYS["port"]: str(settings.ami_port),
            AMI_KEYS["user"]: settings.ami_user.strip(),
            IMPORT_FOLDERS_KEY: json.dumps(list(settings.import_folders), ensure_ascii=False),
        }
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            settings_store.put_values(self.conn, values)
            audit.record(self.conn, "sources.save", "data sources",
                         {k: v for k, v in values.items()})
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return load_settings(self.conn)

    def set_secret(self, user: str, host: str, port: int, secret: str) -> bool:
        """Into the keyring; the audit row says that it changed, never what it is."""
        ami_secret.set_secret(user, host, port, secret)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            audit.record(self.conn, "sources.ami_secret", ami_secret.account(user, host, port))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return True

    def close(self) -> None:
        self.conn.close()


def ami_config(db_path: Path | str):
    """The AMI link the floor has switched on in Data sources, or None."""
    from console.ingest.ami_client import AmiConfig

    conn = open_database(db_path)
    try:
        s = load_settings(conn)
    finally:
        conn.close()
    if not s.ami_enabled or not s.ami_user:
        return None
    return AmiConfig(host=s.ami_host, port=s.ami_port, user=s.ami_user)
