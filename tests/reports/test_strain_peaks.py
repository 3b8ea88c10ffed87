"""The report's one-read strain peak is the board's score (``care.strain_by_agent``) at
each mark while the agent was on the floor: equal reading by reading, and the peak is the
highest of them, on the seeded shift (in half hours and at odd moments) and over two days
(yesterday's strain carried into today)."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.domain.strain import StrainSettings
from console.domain.strain_history import Mark, peak_reading
from console.services import care, strain_peaks
from console.services.floor_settings import load
from console.services.session import open_database
from console.services.stats import day_range
from console.store import queries
from tests.reports.conftest import Shift


@pytest.fixture
def conn(shift: Shift):
    c = open_database(shift.db)
    yield c
    c.close()


def _on_floor(conn, t: float) -> set[str]:
    """Agents in any state but logged out at some time in the half hour before ``t``."""
    return {a for (a, state), secs in queries.state_seconds(conn, t - 1800, t, t).items()
            if state != "logged_out" and secs > 0}


def _board_peaks(conn, marks: list[float], s: StrainSettings) -> dict[str, tuple[float, float]]:
    peaks: dict[str, tuple[float, float]] = {}
    for t in marks:
        here = _on_floor(conn, t)
        for agent, r in care.strain_by_agent(conn, t, s).items():
            if agent in here and (agent not in peaks or r.score > peaks[agent][0]):
                peaks[agent] = (r.score, t)
    return peaks


@pytest.mark.parametrize("step", [1800, 1170])  # the half-hour grid, and odd moments
def test_each_reading_is_the_boards(conn, shift: Shift, step: int) -> None:
    s = load(conn).strain
    marks = [shift.start + step * i for i in range(1, int((shift.end - shift.start) // step))]
    rows = strain_peaks.agent_rows(conn, marks, s)
    compared = 0
    for t in marks[::3]:
        ds = int(day_range(datetime.fromtimestamp(t).date())[0])
        here = _on_floor(conn, t)
        board = care.strain_by_agent(conn, t, s)
        for agent in set(board) | set(rows):
            mine = peak_reading(rows[agent], [Mark(t, ds)], s, lookback=care.LOOKBACK,
                                min_break=care.MIN_BREAK_SECONDS) if agent in rows else None
            if agent in here and agent in board:
                assert mine is not None and mine[0] == pytest.approx(board[agent].score,
                                                                     abs=1e-9), (agent, t)
                compared += 1
            elif agent not in board:
                assert mine is None, (agent, t)
    assert compared > 50


def test_peak_is_the_highest_board_reading(conn, shift: Shift) -> None:
    s = load(conn).strain
    marks = [shift.start + 1800 * i for i in range(1, 17)]
    mine = strain_peaks.strain_peaks(conn, marks, s)
    board = _board_peaks(conn, marks, s)
    assert set(mine) == set(board) and len(mine) >= 15
    for agent, (score, at) in board.items():
        assert mine[agent][0] == pytest.approx(score, abs=1e-9), agent
        assert mine[agent][1] == at, agent
    assert any(score >= 30 for score, _ in mine.values())  # a shift with strain to find


def test_carry_over_into_the_next_day(shift_copy: Shift) -> None:
    """The same floor's shift again the next day: readings on day two count yesterday."""
    c = open_database(shift_copy.db)
    try:
        day = 86400
        c.execute("INSERT INTO calls (enter_ts, connect_ts, end_ts, queue, agent, callid,"
                  " outcome, talk_s, hold_s) SELECT enter_ts + ?, connect_ts + ?, end_ts + ?,"
                  " queue, agent, callid || '-2', outcome, talk_s, hold_s FROM calls",
                  (day, day, day))
        c.execute("INSERT INTO agent_states (agent, state, start_ts, end_ts, reason)"
                  " SELECT agent, state, start_ts + ?, end_ts + ?, reason FROM agent_states"
                  " WHERE end_ts IS NOT NULL", (day, day))
        c.commit()
        s = load(c).strain
        marks = [shift_copy.start + day + 1800 * i for i in range(0, 6)]
        carried = [a for a, r in care.strain_by_agent(c, marks[2], s).items()
                   if any(x.kind == "carry_over" for x in r.contributions)]
        assert carried  # the case this test is about
        mine = strain_peaks.strain_peaks(c, marks, s)
        board = _board_peaks(c, marks, s)
        assert set(mine) == set(board) and mine
        for agent, (score, at) in board.items():
            assert mine[agent] == (pytest.approx(score, abs=1e-9), at), agent
    finally:
        c.close()


def _log_out(c, agent: str, lo: int, hi: int) -> None:
    """Make ``agent`` logged out over [lo, hi]: the intervals there cut away."""
    c.execute("DELETE FROM agent_states WHERE agent = ? AND start_ts >= ? AND end_ts <= ?",
              (agent, lo, hi))
    c.execute("UPDATE agent_states SET start_ts = ? WHERE agent = ? AND start_ts >= ?"
              " AND start_ts < ? AND end_ts > ?", (hi, agent, lo, hi, hi))
    c.execute("UPDATE agent_states SET end_ts = ? WHERE agent = ? AND start_ts < ?"
              " AND end_ts > ?", (lo, agent, lo, lo))
    c.execute("INSERT INTO agent_states (agent, state, start_ts, end_ts, reason)"
              " VALUES (?, 'logged_out', ?, ?, NULL)", (agent, lo, hi))
    c.commit()


def test_logging_out_mid_shift_is_rest_in_the_report_too(shift_copy: Shift) -> None:
    """An agent who logs out for half an hour and comes back: the board counts the logged-out
    time as rest (issue 11, point 7), and so must the report's peak, reading by reading."""
    c = open_database(shift_copy.db)
    try:
        s = load(c).strain
        marks = [shift_copy.start + 1800 * i for i in range(1, 17)]
        before = _board_peaks(c, marks, s)
        agent, (_score, at) = max(((a, p) for a, p in before.items()
                                   if shift_copy.start + 3 * 3600 < p[1] < shift_copy.end),
                                  key=lambda ap: ap[1][0])
        lo, hi = int(at) - 2700, int(at) - 900  # out 45 to 15 minutes before the peak
        _log_out(c, agent, lo, hi)
        after = care.strain_by_agent(c, at, s)[agent].score
        assert after < before[agent][0] - 1  # the case this test is about: the rest counts
        odd = [float(t) for t in (lo + 1, lo + 600, hi - 1, hi, hi + 1, hi + 700, at - 1, at)]
        rows = strain_peaks.agent_rows(c, sorted({*marks, *odd}), s)[agent]
        compared = 0
        for t in odd:
            ds = int(day_range(datetime.fromtimestamp(t).date())[0])
            board = care.strain_by_agent(c, t, s).get(agent)
            mine = peak_reading(rows, [Mark(t, ds)], s, lookback=care.LOOKBACK,
                                min_break=care.MIN_BREAK_SECONDS)
            if agent not in _on_floor(c, t):  # out for the whole half hour: not read
                assert mine is None, t
                continue
            assert board is not None and mine is not None, t
            assert mine[0] == pytest.approx(board.score, abs=1e-9), t
            compared += 1
        assert compared >= 5
        mine_peaks = strain_peaks.strain_peaks(c, marks, s)
        board_peaks = _board_peaks(c, marks, s)
        assert set(mine_peaks) == set(board_peaks)
        for a, (score, when) in board_peaks.items():
            assert mine_peaks[a] == (pytest.approx(score, abs=1e-9), when), a
    finally:
        c.close()


@pytest.mark.parametrize("offset", [0, 600, 1170])  # on, beside and off midnight's grid
def test_slot_sums_on_a_grid_are_those_found_slot_by_slot(conn, shift: Shift, monkeypatch,
                                                          offset: int) -> None:
    """A report's marks lie on one half-hour grid, and its slots are summed in one pass;
    other marks are summed slot by slot. Both must give the same rows."""
    from console.store import strain_rows as store

    s = load(conn).strain
    step = 1170 if offset == 1170 else 1800
    marks = [shift.start + offset + step * i for i in range(1, 16)]
    split = store._split_grid
    seen: list[tuple[list[int], list[int]]] = []
    monkeypatch.setattr(store, "_split_grid", lambda ends: seen.append(split(ends)) or seen[-1])
    grid = strain_peaks.agent_rows(conn, marks, s)
    on_grid, others = seen[-1]
    assert len(on_grid) >= 15 and (others == []) == (offset == 0)
    monkeypatch.setattr(store, "_split_grid", lambda ends: ([], list(ends)))
    by_slot = strain_peaks.agent_rows(conn, marks, s)
    assert set(grid) == set(by_slot) and len(grid) >= 12
    for agent, rows in by_slot.items():
        assert grid[agent] == rows, agent
    assert sum(len(r.slots) for r in grid.values()) > 150
    assert all(r.first_start for r in grid.values() if r.has_states)


def test_a_slot_too_full_to_pack_is_summed_slot_by_slot(conn, shift: Shift,
                                                       monkeypatch) -> None:
    """The grid pass packs three sums in one integer; a slot with more rows than the packing
    has room for (here: a field of 2,048 s, so two rows) sends it all slot by slot."""
    from console.store import strain_rows as store

    s = load(conn).strain
    marks = [shift.start + 1800 * i for i in range(1, 16)]
    packed = strain_peaks.agent_rows(conn, marks, s)
    calls: list[object] = []
    by_slot = store._short_by_slot
    monkeypatch.setattr(store, "_short_by_slot", lambda c, ends: calls.append(ends) or
                        by_slot(c, ends))
    monkeypatch.setattr(store, "_FIELD", 1 << 11)
    fallen_back = strain_peaks.agent_rows(conn, marks, s)
    assert calls and len(calls[-1]) >= 15  # every slot end, slot by slot
    assert fallen_back == packed
