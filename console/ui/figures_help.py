"""Help > What the figures mean: every figure on the board, said in words, in the UI language.

Why: a supervisor decides from these numbers during a shift, and F1 used to list only keyboard
shortcuts. Each entry says how the figure is counted (the same rules as console/domain/kpi.py,
strain.py and the floor-state derivation, and as the README's "Figures and their definitions"),
so the screen and the shift report can be read without the manual. Thresholds are the floor's
settings (Edit > Preferences); the defaults are quoted.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget

CTX = "FiguresHelp"

# (title, explanation): translated when the page is built
ENTRIES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("FiguresHelp", "Calls waiting"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Callers in a queue now, not yet answered. Alert above 5 by default.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Longest wait"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "How long the caller who has waited longest has been waiting. Amber "
                       "past the service-level time, red past 120 seconds by default.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Service level (SL)"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Calls answered within the target time (20 seconds by default) divided "
                       "by calls offered. Offered leaves out callers who hung up within 5 "
                       "seconds, and calls still waiting that have not yet waited the target "
                       "time; a call waiting longer already counts as missed. \"SL today\" "
                       "counts since midnight, \"SL last 30 min\" the last half hour. This is "
                       "stricter than Asterisk's own figure, which divides by completed calls "
                       "only.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Abandon rate"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Callers who hung up before an answer, divided by calls offered, both "
                       "without the short abandons under 5 seconds. Amber above 5 %, red above "
                       "10 %.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Average handle time (AHT)"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Talk time plus wrap-up time, divided by the calls handled today.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Occupancy"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Of the last hour's logged-in time: (talk + wrap-up) / (talk + wrap-up + "
                       "available). Pauses and logged-out time are left out. Healthy up to "
                       "85 %, caution to 92 %, danger above: a floor that stays above 85 % "
                       "burns people out.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Agent states"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Available: logged in and free to take a call in at least one of their "
                       "queues. On a call: talking to a caller. Wrap-up: after-call work "
                       "(paused with a wrap-up reason such as ACW). Paused: paused in every "
                       "queue they serve, with the reason given on the phone. Logged out: a "
                       "member of no queue. Asterisk pauses per queue: an agent paused in one "
                       "queue and free in another is shown as both, and counts as available. "
                       "\"In state\" is the time since the state began.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Missed"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Calls that rang the agent today and were not answered by them.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Strain score"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "0 to 100, counted from events only, never guessed from voice or text: "
                       "abusive calls by severity (a threat weighs most), complaint and very "
                       "long calls, more than 90 minutes since the last break, and last-hour "
                       "occupancy above 85 %. Each event fades with about 45 minutes at work, "
                       "faster on a break or while logged out; a fifth carries into the next "
                       "day. Watch from 30, break recommended from 60; a threat or harassment "
                       "recommends a break and a 1:1 talk at once. The reasons are always "
                       "shown beside the score.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Recovery break cover"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Before a break, the service level the floor would reach with one agent "
                       "fewer (Erlang C on the last 30 minutes' calls and handle time), and "
                       "the stagger rule: at most about 20 % of a team off the phones at "
                       "once.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Alerts"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Calls waiting, longest wait, service level under target, abandons in "
                       "the last hour, no agent available, and an agent's strain over the "
                       "threshold. An acknowledged alert stays grey until its condition "
                       "clears; one that returns within 15 minutes is the same alert.")),
    (QT_TRANSLATE_NOOP("FiguresHelp", "Escalations"),
     QT_TRANSLATE_NOOP("FiguresHelp",
                       "Each escalated complaint has a promised callback time. At risk: a "
                       "quarter or less of the promise left. Breached: the promise has "
                       "passed. Trust at the first reply is (1 - reply time / promised time) "
                       "x 100, shown as \"overdue\" once the reply came late.")),
)


def entries() -> list[tuple[str, str]]:
    tr = QCoreApplication.translate
    return [(tr(CTX, title), tr(CTX, text)) for title, text in ENTRIES]


class FiguresPage(QWidget):
    """The explanations, searchable (a word in a title or in the text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FiguresHelp")
        self.search = QLineEdit()
        self.search.setObjectName("FiguresSearch")
        self.search.setPlaceholderText(self.tr("Search the figures…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.browser = QTextBrowser()
        self.browser.setObjectName("FiguresText")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.browser, 1)
        self._entries = entries()
        self.filter("")

    def filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = [(t, x) for t, x in self._entries
                 if not needle or needle in t.casefold() or needle in x.casefold()]
        self.shown_titles = [t for t, _ in shown]
        if not shown:
            self.browser.setHtml(f"<p>{escape(self.tr('Nothing matches.'))}</p>")
            return
        self.browser.setHtml("".join(
            f"<h3>{escape(t)}</h3><p>{escape(x)}</p>" for t, x in shown))
