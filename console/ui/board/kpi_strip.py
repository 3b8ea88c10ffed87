"""The KPI strip across the top of the board: the numbers a supervisor reads from across the room.

Each tile shows a big value, a status line (icon + words such as "Below target") and a tint;
colour is never the only signal. The alert levels follow DESIGN.md section 6 (calls waiting
> 5, longest wait > 120 s, SL under target, no agent available) and are the floor's settings
(Edit > Preferences), carried by each snapshot into :class:`KpiTargets`, not constants in the
widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.domain.agent_state import AgentState
from console.domain.alerts import AlertSettings
from console.domain.board import FloorKpis
from console.domain.floor_settings import FloorSettings
from console.domain.kpi import KpiSettings, occupancy_band
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.palette import Status

_ALERTS = AlertSettings()
_KPI = KpiSettings()


@dataclass(frozen=True, slots=True)
class KpiTargets:
    """Tile colours; the waiting thresholds are the floor alerts' own, so a red tile and an
    alert in the strip always agree."""

    waiting_alert: int = _ALERTS.calls_waiting
    longest_wait_alert_s: int = _ALERTS.longest_wait_s
    abandon_caution: float = _KPI.abandon_caution
    abandon_alert: float = _KPI.abandon_alert
    short_abandon_s: int = _KPI.short_abandon_seconds
    occupancy_caution: float = _KPI.occupancy_caution
    occupancy_danger: float = _KPI.occupancy_danger

    @classmethod
    def from_settings(cls, floor: FloorSettings) -> KpiTargets:
        k = floor.kpi
        return cls(floor.alerts.calls_waiting, floor.alerts.longest_wait_s, k.abandon_caution,
                   k.abandon_alert, k.short_abandon_seconds, k.occupancy_caution,
                   k.occupancy_danger)


class _Tile(QFrame):
    """Shared frame of every tile: the status line (icon + words) and the status tint."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KpiTile")
        self.key = key
        self.status = Status.NEUTRAL
        self._icon = QLabel()
        self._icon.setFixedSize(14, 14)
        self.caption = QLabel()
        self.caption.setObjectName("KpiCaption")
        self.caption.setWordWrap(True)

    def _status_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(5)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.caption, 1)
        return row

    def _apply_status(self, status: Status, force: bool = False) -> None:
        if status == self.status and not force:
            return
        self.status = status
        t = palette.theme()
        color = t.status[status]
        tint = t.status_tint[status] if status != Status.NEUTRAL else t.surface
        accent = color if status != Status.NEUTRAL else t.border
        self.setStyleSheet(
            f"#KpiTile {{ background: {tint}; border: 1px solid {t.border};"
            f" border-left: 4px solid {accent}; border-radius: 8px; }}"
            f" #KpiCaption {{ color: {color}; }}"
        )
        self._icon.setPixmap(palette.status_icon(status).pixmap(14, 14))
        self.setProperty("status", status.value)


class KpiTile(_Tile):
    """Title, big value, and a status line with an icon; tinted by status."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.title = QLabel(title)
        self.title.setObjectName("KpiTitle")
        self.title.setWordWrap(True)
        self.value = QLabel(fmt.DASH)
        self.value.setObjectName("KpiValue")
        self.value.setAccessibleName(title)
        self.value.ensurePolished()
        # room for the widest usual value ("88.8%", "88:88") whatever is shown now, so the
        # strip's one-row/two-row decision does not flip as the numbers change
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("88.8%") + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addStretch(1)
        layout.addLayout(self._status_row())
        self._apply_status(Status.NEUTRAL, force=True)

    def set_value(self, value: str, status: Status, caption: str, tooltip: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(fmt.unbreakable_units(caption))
        self.setToolTip(tooltip)
        self._apply_status(status)


class AgentsTile(_Tile):
    """Agents by state: icon + count + label for each state, and the pause reasons."""

    STATES = (
        AgentState.AVAILABLE,
        AgentState.ON_CALL,
        AgentState.WRAP_UP,
        AgentState.PAUSED,
        AgentState.LOGGED_OUT,
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("agents", parent)
        self.title = QLabel(self.tr("Agents"))
        self.title.setObjectName("KpiTitle")
        grid = QGridLayout()
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        self.counts: dict[AgentState, QLabel] = {}
        self.labels: dict[AgentState, QLabel] = {}
        for col, state in enumerate(self.STATES):
            icon = QLabel()
            icon.setPixmap(palette.state_icon(state).pixmap(16, 16))
            count = QLabel(fmt.DASH)
            count.setObjectName("AgentCount")
            label = QLabel(fmt.state_label(state))
            label.setObjectName("AgentCountLabel")
            row = QHBoxLayout()
            row.setSpacing(5)
            row.addWidget(icon)
            row.addWidget(count)
            row.addStretch(1)
            grid.addLayout(row, 0, col)
            grid.addWidget(label, 1, col)
            self.counts[state] = count
            self.labels[state] = label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self._status_row())
        self._apply_status(Status.NEUTRAL, force=True)

    def set_kpis(self, k: FloorKpis) -> None:
        values = {
            AgentState.AVAILABLE: k.available,
            AgentState.ON_CALL: k.on_call,
            AgentState.WRAP_UP: k.wrap_up,
            AgentState.PAUSED: k.paused,
            AgentState.LOGGED_OUT: k.logged_out,
        }
        for state, value in values.items():
            self.counts[state].setText(str(value))
        reasons = " · ".join(f"{fmt.reason_label(r)} {n}" for r, n in k.paused_reasons)
        logged_in = k.available + k.on_call + k.wrap_up + k.paused
        if logged_in and k.available == 0:
            status, caption = Status.DANGER, self.tr("No agent available")
        else:
            status = Status.NEUTRAL
            caption = self.tr("{n} logged in").format(n=logged_in)
        if reasons:
            caption = self.tr("{caption} · Paused: {reasons}").format(
                caption=caption, reasons=reasons
            )
        self.caption.setText(caption)
        tip = [self.tr("Agents by current state")]
        if reasons:
            tip.append(self.tr("Pause reasons: {reasons}").format(reasons=reasons))
        self.setToolTip("\n".join(tip))
        self._apply_status(status)


class KpiStrip(QWidget):
    """Eight tiles: one row on a wide window, two rows when one row would squeeze them.

    ``tiles`` is keyed ("waiting", "sl_today", ...) for tests and the screenshot check.
    """

    SPACING = 10

    def __init__(self, parent: QWidget | None = None, targets: KpiTargets | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KpiStrip")
        self.targets = targets or KpiTargets()
        specs = [
            ("waiting", self.tr("Calls waiting")),
            ("longest_wait", self.tr("Longest wait")),
            ("sl_today", self.tr("SL today")),
            ("sl_30m", self.tr("SL last 30 min")),
            ("abandon", self.tr("Abandon rate")),
            ("aht", self.tr("AHT today")),
            ("occupancy", self.tr("Occupancy")),
        ]
        self.tiles: dict[str, KpiTile] = {key: KpiTile(key, title) for key, title in specs}
        self.agents = AgentsTile()
        self._rows = (QHBoxLayout(), QHBoxLayout())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.SPACING)
        for row in self._rows:
            row.setSpacing(self.SPACING)
            layout.addLayout(row)
        self._two_rows: bool | None = None
        self._arrange(two_rows=False)

    @property
    def two_rows(self) -> bool:
        return bool(self._two_rows)

    def _one_row_width(self) -> int:
        widgets = [*self.tiles.values(), self.agents]
        hints = sum(w.minimumSizeHint().width() for w in widgets)
        return hints + self.SPACING * (len(widgets) - 1) + 8

    def _arrange(self, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row in self._rows:
            while row.count():
                row.takeAt(0)
        keys = list(self.tiles)
        first = keys[:4] if two_rows else keys
        for key in first:
            self._rows[0].addWidget(self.tiles[key], 2)
        target = self._rows[1] if two_rows else self._rows[0]
        for key in keys[4:] if two_rows else []:
            target.addWidget(self.tiles[key], 2)
        target.addWidget(self.agents, 5 if not two_rows else 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(two_rows=event.size().width() < self._one_row_width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """Small enough to allow the two-row arrangement on a narrow window."""
        hint = super().minimumSizeHint()
        tiles = [w.minimumSizeHint().width() for w in self.tiles.values()]
        first_row = sum(tiles[:4])
        second_row = sum(tiles[4:]) + self.agents.minimumSizeHint().width()
        hint.setWidth(min(hint.width(), max(first_row, second_row) + 3 * self.SPACING))
        return hint

    def set_kpis(self, k: FloorKpis, settings: FloorSettings | None = None) -> None:
        """``settings``: the floor's, as carried by the snapshot (None keeps the targets)."""
        if settings is not None:
            self.targets = KpiTargets.from_settings(settings)
        t = self.targets
        waiting = self.tiles["waiting"]
        if k.calls_waiting > t.waiting_alert:
            waiting.set_value(str(k.calls_waiting), Status.DANGER,
                              self.tr("More than {n} waiting").format(n=t.waiting_alert))
        elif k.calls_waiting == 0:
            waiting.set_value("0", Status.OK, self.tr("Queue clear"))
        else:
            waiting.set_value(str(k.calls_waiting), Status.NEUTRAL,
                              self.tr("Alert above {n}").format(n=t.waiting_alert))

        longest = self.tiles["longest_wait"]
        wait_text = fmt.duration(k.longest_wait_s)
        if k.longest_wait_s > t.longest_wait_alert_s:
            longest.set_value(wait_text, Status.DANGER, self.tr("Over {limit}").format(
                limit=fmt.duration(t.longest_wait_alert_s)))
        elif k.longest_wait_s > k.sl_seconds:
            longest.set_value(wait_text, Status.CAUTION, self.tr("Over {s} s").format(
                s=k.sl_seconds))
        elif k.calls_waiting == 0:
            longest.set_value(wait_text, Status.OK, self.tr("No one waiting"))
        else:
            longest.set_value(wait_text, Status.OK, self.tr("Within {s} s").format(
                s=k.sl_seconds))

        sl_tip = self.tr(
            "Service level = calls answered within {s} s / calls offered, excluding "
            "abandons under {short} s and calls still waiting less than {s} s. Target {target}."
            " (Asterisk's own figure divides by completed calls only.)"
        ).format(s=k.sl_seconds, short=t.short_abandon_s, target=fmt.percent(k.sl_target, 0))
        self._set_sl(self.tiles["sl_today"], k.sl_today, k, sl_tip)
        self._set_sl(self.tiles["sl_30m"], k.sl_30m, k,
                     sl_tip + "\n" + self.tr("Calls offered in the last 30 minutes."))

        abandon = self.tiles["abandon"]
        rate = k.abandon_rate
        ab_tip = self.tr("Abandoned / offered today, excluding abandons under {short} s").format(
            short=t.short_abandon_s)
        if rate is None:
            abandon.set_value(fmt.DASH, Status.NEUTRAL, self.tr("No calls yet"), ab_tip)
        elif rate > t.abandon_alert:
            abandon.set_value(fmt.percent(rate), Status.DANGER, self.tr("Above {limit}").format(
                limit=fmt.percent(t.abandon_alert, 0)), ab_tip)
        elif rate > t.abandon_caution:
            abandon.set_value(fmt.percent(rate), Status.CAUTION, self.tr("Above {limit}").format(
                limit=fmt.percent(t.abandon_caution, 0)), ab_tip)
        else:
            abandon.set_value(fmt.percent(rate), Status.OK, self.tr("At most {limit}").format(
                limit=fmt.percent(t.abandon_caution, 0)), ab_tip)

        self.tiles["aht"].set_value(
            fmt.duration(k.aht_s), Status.NEUTRAL, self.tr("Talk + wrap-up per call"),
            self.tr("Average handle time today: (talk + wrap-up) / calls handled"))

        self._set_occupancy(k.occupancy, t)
        self.agents.set_kpis(k)

    def _set_sl(self, tile: KpiTile, value: float | None, k: FloorKpis, tip: str) -> None:
        target = fmt.percent(k.sl_target, 0)
        if value is None:
            tile.set_value(fmt.DASH, Status.NEUTRAL, self.tr("No calls yet"), tip)
        elif value >= k.sl_target:
            tile.set_value(fmt.percent(value), Status.OK, self.tr(
                "On target ({target} in {s} s)").format(target=target, s=k.sl_seconds), tip)
        else:
            tile.set_value(fmt.percent(value), Status.DANGER, self.tr(
                "Below target ({target} in {s} s)").format(target=target, s=k.sl_seconds), tip)

    def _set_occupancy(self, value: float | None, t: KpiTargets) -> None:
        tile = self.tiles["occupancy"]
        caution, danger = fmt.percent(t.occupancy_caution, 0), fmt.percent(t.occupancy_danger, 0)
        tip = self.tr(
            "Occupancy over the last hour = (talk + wrap-up) / (talk + wrap-up + available). "
            "Healthy up to {caution}, caution to {danger}, danger above."
        ).format(caution=caution, danger=danger)
        if value is None:
            tile.set_value(fmt.DASH, Status.NEUTRAL, self.tr("No one logged in"), tip)
            return
        band = occupancy_band(value, KpiSettings(occupancy_caution=t.occupancy_caution,
                                                 occupancy_danger=t.occupancy_danger))
        if band == "healthy":
            tile.set_value(fmt.percent(value), Status.OK, self.tr("Healthy (≤ {limit})").format(
                limit=caution), tip)
        elif band == "caution":
            tile.set_value(fmt.percent(value), Status.CAUTION, self.tr(
                "Caution ({low}–{high})").format(low=caution, high=danger), tip)
        else:
            tile.set_value(fmt.percent(value), Status.DANGER, self.tr("Danger (> {limit})").format(
                limit=danger), tip)
