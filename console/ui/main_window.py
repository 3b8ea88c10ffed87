"""The main window: a thin shell that places the board, docks and status bar and wires them to
the controller. Layout and table state are remembered in QSettings between runs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QVBoxLayout, QWidget

from console.domain.board import BoardSnapshot
from console.domain.escalations import AT_RISK, BREACHED
from console.services.escalations import EscalationBoard
from console.ui import palette
from console.ui import settings as keys
from console.ui.actions import BoardActions
from console.ui.audit.floor_data_safety import FloorDataSafety
from console.ui.board.board_view import BoardView
from console.ui.board.charts import ChartsPanel
from console.ui.board.kpi_strip import KpiStrip
from console.ui.calls.floor_calls import install_calls_dock
from console.ui.care.floor_care import FloorCare
from console.ui.coaching.floor_coaching import FloorCoaching
from console.ui.controller import BoardController, BoardSource
from console.ui.dock_tabs import DockTabs, short_title
from console.ui.escalations.floor_escalations import FloorEscalations
from console.ui.first_run import FirstRun
from console.ui.glance_bar import GlanceBar
from console.ui.keyboard import KeyboardActions
from console.ui.positives.floor_positives import FloorPositives
from console.ui.preferences.floor_preferences import FloorPreferences
from console.ui.problems_view import ProblemsDock
from console.ui.sources.ami_thread import FloorAmi
from console.ui.status_bar import BoardStatusBar

DEFAULT_SIZE = (1600, 1000)
COMPACT_BOARD_MIN = 780  # px the board keeps beside the docks' tab stack in the compact layout
COMPACT_HEIGHT = 900  # below this first-run height the docks are arranged for a short screen
COMPACT_TAB_ORDER = ("FlagsDock", "BreaksDock", "EscalationsDock", "CallsDock", "CoachingDock",
                     "PositivesDock", "IssuesDock")  # after the charts, in the compact layout


def _first_size(window: QWidget) -> tuple[int, int]:
    """The default size, shrunk to the screen the window opens on."""
    screen = window.screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return DEFAULT_SIZE  # the offscreen platform's 800x600 "screen" is no real screen
    room = screen.availableGeometry()
    return min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height())


class MainWindow(QMainWindow):
    refreshed = Signal()  # first full refresh applied (snapshot after ingest caught up)

    def __init__(
        self,
        source: BoardSource,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        size: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._requested_size = size
        self._watching_screen = False
        self._compact = False  # the short-screen layout is in place
        self._fit_height: int | None = None  # the height the window was given at start
        self.setObjectName("MainWindow")
        self.source = source
        self.settings = settings if settings is not None else keys.app_settings()
        self._update_title(0)
        self.setWindowIcon(palette.app_icon())
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)
        self.dock_tabs = DockTabs(self)  # tabs never elide; short titles when compact

        self.board = BoardView(has_source=source.has_source)
        self.setCentralWidget(self.board)

        # the KPI strip spans the full width above the table and the charts: a fixed,
        # title-less top dock (the top area owns both top corners)
        self.kpis = KpiStrip()
        self.glance = GlanceBar()  # breaks needed and cover, newest flags, escalations
        self.care = FloorCare(self, self.board, source, self.settings)
        self.kpi_dock = _fixed_dock([self.kpis, self.glance, self.care.alerts], "KpiDock",
                                    self.tr("Key figures"), self)
        self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.TopDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.TopDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.kpi_dock)

        self.charts = ChartsPanel()
        self.charts_dock = QDockWidget(self.tr("Charts"), self)
        self.charts_dock.setObjectName("ChartsDock")
        self.charts_dock.setWidget(self.charts)
        self.charts_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.charts_dock)
        self.flags_dock = self.care.flags_dock
        self.breaks_dock = self.care.breaks_dock
        # flags and breaks side by side along the bottom, under the table and the charts
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.flags_dock)
        self.splitDockWidget(self.flags_dock, self.breaks_dock, Qt.Orientation.Horizontal)

        self.problems_dock = ProblemsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self.status = BoardStatusBar(self)
        self.setStatusBar(self.status)
        self.menu_actions = BoardActions(
            self, [self.kpi_dock, self.charts_dock, self.flags_dock, self.breaks_dock],
            self.problems_dock)

        self.preferences = FloorPreferences(self, source, self.settings,
                                            self.menu_actions.preferences)

        self.controller = BoardController(source, self)
        c = self.controller
        self.preferences.client.changed.connect(lambda: c.refresh(force=True))
        c.snapshot_ready.connect(self.apply_snapshot)
        c.feed(self.charts, self.charts.apply)  # not while the charts are closed or a back tab
        c.ticked.connect(self.board.tick)
        c.ticked.connect(self.care.tick)
        self.care.controller.changed.connect(lambda: c.refresh(force=True))
        self.care.unacknowledged_changed.connect(self._update_title)
        c.ingest_stepped.connect(self.status.set_step)
        c.ingest_failed.connect(self.status.set_error)
        c.snapshot_failed.connect(self.status.set_read_error)
        c.problems_ready.connect(self.problems_dock.set_problems)
        c.first_refresh.connect(self.refreshed)
        self.problems_dock.wanted.connect(c.request_problems)
        self.status.problems_clicked.connect(self.show_problems)
        # before coaching and escalations tab their docks: a tabbed dock cannot be split
        self.positives = FloorPositives.install(self)  # Positives + Issues docks, menus
        self.coaching = FloorCoaching.install(self)  # dock, View toggle, agent/flag menus
        self.escalations = FloorEscalations.install(self)  # dock, View toggle, menus, tray
        self.escalations.client.board_ready.connect(self._glance_escalations)
        self.glance.open_escalations.connect(lambda: _bring(self.escalations.dock))
        self.glance.open_flags.connect(lambda: _bring(self.flags_dock))
        self.glance.open_breaks.connect(lambda: _bring(self.breaks_dock))
        self.data_safety = FloorDataSafety.install(self)  # purge, shift backups, audit log
        # tabbed with the flags, after the others have split the flags dock
        self.calls_dock = install_calls_dock(self)  # Recent calls: flag a call, open agent
        # the live AMI link (Data sources), never on the demo floor: it has no PBX
        self.ami = FloorAmi(self, source.db_path, enabled=not source.is_demo)
        # last: the Actions menu, shortcuts and mnemonics see every feature's menus and docks
        self.keyboard = KeyboardActions.install(self)
        self.first_run = FirstRun.install(self)  # no source: demo, open a queue_log, configure

        self._restore_layout()
        if not source.has_source:
            for dock in (self.charts_dock, self.kpi_dock, self.flags_dock, self.breaks_dock,
                         self.calls_dock):
                dock.hide()
        self._closed = False

    # ------------------------------------------------------------------ behaviour
    def apply_snapshot(self, snapshot: BoardSnapshot) -> None:
        self._keep_to_height()  # what the last snapshot brought is laid out by now
        self.kpis.set_kpis(snapshot.kpis, snapshot.settings)
        self.glance.apply_snapshot(snapshot)
        self.board.apply(snapshot)
        self.status.set_counts(snapshot.problems, snapshot.unknown_events)
        self.problems_dock.set_count(snapshot.problems)
        self.care.apply_snapshot(snapshot)

    def _update_title(self, unacknowledged: int) -> None:
        if self.source.is_demo:
            title = self.tr("Composure — Team board (demo)")
        else:
            title = self.tr("Composure — Team board")
        if unacknowledged == 1:
            title += " " + self.tr("(1 unacknowledged flag)")
        elif unacknowledged:
            title += " " + self.tr("(%n unacknowledged flags)", "", unacknowledged)
        self.setWindowTitle(title)

    def follow_queue_log(self, path: Path) -> bool:
        """First run: follow a queue_log in this window (console/ui/first_run.py)."""
        if self.source.has_source or not self.controller.follow(path):
            return False
        self.source = replace(self.source, queue_log=path)
        self.board.show_board()
        for dock in (self.charts_dock, self.kpi_dock, self.flags_dock, self.breaks_dock,
                     self.calls_dock):
            dock.show()
        self.flags_dock.raise_()
        self.board.setFocus()
        return True

    def show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow screen give the table its room first: narrow the charts dock."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self._give_table_room)  # after the layout has followed

    def _give_table_room(self) -> None:
        dock = self.charts_dock
        if not dock.isVisible() or dock.isFloating():
            return
        lacking = self.board.comfortable_width() - self.board.width()
        smallest = dock.minimumSizeHint().width()
        if lacking > 0 and dock.width() > smallest:
            width = max(smallest, dock.width() - lacking)
            self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _keep_to_height(self) -> None:
        """A restored layout that fitted at start can outgrow the window once the board fills
        (the alerts strip appears with the first alert): a layout saved on a desk monitor grew
        the window on a 768 px laptop to 784 px over a simulated day (the day soak,
        tests/integration/test_day_soak.py). Then the short-screen layout takes over, once."""
        if self._compact or self._fit_height is None:
            return
        room = min(self._fit_height, self.maximumHeight())  # the screen's, on a real one
        if self.minimumSizeHint().height() > room:
            self._compact_layout()
            self.setMinimumSize(0, 0)
            self.resize(self.width(), room)

    def _glance_escalations(self, board: EscalationBoard) -> None:
        self.glance.set_escalations(board.count(AT_RISK), board.count(BREACHED),
                                    board.open_count)

    def _stay_on_screen(self) -> None:
        """No widget may make the window wider or taller than its screen (a row of alerts once
        did): the screen's free area is the window's maximum size."""
        screen = self.screen()
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return  # the offscreen platform's 800x600 "screen" is no real screen
        self.setMaximumSize(screen.availableGeometry().size())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stay_on_screen()
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:
            self._watching_screen = True
            handle.screenChanged.connect(lambda _screen: self._stay_on_screen())
        if not self.controller.running:
            self.board.setFocus()  # the table, not the team filter, starts with the focus
        self.controller.start()
        self.care.start()
        self.preferences.start()
        self.ami.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self._save_layout()
            self.controller.stop()
            self.care.stop()
            self.preferences.stop()
            self.ami.stop()
        super().closeEvent(event)

    # ------------------------------------------------------------------ settings
    def _restore_layout(self) -> None:
        s = self.settings
        geometry = s.value(keys.GEOMETRY)
        if self._requested_size is not None:
            wanted = QSize(*self._requested_size)
        elif geometry is not None and self.restoreGeometry(geometry):
            wanted = self.size()
        else:
            wanted = QSize(*_first_size(self))
        self.resize(wanted)
        if s.value(keys.WINDOW_STATE) is None and wanted.height() < COMPACT_HEIGHT:
            self._compact_layout()
        elif s.value(keys.WINDOW_STATE) is None:
            width = max(380, min(600, int(wanted.width() * 0.34)))
            self.resizeDocks([self.charts_dock], [width], Qt.Orientation.Horizontal)
            self.resizeDocks([self.flags_dock], [int(wanted.height() * 0.28)],
                             Qt.Orientation.Vertical)
            self.resizeDocks([self.flags_dock, self.breaks_dock],
                             [int(wanted.width() * 0.6), int(wanted.width() * 0.4)],
                             Qt.Orientation.Horizontal)
        if s.value(keys.LAYOUT_VERSION, 0, int) == keys.CURRENT_LAYOUT_VERSION:
            self._restore_saved_state()
            self.layout().activate()
            # a layout saved on a taller screen does not fit here; the total counts the menu
            # bar (the layout's own minimum does not: 747 + 24 px wanted 771 of 768)
            if self.layout().totalMinimumSize().height() > wanted.height():
                self._compact_layout()
            elif wanted.height() < COMPACT_HEIGHT:
                self.dock_tabs.set_compact(True)  # a layout saved here: its tabs are short
        # the docks' first arrangement (before tabbing, before the saved state) set a minimum
        # height that had grown the window past what was asked (768 -> 801 px in Chinese):
        # with the final arrangement in place, give the window the size it was meant to have
        self.setMinimumSize(0, 0)
        self.layout().activate()
        self.resize(wanted)
        self._fit_height = wanted.height()

    def _restore_saved_state(self) -> None:
        s = self.settings
        state = s.value(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state, keys.CURRENT_LAYOUT_VERSION)
        self.board.restore_state({
            "agent_header": s.value(keys.AGENT_HEADER),
            "splitter": s.value(keys.BOARD_SPLITTER),
        })

    def _compact_layout(self) -> None:
        """A short screen (1366x768 laptops) cannot stack charts over a row of docks and still
        show a useful number of agents: every dock becomes a tab beside the charts, so the
        agent table keeps the height for ten rows or more. What must be seen without a click
        (breaks and cover, newest flags, escalations at risk) is on the glance line above the
        table, and a click on it opens the tab."""
        self._compact = True
        docks = [d for d in self.findChildren(QDockWidget)
                 if d not in (self.kpi_dock, self.charts_dock, self.problems_dock)
                 and self.dockWidgetArea(d) in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                Qt.DockWidgetArea.RightDockWidgetArea)]
        # what must be at hand first: flags, breaks, escalations, then the rest
        docks.sort(key=lambda d: COMPACT_TAB_ORDER.index(d.objectName())
                   if d.objectName() in COMPACT_TAB_ORDER else len(COMPACT_TAB_ORDER))
        for dock in docks:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.tabifyDockWidget(self.charts_dock, dock)
        self.charts_dock.raise_()
        self.board.set_compact(True)
        self.dock_tabs.set_compact(True)
        # the table first: every column without a sideways scroll bar, names in full
        width = max(300, min(520, self.width() - self.board.comfortable_width() - 40))
        # ...but wide enough for the stack's short tab titles side by side (a scrolling tab bar
        # hides docks behind arrows), as long as the board keeps most of the window
        tabs = min(self._tabs_width([self.charts_dock, *docks]),
                   self.width() - COMPACT_BOARD_MIN)
        self.charts_dock.setMinimumWidth(max(0, tabs))  # the stack is as wide as its widest
        self.resizeDocks([self.charts_dock], [max(width, tabs)], Qt.Orientation.Horizontal)

    def _tabs_width(self, docks: list[QDockWidget]) -> int:
        """The width the docks' tab titles need in one row, measured on a tab bar of the
        window's style (the real bars exist only once the window is laid out)."""
        bar = QTabBar()  # not the window's child: the window's own bars are found by parent
        bar.setFont(self.font())
        for dock in docks:
            bar.addTab(short_title(dock))
        return bar.sizeHint().width() + 12  # the dock area's own margins

    def _save_layout(self) -> None:
        s = self.settings
        s.setValue(keys.GEOMETRY, self.saveGeometry())
        s.setValue(keys.LAYOUT_VERSION, keys.CURRENT_LAYOUT_VERSION)
        if self.source.has_source:  # the empty board hides the charts: do not remember that
            s.setValue(keys.WINDOW_STATE, self.saveState(keys.CURRENT_LAYOUT_VERSION))
            board = self.board.save_state()
            s.setValue(keys.AGENT_HEADER, board["agent_header"])
            s.setValue(keys.BOARD_SPLITTER, board["splitter"])
        s.sync()


def _bring(dock: QDockWidget) -> None:
    """Show a dock (it may be closed or a background tab) and give it the focus."""
    dock.show()
    dock.raise_()
    dock.widget().setFocus()


def _fixed_dock(widgets: list[QWidget], name: str, title: str,
                parent: QMainWindow) -> QDockWidget:
    """A dock that cannot be closed, moved or floated, and shows no title bar."""
    dock = QDockWidget(title, parent)
    dock.setObjectName(name)
    dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
    dock.setTitleBarWidget(QWidget(dock))
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(12, 12, 12, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    dock.setWidget(holder)
    return dock
