"""write_rows: a plain INSERT for the rows a batch made, yet what is stored is what a REPLACE
of every row stores, also when such an id exists already."""

from __future__ import annotations

from pathlib import Path

from console.domain.floor_state import STATE_ROW, StateInterval
from console.store import db
from console.store.batch_rows import write_rows
from console.store.ingest_writer import _STATE_SQL


def _stored(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute("SELECT * FROM agent_states ORDER BY id")]


def _write(conn, records: dict[int, StateInterval], first_new: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    write_rows(conn, _STATE_SQL, STATE_ROW, records, first_new)
    conn.execute("COMMIT")


def test_old_rows_replaced_new_rows_inserted(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "c.sqlite")
    _write(conn, {1: StateInterval(1, "Alice", "available", None, 100)}, 1)
    later = {1: StateInterval(1, "Alice", "available", None, 100, 160),
             2: StateInterval(2, "Alice", "on_call", None, 160)}
    _write(conn, later, 2)
    assert _stored(conn) == [(1, "Alice", "available", None, 100, 160),
                             (2, "Alice", "on_call", None, 160, None)]


def test_an_id_stored_by_another_writer_is_replaced_not_an_error(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "c.sqlite")
    _write(conn, {i: StateInterval(i, "Bob", "paused", "Lunch", 10 * i, 10 * i + 5)
                  for i in (1, 2, 3)}, 1)
    # a second derivation counting its ids from 1 as well: "new" ids 2..4, 2 and 3 taken
    mine = {i: StateInterval(i, "Carol", "available", None, 100 + i) for i in (2, 3, 4)}
    _write(conn, mine, 2)
    assert _stored(conn) == [(1, "Bob", "paused", "Lunch", 10, 15)] + [
        (i, "Carol", "available", None, 100 + i, None) for i in (2, 3, 4)]
    assert not conn.in_transaction
