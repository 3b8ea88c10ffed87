"""The breaks dock: who needs a recovery break now (ranked), and the breaks running.

The first list ranks agents whose strain is "watch" or "break recommended" (or who should have
a 1:1 talk), highest first, with the translated reasons. The second counts running breaks down
from the controller's clock; a break granted during a call waits, and says so, until the call
ends; an overdue return is highlighted; "End break" ends one by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.board import AgentRow, BoardSnapshot
from console.domain.breaks import Break, BreakSettings
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts
from console.ui.care.care_controller import CareController

KeyRole = int(Qt.ItemDataRole.UserRole) + 1
_LEVEL_STATUS = {"watch": palette.Status.CAUTION, "break_recommended": palette.Status.DANGER,
                 "ok": palette.Status.NEUTRAL}


def needs_break(agents: tuple[AgentRow, ...]) -> list[AgentRow]:
    """Agents to consider for a recovery break, highest strain first (not those on one)."""
    wanted = [a for a in agents if a.on_break_until is None and not a.break_waiting
              and a.state != "logged_out"
              and (a.strain_level in ("watch", "break_recommended") or a.recommend_one_to_one)]
    return sorted(wanted, key=lambda a: (not a.recommend_one_to_one, -a.strain,
                                         a.display_name.casefold()))


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHeaderLabels(headers)
    tree.setMinimumHeight(48)
    return tree


def _sync(tree: QTreeWidget, keys: list[object]) -> list[QTreeWidgetItem]:
    """Items for ``keys`` in that order, reusing existing ones so the selection stays."""
    existing = {tree.topLevelItem(i).data(0, KeyRole): tree.topLevelItem(i)
                for i in range(tree.topLevelItemCount())}
    current = [tree.topLevelItem(i).data(0, KeyRole) for i in range(tree.topLevelItemCount())]
    if current == keys:
        return [existing[k] for k in keys]
    selected = tree.currentItem().data(0, KeyRole) if tree.currentItem() else None
    for item in existing.values():
        tree.takeTopLevelItem(tree.indexOfTopLevelItem(item))
    items = []
    for key in keys:
        item = existing.get(key) or QTreeWidgetItem()
        item.setData(0, KeyRole, key)
        tree.addTopLevelItem(item)
        items.append(item)
        if key == selected:
            tree.setCurrentItem(item)
    return items


class BreaksPanel(QDockWidget):
    grant_requested = Signal(str)  # agent name

    def __init__(self, care: CareController, settings: BreakSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recovery breaks"), parent)
        self.setObjectName("BreaksDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.care = care
        self.break_settings = settings or BreakSettings()
        self._names: dict[str, str] = {}
        self._breaks: list[Break] = []
        self._now = 0.0

        need_title = QLabel(self.tr("Needs a break now"))
        need_title.setObjectName("SectionTitle")
        self.needs = _tree("NeedsBreakList", [self.tr("Agent"), self.tr("Strain"),
                                              self.tr("Why")])
        self.needs.setColumnWidth(0, 130)
        self.needs.setColumnWidth(1, 150)
        self.needs.itemDoubleClicked.connect(lambda *_: self._grant())
        self.needs.currentItemChanged.connect(self._update_buttons)
        self.grant_button = QPushButton(self.tr("Grant break…"))
        self.grant_button.setObjectName("GrantBreakButton")
        self.grant_button.clicked.connect(self._grant)
        self.empty_needs = QLabel(self.tr("Nobody needs a recovery break right now."))
        self.empty_needs.setObjectName("Muted")

        running_title = QLabel(self.tr("On a recovery break"))
        running_title.setObjectName("SectionTitle")
        self.running = _tree("RunningBreaksList", [self.tr("Agent"), self.tr("Left"),
                                                   self.tr("Length"), self.tr("1:1 talk")])
        self.running.setColumnWidth(0, 130)
        self.running.setColumnWidth(1, 200)  # room for "Starts when the call ends"
        self.running.currentItemChanged.connect(self._update_buttons)
        self.end_button = QPushButton(self.tr("End break"))
        self.end_button.setObjectName("EndBreakButton")
        self.end_button.clicked.connect(self._end)

        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(need_title)
        top.addStretch(1)
        top.addWidget(self.grant_button)
        layout.addLayout(top)
        layout.addWidget(self.empty_needs)
        layout.addWidget(self.needs, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(running_title)
        bottom.addStretch(1)
        bottom.addWidget(self.end_button)
        layout.addLayout(bottom)
        layout.addWidget(self.running, 1)
        self.setWidget(holder)
        self._update_buttons()

    # ------------------------------------------------------------------ updates
    def apply(self, snapshot: BoardSnapshot) -> None:
        self.break_settings = snapshot.settings.breaks  # the floor's, from Preferences
        self._names = {a.name: a.display_name for a in snapshot.agents}
        ranked = needs_break(snapshot.agents)
        items = _sync(self.needs, [a.name for a in ranked])
        for item, agent in zip(items, ranked, strict=True):
            status = _LEVEL_STATUS.get(agent.strain_level, palette.Status.NEUTRAL)
            item.setText(0, agent.display_name)
            item.setText(1, f"{round(agent.strain)} · {texts.level_text(agent.strain_level)}")
            item.setIcon(1, palette.status_icon(status))
            item.setForeground(1, QBrush(palette.status_color(status)))
            why = texts.reasons_text(agent.strain_reasons)
            if agent.recommend_one_to_one:
                why = texts.join([self.tr("1:1 talk recommended"), why])
            item.setText(2, why)
            item.setToolTip(2, why)
        self.empty_needs.setVisible(not ranked)
        self._breaks = list(snapshot.breaks)
        self.tick(snapshot.now)

    def tick(self, now: float) -> None:
        self._now = max(self._now, now)
        items = _sync(self.running, [b.id for b in self._breaks])
        danger = palette.status_color(palette.Status.DANGER)
        for item, brk in zip(items, self._breaks, strict=True):
            left = brk.seconds_left(self._now)
            overdue = brk.overdue(self._now, self.break_settings)
            item.setText(0, self._names.get(brk.agent, brk.agent))
            if brk.waiting:
                item.setText(1, self.tr("Starts when the call ends"))
            elif left >= 0:
                item.setText(1, self.tr("{t} left").format(t=fmt.countdown(left)))
            else:
                item.setText(1, self.tr("{t} over").format(t=fmt.countdown(-left)))
            item.setText(2, self.tr("{n} min").format(n=brk.planned_minutes))
            item.setText(3, self.tr("Yes") if brk.one_to_one else "")
            font = QFont(item.font(0))
            font.setBold(overdue)
            for col in range(4):
                item.setFont(col, font)
                item.setForeground(col, QBrush(danger) if overdue else QBrush())
            item.setIcon(1, palette.status_icon(palette.Status.DANGER) if overdue
                         else palette.status_icon(palette.Status.NEUTRAL))
            item.setToolTip(1, self._left_tip(brk, overdue))
        self._update_buttons()

    def _left_tip(self, brk: Break, overdue: bool) -> str:
        due = fmt.clock_time(brk.due_at(), False)
        if brk.waiting:
            return self.tr("Granted at {time} during a call: the {n} minutes start counting "
                           "when the call ends").format(
                time=fmt.clock_time(brk.start_ts, False), n=brk.planned_minutes)
        if overdue:
            return self.tr("Overdue: due back at {time}").format(time=due)
        return self.tr("Due back at {time}").format(time=due)

    def _update_buttons(self, *_: object) -> None:
        self.grant_button.setEnabled(self.needs.currentItem() is not None)
        self.end_button.setEnabled(self.running.currentItem() is not None)

    def select_needs(self, agent: str) -> None:
        for i in range(self.needs.topLevelItemCount()):
            if self.needs.topLevelItem(i).data(0, KeyRole) == agent:
                self.needs.setCurrentItem(self.needs.topLevelItem(i))

    def _grant(self) -> None:
        item = self.needs.currentItem()
        if item is not None:
            self.grant_requested.emit(item.data(0, KeyRole))

    def _end(self) -> None:
        item = self.running.currentItem()
        if item is not None:
            self.care.end_break(int(item.data(0, KeyRole)))
