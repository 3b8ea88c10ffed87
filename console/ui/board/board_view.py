"""The team board's central area: filter bar, agent table, queue breakdown.

(The KPI strip sits in a title-less top dock of the main window so it spans the full width,
above both this area and the charts dock.)

The view only applies snapshots that the controller hands it; it never asks for data. With no
data source it shows an empty-state page that tells the user how to get one instead of an empty
table that looks broken.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.board import BoardSnapshot
from console.ui.board.agent_filter_proxy import AgentFilterProxy
from console.ui.board.agent_table_model import AgentNameRole, AgentTableModel, Column
from console.ui.board.delegates import StatusCellDelegate
from console.ui.board.queue_table_model import QueueColumn, QueueTableModel
from console.ui.board.row_hold import RowHold
from console.ui.care.texts import level_text
from console.ui.table_views import FullTextTips

_AGENT_WIDTHS = {
    Column.NAME: 140,
    Column.TEAM: 112,
    Column.STATE: 250,  # room for "Available · Paused in support (Coaching)"
    Column.STRAIN: 150,
    Column.TIME_IN_STATE: 92,
    Column.CALLS: 60,
    Column.AHT: 64,
    Column.MISSED: 68,
    Column.LAST_CALL: 88,
}
NAME_COMFORT = 140  # the stretching name column should get at least this much


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setIconSize(QSize(16, 16))
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class BoardView(QWidget):
    """Central widget of the main window."""

    def __init__(self, has_source: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardView")
        self.model = AgentTableModel(self)
        self.proxy = AgentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.queue_model = QueueTableModel(self)
        self._teams: tuple[str, ...] = ()

        self.team_combo = QComboBox()
        self.team_combo.setObjectName("TeamFilter")
        self.team_combo.setMinimumWidth(160)
        self.team_combo.addItem(self.tr("All teams"), None)
        self.team_combo.currentIndexChanged.connect(self._on_team)
        self.search = QLineEdit()
        self.search.setObjectName("AgentSearch")
        self.search.setPlaceholderText(self.tr("Search agents…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(self.proxy.set_search)
        self.shown = QLabel()
        self.shown.setObjectName("Muted")
        heading = QLabel(self.tr("Agents"))
        heading.setObjectName("SectionTitle")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(heading)
        filters.addSpacing(8)
        filters.addWidget(self.team_combo)
        filters.addWidget(self.search, 1)
        filters.addStretch(1)
        filters.addWidget(self.shown)

        self.table = _table("AgentTable")
        self.table.setModel(self.proxy)
        agent_header = self.table.horizontalHeader()
        agent_header.setStretchLastSection(False)
        agent_header.setMinimumSectionSize(56)
        agent_header.ensurePolished()
        for col, width in _AGENT_WIDTHS.items():
            # translated headers may be wider than the English defaults
            agent_header.resizeSection(col, max(width, agent_header.sectionSizeHint(col) + 8))
        # "63 · Break recommended" in full: the level is the point of the column
        widest = max(self.table.fontMetrics().horizontalAdvance(f"100 · {level_text(level)}")
                     for level in ("watch", "break_recommended"))
        agent_header.resizeSection(
            Column.STRAIN, max(agent_header.sectionSize(Column.STRAIN), widest + 48))
        # the name column takes the spare width, so numbers stay next to their headers
        agent_header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(Column.STATE, Qt.SortOrder.AscendingOrder)
        self._status_delegate = StatusCellDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.TIME_IN_STATE, self._status_delegate)
        self.table.setItemDelegateForColumn(Column.STRAIN, self._status_delegate)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_shown)
        self.row_hold = RowHold(self.table, self.model)
        FullTextTips(self.table)  # "Paused · Lunch with the…": the whole state on hover
        self.row_hold.changed.connect(self._update_shown)

        self.queue_table = _table("QueueTable")
        self.queue_table.setModel(self.queue_model)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.queue_table.setItemDelegateForColumn(QueueColumn.SL, self._status_delegate)
        q_header = self.queue_table.horizontalHeader()
        # a few rows only: fitting the contents is cheap; the last column takes the rest
        q_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        q_header.setMinimumSectionSize(64)
        self.queue_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        queue_title = QLabel(self.tr("Queues today"))
        queue_title.setObjectName("SectionTitle")
        self.queue_section = QWidget()
        q_layout = QVBoxLayout(self.queue_section)
        q_layout.setContentsMargins(0, 8, 0, 0)
        q_layout.setSpacing(6)
        q_layout.addWidget(queue_title)
        q_layout.addWidget(self.queue_table)
        self.queue_section.hide()

        agents_box = QWidget()
        a_layout = QVBoxLayout(agents_box)
        a_layout.setContentsMargins(0, 0, 0, 0)
        a_layout.setSpacing(8)
        a_layout.addLayout(filters)
        a_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("BoardSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(agents_box)
        self.splitter.addWidget(self.queue_section)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)


        self.empty_card = QFrame()
        self.empty_card.setObjectName("EmptyState")
        self.empty_card.setFixedWidth(600)
        title = QLabel(self.tr("No data source"))
        title.setObjectName("EmptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = QLabel(self.tr(
            "Run <code>composure demo</code> to watch a simulated floor, or start with "
            "<code>--queue-log FILE</code> to follow an Asterisk queue_log."))
        self.empty.setObjectName("EmptyBody")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        card_layout = QVBoxLayout(self.empty_card)
        card_layout.setContentsMargins(40, 32, 40, 36)
        card_layout.setSpacing(12)
        card_layout.addWidget(title)
        card_layout.addWidget(self.empty)
        empty_page = QWidget()
        e_layout = QVBoxLayout(empty_page)
        e_layout.addStretch(2)
        centred = QHBoxLayout()  # stretches, not an alignment flag: keeps height-for-width
        centred.addStretch(1)
        centred.addWidget(self.empty_card)
        centred.addStretch(1)
        e_layout.addLayout(centred)
        e_layout.addStretch(3)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(empty_page)
        self.stack.setCurrentIndex(0 if has_source else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 6, 6)
        layout.addWidget(self.stack)
        self._update_shown()
        self.setFocusProxy(self.table)

    def set_compact(self, compact: bool) -> None:
        """Shorter rows on a short screen: ten agents or more fit at 1366x768."""
        height = 26 if compact else 30
        for table in (self.table, self.queue_table):
            table.verticalHeader().setDefaultSectionSize(height)
        # names never cut: on a narrow table the name keeps its width and the far columns
        # scroll sideways instead (the name is what a supervisor reads first)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Interactive
                                    if compact else QHeaderView.ResizeMode.Stretch)
        if compact:
            header.resizeSection(Column.NAME, NAME_COMFORT)
        if self.queue_section.isVisible():
            self._fit_queue_table()

    def show_board(self) -> None:
        """Leave the empty state: a source has been chosen (console/ui/first_run.py)."""
        self.stack.setCurrentIndex(0)

    @property
    def showing_empty_state(self) -> bool:
        return self.stack.currentIndex() == 1

    # ------------------------------------------------------------------ updates
    def apply(self, snapshot: BoardSnapshot) -> None:
        self._set_teams(snapshot.teams)
        self.model.set_rows(snapshot.agents, snapshot.now)
        # rows that moved lay the table out now, not on Qt's next timer: one paint, not two
        self.table.executeDelayedItemsLayout()
        self.queue_model.set_members(snapshot.queue_members)
        self.queue_model.set_rows(snapshot.queues, snapshot.kpis.sl_target,
                                  snapshot.kpis.sl_seconds)
        several = len(snapshot.queues) > 1
        if several:
            self._fit_queue_table()
        self.queue_section.setVisible(several)
        self._update_shown()

    def tick(self, now: float) -> None:
        self.model.tick(now)
        self.row_hold.update()

    def select_agent(self, name: str) -> bool:
        """Select (and scroll to) an agent's row; clears the filters if they hide it."""
        row = self.model.row_for(name)
        if row is None:
            return False
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            self.team_combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def selected_agent(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(AgentNameRole)

    def _set_teams(self, teams: tuple[str, ...]) -> None:
        if teams == self._teams:
            return
        self._teams = teams
        current = self.team_combo.currentData()
        self.team_combo.blockSignals(True)
        while self.team_combo.count() > 1:
            self.team_combo.removeItem(1)
        for team in teams:
            self.team_combo.addItem(team, team)
        # team names come from the roster: make their column as wide as the longest one
        header = self.table.horizontalHeader()
        longest = max((self.table.fontMetrics().horizontalAdvance(t) for t in teams), default=0)
        if longest + 28 > header.sectionSize(Column.TEAM):
            header.resizeSection(Column.TEAM, min(longest + 28, 220))
        index = self.team_combo.findData(current) if current else 0
        self.team_combo.setCurrentIndex(max(0, index))
        self.team_combo.blockSignals(False)
        self._on_team()

    def _on_team(self, *_: object) -> None:
        self.proxy.set_team(self.team_combo.currentData())
        self._update_shown()

    def _update_shown(self, *_: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("{n} agents").format(n=total)
        else:
            text = self.tr("{shown} of {n} agents").format(shown=shown, n=total)
        if self.row_hold.held:
            text = self.tr("{count} · order held while pointing").format(count=text)
        self.shown.setText(text)

    def _fit_queue_table(self) -> None:
        """Exactly as tall as its rows: a handful of queues never needs a scroll bar."""
        rows = self.queue_model.rowCount()
        header = self.queue_table.horizontalHeader()
        header.ensurePolished()
        height = (header.sizeHint().height()
                  + rows * self.queue_table.verticalHeader().defaultSectionSize()
                  + 2 * self.queue_table.frameWidth() + 2)
        if self.queue_table.height() != height:
            self.queue_table.setFixedHeight(height)

    def comfortable_width(self) -> int:
        """Width below which the table scrolls sideways (the window narrows the charts first)."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in Column
                    if c != Column.NAME and not header.isSectionHidden(c))
        chrome = self.width() - self.table.viewport().width() if self.isVisible() else 60
        return fixed + NAME_COMFORT + chrome

    # ------------------------------------------------------------------ settings
    def save_state(self) -> dict[str, QByteArray]:
        return {
            "agent_header": self.table.horizontalHeader().saveState(),
            "splitter": self.splitter.saveState(),
        }

    def restore_state(self, state: dict[str, object]) -> None:
        header = state.get("agent_header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        splitter = state.get("splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
