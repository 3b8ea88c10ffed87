"""A tiny blocking AMI client for driving a real Asterisk in tests.

Plain sockets on purpose: the console's own AMI client is what the tests check, so the driver
must not share its code (a bug in one would hide in the other).
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator

Message = dict[str, str]


class AmiError(RuntimeError):
    """An AMI action was refused or the connection broke."""


class AmiWire:
    """One AMI session: send actions, read their responses and the event lists they start."""

    def __init__(self, host: str, port: int, user: str, secret: str, timeout: float = 10.0) -> None:
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._buf = b""
        self._next_id = 0
        self.events: list[Message] = []  # unsolicited events seen while waiting for responses
        banner = self._read_line()
        if not banner.startswith("Asterisk Call Manager"):
            raise AmiError(f"not an AMI banner: {banner!r}")
        self.action("Login", Username=user, Secret=secret, Events="off")

    # -- wire ---------------------------------------------------------------------------------
    def _read_line(self) -> str:
        while b"\r\n" not in self._buf:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise AmiError("AMI connection closed")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\r\n", 1)
        return line.decode("utf-8", "replace")

    def _read_message(self) -> Message:
        msg: Message = {}
        while True:
            line = self._read_line()
            if line == "":
                if msg:
                    return msg
                continue
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            # a Command response repeats "Output:" once per line of output
            msg[key] = f"{msg[key]}\n{value}" if key in msg else value

    def _send(self, name: str, fields: dict[str, str]) -> str:
        self._next_id += 1
        action_id = f"t{self._next_id}"
        lines = [f"Action: {name}", f"ActionID: {action_id}"]
        lines += [f"{k}: {v}" for k, v in fields.items()]
        self._sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return action_id

    def _until_response(self, action_id: str) -> Message:
        while True:
            msg = self._read_message()
            if msg.get("ActionID") == action_id and "Response" in msg:
                return msg
            if "Event" in msg:
                self.events.append(msg)

    # -- actions ------------------------------------------------------------------------------
    def action(self, name: str, **fields: str) -> Message:
        """Send one action and return its response; raise when Asterisk answers Error."""
        action_id = self._send(name, fields)
        resp = self._until_response(action_id)
        if resp.get("Response") == "Error":
            raise AmiError(f"{name} {fields}: {resp.get('Message', resp)}")
        return resp

    def event_list(self, name: str, **fields: str) -> list[Message]:
        """Send an action that answers with an event list; return the listed events."""
        action_id = self._send(name, fields)
        resp = self._until_response(action_id)
        if resp.get("Response") == "Error":
            raise AmiError(f"{name} {fields}: {resp.get('Message', resp)}")
        listed: list[Message] = []
        while True:
            msg = self._read_message()
            if msg.get("ActionID") != action_id:
                if "Event" in msg:
                    self.events.append(msg)
                continue
            if msg.get("EventList") == "Complete" or msg.get("Event", "").endswith("Complete"):
                return listed
            listed.append(msg)

    def command(self, cli: str) -> str:
        """Run a CLI command over AMI and return its output."""
        action_id = self._send("Command", {"Command": cli})
        resp = self._until_response(action_id)
        if resp.get("Response") not in ("Success", "Follows"):
            raise AmiError(f"Command {cli!r}: {resp.get('Message', resp)}")
        return resp.get("Output", "")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._send("Logoff", {})
        self._sock.close()


def connect_when_up(host: str, port: int, user: str, secret: str, wait: float = 30.0) -> AmiWire:
    """Connect once Asterisk listens again (after a start or a `core restart now`)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return AmiWire(host, port, user, secret)
        except (OSError, AmiError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def members(status: list[Message]) -> Iterator[Message]:
    """The QueueMember events of a QueueStatus answer."""
    return (m for m in status if m.get("Event") == "QueueMember")
