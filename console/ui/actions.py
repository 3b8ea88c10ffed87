"""Menus and actions of the main window, kept out of the window class so it stays a thin shell.

File: Quit. Edit: Preferences… (connected by the window). View: one toggle per dock (Qt's own
toggle actions, so the check mark always matches the dock) and "Ingest problems". Reports:
Export shift report…. Help: About.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow


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
        # the platform's own; Ctrl+Q where it has none (Windows, the offscreen platform)
        self.quit.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                               or [QKeySequence("Ctrl+Q")])
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit.triggered.connect(window.close)

        self.preferences = QAction(self.tr("&Preferences…"), window)
        self.preferences.setObjectName("actionPreferences")
        # the platform's own (Cmd+, on macOS; KDE has one); Ctrl+, where it has none
        self.preferences.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")])
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.dock_toggles: list[QAction] = []
        for dock in docks:
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"actionToggle{dock.objectName()}")
            self.dock_toggles.append(toggle)

        self.problems = problems_dock.toggleViewAction()
        self.problems.setText(self.tr("&Ingest problems"))
        self.problems.setObjectName("actionIngestProblems")
        self.problems.setShortcut(QKeySequence("Ctrl+Shift+P"))

        self.audit_log = QAction(self.tr("&Audit log…"), window)
        self.audit_log.setObjectName("actionAuditLog")

        self.export_report = QAction(self.tr("&Export shift report…"), window)
        self.export_report.setObjectName("actionExportShiftReport")
        self.export_report.triggered.connect(self.show_export_report)

        self.about = QAction(self.tr("&About Composure"), window)
        self.about.setObjectName("actionAbout")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.triggered.connect(self.show_about)

        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        # the care features' file actions (Import QA flags…, Check call notes for abuse…)
        care_actions = getattr(getattr(window, "care", None), "file_actions", [])
        for action in care_actions:
            file_menu.addAction(action)
        if care_actions:
            file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.preferences)
        view_menu = bar.addMenu(self.tr("&View"))
        for toggle in self.dock_toggles:
            view_menu.addAction(toggle)
        view_menu.addSeparator()
        view_menu.addAction(self.problems)
        view_menu.addAction(self.audit_log)  # connected by console/ui/audit/floor_data_safety
        reports_menu = bar.addMenu(self.tr("&Reports"))
        reports_menu.addAction(self.export_report)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        self.menus = (file_menu, edit_menu, view_menu, reports_menu, help_menu)

    def show_export_report(self) -> None:
        """The shift report dialog (console/ui/reports), on the window's database and clock."""
        from console.ui.reports.report_dialog import ShiftReportDialog

        source = self._window.source  # type: ignore[attr-defined]
        dialog = ShiftReportDialog(source.db_path, source.clock.now,
                                   getattr(self._window, "settings", None), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.report_dialog = dialog

    def show_about(self) -> None:
        """Versions, the data directory and the bundled libraries' licences (about_dialog)."""
        from console.ui.about_dialog import AboutDialog

        source = getattr(self._window, "source", None)
        db_path = getattr(source, "db_path", None)
        dialog = AboutDialog(Path(db_path).parent if db_path else None, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.about_dialog = dialog
