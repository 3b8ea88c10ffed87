"""The Positives dock: today's recognitions beside the abuse flags, newest first, with the
count in the title ("Positives (3)") so it reads even as a tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.recognition import Recognition, ShiftPositives
from console.ui.positives import texts
from console.ui.positives.positives_list import RecognitionDelegate, RecognitionListModel


class PositivesDock(QDockWidget):
    recognise_requested = Signal()  # for an agent chosen in the dialog
    withdraw_requested = Signal(int)  # recognition id
    open_agent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Positives"), parent)
        self.setObjectName("PositivesDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.count = 0
        self.model = RecognitionListModel(self)
        self.view = QListView()
        self.view.setObjectName("PositivesList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecognitionDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # cards re-wrap with the width
        self.view.setSpacing(1)
        self.view.setMinimumHeight(90)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda *_: self.open_selected_agent())

        self.recognise_action = QAction(self.tr("Recognise…"), self)
        self.recognise_action.setObjectName("actionRecogniseFromDock")
        self.recognise_action.triggered.connect(lambda *_: self.recognise_requested.emit())
        self.withdraw_action = QAction(self.tr("Withdraw…"), self)
        self.withdraw_action.setObjectName("actionWithdrawRecognition")
        self.withdraw_action.setToolTip(self.tr("Recorded by mistake: keep it out of the "
                                                "panel and the report (the audit log keeps it)"))
        self.withdraw_action.triggered.connect(lambda *_: self._withdraw())
        self.open_action = QAction(self.tr("Open agent"), self)
        self.open_action.setObjectName("actionOpenRecognisedAgent")
        self.open_action.triggered.connect(lambda *_: self.open_selected_agent())

        button = QToolButton()
        button.setDefaultAction(self.recognise_action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        self.empty = QLabel(self.tr("Nothing recorded yet today. When someone does well, "
                                    "right-click them (or their flag) and choose "
                                    "“Recognise…”."))
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.view, 1)
        self.setWidget(holder)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()
        self.apply(None, {})

    def apply(self, positives: ShiftPositives | None, names: dict[str, str],
              flag_times: dict[int, float] | None = None) -> None:
        selected = self.selected()
        rows = positives.recognitions if positives is not None else ()
        self.model.set_flag_times(flag_times or {})
        self.model.set_recognitions(rows, names)
        if selected is not None:
            row = self.model.row_for(selected.id)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row))
        self.count = len(rows)
        self.setWindowTitle(self.tr("Positives ({n})").format(n=self.count) if self.count
                            else self.tr("Positives"))
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        if positives is None or not rows:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("{n} people").format(n=positives.agents)
                             if positives.agents > 1 else "")
        self.summary.setToolTip("\n".join(f"{texts.kind_text(kind)}: {n}"
                                          for kind, n in positives.by_kind if n))

    def selected(self) -> Recognition | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.recognition(rows[0].row()) if rows else None

    def _update_actions(self, *_: object) -> None:
        has = self.selected() is not None
        self.withdraw_action.setEnabled(has)
        self.open_action.setEnabled(has)

    def open_selected_agent(self) -> None:
        r = self.selected()
        if r is not None:
            self.open_agent.emit(r.agent)

    def _withdraw(self) -> None:
        r = self.selected()
        if r is not None:
            self.withdraw_requested.emit(r.id)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.withdraw_action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.context_menu().exec(self.view.viewport().mapToGlobal(pos))
