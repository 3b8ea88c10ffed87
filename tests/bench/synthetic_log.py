"""A fast generator of realistic queue_log traffic for benchmarks (millions of lines)."""

from __future__ import annotations

import random


def synthetic_lines(n_lines: int, agents: int = 500, seed: int = 1) -> list[str]:
    """Call lifecycles (enter, maybe a missed ring, connect or abandon, complete) plus pauses,
    interleaved in time order the way a busy floor writes them."""
    rng = random.Random(seed)
    names = [f"Agent{i:03d}" for i in range(agents)]
    queues = ("support", "complaints", "billing")
    out: list[str] = []
    ts = 1_790_000_000
    call = 0
    while len(out) < n_lines:
        call += 1
        ts += rng.randint(0, 2)
        cid = f"{ts}.{call}"
        q = queues[call % 3]
        agent = names[call % agents]
        out.append(f"{ts}|{cid}|{q}|NONE|ENTERQUEUE||+86138{call % 100000000:08d}|1")
        hold = rng.randint(1, 60)
        r = rng.random()
        if r < 0.08:
            out.append(f"{ts + hold}|{cid}|{q}|NONE|ABANDON|1|1|{hold}")
            continue
        if r < 0.15:
            out.append(f"{ts + 15}|{cid}|{q}|{names[(call + 7) % agents]}|RINGNOANSWER|15000")
        out.append(f"{ts + hold}|{cid}|{q}|{agent}|CONNECT|{hold}|{cid}1|{rng.randint(1, 9)}")
        talk = rng.randint(30, 600)
        end = "COMPLETECALLER" if r < 0.6 else "COMPLETEAGENT"
        out.append(f"{ts + hold + talk}|{cid}|{q}|{agent}|{end}|{hold}|{talk}|1")
        if r > 0.97:
            out.append(f"{ts + hold + talk}|NONE|{q}|{agent}|PAUSE|Break")
            out.append(f"{ts + hold + talk + 300}|NONE|{q}|{agent}|UNPAUSE|")
    return out[:n_lines]
