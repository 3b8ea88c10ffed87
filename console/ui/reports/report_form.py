"""The choices of a shift report: which shift (a preset on a day, or a custom range), which
teams, which format and page size, and whether names are replaced by pseudonyms.

A preset fills the from/to fields (a night shift ends on the next day); editing either field
switches to "Custom range", so what is shown is always what will be exported.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from console.reports.model import ReportRequest
from console.reports.shifts import ShiftPreset, current_shift, shift_range

CUSTOM = "__custom__"
FORMATS = ("pdf", "xlsx", "csv")


class ReportForm(QWidget):
    changed = Signal()

    def __init__(self, now: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportForm")
        self.now = now
        self.presets: tuple[ShiftPreset, ...] = ()
        self._filling = False

        self.shift = QComboBox()
        self.shift.setObjectName("ShiftCombo")
        self.day = QDateEdit()
        self.day.setObjectName("ShiftDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.fromString(datetime.fromtimestamp(now).date().isoformat(),
                                          Qt.DateFormat.ISODate))
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for edit, name in ((self.start, "FromEdit"), (self.end, "ToEdit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.dateTimeChanged.connect(self._edited_range)
        self.teams = QListWidget()
        self.teams.setObjectName("TeamsList")
        self.teams.setMaximumHeight(120)
        self.teams.itemChanged.connect(lambda _item: self.changed.emit())
        self.teams_hint = QLabel(self.tr("None ticked: the whole floor."))
        self.teams_hint.setEnabled(False)
        self.format = QComboBox()
        self.format.setObjectName("FormatCombo")
        for code, label in zip(FORMATS, (self.tr("PDF"), self.tr("Excel workbook (XLSX)"),
                                         self.tr("CSV files (zip)")), strict=True):
            self.format.addItem(label, code)
        self.page = QComboBox()
        self.page.setObjectName("PageCombo")
        self.page.addItem(self.tr("A4"), "A4")
        self.page.addItem(self.tr("US Letter"), "Letter")
        self.anonymize = QCheckBox(self.tr("Replace agent names with pseudonyms"))
        self.anonymize.setObjectName("AnonymizeCheck")
        self.anonymize.setToolTip(self.tr(
            "Each agent gets a stable pseudonym (\"Agent 7F3A\"), the same in every section "
            "and every format."))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Shift:"), self.shift)
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("T&eams:"), self.teams)
        form.addRow("", self.teams_hint)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&Page size:"), self.page)
        form.addRow("", self.anonymize)

        self.shift.currentIndexChanged.connect(self._preset_chosen)
        self.day.dateChanged.connect(self._preset_chosen)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.anonymize.toggled.connect(lambda _on: self.changed.emit())
        self.page.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.set_choices((), ())

    # ------------------------------------------------------------------ choices
    def preset_label(self, p: ShiftPreset) -> str:
        name = self.preset_name(p)
        if p.crosses_midnight:
            return self.tr("{name} ({start}–{end} next day)").format(
                name=name, start=p.start, end=p.end)
        return self.tr("{name} ({start}–{end})").format(name=name, start=p.start, end=p.end)

    def set_choices(self, presets: tuple[ShiftPreset, ...], teams: tuple[str, ...]) -> None:
        self._filling = True
        self.presets = tuple(presets)
        self.shift.clear()
        for p in self.presets:
            self.shift.addItem(self.preset_label(p), p.code)
        self.shift.addItem(self.tr("Custom range"), CUSTOM)
        self.teams.clear()
        for name in teams:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.teams.addItem(item)
        self.teams.setEnabled(bool(teams))
        if self.presets:
            preset, day = current_shift(self.presets, self.now)
            self.day.setDate(QDate.fromString(day.isoformat(), Qt.DateFormat.ISODate))
            self.shift.setCurrentIndex(self.presets.index(preset))
        self._filling = False
        self._preset_chosen()

    def _preset(self) -> ShiftPreset | None:
        code = self.shift.currentData()
        return next((p for p in self.presets if p.code == code), None)

    def _preset_chosen(self, *_args) -> None:
        preset = self._preset()
        self.day.setEnabled(preset is not None)
        if preset is None:
            self.changed.emit()
            return
        day = self.day.date().toPython()
        start, end = shift_range(preset, day)
        self._filling = True
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(start)))
        self.end.setDateTime(QDateTime.fromSecsSinceEpoch(int(end)))
        self._filling = False
        self.changed.emit()

    def _edited_range(self, *_args) -> None:
        if self._filling:
            return
        self.shift.blockSignals(True)
        self.shift.setCurrentIndex(self.shift.findData(CUSTOM))
        self.shift.blockSignals(False)
        self.day.setEnabled(False)
        self.changed.emit()

    def _format_chosen(self, *_args) -> None:
        self.page.setEnabled(self.format.currentData() == "pdf")
        self.changed.emit()

    # ------------------------------------------------------------------ result
    def selected_teams(self) -> tuple[str, ...]:
        return tuple(self.teams.item(i).text() for i in range(self.teams.count())
                     if self.teams.item(i).checkState() == Qt.CheckState.Checked)

    def request(self) -> ReportRequest:
        preset = self._preset()
        return ReportRequest(
            start=float(self.start.dateTime().toSecsSinceEpoch()),
            end=float(self.end.dateTime().toSecsSinceEpoch()),
            teams=self.selected_teams(), anonymize=self.anonymize.isChecked(),
            title=self.preset_name(preset) if preset else None)

    def preset_name(self, preset: ShiftPreset) -> str:
        return {"early": self.tr("Early"), "late": self.tr("Late"),
                "night": self.tr("Night")}.get(preset.code, preset.name)

    def fmt(self) -> str:
        return str(self.format.currentData())

    def page_size(self) -> str:
        return str(self.page.currentData())

    def suggested_file_name(self) -> str:
        r = self.request()
        stamp = datetime.fromtimestamp(r.start).strftime("%Y-%m-%d-%H%M")
        preset = self._preset()
        name = f"shift-report-{stamp}" + (f"-{preset.code}" if preset else "")
        return name + {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".zip"}[self.fmt()]
