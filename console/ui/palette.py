"""One palette for the whole board: the table, the KPI tiles and the charts draw from here.

Keeping every colour in one place is what makes "on a call" the same blue in the agent table,
the agents tile and the charts, and lets a dark theme swap all of them at once. Colour is never
the only signal: each status also has an icon (see :func:`status_icon`, :func:`state_icon`) and
the widgets add text.

The icons are small SVG files in ``resources/icons`` drawn with ``currentColor``; they are
tinted here so one file serves both themes.

The status colours are chosen for colour-blind readers too: "ok" is blue rather than green and
"danger" a dark crimson (light theme) or light rose (dark theme) rather than a red of the same
lightness as the orange "caution", so the three stay apart under deuteranopia and protanopia
(tests/ui/test_palette_colour_vision.py simulates both) and each still reads at 4.5:1 on the
theme's surface. The shape of each status icon differs as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from console.domain.agent_state import AgentState, Escalation


class Status(StrEnum):
    """How a figure compares with its target; drives tile and cell colours."""

    NEUTRAL = "neutral"
    OK = "ok"
    CAUTION = "caution"
    DANGER = "danger"


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    window: str
    surface: str
    surface_alt: str
    border: str
    text: str
    muted: str
    accent: str
    grid: str
    # a selected table row: pale enough that status icons (blue "on a call") and tints stay
    # visible on it, with the ordinary text colour (a white-on-accent row hid both)
    selection: str
    status: dict[Status, str]
    status_tint: dict[Status, str]
    states: dict[AgentState, str]
    offered: str
    answered: str
    abandoned: str
    depth: str

    def color(self, value: str) -> QColor:
        return QColor(value)


LIGHT = Theme(
    name="light",
    window="#EEF1F5",
    surface="#FFFFFF",
    surface_alt="#F7F9FB",
    border="#D9DEE6",
    text="#1D2530",
    muted="#5E6B7A",
    accent="#2563EB",
    grid="#E3E7ED",
    selection="#CFDDF7",
    status={
        Status.NEUTRAL: "#5E6B7A",
        Status.OK: "#0B6FA0",
        Status.CAUTION: "#A24E05",
        Status.DANGER: "#960E3B",
    },
    status_tint={
        Status.NEUTRAL: "#FFFFFF",
        Status.OK: "#E8F2F8",
        Status.CAUTION: "#FCEEDF",
        Status.DANGER: "#FAE6EC",
    },
    states={
        AgentState.AVAILABLE: "#17804F",
        AgentState.ON_CALL: "#2563EB",
        AgentState.WRAP_UP: "#7C3AED",
        AgentState.PAUSED: "#C26A0A",
        AgentState.LOGGED_OUT: "#8792A2",
    },
    offered="#94A3B8",
    answered="#2563EB",
    abandoned="#D9480F",
    depth="#7C3AED",
)

DARK = Theme(
    name="dark",
    window="#12161C",
    surface="#1B2129",
    surface_alt="#212833",
    border="#2E3744",
    text="#E5E9EF",
    muted="#9AA6B5",
    accent="#5B8DEF",
    grid="#2A323D",
    selection="#2F4468",
    status={
        Status.NEUTRAL: "#9AA6B5",
        Status.OK: "#4AB5F0",
        Status.CAUTION: "#F5AA1C",
        Status.DANGER: "#FF7A8A",
    },
    status_tint={
        Status.NEUTRAL: "#1B2129",
        Status.OK: "#15252F",
        Status.CAUTION: "#302512",
        Status.DANGER: "#361A21",
    },
    states={
        AgentState.AVAILABLE: "#3DBE7E",
        AgentState.ON_CALL: "#5B8DEF",
        AgentState.WRAP_UP: "#A78BFA",
        AgentState.PAUSED: "#E9A23B",
        AgentState.LOGGED_OUT: "#7D8897",
    },
    offered="#64748B",
    answered="#5B8DEF",
    abandoned="#F2675A",
    depth="#A78BFA",
)

THEMES = {"light": LIGHT, "dark": DARK}
_current: Theme = LIGHT
_icon_cache: dict[tuple[str, str], QIcon] = {}

ESCALATION_STATUS = {
    Escalation.NORMAL: Status.NEUTRAL,
    Escalation.WARNING: Status.CAUTION,
    Escalation.CRITICAL: Status.DANGER,
}

_STATE_ICON = {
    AgentState.AVAILABLE: "state-available",
    AgentState.ON_CALL: "state-on-call",
    AgentState.WRAP_UP: "state-wrap-up",
    AgentState.PAUSED: "state-paused",
    AgentState.LOGGED_OUT: "state-logged-out",
}
_STATUS_ICON = {
    Status.NEUTRAL: "status-info",
    Status.OK: "status-ok",
    Status.CAUTION: "status-warning",
    Status.DANGER: "status-critical",
}


def theme() -> Theme:
    return _current


def set_theme(name: str) -> Theme:
    """Switch the palette; widgets created afterwards (and restyled ones) pick it up."""
    global _current
    _current = THEMES.get(name, LIGHT)
    _icon_cache.clear()
    return _current


def state_color(state: AgentState | str) -> QColor:
    try:
        return QColor(_current.states[AgentState(state)])
    except ValueError:
        return QColor(_current.muted)


def status_color(status: Status) -> QColor:
    return QColor(_current.status[status])


def status_tint(status: Status) -> QColor:
    return QColor(_current.status_tint[status])


def _svg_text(name: str) -> str:
    path = resources.files("console._resources") / "icons" / f"{name}.svg"
    return path.read_text(encoding="utf-8")


def tinted_icon(name: str, color: str | QColor) -> QIcon:
    """An icon from ``resources/icons/<name>.svg`` painted in ``color`` (cached)."""
    hex_color = QColor(color).name()
    key = (name, hex_color)
    cached = _icon_cache.get(key)
    if cached is not None:
        return cached
    data = QByteArray(_svg_text(name).replace("currentColor", hex_color).encode("utf-8"))
    renderer = QSvgRenderer(data)
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    _icon_cache[key] = icon
    return icon


def state_icon(state: AgentState | str) -> QIcon:
    try:
        st = AgentState(state)
    except ValueError:
        return tinted_icon("status-info", _current.muted)
    return tinted_icon(_STATE_ICON[st], state_color(st))


def status_icon(status: Status) -> QIcon:
    return tinted_icon(_STATUS_ICON[status], status_color(status))


def app_icon() -> QIcon:
    return tinted_icon("app", "#2563EB")


def qpalette(t: Theme | None = None) -> QPalette:
    """A QPalette matching the theme, so plain Qt widgets (menus, dialogs) agree with the QSS."""
    t = t or _current
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(t.window))
    pal.setColor(role.WindowText, QColor(t.text))
    pal.setColor(role.Base, QColor(t.surface))
    pal.setColor(role.AlternateBase, QColor(t.surface_alt))
    pal.setColor(role.Text, QColor(t.text))
    pal.setColor(role.Button, QColor(t.surface))
    pal.setColor(role.ButtonText, QColor(t.text))
    pal.setColor(role.ToolTipBase, QColor(t.surface))
    pal.setColor(role.ToolTipText, QColor(t.text))
    pal.setColor(role.PlaceholderText, QColor(t.muted))
    pal.setColor(role.Highlight, QColor(t.selection))
    pal.setColor(role.HighlightedText, QColor(t.text))
    pal.setColor(role.Mid, QColor(t.border))
    return pal


def stylesheet(t: Theme | None = None) -> str:
    """The QSS theme from ``resources/themes/board.qss`` with this palette's colours filled in."""
    t = t or _current
    path = resources.files("console._resources") / "themes" / "board.qss"
    text = path.read_text(encoding="utf-8")
    values = {
        "window": t.window, "surface": t.surface, "surface_alt": t.surface_alt,
        "border": t.border, "text": t.text, "muted": t.muted, "accent": t.accent,
        "grid": t.grid, "selection": t.selection,
    }
    icons = resources.files("console._resources") / "icons"
    values["icons"] = Path(str(icons)).as_posix()  # QSS url() wants a real path
    for key, value in sorted(values.items(), key=lambda kv: -len(kv[0])):
        text = text.replace("@" + key, value)
    return text
