"""The breaks dock: who needs a recovery break now (ranked), and the breaks running.

The first list holds only the agents at or over the break threshold
(``console.domain.break_need``), highest first, with the translated reasons in full: the Why
column wraps instead of eliding, since the reasons are what the supervisor decides on. Agents
at "watch" (or owed a 1:1 talk after their break) are a muted line under it, not rows of the
list. The second list counts running breaks down from the controller's clock; a break granted
during a call waits, and says so, until the call ends; an overdue return is highlighted; "End
break" ends one by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.board import AgentRow, BoardSnapshot
from console.domain.break_need import needs_break, to_watch
from console.domain.breaks import Break, BreakSettings
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts
from console.ui.care.care_controller import CareController

KeyRole = int(Qt.ItemDataRole.UserRole) + 1
_LEVEL_STATUS = {"watch": palette.Status.CAUTION, "break_recommended": palette.Status.DANGER,
                 "ok": palette.Status.NEUTRAL}

TEXT_MARGIN = 4  # px around a wrapped cell's text (the style's own margin, and some air)
WATCH_NAMES_SHOWN = 8  # the watch line names this many; its tooltip names all
__all__ = ["BreaksPanel", "KeyRole", "needs_break", "to_watch"]


class _WrappedText(QStyledItemDelegate):
    """A column whose text wraps: the row is as tall as the text needs at the column's width.

    QTreeView asks a delegate for the row height without telling it the column's width, so
    the width comes from the header here (and the view is laid out again when it changes)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._view.header().sectionSize(index.column()) - 2 * TEXT_MARGIN
        if not text or width <= 0:
            return hint
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        return QSize(hint.width(), max(hint.height(), height + 2 * TEXT_MARGIN))


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
        self._watch_keys: list[str] = []
        self._shown_reasons: tuple[tuple[str, str], ...] = ()

        need_title = QLabel(self.tr("Needs a break now"))
        need_title.setObjectName("SectionTitle")
        self.needs = _tree("NeedsBreakList", [self.tr("Agent"), self.tr("Strain"),
                                              self.tr("Why")])
        self.needs.setColumnWidth(0, 130)
        self.needs.setColumnWidth(1, 64)  # the score: everyone listed is at "break recommended"
        self.needs.setItemDelegateForColumn(2, _WrappedText(self.needs))
        # the reasons are the key information: wrapped in full, never cut with an ellipsis
        self.needs.setUniformRowHeights(False)
        self.needs.setWordWrap(True)
        self.needs.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.needs.header().setStretchLastSection(True)
        self.needs.header().sectionResized.connect(lambda *_: self.needs.doItemsLayout())
        self.needs.itemDoubleClicked.connect(lambda *_: self._grant())
        self.needs.currentItemChanged.connect(self._update_buttons)
        self.grant_button = QPushButton(self.tr("Grant break…"))
        self.grant_button.setObjectName("GrantBreakButton")
        self.grant_button.clicked.connect(self._grant)
        self.empty_needs = QLabel(self.tr("Nobody needs a recovery break right now."))
        self.empty_needs.setObjectName("Muted")
        self.empty_needs.setWordWrap(True)
        # under the threshold, but worth an eye: one muted line, clearly not the list above
        self.watch_line = QLabel()
        self.watch_line.setObjectName("Muted")
        self.watch_line.setAccessibleName(self.tr("Agents to watch"))
        self.watch_line.setWordWrap(True)
        self.watch_line.setTextFormat(Qt.TextFormat.PlainText)
        self.watch_line.hide()

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
        layout.addWidget(self.watch_line)
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
            item.setText(1, str(round(agent.strain)))
            item.setIcon(1, palette.status_icon(status))
            item.setForeground(1, QBrush(palette.status_color(status)))
            why = self._why(agent)
            item.setText(2, why)
            tip = f"{agent.display_name} · {round(agent.strain)} · " \
                  f"{texts.level_text(agent.strain_level)}: {why}"
            for col in range(3):
                item.setToolTip(col, tip)
        shown = tuple((a.name, item.text(2)) for item, a in zip(items, ranked, strict=True))
        if shown != self._shown_reasons:  # row heights follow the wrapped reasons
            self._shown_reasons = shown
            self.needs.doItemsLayout()
        self.empty_needs.setVisible(not ranked)
        self._show_watch(to_watch(snapshot.agents))
        self._breaks = list(snapshot.breaks)
        self.tick(snapshot.now)

    def _why(self, agent: AgentRow) -> str:
        why = texts.reasons_text(agent.strain_reasons)
        if agent.recommend_one_to_one:
            why = texts.join([self.tr("1:1 talk recommended"), why])
        return why

    def _show_watch(self, watch: list[AgentRow]) -> None:
        self._watch_keys = [a.name for a in watch]
        self.watch_line.setVisible(bool(watch))
        if not watch:
            self.watch_line.clear()
            self.watch_line.setToolTip("")
            return
        talk = self.tr("1:1 talk")
        names = ", ".join(f"{a.display_name} {round(a.strain)}"
                          + (f" ({talk})" if a.recommend_one_to_one else "")
                          for a in watch[:WATCH_NAMES_SHOWN])
        if len(watch) > WATCH_NAMES_SHOWN:
            names += " " + self.tr("+{n} more").format(n=len(watch) - WATCH_NAMES_SHOWN)
        self.watch_line.setText(self.tr("Watch, under the break threshold: {names}").format(
            names=names))
        self.watch_line.setToolTip("\n".join(
            f"{a.display_name} · {round(a.strain)} · {texts.level_text(a.strain_level)}: "
            f"{self._why(a) or fmt.DASH}" for a in watch))

    def watch_names(self) -> list[str]:
        """The agents on the watch line, by key (for tests and the agent menu)."""
        return list(self._watch_keys)

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
