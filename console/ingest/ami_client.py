"""A blocking AMI client for one worker thread: connect, log in, resync, follow, reconnect.

It never blocks longer than ``poll_seconds`` at a time, so a stop request is honoured within
that, and every state of the link is reported through :meth:`AmiHandler.status` as it happens
(connecting, connected, login failed, unreachable, reconnecting in N s): the window shows the
truth and never freezes on a dead host.

After each successful login it sends ``QueueStatus`` and brackets the answer with
``resync_started`` / ``resync_finished``, so the handler can rebuild its picture: events missed
while the link was down leave nothing wrong behind. A ``Ping`` every ``ping_seconds`` keeps
NAT and firewalls from dropping an idle link and finds a half-open one (no answer in two
intervals means reconnect).

The secret is asked for on every attempt (``secret()``), so a password corrected in the
keyring is used at the next retry without restarting anything.
"""

from __future__ import annotations

import math
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from console.ingest.ami_protocol import (
    Banner,
    Framer,
    Message,
    ProtocolError,
    action,
    login_failed_reason,
)


class LinkState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"  # the link dropped; retrying in retry_in seconds
    LOGIN_FAILED = "login_failed"  # wrong user or secret (or none stored); retrying slowly
    UNREACHABLE = "unreachable"  # refused, timed out, no route, unknown host
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class AmiStatus:
    state: LinkState
    detail: str = ""  # the server's or the OS's words, for a tooltip
    retry_in: float | None = None
    last_event_ts: float | None = None
    host: str = ""
    port: int = 0


@dataclass(frozen=True, slots=True)
class AmiConfig:
    host: str = "127.0.0.1"
    port: int = 5038
    user: str = ""
    events: str = "agent"  # the event classes to receive (queue events are "agent")
    connect_timeout: float = 5.0
    reply_timeout: float = 10.0
    poll_seconds: float = 0.25
    ping_seconds: float = 20.0
    backoff_first: float = 1.0
    backoff_max: float = 30.0
    login_backoff: float = 60.0  # a wrong password is not retried fast (fail2ban, lockouts)


class AmiHandler(Protocol):
    def status(self, status: AmiStatus) -> None: ...
    def resync_started(self) -> None: ...
    def event(self, message: Message, received: float) -> None: ...
    def resync_finished(self, received: float) -> None: ...
    def flush(self, received: float) -> None: ...


class LoginFailed(Exception):
    pass


class LinkLost(Exception):
    pass


class AmiClient:
    def __init__(
        self,
        config: AmiConfig,
        secret: Callable[[], str | None],
        handler: AmiHandler,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.secret = secret
        self.handler = handler
        self.now = now
        self.last_event_ts: float | None = None
        self.connects = 0
        self._sock: socket.socket | None = None
        self._framer = Framer()
        self._ids = 0

    # ------------------------------------------------------------------ the loop
    def run(self, stop: threading.Event) -> None:
        """Until ``stop`` is set: connect, follow, and after any failure wait and retry."""
        delay = self.config.backoff_first
        while not stop.is_set():
            self._report(LinkState.CONNECTING)
            try:
                self._session(stop)
                state, detail, wait = LinkState.RECONNECTING, "the server closed the link", delay
            except LoginFailed as exc:
                state, detail, wait = LinkState.LOGIN_FAILED, str(exc), self.config.login_backoff
            except (TimeoutError, ConnectionRefusedError, socket.gaierror) as exc:
                state, detail, wait = LinkState.UNREACHABLE, _os_words(exc), delay
            except (LinkLost, ProtocolError, OSError) as exc:
                state = LinkState.RECONNECTING if self._logged_in else LinkState.UNREACHABLE
                detail, wait = _os_words(exc), delay
            finally:
                self._close()
            if self._logged_in:
                delay = self.config.backoff_first  # it worked: the next failure starts small
                wait = delay
            else:
                delay = min(delay * 2, self.config.backoff_max)
            self._logged_in = False
            if stop.is_set():
                break
            self._wait(stop, state, detail, wait)
        self._report(LinkState.STOPPED)

    def _wait(self, stop: threading.Event, state: LinkState, detail: str, wait: float) -> None:
        """Count down in whole seconds so the window can say "reconnecting in 7 s"."""
        end = time.monotonic() + wait
        while not stop.is_set():
            left = end - time.monotonic()
            if left <= 0:
                return
            self._report(state, detail, retry_in=float(math.ceil(left)))
            stop.wait(min(1.0, left))

    _logged_in = False

    def _session(self, stop: threading.Event) -> None:
        cfg = self.config
        secret = self.secret()
        if not secret:
            raise LoginFailed("no secret stored for this login")
        self._framer = Framer()
        sock = socket.create_connection((cfg.host, cfg.port), timeout=cfg.connect_timeout)
        self._sock = sock
        sock.settimeout(cfg.poll_seconds)
        pending: list[Message | Banner] = []
        banner = self._next(stop, pending, lambda m: isinstance(m, Banner), cfg.reply_timeout)
        if banner is None:
            raise LinkLost("no banner from the server")
        login_id = self._send("Login", Username=cfg.user, Secret=secret,
                              Events=cfg.events)
        reply = self._next(stop, pending, lambda m: isinstance(m, Message)
                           and m.action_id == login_id, cfg.reply_timeout)
        if reply is None:
            raise LinkLost("no answer to the login")
        assert isinstance(reply, Message)
        if (reply.response or "").lower() != "success":
            raise LoginFailed(login_failed_reason(reply))
        self._logged_in = True
        self.connects += 1
        self._report(LinkState.CONNECTED)
        self._resync_id = self._send("QueueStatus")
        self._follow(stop, pending)

    _resync_id = ""

    def _follow(self, stop: threading.Event, pending: list) -> None:
        """Hand every message to the handler until the link drops or ``stop`` is set."""
        cfg = self.config
        last_heard = last_ping = time.monotonic()
        for item in pending:  # arrived together with the login reply
            self._dispatch(item)
        if pending:
            self.handler.flush(self.now())
        while not stop.is_set():
            got = self._read()
            mono = time.monotonic()
            if got is None:
                if mono - last_heard > 2 * cfg.ping_seconds + cfg.reply_timeout:
                    raise LinkLost("no answer to pings: the link is dead")
            else:
                last_heard = mono
                for item in got:
                    self._dispatch(item)
                if got:
                    self.handler.flush(self.now())
            if mono - last_ping >= cfg.ping_seconds:
                last_ping = mono
                self._send("Ping")

    def _dispatch(self, item: Message | Banner) -> None:
        if not isinstance(item, Message):
            return
        received = self.now()
        if item.event:
            if item.action_id == self._resync_id and (item.event_list == "complete"
                                                       or item.event == "QueueStatusComplete"):
                self.handler.resync_finished(received)
                self._report(LinkState.CONNECTED)
                return
            self.last_event_ts = received
            self.handler.event(item, received)
        elif item.action_id == self._resync_id:
            if (item.response or "").lower() == "success":
                self.handler.resync_started()
            else:
                raise LinkLost(f"QueueStatus refused: {item.get('Message') or ''}".strip())

    # ------------------------------------------------------------------ socket
    def _send(self, name: str, **fields: object) -> str:
        self._ids += 1
        action_id = f"composure-{self._ids}"
        assert self._sock is not None
        try:
            self._sock.sendall(action(name, action_id, **fields))
        except OSError as exc:
            raise LinkLost(_os_words(exc)) from exc
        return action_id

    def _read(self) -> list[Message | Banner] | None:
        """What one ``recv`` completed; None when nothing arrived within ``poll_seconds``."""
        assert self._sock is not None
        try:
            data = self._sock.recv(65536)
        except TimeoutError:
            return None
        except OSError as exc:
            raise LinkLost(_os_words(exc)) from exc
        if not data:
            raise LinkLost("the server closed the link")
        return list(self._framer.feed(data))

    def _next(self, stop: threading.Event, pending: list, wanted, timeout: float):
        """Read until a message ``wanted`` accepts; earlier ones are kept in ``pending``."""
        deadline = time.monotonic() + timeout
        while not stop.is_set() and time.monotonic() < deadline:
            got = self._read()
            if not got:
                continue
            for i, item in enumerate(got):
                if wanted(item):
                    pending.extend(got[i + 1:])
                    return item
                pending.append(item)
        return None

    def _close(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None

    def _report(self, state: LinkState, detail: str = "", retry_in: float | None = None) -> None:
        self.handler.status(AmiStatus(state, detail, retry_in, self.last_event_ts,
                                      self.config.host, self.config.port))


def _os_words(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({exc.strerror or exc})"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
