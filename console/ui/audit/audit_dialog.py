"""The "Audit log" window: who did what and when, filtered by text, person, action and date.

It reads through the data-safety worker (never on the GUI thread) and can be left open: Refresh
reads again. Nothing in it can change the log, which the database keeps append-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.services.data_safety import AuditEntry
from console.ui.action_thread import ActionClient
from console.ui.audit.audit_model import (
    ACTION,
    ACTOR,
    DETAIL,
    SUBJECT,
    TIME,
    AuditFilterProxy,
    AuditTableModel,
)

LOAD_LIMIT = 20_000  # newest rows read at once; older ones stay in the database


class AuditLogDialog(QDialog):
    def __init__(self, client: ActionClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.client = client
        self._request: int | None = None
        self.model = AuditTableModel(self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("AuditSearch")
        self.search.setPlaceholderText(self.tr("Search who, what, subject, details…"))
        self.search.setClearButtonEnabled(True)
        self.actor = QComboBox()
        self.actor.setObjectName("AuditActor")
        self.action = QComboBox()
        self.action.setObjectName("AuditAction")
        self.first = QDateEdit()
        self.first.setObjectName("AuditFrom")
        self.last = QDateEdit()
        self.last.setObjectName("AuditTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.count = QLabel()
        self.count.setObjectName("AuditCount")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.actor, 1)
        filters.addWidget(self.action, 1)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.first)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.last)
        filters.addWidget(self.refresh_button)

        self.table = QTableView()
        self.table.setObjectName("AuditTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (TIME, ACTOR, ACTION, SUBJECT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(1000, 560)

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.actor.currentIndexChanged.connect(
            lambda: self._filter(actor=self.actor.currentData() or ""))
        self.action.currentIndexChanged.connect(
            lambda: self._filter(action=self.action.currentData() or ""))
        self.first.dateChanged.connect(lambda _d: self._dates())
        self.last.dateChanged.connect(lambda _d: self._dates())
        self.refresh_button.clicked.connect(self.load)
        client.replied.connect(self._on_reply)
        client.failed.connect(self._on_failed)
        self._fill_choices([])

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        self.count.setText(self.tr("Reading the audit log…"))
        self._request = self.client.request("audit_entries", LOAD_LIMIT)

    def _on_reply(self, request: int, action: str, result: object) -> None:
        if request == self._request:
            self._request = None
            self.set_entries(result)  # type: ignore[arg-type]

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if request == self._request:
            self._request = None
            self.count.setText(self.tr("Cannot read the audit log: {error}").format(error=error))

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self._fill_choices(entries)
        days = [datetime.fromtimestamp(e.ts).date() for e in entries]
        today = QDate.currentDate()
        first = QDate(min(days)) if days else today
        last = max(QDate(max(days)), today) if days else today
        for edit in (self.first, self.last):
            edit.blockSignals(True)
            edit.setDateRange(first, last)
        self.first.setDate(first)
        self.last.setDate(last)
        for edit in (self.first, self.last):
            edit.blockSignals(False)
        self._dates()

    def _fill_choices(self, entries: Sequence[AuditEntry]) -> None:
        for combo, everything, values in (
            (self.actor, self.tr("Everyone"), sorted({e.actor for e in entries})),
            (self.action, self.tr("All actions"), _action_choices(entries)),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                label = value + "*" if value.endswith(".") else value
                combo.addItem(label, value)
            found = combo.findData(keep)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # ------------------------------------------------------------------ filtering
    def _filter(self, **kwargs) -> None:
        self.proxy.set_filter(**kwargs)
        self._update_count()

    def _dates(self) -> None:
        self._filter(first=self.first.date().toPython(), last=self.last.date().toPython(),
                     dates=True)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} entries").format(shown=shown,
                                                                          total=total))


def _action_choices(entries: Sequence[AuditEntry]) -> list[str]:
    """Each action, and each family ("flag.") that has more than one, listed before it."""
    actions = sorted({e.action for e in entries})
    families: dict[str, int] = {}
    for action in actions:
        if "." in action:
            fam = action.split(".", 1)[0] + "."
            families[fam] = families.get(fam, 0) + 1
    out: list[str] = []
    for action in actions:
        fam = action.split(".", 1)[0] + "." if "." in action else None
        if fam and families.get(fam, 0) > 1 and fam not in out:
            out.append(fam)
        out.append(action)
    return out
