"""Edit > Preferences…: every number of the floor's rules, in tabs built from a table.

Loading and saving are requests to the preferences thread (never SQLite on the GUI thread):
the form stays disabled until the floor's settings have arrived. OK and Apply save only when
something changed; the reply is the settings now in force, and ``saved`` tells the window to
refresh the board with them. "Restore defaults" fills in the built-in defaults without saving.

Tabs that keep their own settings (Data sources, Privacy and data) join OK and Apply through
:meth:`PreferencesDialog.add_saving_page` instead of a Save button of their own: one dialog,
one way to save. OK closes only once every save has been confirmed; a failed one keeps the
dialog open on its message.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain import floor_settings as floor
from console.domain.floor_settings import FloorSettings
from console.domain.settings_codec import SettingsError
from console.ui import palette
from console.ui.action_thread import ActionClient
from console.ui.preferences.editors import FieldEditor, QuietHoursEditor
from console.ui.preferences.escalations_page import EscalationExtras, escalations_page
from console.ui.preferences.spec import FieldSpec, PreferenceTexts, Section

Button = QDialogButtonBox.StandardButton


class SavingPage(Protocol):
    """A tab that stores its own settings: OK and Apply save it when it changed."""

    changed: Any  # Signal(): an edit on the page
    save_done: Any  # Signal(bool): the save was confirmed (True) or failed (False)

    def dirty(self) -> bool: ...

    def save(self) -> None: ...


class PreferencesDialog(QDialog):
    saved = Signal(object)  # FloorSettings now in force

    def __init__(self, client: ActionClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.client = client
        self.texts = PreferenceTexts(self)
        self.msg = self.texts.messages()
        self.setWindowTitle(self.msg["title"])
        self.loaded: FloorSettings | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, str] = {}  # "group.field" -> label, for messages
        self.kind_boxes: dict[str, QCheckBox] = {}
        self.kind_thresholds: dict[str, FieldEditor] = {}
        self._updating = False

        scope = QLabel(self.msg["scope"])
        scope.setObjectName("Muted")
        scope.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("PreferencesTabs")
        titles = self.texts.tab_titles()
        self.tabs.addTab(self._page([self.texts.service_level()]), titles["kpi"])
        self.tabs.addTab(self._alerts_page(), titles["alerts"])
        strain = self.texts.strain()
        self.tabs.addTab(self._page([strain[:2], strain[2:]]), titles["strain"])
        self.tabs.addTab(self._page([self.texts.breaks()]), titles["breaks"])
        self.extras: list[EscalationExtras] = []  # non-number fields: set_form / form_settings
        self.tabs.addTab(escalations_page(self), titles["escalations"])

        self.status = QLabel()
        self.status.setObjectName("PreferencesStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Apply
                                        | Button.RestoreDefaults)
        self.ok_button = self.buttons.button(Button.Ok)
        self.apply_button = self.buttons.button(Button.Apply)
        self.restore_button = self.buttons.button(Button.RestoreDefaults)
        self.restore_button.setToolTip(self.msg["restore_tip"])
        self.buttons.clicked.connect(self._clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(scope)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._fitted = False

        for editor in self.editors.values():
            editor.on_change(self._update_buttons)
        for box in self.kind_boxes.values():
            box.toggled.connect(self._update_buttons)
        self.quiet.on_change(self._update_buttons)
        self.sound.toggled.connect(self._update_buttons)
        for extra in self.extras:
            extra.on_change(self._update_buttons)

        self._save_request: int | None = None
        self._close_after_save = False
        self.pages: list[SavingPage] = []
        self._waiting: list[SavingPage] = []  # pages whose save has not replied yet
        client.replied.connect(self._on_reply)
        client.failed.connect(self._on_failed)
        self._set_busy(self.msg["loading"])
        self._load_request: int | None = client.request("load")

    # ------------------------------------------------------------------ building
    def _page(self, columns: list[list[Section]]) -> QWidget:
        """A tab: columns of sections, each section a title over label / editor rows."""
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(28)
        for sections in columns:
            grid = self._grid()
            for section in sections:
                self._title(grid, section.title)
                for spec in section.fields:
                    self._field_row(grid, spec)
            grid.setRowStretch(grid.rowCount(), 1)
            row.addLayout(grid)
        row.addStretch(1)
        return _scrolled(body)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(2, 1)
        return grid

    def _title(self, grid: QGridLayout, text: str) -> None:
        title = QLabel(text)
        title.setObjectName("SectionTitle")
        row = grid.rowCount()
        if row > 1:
            grid.setRowMinimumHeight(row, 10)  # air above every section but the first
            row += 1
        grid.addWidget(title, row, 0, 1, 3)

    def _field_row(self, grid: QGridLayout, spec: FieldSpec, label: QWidget | None = None
                   ) -> FieldEditor:
        default = getattr(getattr(FloorSettings(), spec.group), spec.name)
        editor = FieldEditor(spec)
        editor.widget.setToolTip(_tip(spec.tip, self.msg["default"].format(
            value=editor.display(default))))
        self.editors[spec.key] = editor
        self.labels[spec.key] = spec.label
        if label is None:
            label = QLabel(spec.label)
            label.setBuddy(editor.widget)  # type: ignore[attr-defined]
        label.setToolTip(editor.widget.toolTip())
        row = grid.rowCount()
        grid.addWidget(label, row, 0)
        grid.addWidget(editor.widget, row, 1)
        return editor

    def _alerts_page(self) -> QWidget:
        texts = self.texts.alert_texts()
        body = QWidget()
        outer = QHBoxLayout(body)
        outer.setContentsMargins(14, 12, 14, 12)
        grid = self._grid()
        self._title(grid, texts["conditions"])
        on = self.msg["default"].format(value=self.msg["on"])
        for spec in self.texts.alert_kinds():
            box = QCheckBox(spec.label)
            box.setObjectName(f"pref_alert_{spec.kind}")
            box.setToolTip(on)
            self.kind_boxes[spec.kind] = box
            if spec.threshold is not None:
                editor = self._field_row(grid, spec.threshold, box)
                self.kind_thresholds[spec.kind] = editor
                self.labels[spec.threshold.key] = spec.label
                box.toggled.connect(editor.widget.setEnabled)
            else:
                note = QLabel(spec.note)
                note.setObjectName("Muted")
                row = grid.rowCount()
                grid.addWidget(box, row, 0)
                grid.addWidget(note, row, 1, 1, 2)
        self.labels["alerts.enabled"] = texts["conditions"]
        self._title(grid, texts["notifications"])
        for spec in self.texts.alert_general():
            self._field_row(grid, spec)
        self.quiet = QuietHoursEditor(texts["quiet"], texts["quiet_to"])
        off = self.msg["default"].format(value=self.msg["off"])
        self.quiet.setToolTip(_tip(texts["quiet_tip"], off))
        self.quiet.enabled.setToolTip(self.quiet.toolTip())
        row = grid.rowCount()
        grid.addWidget(self.quiet.enabled, row, 0)
        grid.addWidget(self.quiet, row, 1, 1, 2)
        self.labels["alerts.quiet_start"] = self.labels["alerts.quiet_end"] = texts["quiet"]
        self.sound = QCheckBox(texts["sound"])
        self.sound.setObjectName("pref_alerts_sound")
        self.sound.setToolTip(off)
        grid.addWidget(self.sound, grid.rowCount(), 0, 1, 3)
        grid.setRowStretch(grid.rowCount(), 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        return _scrolled(body)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # once the style has set the fonts the hints depend on
            self._fitted = True
            self._fit_pages()
            self.adjustSize()
        super().showEvent(event)

    def _fit_pages(self) -> None:
        """Show whole pages where the screen allows (a scroll area alone asks for little);
        on a smaller screen the pages scroll."""
        screen = self.screen().availableGeometry()
        room_w, room_h = screen.width() - 80, screen.height() - 230  # title, tabs, buttons
        for i in range(self.tabs.count()):
            area = self.tabs.widget(i)
            hint = area.widget().sizeHint()  # type: ignore[attr-defined]
            bar = area.verticalScrollBar().sizeHint().width()  # type: ignore[attr-defined]
            area.setMinimumSize(min(hint.width() + bar, room_w), min(hint.height(), room_h))

    # ------------------------------------------------------------------ form <-> settings
    def set_form(self, settings: FloorSettings) -> None:
        self._updating = True
        try:
            for key, editor in self.editors.items():
                group, name = key.split(".")
                editor.set_value(getattr(getattr(settings, group), name))
            alerts = settings.alerts
            for kind, box in self.kind_boxes.items():
                box.setChecked(kind in alerts.enabled)
                editor = self.kind_thresholds.get(kind)
                if editor is not None:
                    editor.widget.setEnabled(box.isChecked())
            self.quiet.set_value(alerts.quiet_start, alerts.quiet_end)
            self.sound.setChecked(alerts.sound)
            for extra in self.extras:
                extra.set_value(settings)
        finally:
            self._updating = False
        self._update_buttons()

    def form_settings(self) -> FloorSettings:
        """The settings the form shows; raises SettingsError naming the fields."""
        data: dict[str, dict[str, Any]] = {group: {} for group in floor.GROUPS}
        for key, editor in self.editors.items():
            group, name = key.split(".")
            data[group][name] = editor.value()
        alerts = data["alerts"]
        alerts["enabled"] = [k for k, box in self.kind_boxes.items() if box.isChecked()]
        alerts["quiet_start"], alerts["quiet_end"] = self.quiet.value()
        alerts["sound"] = self.sound.isChecked()
        for extra in self.extras:
            extra.fill(data)
        return floor.from_dicts(data, base=self.loaded or FloorSettings())

    def restore_defaults(self) -> None:
        self.set_form(FloorSettings())

    # ------------------------------------------------------------------ buttons
    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.ok_button:
            self.save(close=True)
        elif button is self.apply_button:
            self.save(close=False)
        elif button is self.restore_button:
            self.restore_defaults()

    def add_saving_page(self, page: SavingPage) -> None:
        self.pages.append(page)
        page.changed.connect(self._update_buttons)
        page.save_done.connect(lambda ok, p=page: self._page_done(p, ok))

    def save(self, close: bool) -> None:
        if self.loaded is None or self._save_request is not None or self._waiting:
            return
        try:
            wanted = self.form_settings()
        except SettingsError as exc:
            self._show_error(self.msg["invalid"].format(errors=self._explain(exc)))
            return
        pages = [p for p in self.pages if p.dirty()]
        if wanted == self.loaded and not pages:
            if close:
                self.accept()
            return
        self._close_after_save = close
        self._waiting = pages
        for page in pages:
            page.save()
        if wanted != self.loaded:
            self._save_request = self.client.request("save", wanted)
            self._set_busy(self.msg["saving"])
        self._update_buttons()

    def _page_done(self, page: SavingPage, ok: bool) -> None:
        if page not in self._waiting:
            return  # saved on its own (tests, or a page's own action)
        self._waiting.remove(page)
        if not ok:
            self._close_after_save = False  # the page shows why; the dialog stays open
            index = next((i for i in range(self.tabs.count())
                          if self.tabs.widget(i).isAncestorOf(page)), None)  # type: ignore[arg-type]
            if index is not None:
                self.tabs.setCurrentIndex(index)
        self._maybe_close()

    def _maybe_close(self) -> None:
        if self._save_request is None and not self._waiting:
            self._update_buttons()
            if self._close_after_save:
                self.accept()

    def _explain(self, exc: SettingsError) -> str:
        reasons = self.texts.error_texts()
        return "; ".join(f"{self.labels.get(key, key)}: {reasons.get(key, why)}"
                         for key, why in exc.errors.items())

    def _update_buttons(self) -> None:
        if self._updating:
            return
        busy = self.loaded is None or self._save_request is not None or bool(self._waiting)
        for button in (self.ok_button, self.apply_button, self.restore_button):
            button.setEnabled(not busy)
        self.tabs.setEnabled(not busy)
        if busy:
            return
        try:
            dirty = self.form_settings() != self.loaded
        except SettingsError:
            dirty = True  # let Apply say what is wrong
        self.apply_button.setEnabled(dirty or any(p.dirty() for p in self.pages))

    def _set_busy(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self._update_buttons()

    def _show_error(self, text: str) -> None:
        color = palette.status_color(palette.Status.DANGER).name()
        self.status.setStyleSheet(f"color: {color}")
        self.status.setText(text)

    # ------------------------------------------------------------------ replies
    def _on_reply(self, request: int, action: str, result: object) -> None:
        if request == self._load_request:
            self._load_request = None
            self.loaded = result  # type: ignore[assignment]
            self.status.clear()
            self.set_form(self.loaded)
        elif request == self._save_request:
            self._save_request = None
            self.loaded = result  # type: ignore[assignment]
            self.status.clear()
            self.set_form(self.loaded)  # the stored form (break lengths come back sorted)
            self.saved.emit(result)
            self._maybe_close()

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if request == self._load_request:
            self._load_request = None
            self._show_error(self.msg["load_failed"].format(error=error))
        elif request == self._save_request:
            self._save_request = None
            self._close_after_save = False
            self._update_buttons()
            self._show_error(self.msg["save_failed"].format(error=error))


def _tip(text: str, default: str) -> str:
    return f"{text}\n{default}" if text else default


def _scrolled(body: QWidget) -> QScrollArea:
    """Tabs scroll rather than clip on a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(body)
    return area
