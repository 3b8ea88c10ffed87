"""The floor's settings in the database: loaded by every reader, saved (and audited) by one.

They live in the database, not in QSettings, because they belong to the floor: the headless
commands (`composure stats`), the board's worker threads and every console on the same
database must agree. The ``settings`` table holds one JSON value per group ("floor.kpi",
"floor.alerts", "floor.strain", "floor.breaks") and a counter, "floor.settings_rev", bumped by
every save in the same transaction as the values and the audit row. Long-lived readers keep a
:class:`SettingsCache` and look at that counter (one primary-key read) before each use, so a
change reaches the board, the alerts and the coverage check on their next refresh, without a
restart.

A group that was never saved follows the code's defaults. A stored group that no longer reads
(hand-edited, or from a newer version with a value this one refuses) falls back to the
defaults with a note rather than stopping the board. A group stored by a *newer* version is
used as defaults too, but never overwritten: saving a change to it is refused with a message,
saving other groups leaves it as the newer console wrote it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from pathlib import Path

from console.domain import floor_settings as floor
from console.domain.floor_settings import FloorSettings
from console.domain.settings_codec import NewerVersionError, SettingsError
from console.store import audit, settings_store
from console.store.flags import transaction

__all__ = ["FloorSettings", "FloorSettingsService", "SettingsCache", "SettingsError",
           "adopt_window_alert_settings", "load", "revision", "save", "stored_settings"]

log = logging.getLogger(__name__)

PREFIX = "floor."
REVISION_KEY = "floor.settings_rev"
AUDIT_ACTION = "settings.change"


def group_key(group: str) -> str:
    return PREFIX + group


def revision(conn: sqlite3.Connection) -> int:
    value = settings_store.get_value(conn, REVISION_KEY)
    try:
        return int(value) if value else 0
    except ValueError:
        return 0


def load(conn: sqlite3.Connection) -> FloorSettings:
    """The settings in force; never raises for a bad stored value (see module docstring)."""
    stored = settings_store.values_with_prefix(conn, PREFIX)
    return _decode(stored)[0]


def _decode(stored: dict[str, str | None]) -> tuple[FloorSettings, set[str], dict[str, str]]:
    """The settings, the groups whose stored value was refused (and may be replaced) and the
    groups from a newer version (which must not be), with the reason."""
    try:
        rev = int(stored.get(REVISION_KEY) or 0)
    except ValueError:
        rev = 0
    data: dict[str, dict] = {}
    notes: list[str] = []
    refused: set[str] = set()
    newer: dict[str, str] = {}
    for group in floor.GROUPS:
        raw = stored.get(group_key(group))
        if raw is None:
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            notes.append(f"{group_key(group)} is not JSON ({exc}); defaults used")
            refused.add(group)
            continue
        try:  # one bad group must not cost the others
            checked = floor.from_stored({group: value})
        except NewerVersionError as exc:
            notes.append(f"{group_key(group)} {exc.errors[group]}; defaults used")
            newer[group] = exc.errors[group]
            continue
        except SettingsError as exc:
            notes.append(f"{group_key(group)} refused ({exc}); defaults used")
            refused.add(group)
            continue
        data[group] = floor.to_dicts(checked)[group]
        notes += checked.notes
    settings = floor.from_dicts(data)
    notes = [*notes, *settings.notes]
    for note in notes:
        log.warning("floor settings: %s", note)
    return dataclasses.replace(settings, revision=rev, notes=tuple(notes)), refused, newer


def save(conn: sqlite3.Connection, settings: FloorSettings, *, actor: str | None = None,
         reason: str | None = None) -> FloorSettings:
    """Store the groups that changed, bump the revision and write one audit row listing every
    changed field as old -> new, all in one transaction. Saving unchanged settings writes
    nothing. Returns the settings now in force. Raises SettingsError (nothing written) for
    a value the codec refuses: a caller that built the dataclasses by hand is checked too."""
    settings = floor.from_dicts(floor.to_dicts(settings))
    with transaction(conn):
        current, refused, newer = _decode(settings_store.values_with_prefix(conn, PREFIX))
        changed = floor.changes(current, settings)
        blocked = {g: newer[g] for g in sorted({n.split(".", 1)[0] for n in changed})
                   if g in newer}
        if blocked:
            raise SettingsError({group_key(g): why for g, why in blocked.items()})
        if not changed and not refused:
            return current
        # a stored value that was refused is replaced too, so its warning stops
        groups = sorted({name.split(".", 1)[0] for name in changed} | refused)
        new_rev = current.revision + 1
        values: dict[str, str | None] = {
            group_key(g): json.dumps(floor.to_stored(settings)[g], ensure_ascii=False,
                                     sort_keys=True) for g in groups}
        values[REVISION_KEY] = str(new_rev)
        settings_store.put_values(conn, values)
        detail: dict = {name: {"old": old, "new": new} for name, (old, new) in changed.items()}
        detail["revision"] = new_rev
        if refused:
            detail["replaced_unreadable"] = sorted(group_key(g) for g in refused)
        if reason:
            detail["reason"] = reason
        audit.record(conn, AUDIT_ACTION, "floor.settings", detail, actor=actor)
    return dataclasses.replace(settings, revision=new_rev, notes=())


def adopt_window_alert_settings(conn: sqlite3.Connection, quiet_start: str | None,
                                quiet_end: str | None, sound: bool | None) -> bool:
    """Carry quiet hours and the alert sound over from the window's old QSettings keys,
    unless this floor has saved its alert settings already. Returns whether anything changed.

    Raises SettingsError for values that do not read (for example quiet hours without an end).
    """
    if settings_store.get_value(conn, group_key("alerts")) is not None:
        return False
    current = load(conn)
    alerts = {"quiet_start": quiet_start, "quiet_end": quiet_end}
    if sound is not None:
        alerts["sound"] = sound
    wanted = floor.from_dicts({"alerts": alerts}, base=current)
    before = current.revision
    return save(conn, wanted, reason="carried over from the window settings").revision != before


def stored_settings(db_path: Path | str) -> FloorSettings | None:
    """The settings of an existing database, or None when there is none (never creates one)."""
    from console.services.session import StoreError, open_database

    if not Path(db_path).exists():
        return None
    try:
        conn = open_database(db_path)
    except StoreError:
        return None
    try:
        return load(conn)
    finally:
        conn.close()


class SettingsCache:
    """Settings for one long-lived connection, reloaded when the revision has moved."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._current: FloorSettings | None = None

    def current(self) -> FloorSettings:
        rev = revision(self.conn)
        if self._current is None or rev != self._current.revision:
            self._current = load(self.conn)
        return self._current


class FloorSettingsService:
    """What the Preferences dialog asks its worker thread for (own connection, one thread)."""

    def __init__(self, db_path: Path | str) -> None:
        # imported here: the session module builds snapshots, which read these settings
        from console.services.session import open_database

        self.conn = open_database(db_path)

    def load(self) -> FloorSettings:
        return load(self.conn)

    def save(self, settings: FloorSettings) -> FloorSettings:
        return save(self.conn, settings)

    def adopt_window_alert_settings(self, quiet_start: str | None, quiet_end: str | None,
                                    sound: bool | None) -> bool:
        return adopt_window_alert_settings(self.conn, quiet_start, quiet_end, sound)

    def close(self) -> None:
        self.conn.close()
