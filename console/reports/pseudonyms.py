"""Stable pseudonyms for agents in an anonymised report: "Agent 7F3A".

HMAC-SHA256 of the agent's name with a secret kept in this database's settings: the same agent
gets the same pseudonym in every section, every format and every report from this database,
yet nobody without the database can test a guessed name against it (a bare hash could be).
The secret is created on first use, with an audit row, in one transaction.

Four hex digits read well but collide (500 agents: likely). Names whose four digits clash with
another known agent's take eight, decided over the whole roster rather than one report, so a
pseudonym only changes when a colliding colleague joins.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
from collections.abc import Iterable

from console.store import audit, settings_store
from console.store.flags import transaction

SECRET_KEY = "reports.pseudonym_secret"
SHORT = 4
LONG = 8


def database_secret(conn: sqlite3.Connection) -> bytes:
    value = settings_store.get_value(conn, SECRET_KEY)
    if value:
        return bytes.fromhex(value)
    with transaction(conn):
        value = settings_store.get_value(conn, SECRET_KEY)  # another process may have won
        if not value:
            value = secrets.token_hex(32)
            settings_store.put_values(conn, {SECRET_KEY: value})
            audit.record(conn, "report.pseudonym_secret", None, "created")
    return bytes.fromhex(value)


def _digest(secret: bytes, name: str) -> str:
    return hmac.new(secret, name.encode("utf-8"), hashlib.sha256).hexdigest().upper()


class Pseudonyms:
    """Maps real names to what a report may show; identity when not anonymising."""

    def __init__(self, secret: bytes | None, known: Iterable[str],
                 display: dict[str, str] | None = None) -> None:
        """``known``: every agent name of the roster; ``display``: name -> display name."""
        self.enabled = secret is not None
        self._display = {k: v for k, v in (display or {}).items() if v}
        self._map: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        if secret is None:
            return
        digests = {n: _digest(secret, n) for n in set(known)}
        short: dict[str, int] = {}
        for d in digests.values():
            short[d[:SHORT]] = short.get(d[:SHORT], 0) + 1
        self._secret = secret
        self._short = short
        for name, d in digests.items():
            self._map[name] = self._render(d)

    def _render(self, digest: str) -> str:
        n = SHORT if self._short.get(digest[:SHORT], 0) <= 1 else LONG
        return f"Agent {digest[:n]}"

    def name(self, agent: str | None) -> str:
        if not agent:
            return ""
        if not self.enabled:
            return self._display.get(agent, agent)
        shown = self._map.get(agent)
        if shown is None:  # a name outside the roster (a typo in a QA list): still hidden
            shown = self._map[agent] = self._render(_digest(self._secret, agent))
            self._pattern = None
        return shown

    def scrub(self, text: str | None) -> str:
        """Free text (notes) with every known agent name replaced by its pseudonym."""
        if not text:
            return ""
        if not self.enabled or not self._map:
            return text
        if self._pattern is None:
            self._spelled = dict(self._map)
            for name, shown in self._display.items():
                if name in self._map:
                    self._spelled.setdefault(shown, self._map[name])
            names = sorted(self._spelled, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(n) for n in names if n))
        return self._pattern.sub(lambda m: self._spelled[m.group(0)], text)
