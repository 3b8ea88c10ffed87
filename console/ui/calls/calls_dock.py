"""The Recent calls dock: today's newest calls, to find one and act on it.

A supervisor hears about a call after the fact ("that caller just screamed at Chloe"); here
they find it by agent, queue or the caller's last digits and right-click it: "Flag abusive
call…" links the flag to that call (call id and queue), "Open agent" selects the agent on
the board. Other features add their own entries (escalations, peer coaching) with
:meth:`CallsDock.add_menu_extender`; each extender is called with the call's
:class:`~console.domain.calls.CallRow` and the menu, every time the menu opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from console.domain import calls as call_rules
from console.domain.board import BoardSnapshot
from console.domain.calls import CallRow
from console.ui import formatting as fmt
from console.ui.calls.calls_filter_proxy import CallsFilterProxy
from console.ui.calls.calls_table_model import CallColumn, CallRowRole, CallsTableModel
from console.ui.care.care_controller import CareController
from console.ui.care.flag_dialog import FlagDialog
from console.ui.table_views import dock_table

MenuExtender = Callable[[CallRow, QMenu], None]


class CallsDock(QDockWidget):
    open_agent = Signal(str)

    def __init__(self, care: CareController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recent calls"), parent)
        self.setObjectName("CallsDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.care = care
        self.menu_extenders: list[MenuExtender] = []
        self.last_dialog: FlagDialog | None = None
        self.model = CallsTableModel(self)
        self.proxy = CallsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("CallsSearch")
        self.search.setPlaceholderText(self.tr("Filter: agent, queue or caller digits"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.outcome = QComboBox()
        self.outcome.setObjectName("CallsOutcome")
        self.outcome.addItem(self.tr("All outcomes"), None)
        for group, label in ((call_rules.ANSWERED, self.tr("Answered")),
                             (call_rules.ABANDONED, self.tr("Abandoned")),
                             (call_rules.IN_PROGRESS, self.tr("In progress")),
                             (call_rules.OTHER, self.tr("Other endings"))):
            self.outcome.addItem(label, group)
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")

        # fixed widths from the font, not ResizeToContents: 300 rows re-measured every second
        # would cost more than the whole refresh
        self.table = dock_table("CallsTable", self.proxy, min_height=90, row_height=26,
                                resize=QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CallColumn.TIME, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(24)
        self._set_widths()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda *_: self.open_selected_agent())

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.outcome)
        bar.addWidget(self.count_label)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setWidget(holder)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def _set_widths(self) -> None:
        """Room for typical values: the bottom row is shared, so every pixel counts (a
        column is still widened by hand, and the outcome takes what is left)."""
        fm = self.table.fontMetrics()
        pad = 32  # the stylesheet's 8 px cell padding on each side, the style's text margins
        samples = {CallColumn.TIME: "88:88",
                   CallColumn.QUEUE: "complaints", CallColumn.AGENT: "Hannah Johnson",
                   CallColumn.CALLER: "•••• 8888", CallColumn.WAIT: "88:88",
                   CallColumn.TALK: "88:88"}
        for col, text in samples.items():
            self.table.setColumnWidth(col, fm.horizontalAdvance(text) + pad)
        self.table.setColumnWidth(CallColumn.FLAG, fm.horizontalAdvance("⚑") + pad // 2)

    # ------------------------------------------------------------------ updates
    def apply(self, snapshot: BoardSnapshot) -> None:
        self.model.set_calls(snapshot.recent_calls)
        self._update_count()

    def _update_count(self, *_: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = (self.tr("1 call") if total == 1
                    else self.tr("%n calls", "", total))
        else:
            text = self.tr("{shown} of {total}").format(shown=fmt.count(shown),
                                                        total=fmt.count(total))
        self.count_label.setText(text)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_outcome(self, *_: object) -> None:
        self.proxy.set_group(self.outcome.currentData())
        self._update_count()

    def selected_call(self) -> CallRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(CallRowRole)

    def select_call(self, call_id: int) -> bool:
        row = self.model.row_for(call_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    # ------------------------------------------------------------------ actions
    def flag_selected(self) -> FlagDialog | None:
        call = self.selected_call()
        return self.flag_call(call) if call is not None else None

    def flag_call(self, call: CallRow) -> FlagDialog | None:
        """The flag dialog for this call's agent; the flag is linked to the call."""
        if not call.agent:
            return None
        label = self.tr("{agent} ({queue}, {time})").format(
            agent=call.agent_name or call.agent, queue=call.queue,
            time=fmt.clock_time(call.enter_ts, seconds=False))
        dialog = FlagDialog(label, self.window())
        self.last_dialog = dialog
        agent, callid, queue = call.agent, call.callid, call.queue
        dialog.accepted.connect(lambda: self.care.flag_call(
            agent, *dialog.values(), callid=callid, queue=queue))
        dialog.open()
        return dialog

    def open_selected_agent(self) -> None:
        call = self.selected_call()
        if call is not None and call.agent:
            self.open_agent.emit(call.agent)

    # ------------------------------------------------------------------ menu
    def add_menu_extender(self, extend: MenuExtender) -> None:
        """Another feature's entries in a call's menu: ``extend(call_row, menu)``, called each
        time the menu opens (after "Flag abusive call…" and "Open agent")."""
        self.menu_extenders.append(extend)

    def call_menu(self, call: CallRow) -> QMenu:
        """Entries bound to ``call`` (not to the selection, which a refresh may move)."""
        menu = QMenu(self)
        flag = menu.addAction(self.tr("Flag abusive call…"))
        flag.setObjectName("actionFlagListedCall")
        flag.setEnabled(bool(call.agent))  # nobody answered: no agent to look after
        flag.triggered.connect(lambda: self.flag_call(call))
        open_agent = menu.addAction(self.tr("Open agent"))
        open_agent.setObjectName("actionOpenCallAgent")
        open_agent.setEnabled(bool(call.agent))
        open_agent.triggered.connect(lambda: self.open_agent.emit(call.agent or ""))
        for extend in self.menu_extenders:
            extend(call, menu)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        call = index.data(CallRowRole)
        if call is not None:
            self.call_menu(call).exec(self.table.viewport().mapToGlobal(pos))
