"""Status colours stay apart for colour-blind readers, and colour is never the only signal."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import Qt

from console.domain.agent_state import AgentState
from console.ui import palette
from console.ui.palette import DARK, LIGHT, Status, Theme

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB
SIMULATE = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
}
SIGNALS = (Status.OK, Status.CAUTION, Status.DANGER)


def _linear(hex_color: str) -> list[float]:
    out = []
    for i in (1, 3, 5):
        c = int(hex_color[i:i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(hex_color: str, vision: str) -> tuple[float, float, float]:
    rgb = _linear(hex_color)
    m = SIMULATE[vision]
    return _lab([min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3)])


def contrast(a: str, b: str) -> float:
    def lum(c: str) -> float:
        r, g, bl = _linear(c)
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_simulation_can_tell_a_confusable_pair() -> None:
    # the old light theme's caution orange and danger red: fine for most, not for deuteranopes
    normal = math.dist(seen("#A86008", "normal"), seen("#C42B1C", "normal"))
    deutan = math.dist(seen("#A86008", "deuteranopia"), seen("#C42B1C", "deuteranopia"))
    assert normal > 30 and deutan < 10


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
@pytest.mark.parametrize("vision", list(SIMULATE))
def test_ok_caution_and_danger_stay_apart(theme: Theme, vision: str) -> None:
    for a, b in itertools.combinations(SIGNALS, 2):
        distance = math.dist(seen(theme.status[a], vision), seen(theme.status[b], vision))
        assert distance >= 30, f"{theme.name} {a}/{b} under {vision}: ΔE {distance:.0f}"
    for status in SIGNALS:  # grey "nothing to say" is told apart by its icon; still not equal
        distance = math.dist(seen(theme.status[status], vision),
                             seen(theme.status[Status.NEUTRAL], vision))
        assert distance >= 12, f"{theme.name} {status}/neutral under {vision}"


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_status_colours_read_as_text(theme: Theme) -> None:
    for status in Status:
        assert contrast(theme.status[status], theme.surface) >= 4.5, status
        assert contrast(theme.status[status], theme.status_tint[status]) >= 4.0, status


def test_every_status_and_state_has_its_own_icon_shape() -> None:
    assert len(set(palette._STATUS_ICON.values())) == len(Status)
    assert len(set(palette._STATE_ICON.values())) == len(AgentState)


def test_queue_service_level_colour_comes_with_an_icon(qapp) -> None:
    from console.domain.kpi import QueueStats
    from console.ui.board.queue_table_model import QueueColumn, QueueTableModel

    model = QueueTableModel()
    model.set_rows([QueueStats("support", offered=10, answered=5, answered_in_sl=5,
                               sl_denominator=10)], 0.8, 20)
    index = model.index(0, int(QueueColumn.SL))
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.DisplayRole)
