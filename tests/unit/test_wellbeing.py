from console.domain.breaks import Break
from console.domain.flags import Flag
from console.domain.wellbeing import wellbeing


def flag(i, ts, agent, severity, ack=None):
    return Flag(i, ts, agent, "q", None, None, severity, "threat", None, None, "console", ack,
                "lead" if ack else None)


def brk(agent, start):
    return Break(1, agent, "recovery", start, "lead", 10, start, None, None, False, None, None)


def test_worked_example():
    flags = [
        flag(1, 1000, "Ann", 3, ack=1000 + 120),  # acknowledged after 2 min, break after 5
        flag(2, 2000, "Bob", 2, ack=2000 + 600),  # acknowledged after 10 min, break after 20
        flag(3, 3000, "Cid", 1),  # never acknowledged, no break
        flag(4, 4000, "Dee", 2, ack=4000 + 360),  # acknowledged after 6 min, no break
    ]
    breaks = [brk("Ann", 1300), brk("Bob", 3200), brk("Ann", 500)]  # Ann's 500 is before
    w = wellbeing(flags, breaks)
    assert (w.flags, w.severe_flags, w.unacknowledged) == (4, 3, 1)
    assert w.median_minutes_to_ack == 6  # of 2, 10, 6
    assert w.median_minutes_to_break == 12.5  # of 5 and 20
    # severe flags: Ann (break in 5 min), Bob (20 min: too late), Dee (none) -> 1 of 3
    assert abs(w.severe_with_break_share - 1 / 3) < 1e-9
    assert w.to_json()["severe_followed_by_break_share"] == 0.3333


def test_no_flags_gives_no_figures():
    w = wellbeing([], [])
    assert w.flags == 0 and w.median_minutes_to_ack is None
    assert w.severe_with_break_share is None
