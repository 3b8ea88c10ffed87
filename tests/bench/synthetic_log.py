"""A fast generator of realistic queue_log traffic for benchmarks (millions of lines)."""

from __future__ import annotations

import random


def synthetic_lines(n_lines: int, agents: int = 500, seed: int = 1) -> list[str]:
    """Call lifecycles (enter, maybe a missed ring, connect or abandon, complete) plus pauses,
    interleaved in time order the way a busy floor writes them.

    The lines are those ``random.Random(seed).randint`` would give: the draws are made the
    way ``randint`` makes them (``getrandbits`` of the range's bit length, again while out
    of range), without its two layers of argument checks, which were most of the time of
    making a million lines."""
    rng = random.Random(seed)
    bits = rng.getrandbits
    uniform = rng.random
    names = [f"Agent{i:03d}" for i in range(agents)]
    queues = ("support", "complaints", "billing")
    out: list[str] = []
    add = out.append
    ts = 1_790_000_000
    call = 0
    while len(out) < n_lines:
        call += 1
        r = bits(2)  # randint(0, 2)
        while r > 2:
            r = bits(2)
        ts += r
        cid = f"{ts}.{call}"
        q = queues[call % 3]
        agent = names[call % agents]
        add(f"{ts}|{cid}|{q}|NONE|ENTERQUEUE||+86138{call % 100000000:08d}|1")
        hold = bits(6)  # randint(1, 60)
        while hold >= 60:
            hold = bits(6)
        hold += 1
        r = uniform()
        if r < 0.08:
            add(f"{ts + hold}|{cid}|{q}|NONE|ABANDON|1|1|{hold}")
            continue
        if r < 0.15:
            add(f"{ts + 15}|{cid}|{q}|{names[(call + 7) % agents]}|RINGNOANSWER|15000")
        pos = bits(4)  # randint(1, 9)
        while pos >= 9:
            pos = bits(4)
        add(f"{ts + hold}|{cid}|{q}|{agent}|CONNECT|{hold}|{cid}1|{pos + 1}")
        talk = bits(10)  # randint(30, 600)
        while talk >= 571:
            talk = bits(10)
        talk += 30
        end = "COMPLETECALLER" if r < 0.6 else "COMPLETEAGENT"
        add(f"{ts + hold + talk}|{cid}|{q}|{agent}|{end}|{hold}|{talk}|1")
        if r > 0.97:
            add(f"{ts + hold + talk}|NONE|{q}|{agent}|PAUSE|Break")
            add(f"{ts + hold + talk + 300}|NONE|{q}|{agent}|UNPAUSE|")
    return out[:n_lines]
