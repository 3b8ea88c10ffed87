"""Who is due a recovery break now, and who is only worth watching.

One rule for every place that answers "who needs a break" (the breaks panel, the glance line):
an agent needs one when the strain rule recommends a break, i.e. the score is at or over the
floor's "break recommended" threshold, or a threat or harassment flag this shift has not been
followed by a break (``console.domain.strain`` sets the level to "break_recommended" for both).
A "watch" score, or a 1:1 talk still owed after the break was taken, is not a break: listing
those among the breaks made the list long and hid who was really due one.

Nobody on a break, waiting for a granted one to start, or logged out is listed: there is
nothing to grant them.
"""

from __future__ import annotations

from collections.abc import Iterable

from console.domain.board import AgentRow

BREAK_LEVEL = "break_recommended"
WATCH_LEVEL = "watch"


def _grantable(agent: AgentRow) -> bool:
    return (agent.on_break_until is None and not agent.break_waiting
            and agent.state != "logged_out")


def _rank(agent: AgentRow) -> tuple[bool, float, str]:
    return (not agent.recommend_one_to_one, -agent.strain, agent.display_name.casefold())


def needs_break(agents: Iterable[AgentRow]) -> list[AgentRow]:
    """Agents at or over the break threshold, a 1:1 talk first, then highest strain first."""
    return sorted((a for a in agents if _grantable(a) and a.strain_level == BREAK_LEVEL),
                  key=_rank)


def to_watch(agents: Iterable[AgentRow]) -> list[AgentRow]:
    """Agents under the break threshold but at "watch", or owed a 1:1 talk: ranked the same."""
    return sorted((a for a in agents if _grantable(a) and a.strain_level != BREAK_LEVEL
                   and (a.strain_level == WATCH_LEVEL or a.recommend_one_to_one)),
                  key=_rank)
