"""A small AMI server on 127.0.0.1 (an ephemeral port) that speaks the real protocol.

It greets with the banner Asterisk 22 sends, answers Login (success or "Authentication
failed"), Ping, and QueueStatus (``Response: Success`` + ``EventList: start``, one
``QueueMember`` per member and one ``QueueEntry`` per waiting caller, each carrying the
ActionID, then ``QueueStatusComplete`` with ``EventList: Complete``), and pushes events to
every logged-in client. ``drop()`` closes every connection on purpose, as a PBX restart or a
network cut would. Messages are framed with the production encoder, but parsed here with a
separate, naive reader so a framing bug cannot hide on both sides.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field

from console.ingest.ami_protocol import encode

BANNER = b"Asterisk Call Manager/11.0.0\r\n"


@dataclass
class Member:
    queue: str
    name: str
    paused: bool = False
    reason: str = ""
    in_call: bool = False
    last_pause: int = 0
    interface: str = ""  # default Local/<name>@agents/n
    membership: str = "static"

    def fields(self) -> dict[str, object]:
        location = self.interface or f"Local/{self.name}@agents/n"
        return {
            "Queue": self.queue, "Name": self.name, "Location": location,
            "StateInterface": location.removesuffix("/n"), "Membership": self.membership,
            "Penalty": 0, "CallsTaken": 0, "LastCall": 0, "LastPause": self.last_pause,
            "LoginTime": 1795421186, "InCall": int(self.in_call),
            "Status": 2 if self.in_call else 1, "Paused": int(self.paused),
            "PausedReason": self.reason, "Wrapuptime": 0,
        }


@dataclass
class FakeAmi:
    user: str = "supervisor"
    secret: str = "change-me"
    members: list[Member] = field(default_factory=list)
    waiting: list[tuple[str, str, int]] = field(default_factory=list)  # queue, uniqueid, wait
    logins: int = 0
    failed_logins: int = 0
    resyncs: int = 0

    def __post_init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._clients: list[socket.socket] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.logged_in = threading.Condition()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ control
    def push(self, event: str, **fields: object) -> None:
        data = encode({"Event": event, "Privilege": "agent,all", **fields})
        with self._lock:
            clients = list(self._clients)
        for c in clients:
            with contextlib.suppress(OSError):
                c.sendall(data)

    def drop(self) -> None:
        with self._lock:
            clients, self._clients = self._clients, []
        for c in clients:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
            c.close()

    def wait_logins(self, n: int, timeout: float = 10.0) -> bool:
        with self.logged_in:
            return self.logged_in.wait_for(lambda: self.logins >= n, timeout)

    def wait_resyncs(self, n: int, timeout: float = 10.0) -> bool:
        with self.logged_in:
            return self.logged_in.wait_for(lambda: self.resyncs >= n, timeout)

    def wait_failed(self, n: int, timeout: float = 10.0) -> bool:
        with self.logged_in:
            return self.logged_in.wait_for(lambda: self.failed_logins >= n, timeout)

    def close(self) -> None:
        self._stop.set()
        self.drop()
        self._server.close()

    # ------------------------------------------------------------------ server
    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.sendall(BANNER)
        buffer = b""
        try:
            while True:
                data = conn.recv(4096)
                if not data:
                    return
                buffer += data
                while b"\r\n\r\n" in buffer:
                    block, buffer = buffer.split(b"\r\n\r\n", 1)
                    fields = dict(line.split(": ", 1) for line in
                                  block.decode().split("\r\n") if ": " in line)
                    self._answer(conn, fields)
        except OSError:
            return

    def _answer(self, conn: socket.socket, f: dict[str, str]) -> None:
        aid = f.get("ActionID", "")
        name = f.get("Action", "").lower()
        if name == "login":
            if f.get("Username") == self.user and f.get("Secret") == self.secret:
                conn.sendall(encode({"Response": "Success", "ActionID": aid,
                                     "Message": "Authentication accepted"}))
                with self._lock:
                    self._clients.append(conn)
                with self.logged_in:
                    self.logins += 1
                    self.logged_in.notify_all()
            else:
                conn.sendall(encode({"Response": "Error", "ActionID": aid,
                                     "Message": "Authentication failed"}))
                with self.logged_in:
                    self.failed_logins += 1
                    self.logged_in.notify_all()
        elif name == "ping":
            conn.sendall(encode({"Response": "Success", "ActionID": aid, "Ping": "Pong",
                                 "Timestamp": "1795421200.000000"}))
        elif name == "queuestatus":
            out = [encode({"Response": "Success", "ActionID": aid, "EventList": "start",
                           "Message": "Queue status will follow"})]
            for m in self.members:
                out.append(encode({"Event": "QueueMember", **m.fields(), "ActionID": aid}))
            for queue, uid, wait in self.waiting:
                out.append(encode({"Event": "QueueEntry", "Queue": queue, "Position": 1,
                                   "Uniqueid": uid, "Wait": wait, "ActionID": aid}))
            out.append(encode({"Event": "QueueStatusComplete", "ActionID": aid,
                               "EventList": "Complete",
                               "ListItems": len(self.members) + len(self.waiting)}))
            conn.sendall(b"".join(out))
            with self.logged_in:
                self.resyncs += 1
                self.logged_in.notify_all()
        else:
            conn.sendall(encode({"Response": "Error", "ActionID": aid,
                                 "Message": "Invalid/unknown command"}))
