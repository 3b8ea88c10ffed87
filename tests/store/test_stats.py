"""compute_stats on a small hand-written queue_log ingested into a real database, checked
against figures worked out by hand; parse_local and day_range in fixed time zones."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.domain.floor_state import STALE_CALL_SECONDS
from console.ingest.follower import QueueLogReader
from console.services.stats import AgentStats, compute_stats, day_range, parse_local

B = 1795400000  # any moment; every line below is B + seconds
START, END, NOW = B - 100, B + 10_000, B + 1000

# support, T = 20 s, short abandon < 5 s
#   s1  hold 10, talk 60, Alice       answered within T
#   s2  hold 30, talk 120, Carol      answered late (Bob's phone rang out first: a missed ring)
#   s3  abandoned after 3 s           short: out of SL and abandon rate
#   s4  abandoned after 30 s
#   s5  timed out after 60 s
#   s6  hold 5, talk 40, Bob          transferred, within T
#   s7  waiting 10 s at NOW           may still make T: out of SL
#   s8  waiting 100 s at NOW          already missed T: counted
#   s9  left with a key after 10 s    (Alice's ring was cancelled: not a miss)
#   s10 hold 12, Bob, still talking   answered within T
# sales
#   t1  hold 4, talk 100, Alice
#   t2  withdrawn after 20 s
# before the range
#   s0  hold 10, talk 90, Dave
QUEUE_LOG = f"""\
{B - 3000}|s0|support|NONE|ENTERQUEUE||+15550000|1
{B - 2990}|s0|support|Dave|CONNECT|10|s0b|2
{B - 2900}|s0|support|Dave|COMPLETEAGENT|10|90|1
{B + 0}|s1|support|NONE|ENTERQUEUE||+15550001|1
{B + 5}|s2|support|NONE|ENTERQUEUE||+15550002|2
{B + 10}|s1|support|Alice|CONNECT|10|s1b|2
{B + 20}|s2|support|Bob|RINGNOANSWER|15000
{B + 35}|s2|support|Carol|CONNECT|30|s2b|3
{B + 40}|s3|support|NONE|ENTERQUEUE||+15550003|1
{B + 43}|s3|support|NONE|ABANDON|1|1|3
{B + 50}|s4|support|NONE|ENTERQUEUE||+15550004|1
{B + 60}|s5|support|NONE|ENTERQUEUE||+15550005|2
{B + 70}|s1|support|Alice|COMPLETECALLER|10|60|1
{B + 80}|s4|support|NONE|ABANDON|1|2|30
{B + 100}|s6|support|NONE|ENTERQUEUE||+15550006|2
{B + 105}|s6|support|Bob|CONNECT|5|s6b|1
{B + 120}|s5|support|NONE|EXITWITHTIMEOUT|1|1|60
{B + 145}|s6|support|Bob|BLINDTRANSFER|2000|transfer|5|40|1
{B + 155}|s2|support|Carol|COMPLETEAGENT|30|120|2
{B + 200}|s9|support|NONE|ENTERQUEUE||+15550009|1
{B + 210}|s9|support|Alice|RINGCANCELED|1500
{B + 210}|s9|support|NONE|EXITWITHKEY|1|1|1|10
{B + 300}|s10|support|NONE|ENTERQUEUE||+15550010|1
{B + 312}|s10|support|Bob|CONNECT|12|s10b|4
{B + 400}|t1|sales|NONE|ENTERQUEUE||+15550101|1
{B + 404}|t1|sales|Alice|CONNECT|4|t1b|2
{B + 410}|t2|sales|NONE|ENTERQUEUE||+15550102|2
{B + 430}|t2|sales|NONE|WITHDRAW|1|2|20|moved_to_callback_list
{B + 504}|t1|sales|Alice|COMPLETECALLER|4|100|1
{B + 900}|s8|support|NONE|ENTERQUEUE||+15550008|1
{B + 990}|s7|support|NONE|ENTERQUEUE||+15550007|2
"""


@pytest.fixture
def floor(conn, tmp_path: Path):
    path = tmp_path / "queue_log"
    path.write_text(QUEUE_LOG)
    reader = QueueLogReader(conn, path)
    assert reader.read_all() == len(QUEUE_LOG.splitlines())
    reader.close()
    return conn


def test_per_queue_figures(floor):
    report = compute_stats(floor, START, END, NOW)
    assert [q.queue for q in report.queues] == ["sales", "support"]
    sales, support = report.queues

    assert support.offered == 10  # s1 .. s10 (s0 is before the range)
    assert support.answered == 4  # s1, s2, s6, s10
    assert support.answered_in_sl == 3  # s1 (10 s), s6 (5 s), s10 (12 s)
    assert (support.abandoned, support.short_abandoned) == (2, 1)
    assert (support.exited_timeout, support.exited_key, support.exited) == (1, 1, 2)
    assert support.waiting == 2
    assert support.longest_wait_s == 100  # s8
    # SL: 3 / (10 - 1 short abandon - 1 waiting under T) = 3 / 8
    assert support.sl_denominator == 8
    assert support.service_level == pytest.approx(0.375)
    # abandon rate: (2 - 1) / (10 - 1) = 1 / 9
    assert support.abandon_rate == pytest.approx(1 / 9)
    # mean hold of answered calls: (10 + 30 + 5 + 12) / 4 = 14.25
    assert support.mean_hold_s == pytest.approx(14.25)
    # mean talk of completed calls: (60 + 120 + 40) / 3 = 73.33
    assert support.mean_talk_s == pytest.approx(220 / 3)

    assert (sales.offered, sales.answered, sales.answered_in_sl, sales.withdrawn) == (2, 1, 1, 1)
    assert sales.service_level == pytest.approx(0.5)  # 1 / 2: the withdrawn caller was not served
    assert sales.abandon_rate == 0.0
    assert (sales.mean_hold_s, sales.mean_talk_s) == (4.0, 100.0)

    total = report.total
    assert (total.offered, total.answered, total.answered_in_sl) == (12, 5, 4)
    assert total.service_level == pytest.approx(4 / 10)
    assert total.abandon_rate == pytest.approx(1 / 11)
    assert total.mean_hold_s == pytest.approx((57 + 4) / 5)
    assert total.mean_talk_s == pytest.approx(320 / 4)


def test_per_agent_figures(floor):
    report = compute_stats(floor, START, END, NOW)
    assert report.agents == (
        AgentStats("Alice", answered=2, talk_s=160.0, missed_rings=0),  # s1 + t1; ring cancelled
        AgentStats("Bob", answered=2, talk_s=40.0, missed_rings=1),  # s6 + s10 (still talking)
        AgentStats("Carol", answered=1, talk_s=120.0, missed_rings=0),
    )


def test_queue_filter(floor):
    support = compute_stats(floor, START, END, NOW, queue="support")
    assert [q.queue for q in support.queues] == ["support"]
    assert support.total.offered == 10
    assert support.total.service_level == pytest.approx(0.375)
    assert support.agents == (
        AgentStats("Alice", 1, 60.0, 0),
        AgentStats("Bob", 2, 40.0, 1),
        AgentStats("Carol", 1, 120.0, 0),
    )
    sales = compute_stats(floor, START, END, NOW, queue="sales")
    assert [q.queue for q in sales.queues] == ["sales"]
    assert sales.agents == (AgentStats("Alice", 1, 100.0, 0),)
    nothing = compute_stats(floor, START, END, NOW, queue="nosuchqueue")
    assert nothing.queues == () and nothing.agents == ()
    assert nothing.total.offered == 0 and nothing.total.service_level is None


def test_time_range_is_by_entry_time(floor):
    early = compute_stats(floor, B - 4000, B, NOW)
    assert early.total.offered == 1  # s0 only
    assert early.agents == (AgentStats("Dave", 1, 90.0, 0),)
    # [start, end): a call entering exactly at the end belongs to the next range
    assert compute_stats(floor, B - 4000, B + 1, NOW).total.offered == 2


def test_old_waiting_calls_count_as_lost(floor):
    later = B + 990 + STALE_CALL_SECONDS + 1  # s7 and s8 have waited more than 4 h
    support = compute_stats(floor, START, END, later, queue="support").queues[0]
    assert (support.waiting, support.lost) == (0, 2)
    # 3 / (10 - 1 short - 2 lost) = 3 / 7
    assert support.service_level == pytest.approx(3 / 7)
    assert support.answered == 4  # s10 is still connected, not lost


def test_to_json(floor):
    data = compute_stats(floor, START, END, NOW).to_json()
    support = data["queues"][1]
    assert support["queue"] == "support"
    assert support["service_level"] == 0.375
    assert support["abandon_rate"] == 0.1111
    assert support["mean_talk_s"] == 73.3
    assert support["exited"] == {"timeout": 1, "key": 1, "empty": 0, "withdrawn": 0}
    assert data["total"]["offered"] == 12
    assert "answered within 20 s" in data["service_level_definition"]
    assert data["agents"][1] == {"agent": "Bob", "answered": 2, "talk_s": 40.0,
                                 "missed_rings": 1}


# ---------------------------------------------------------------------------------- dates


def test_parse_local_date_and_date_time(local_tz):
    local_tz("Asia/Shanghai")
    sh = ZoneInfo("Asia/Shanghai")
    day = datetime(2026, 11, 23, tzinfo=sh).timestamp()
    assert parse_local("2026-11-23") == day
    assert parse_local(" 2026-11-23 ") == day
    assert parse_local("2026-11-23", end=True) == day + 86400
    eight = datetime(2026, 11, 23, 8, 0, tzinfo=sh).timestamp()
    assert parse_local("2026-11-23T08:00") == eight
    assert parse_local("2026-11-23 08:00") == eight
    assert parse_local("2026-11-23T08:00:30") == eight + 30
    # end only matters for a whole day
    assert parse_local("2026-11-23T08:00", end=True) == eight


@pytest.mark.parametrize("bad", ["23/11/2026", "2026-13-01", "tomorrow", "", "2026-11-23T25:00"])
def test_parse_local_refuses_other_text(bad):
    with pytest.raises(ValueError, match="is not a date"):
        parse_local(bad)


@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 11, 23), 24)],
)
def test_whole_days_follow_daylight_saving(local_tz, day, hours):
    local_tz("Europe/Berlin")
    berlin = ZoneInfo("Europe/Berlin")
    start, end = day_range(day)
    assert start == datetime(day.year, day.month, day.day, tzinfo=berlin).timestamp()
    assert end - start == hours * 3600  # ends at the next local midnight
    assert parse_local(day.isoformat(), end=True) == end
