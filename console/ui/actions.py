"""Menus and actions of the main window, kept out of the window class so it stays a thin shell.

File: Quit. View: one toggle per dock (Qt's own toggle actions, so the check mark always
matches the dock) and "Ingest problems". Help: About.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox

from console.ui import palette


class BoardActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        docks: list[QDockWidget],
        problems_dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.quit = QAction(self.tr("&Quit"), window)
        self.quit.setObjectName("actionQuit")
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit.triggered.connect(window.close)

        self.dock_toggles: list[QAction] = []
        for dock in docks:
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"actionToggle{dock.objectName()}")
            self.dock_toggles.append(toggle)

        self.problems = problems_dock.toggleViewAction()
        self.problems.setText(self.tr("&Ingest problems"))
        self.problems.setObjectName("actionIngestProblems")
        self.problems.setShortcut(QKeySequence("Ctrl+Shift+P"))

        self.about = QAction(self.tr("&About Composure"), window)
        self.about.setObjectName("actionAbout")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.triggered.connect(self.show_about)

        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.quit)
        view_menu = bar.addMenu(self.tr("&View"))
        for toggle in self.dock_toggles:
            view_menu.addAction(toggle)
        view_menu.addSeparator()
        view_menu.addAction(self.problems)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        self.menus = (file_menu, view_menu, help_menu)

    def show_about(self) -> None:
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("About Composure"))
        box.setIconPixmap(palette.app_icon().pixmap(48, 48))
        box.setText(self.tr(
            "<b>Composure</b><p>A supervisor console for contact-center floors: a live team "
            "board from the Asterisk queue_log, recovery breaks after difficult calls, and "
            "escalations that keep their promises.</p><p>It counts events; it never infers "
            "anyone's emotions.</p>"))
        box.exec()
