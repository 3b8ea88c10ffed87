"""The board snapshot built from the per-queue store: availability is per person, an unmapped
interface is never an extra available agent, each queue counts its own members."""

from __future__ import annotations

from pathlib import Path

from console.ingest.follower import QueueLogReader
from console.services.board import build_snapshot
from console.store import db as store_db

LINES = [
    "1795421000|NONE|NONE|NONE|QUEUESTART|",
    "1795421010|c0|support|Erin|RINGNOANSWER|15000",
    "1795421011|c1|complaints|Erin|RINGNOANSWER|15000",
    "1795421012|c2|support|Bob|RINGNOANSWER|15000",
    "1795421020|NONE|support|Erin|PAUSE|Coaching",
    "1795421030|NONE|support|Bob|PAUSE|Lunch",
    "1795421040|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
]


def snapshot(tmp_path: Path, lines: list[str], aliases: dict[str, str] | None = None):
    log = tmp_path / "queue_log"
    log.write_text("\n".join(lines) + "\n")
    conn = store_db.connect(tmp_path / "c.sqlite")
    for alias, name in (aliases or {}).items():
        conn.execute("INSERT INTO agent_aliases VALUES (?, ?)", (alias, name))
    reader = QueueLogReader(conn, log)
    reader.read_all()
    reader.close()
    return build_snapshot(conn, 1795421100)


def test_counts_per_person_and_per_queue(tmp_path: Path) -> None:
    snap = snapshot(tmp_path, LINES)
    rows = {a.name: a for a in snap.agents}
    assert set(rows) == {"Erin", "Bob"}  # the interface is no agent
    assert rows["Erin"].state == "available" and rows["Bob"].state == "paused"
    assert snap.kpis.available == 1 and snap.kpis.paused == 1
    assert [(s.queue, s.state, s.reason) for s in rows["Erin"].queues] == [
        ("complaints", "available", None), ("support", "paused", "Coaching")]
    members = {m.queue: m for m in snap.queue_members}
    assert (members["support"].members, members["support"].available,
            members["support"].paused) == (2, 0, 2)
    assert (members["complaints"].members, members["complaints"].available) == (1, 1)


def test_a_mapped_interface_counts_once_as_its_person(tmp_path: Path) -> None:
    snap = snapshot(tmp_path, [*LINES, "1795421050|c3|support|Ivan|RINGNOANSWER|15000"],
                    {"Local/agent109@agents/n": "Ivan"})
    assert {a.name for a in snap.agents} == {"Erin", "Bob", "Ivan"}
    assert snap.kpis.available == 2
    assert {m.queue: m.available for m in snap.queue_members}["support"] == 1
