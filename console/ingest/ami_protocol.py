"""The Asterisk Manager Interface wire format, without sockets: bytes in, messages out.

AMI is line-based text: on connect the server sends one banner line (``Asterisk Call
Manager/11.0.0``), then every message is a block of ``Key: Value`` lines ending with an empty
line. A block is a *response* (``Response: Success|Error|Follows``, carrying our ``ActionID``)
or an *event* (``Event: QueueMemberStatus``). List actions such as ``QueueStatus`` answer
``Response: Success`` with ``EventList: start``, then one event per item, then an event with
``EventList: Complete``.

Keeping this pure lets the framing be tested byte by byte (a block split across reads, CRLF or
bare LF, a value containing ``": "``) and lets the fake server in the tests speak the very same
format the client parses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

BANNER_PREFIX = "Asterisk Call Manager/"
# A block this large is not AMI: drop the connection rather than grow without bound.
MAX_BLOCK = 1 << 20


class ProtocolError(ValueError):
    """The peer does not speak AMI (no banner) or sent a block we refuse to buffer."""


@dataclass(frozen=True, slots=True)
class Banner:
    text: str

    @property
    def version(self) -> str:
        return self.text[len(BANNER_PREFIX):] if self.text.startswith(BANNER_PREFIX) else ""


@dataclass(frozen=True, slots=True)
class Message:
    """One block. Header names are matched case-insensitively, as Asterisk does; a repeated
    header (``ChanVariable`` in some events) keeps its first value in :meth:`get` and all of
    them in :attr:`pairs`."""

    pairs: tuple[tuple[str, str], ...]
    _index: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for key, value in self.pairs:
            self._index.setdefault(key.lower(), value)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self._index.get(key.lower(), default)

    def __getitem__(self, key: str) -> str:
        return self._index[key.lower()]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._index

    @property
    def event(self) -> str | None:
        return self.get("Event")

    @property
    def response(self) -> str | None:
        return self.get("Response")

    @property
    def action_id(self) -> str | None:
        return self.get("ActionID")

    @property
    def event_list(self) -> str | None:
        """``start`` or ``Complete`` on the first and last message of a list action."""
        value = self.get("EventList")
        return value.lower() if value else None

    def as_dict(self) -> dict[str, str]:
        return dict(self.pairs)


def message(pairs: Mapping[str, object] | Iterable[tuple[str, object]]) -> Message:
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    return Message(tuple((str(k), "" if v is None else str(v)) for k, v in items))


def encode(pairs: Mapping[str, object] | Iterable[tuple[str, object]]) -> bytes:
    """A block ready to send: CRLF line ends and the empty line that closes it. CR and LF
    inside a value would end the block early (header injection), so they become spaces."""
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    lines = []
    for key, value in items:
        text = "" if value is None else str(value)
        lines.append(f"{key}: {text.replace(chr(13), ' ').replace(chr(10), ' ')}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


def action(name: str, action_id: str, **fields: object) -> bytes:
    return encode({"Action": name, "ActionID": action_id, **fields})


class Framer:
    """Feed it whatever ``recv`` returned; it yields whole banners and blocks.

    Lines end with CRLF (the standard) or bare LF (seen from proxies); both are accepted. A
    line without ``": "`` inside a block (the output of ``Response: Follows``) is kept under
    the key ``""`` rather than rejected.
    """

    def __init__(self, expect_banner: bool = True) -> None:
        self._buffer = b""
        self._expect_banner = expect_banner
        self._lines: list[str] = []
        self._size = 0

    def feed(self, data: bytes) -> Iterator[Banner | Message]:
        self._buffer += data
        while True:
            cut = self._buffer.find(b"\n")
            if cut < 0:
                if len(self._buffer) > MAX_BLOCK:
                    raise ProtocolError("a line longer than 1 MiB: not an AMI peer")
                return
            raw, self._buffer = self._buffer[:cut], self._buffer[cut + 1:]
            line = raw.rstrip(b"\r").decode("utf-8", errors="replace")
            if self._expect_banner:
                if not line:
                    continue
                self._expect_banner = False
                if not line.startswith(BANNER_PREFIX):
                    raise ProtocolError(f"not an Asterisk manager: it greeted {line[:60]!r}")
                yield Banner(line)
                continue
            if not line:
                if self._lines:
                    yield _block(self._lines)
                    self._lines, self._size = [], 0
                continue
            self._lines.append(line)
            self._size += len(line)
            if self._size > MAX_BLOCK:
                raise ProtocolError("a block larger than 1 MiB: not an AMI peer")


def _block(lines: list[str]) -> Message:
    pairs = []
    for line in lines:
        key, sep, value = line.partition(":")
        if not sep:
            pairs.append(("", line))
            continue
        pairs.append((key.strip(), value[1:] if value.startswith(" ") else value))
    return Message(tuple(pairs))


def login_failed_reason(reply: Message) -> str:
    """The server's words for a refused login (``Authentication failed``), for the status."""
    return reply.get("Message") or "authentication failed"
