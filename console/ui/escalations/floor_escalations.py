"""Wires the escalation backlog into the main window, so the window class stays a thin shell.

Creates the escalation client (its thread owns EscalationActions), the "Escalations" dock
(tabbed with the flags dock), and the ways to open an escalation from elsewhere: "Open
escalation…" in the flags dock's menu, in the agent table's menu (the agent's latest call) and,
when the window has one, in the calls dock's menu. At-risk and breached notices go to the tray
and the status bar, each once. The client starts when the window is first shown and stops when
it closes (an event filter), so the window needs no more than creating this object.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from console.domain import escalations as rules
from console.domain.escalations import EscalationSettings
from console.domain.flags import Flag
from console.services.escalations import Notice
from console.ui.controller import BoardSource
from console.ui.escalations import texts
from console.ui.escalations.client import EscalationsClient
from console.ui.escalations.dock import EscalationsDock
from console.ui.escalations.new_dialog import NewEscalationDialog
from console.ui.window_feature import StartsWithWindow


class FloorEscalations(StartsWithWindow, QObject):
    notification = Signal(str, str, bool)  # title, text, critical

    def __init__(self, window: QMainWindow, source: BoardSource, care: Any = None,
                 settings: EscalationSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.source = source
        self.care = care  # console.ui.care.floor_care.FloorCare, when the window has one
        self.client = EscalationsClient(source, settings, self)
        self.dock = EscalationsDock(self.client, source.clock.now, window)
        self.notified: list[tuple[str, str]] = []  # (title, text), newest last
        self._started = False
        self._calls_dock: Any = None
        self._last_call_requests: set[int] = set()

        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        flags_dock = getattr(care, "flags_dock", None)
        if flags_dock is not None:
            window.tabifyDockWidget(flags_dock, self.dock)
            flags_dock.raise_()
            if hasattr(flags_dock, "add_menu_extender"):
                flags_dock.add_menu_extender(self.extend_flag_menu)
        extenders = getattr(care, "agent_menu_extenders", None)
        if extenders is not None:
            extenders.append(self.extend_agent_menu)
        self.client.notices.connect(self.notify)
        self.client.replied.connect(self._on_replied)
        self.client.failed.connect(self._on_failed)
        window.installEventFilter(self)

    @classmethod
    def install(cls, window: Any) -> FloorEscalations:
        """Into a :class:`MainWindow`: the dock beside the flags, its toggle in the View menu
        (after the other docks' toggles), the flags and agent menus."""
        self = cls(window, window.source, getattr(window, "care", None))
        actions = getattr(window, "menu_actions", None)
        if actions is not None:
            toggle = self.dock.toggleViewAction()
            toggle.setObjectName("actionToggleEscalationsDock")
            view_menu = next((m for m in actions.menus
                              if any(t in m.actions() for t in actions.dock_toggles)), None)
            actions.dock_toggles.append(toggle)
            if view_menu is not None:
                separator = next((a for a in view_menu.actions() if a.isSeparator()), None)
                view_menu.insertAction(separator, toggle)
        return self

    # ------------------------------------------------------------------ life cycle
    def start(self) -> None:
        if not self._started:
            self._started = True
            self.attach_calls_dock(getattr(self.window, "calls_dock", None)
                                   or self.window.findChild(QDockWidget, "CallsDock"))
            self.client.start()

    def stop(self) -> None:
        self.client.stop()

    def attach_calls_dock(self, dock: Any) -> None:
        """The calls dock (console/ui/calls) gets "Open escalation…" in its row menu."""
        if dock is not None and dock is not self._calls_dock and hasattr(
                dock, "add_menu_extender"):
            self._calls_dock = dock
            dock.add_menu_extender(self.extend_call_menu)

    # ------------------------------------------------------------------ opening
    def open_from_call(self, context: dict[str, Any]) -> NewEscalationDialog:
        ctx = dict(context)
        if ctx.get("agent"):
            ctx.setdefault("agent_label", self.dock.model.name(ctx["agent"]))
        return self.dock.new_escalation(ctx)

    def open_from_flag(self, flag: Flag) -> NewEscalationDialog:
        return self.open_from_call({"agent": flag.agent, "callid": flag.callid,
                                    "queue": flag.queue, "caller": flag.caller,
                                    "flag_id": flag.id})

    def open_for_agent(self, agent: str) -> int:
        """Opens the dialog once the agent's latest call is known (asked on the thread)."""
        request = self.client.request("last_call", agent)
        self._last_call_requests.add(request)
        return request

    def extend_flag_menu(self, flag: Flag, menu: QMenu) -> None:
        action = menu.addAction(self.tr("Open escalation…"))
        action.setObjectName("actionEscalateFlag")
        action.triggered.connect(lambda: self.open_from_flag(flag))

    def extend_agent_menu(self, agent: str, menu: QMenu) -> None:
        action = menu.addAction(self.tr("Open escalation for the last call…"))
        action.setObjectName("actionEscalateAgentCall")
        action.triggered.connect(lambda: self.open_for_agent(agent))

    def extend_call_menu(self, call_row: Any, menu: QMenu) -> None:
        def field(name: str) -> Any:
            if isinstance(call_row, dict):
                return call_row.get(name)
            return getattr(call_row, name, None)

        context = {k: field(k) for k in ("callid", "agent", "queue", "caller")}
        menu.addSeparator()
        action = menu.addAction(self.tr("Open escalation…"))
        action.setObjectName("actionEscalateCall")
        action.setEnabled(bool(context["callid"] or context["agent"]))
        action.triggered.connect(lambda: self.open_from_call(context))

    def _on_replied(self, request: int, action: str, result: object) -> None:
        if request in self._last_call_requests:
            self._last_call_requests.discard(request)
            self.open_from_call(dict(result or {}))  # type: ignore[call-overload]

    def _on_failed(self, request: int, action: str, error: str) -> None:
        self._last_call_requests.discard(request)
        if action == "open_escalation":
            self.window.statusBar().showMessage(
                self.tr("Could not open the escalation: {error}").format(error=error), 8000)

    # ------------------------------------------------------------------ notices
    def notify(self, notices: tuple[Notice, ...]) -> None:
        for notice in notices:
            left = texts.span_text(notice.left_minutes)
            if notice.kind == rules.BREACHED:
                title = self.tr("Escalation {ref} breached its promise").format(
                    ref=notice.reference)
                text = self.tr("Overdue {left} · held by {holder}").format(
                    left=left, holder=notice.owner or "—")
            else:
                title = self.tr("Escalation {ref} is at risk").format(ref=notice.reference)
                text = self.tr("{left} left · held by {holder}").format(
                    left=left, holder=notice.owner or "—")
            critical = notice.kind == rules.BREACHED
            self.notified.append((title, text))
            self.notification.emit(title, text, critical)
            tray = getattr(self.care, "tray", None)
            if tray is not None and hasattr(tray, "notify_text"):
                tray.notify_text(title, text, self.source.clock.now(), critical)
            self.window.statusBar().showMessage(f"{title} — {text}", 10_000)
