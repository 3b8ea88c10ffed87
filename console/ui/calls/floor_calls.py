"""Puts the Recent calls dock into the main window, so the window class stays a thin shell.

The dock is tabbed with the abuse flags at the bottom: the bottom row already holds flags,
positives and breaks side by side, and at 1366x768 a fourth column would leave each too narrow
to read. Tabbing happens after every other feature has split the flags dock (a tabbed dock
cannot be split). The flags tab stays in front; the calls are one click away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

from console.domain.calls import CallRow
from console.ui.calls.calls_dock import CallsDock


def install_calls_dock(window: Any) -> CallsDock:
    """Into a :class:`~console.ui.main_window.MainWindow` after its controller and the other
    features' docks exist: the dock, its View-menu toggle, snapshots, "Open agent"."""
    dock = CallsDock(window.care.controller, window)
    dock.open_agent.connect(window.care.open_agent)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.flags_dock, dock)
    window.flags_dock.raise_()
    window.controller.snapshot_ready.connect(dock.apply)
    check_notes = getattr(window.care, "check_notes", None)
    if check_notes is not None:  # the abuse text check of the call's notes (care feature)
        def extend(call: CallRow, menu: QMenu) -> None:
            action = menu.addAction(QCoreApplication.translate(
                "CallsDock", "Check call notes for abuse…"))
            action.setObjectName("actionCheckCallNotes")
            action.triggered.connect(lambda: check_notes(call.agent, call.callid))

        dock.add_menu_extender(extend)
    actions = getattr(window, "menu_actions", None)
    if actions is not None:
        toggle = dock.toggleViewAction()
        toggle.setObjectName("actionToggleCallsDock")
        flags_toggle = window.flags_dock.toggleViewAction()
        view_menu = next((m for m in actions.menus if flags_toggle in m.actions()), None)
        if view_menu is not None:
            # right after the flags' toggle: the two docks share a place
            items = view_menu.actions()
            after = items.index(flags_toggle) + 1
            view_menu.insertAction(items[after] if after < len(items) else None, toggle)
        actions.dock_toggles.append(toggle)
    return dock
