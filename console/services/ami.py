"""Follow an AMI link into the store: the use case behind the window's AMI thread and
`composure ami`.

:class:`AmiIngest` is the handler the blocking :class:`AmiClient` calls on its own thread. It
feeds events to the pure :class:`AmiFloor` and, at the end of every read (one ``recv`` worth
of messages), commits the overlay with the AMI source's row, so a burst of events costs one
transaction. Link states are committed too (a dropped link marks the overlay unusable at
once, and the board falls back to queue_log) and passed on to ``on_status``.
"""

from __future__ import annotations

import getpass
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from console.domain.ami_state import AmiFloor, event_time
from console.ingest.ami_client import AmiClient, AmiConfig, AmiStatus, LinkState
from console.ingest.ami_protocol import Message
from console.services import ami_secret
from console.services.session import StoreError, open_database
from console.store import ami_store, member_states

StatusCallback = Callable[[AmiStatus], None]


class AmiIngest:
    def __init__(self, db_path: Path | str, config: AmiConfig,
                 on_status: StatusCallback | None = None, wrapup_seconds: int = 0) -> None:
        self.conn = open_database(db_path)
        self.config = config
        self.key = ami_store.source_key(config.host, config.port)
        self.floor = AmiFloor(wrapup_seconds=wrapup_seconds)
        self.on_status = on_status
        self.connected = False
        self.last_status: AmiStatus | None = None
        self._pending_events = 0
        self._interfaces = 0
        self.commits = 0

    # ------------------------------------------------------------------ AmiHandler
    def status(self, status: AmiStatus) -> None:
        up = status.state == LinkState.CONNECTED
        if up != self.connected:
            self.connected = up
            self._save(time.time())  # a dropped link stops counting on the board at once
        self.last_status = status
        if self.on_status is not None:
            self.on_status(status)

    def resync_started(self) -> None:
        self.floor.begin_resync()

    def event(self, message: Message, received: float) -> None:
        name = message.event or ""
        self.floor.apply(name, message, event_time(message, received))
        self._pending_events += 1

    def resync_finished(self, received: float) -> None:
        self.floor.end_resync(received)
        # the PBX's own list: the queue_log derivation applies it to the stored intervals
        member_states.save_snapshot(self.conn, self.key, received, self.floor.listing)
        self._save(received)

    def flush(self, received: float) -> None:
        """End of a read: commit (also when only a Ping answered, which is the heartbeat)."""
        if self.floor.resyncing:
            return  # half a list is not a picture: wait for its end
        self.floor.tick(received)
        self._save(received)

    # ------------------------------------------------------------------ store
    def _save(self, heartbeat: float) -> None:
        if len(self.floor.interfaces) != self._interfaces:
            member_states.learn_aliases(self.conn, self.floor.interfaces)  # interface -> name
            self._interfaces = len(self.floor.interfaces)
        ami_store.save_overlay(self.conn, self.key,
                               self.floor.overlay(self.connected, heartbeat),
                               self._pending_events)
        self._pending_events = 0
        self.commits += 1

    def close(self) -> None:
        self.connected = False
        try:
            self._save(time.time())
        finally:
            self.conn.close()


def follow(db_path: Path | str, config: AmiConfig, stop: threading.Event,
           on_status: StatusCallback | None = None,
           secret: Callable[[], str | None] | None = None) -> AmiIngest:
    """Run until ``stop`` is set (the caller's thread blocks); returns the finished ingest."""
    ingest = AmiIngest(db_path, config, on_status)
    reader = secret or ami_secret.secret_reader(config.user, config.host, config.port)
    try:
        AmiClient(config, reader, ingest).run(stop)
    finally:
        ingest.close()
    return ingest


# ---------------------------------------------------------------------- CLI bodies
def cmd_ami(db_path: Path, action: str, host: str, port: int, user: str) -> int:
    """`composure ami [follow|set-secret|forget-secret] --host --port --user`."""
    if not user:
        print("composure: --user is required (the manager.conf section name)", file=sys.stderr)
        return 2
    if action == "set-secret":
        return _set_secret(host, port, user)
    if action == "forget-secret":
        try:
            removed = ami_secret.delete_secret(user, host, port)
        except ami_secret.SecretStoreError as exc:
            print(f"composure: {exc}", file=sys.stderr)
            return 2
        print("secret removed" if removed else "no secret was stored")
        return 0
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    last: list[tuple] = []

    def show(status: AmiStatus) -> None:
        key = (status.state, status.detail, status.retry_in is None)
        if last and last[0] == key:
            return
        last[:] = [key]
        print(describe(status), flush=True)

    try:
        ingest = follow(db_path, AmiConfig(host=host, port=port, user=user), stop, show)
    except StoreError as exc:
        print(f"composure: {exc}", file=sys.stderr)
        return 2
    print(f"{host}:{port}: {ingest.floor.events} events, {len(ingest.floor.agents)} agents"
          f" -> {db_path}")
    return 0


def _set_secret(host: str, port: int, user: str) -> int:
    secret = getpass.getpass(f"AMI secret for {user}@{host}:{port}: ")
    if not secret:
        print("composure: empty secret, nothing stored", file=sys.stderr)
        return 2
    try:
        ami_secret.set_secret(user, host, port, secret)
    except ami_secret.SecretStoreError as exc:
        print(f"composure: {exc}", file=sys.stderr)
        return 2
    print(f"stored in the system keyring ({ami_secret.SERVICE} / "
          f"{ami_secret.account(user, host, port)})")
    return 0


def describe(status: AmiStatus) -> str:
    """The status in a line of English for the terminal (the window translates its own)."""
    where = f"{status.host}:{status.port}"
    words = {
        LinkState.CONNECTING: "connecting",
        LinkState.CONNECTED: "connected",
        LinkState.RECONNECTING: "link lost",
        LinkState.LOGIN_FAILED: "login failed",
        LinkState.UNREACHABLE: "unreachable",
        LinkState.STOPPED: "stopped",
    }[status.state]
    text = f"AMI {where}: {words}"
    if status.detail:
        text += f" ({status.detail})"
    if status.retry_in is not None:
        text += f"; retrying in {status.retry_in:.0f} s"
    return text
