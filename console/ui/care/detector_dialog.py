""""Check call notes for abuse…": the detector suggests, a person confirms, then flags exist.

The supervisor pastes notes or a transcript (checked as they type, off the GUI thread) or opens
a ``.txt``/``.csv``/``.jsonl`` file (read and checked off the GUI thread). Each suggested line
shows the category, a severity and the matched words highlighted; lines without suggestions are
hidden unless asked for. Nothing is written until "Create flags": then the ticked lines become
flags with source ``detector`` through the care thread, one flag per call (the reasons are in
:mod:`console.services.notes_check`). Cancel writes nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.services.notes_check import DetectedFlag, NotesCheck, group_by_call
from console.ui import palette
from console.ui.care import texts
from console.ui.care.care_controller import CareController
from console.ui.care.flag_table_model import SEVERITY_STATUS
from console.ui.care.notes_checker import NotesChecker
from console.ui.care.suggestion_delegates import ChoiceDelegate, HighlightDelegate, highlighted_html
from console.ui.care.suggestion_table_model import (
    CHOICES_CATEGORY,
    SuggestionColumn,
    SuggestionFilter,
    SuggestionTableModel,
)

TYPING_PAUSE_MS = 400
NOTE_QUOTE_CHARS = 160


class DetectorDialog(QDialog):
    def __init__(self, care: CareController, agents: Sequence[tuple[str, str]],
                 agent: str | None = None, callid: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DetectorDialog")
        self.setWindowTitle(self.tr("Check call notes for abuse"))
        self.setMinimumSize(860, 600)
        self.care = care
        self.last_check: NotesCheck | None = None
        self.created_ids: list[int] | None = None
        self._request: int | None = None

        intro = QLabel(self.tr(
            "Paste call notes or a transcript, or open a notes file. The detector only "
            "<b>suggests</b>: tick the lines you confirm as abusive. Nothing is saved until you "
            "press <b>Create flags</b>; the confirmed lines of one call become one flag."))
        intro.setWordWrap(True)

        self.agent = QComboBox()
        self.agent.setObjectName("DetectorAgent")
        self.agent.setPlaceholderText(self.tr("Choose the agent…"))
        for name, display in agents:
            self.agent.addItem(display if display == name else f"{display} ({name})", name)
        if agent is not None and self.agent.findData(agent) < 0:
            self.agent.addItem(agent, agent)  # not on the board right now: still flaggable
        self.agent.setCurrentIndex(self.agent.findData(agent) if agent is not None else -1)
        self.call = QLineEdit(callid or "")
        self.call.setObjectName("DetectorCall")
        self.call.setPlaceholderText(self.tr("Call ID (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Agent"), self.agent)
        form.addRow(self.tr("Call"), self.call)

        self.input = QPlainTextEdit()
        self.input.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.input.setObjectName("NotesInput")
        self.input.setPlaceholderText(self.tr("Paste notes or a transcript here, one remark a "
                                              "line…"))
        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.setObjectName("DetectorOpenFile")
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("DetectorCheck")
        self.status = QLabel()
        self.status.setObjectName("DetectorStatus")
        self.status.setWordWrap(True)
        input_row = QHBoxLayout()
        input_row.addWidget(self.open_button)
        input_row.addWidget(self.check_button)
        input_row.addWidget(self.status, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.input)
        top_layout.addLayout(input_row)

        self.model = SuggestionTableModel(self)
        self.proxy = SuggestionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.show_all = QCheckBox(self.tr("Show lines without suggestions"))
        self.show_all.setObjectName("DetectorShowAll")
        self.detail = QTextBrowser()
        self.detail.setObjectName("DetectorDetail")
        self.detail.setMaximumHeight(84)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.show_all)
        bottom_layout.addWidget(self.table, 1)
        bottom_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([150, 400])

        self.summary = QLabel()
        self.summary.setObjectName("DetectorSummary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create flags"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("DetectorCreateFlags")
        self.create_button.setEnabled(False)
        self.buttons.accepted.connect(self.create_flags)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

        self.checker = NotesChecker(self)
        self.checker.checked.connect(self.show_check)
        self.checker.failed.connect(self._check_failed)
        self.checker.busy_changed.connect(self._busy)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.check_now)
        self.input.textChanged.connect(self._typing.start)
        self.check_button.clicked.connect(self.check_now)
        self.open_button.clicked.connect(self.choose_file)
        self.show_all.toggled.connect(self.proxy.set_show_all)
        self.model.confirmed_changed.connect(self._update_summary)
        self.agent.currentIndexChanged.connect(lambda _i: self._update_summary())
        self.call.textChanged.connect(lambda _t: self._update_summary())
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        care.replied.connect(self._on_replied)
        care.failed.connect(self._on_failed)
        self._update_summary()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("SuggestionTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.SelectedClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        table.setItemDelegateForColumn(SuggestionColumn.TEXT, HighlightDelegate(table))
        categories = [(texts.category_text(c), c, None) for c in CHOICES_CATEGORY]
        table.setItemDelegateForColumn(SuggestionColumn.CATEGORY,
                                       ChoiceDelegate(categories, table))
        severities = [(texts.severity_text(s), s, palette.status_icon(SEVERITY_STATUS[s]))
                      for s in (1, 2, 3)]
        table.setItemDelegateForColumn(SuggestionColumn.SEVERITY,
                                       ChoiceDelegate(severities, table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SuggestionColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        # the words found can be a whole threat: give the text the room, the detail pane shows all
        header.setSectionResizeMode(SuggestionColumn.FOUND, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(SuggestionColumn.FOUND, 200)
        return table

    # ------------------------------------------------------------------ checking
    def check_now(self) -> None:
        self._typing.stop()
        self.checker.check_text(self.input.toPlainText())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open call notes"), "",
            self.tr("Notes and transcripts (*.txt *.csv *.jsonl *.ndjson);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        self._typing.stop()
        self.checker.check_file(path)
        self.status.setText(self.tr("Reading {file}…").format(file=Path(path).name))

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Checking…"))

    def show_check(self, result: NotesCheck) -> None:
        self.last_check = result
        self.model.set_lines(result.lines)
        self.table.setColumnHidden(SuggestionColumn.CALL, not self.model.has_calls())
        self.status.setText(self._status_text(result))
        self.status.setToolTip("\n".join(str(p) for p in result.problems[:50]))
        first = self.proxy.index(0, SuggestionColumn.TEXT)
        if first.isValid():
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def _status_text(self, result: NotesCheck) -> str:
        n, found = len(result.lines), result.suggestions
        where = Path(result.source).name if result.source else None
        if n == 0 and not result.problems:
            return "" if where is None else self.tr("{file}: no lines to check").format(
                file=where)
        if found:
            text = self.tr("Lines checked: {n} · with suggestions: {found}").format(
                n=n, found=found)
        else:
            text = self.tr("Lines checked: {n} · no abusive words found").format(n=n)
        if where is not None:
            text = f"{where}: {text}"
        if result.problems:
            text += " · " + self.tr("unreadable lines: {n} (hover for details)").format(
                n=len(result.problems))
        if result.truncated:
            text += " · " + self.tr("only the first {n} lines were checked").format(n=n)
        return text

    def _check_failed(self, error: str) -> None:
        self.status.setText(self.tr("Could not check: {error}").format(error=error))

    def _show_detail(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        source = self.proxy.mapToSource(rows[0])
        r = self.model.row(source.row())
        spans = [(m.start, m.end) for m in r.line.verdict.matches]
        found = self.model.explain(source.row()) or [self.tr("The detector found nothing here.")]
        why = html.escape(texts.join(found))
        line = self.tr("Line {n}").format(n=r.line.line_no)
        self.detail.setHtml(
            f"<p>{highlighted_html(r.line.text, spans)}</p>"
            f"<p style='color:{palette.status_color(palette.Status.NEUTRAL).name()}'>"
            f"{line} · {why}</p>")

    # ------------------------------------------------------------------ confirming
    def agent_name(self) -> str | None:
        data = self.agent.currentData()
        return str(data) if data else None

    def pending_flags(self) -> list[DetectedFlag]:
        """The flags "Create flags" would write now, with their notes."""
        groups = group_by_call(self.model.confirmed(), self.call.text().strip() or None)
        return [DetectedFlag(g.callid, g.severity, g.category, g.lines, self._note(g))
                for g in groups]

    def _note(self, flag: DetectedFlag) -> str:
        lines = [self.tr("Abuse detector suggestion, confirmed by a supervisor:")]
        for c in flag.lines:
            quote = c.text if len(c.text) <= NOTE_QUOTE_CHARS else (
                c.text[:NOTE_QUOTE_CHARS - 1] + "…")
            lines.append(self.tr("line {n}: “{text}” — {category}, severity {severity}").format(
                n=c.line_no, text=quote, category=texts.category_text(c.category),
                severity=c.severity))
        return "\n".join(lines)

    def _update_summary(self, _count: int | None = None) -> None:
        confirmed = self.model.confirmed_count()
        flags = len(self.pending_flags()) if confirmed else 0
        if not confirmed:
            self.summary.setText(self.tr("Tick the lines you confirm as abusive."))
        elif self.agent_name() is None:
            self.summary.setText(self.tr("Choose the agent who took the call."))
        else:
            self.summary.setText(self.tr("Confirmed lines: {lines} → flags to create: {flags}")
                                 .format(lines=confirmed, flags=flags))
        self.create_button.setEnabled(bool(confirmed) and self.agent_name() is not None
                                      and self._request is None)

    def create_flags(self) -> None:
        agent = self.agent_name()
        flags = self.pending_flags()
        if agent is None or not flags or self._request is not None:
            return
        self._request = self.care.request("flag_detected", agent, flags)
        self.buttons.setEnabled(False)  # the request is on its way: Cancel could not undo it
        self.summary.setText(self.tr("Saving…"))

    def _on_replied(self, request: int, action: str, result: object) -> None:
        if request != self._request:
            return
        self.created_ids = list(result or [])  # type: ignore[call-overload]
        self._request = None
        self.accept()

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if request != self._request:
            return
        self._request = None
        self.buttons.setEnabled(True)
        self._update_summary()
        self.summary.setText(self.tr("Could not save: {error}").format(error=error))
