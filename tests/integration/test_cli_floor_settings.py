"""The headless commands follow the floor's settings saved in the database."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from console.domain.floor_settings import FloorSettings
from console.services import floor_settings
from console.store import db
from tests.integration.test_cli import run


def _save_target(path: Path, target: float, seconds: int) -> None:
    conn = db.connect(path)
    s = FloorSettings()
    floor_settings.save(conn, replace(s, kpi=replace(s.kpi, sl_target=target,
                                                     sl_seconds=seconds)))
    conn.close()


def test_stats_and_staffing_use_the_floors_target(tmp_path: Path) -> None:
    path = tmp_path / "floor.sqlite"
    _save_target(path, 0.9, 30)
    stats = run("stats", "--db", str(path), "--json")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert data["settings"]["sl_seconds"] == 30 and data["settings"]["sl_target"] == 0.9
    assert "answered within 30 s" in data["service_level_definition"]

    args = ("staffing", "--calls-per-hour", "200", "--aht", "180", "--agents", "13", "--json")
    floor = json.loads(run(*args, "--db", str(path)).stdout)
    assert floor["target"] == {"service_level": 0.9, "seconds": 30}
    given = json.loads(run(*args, "--db", str(path), "--target", "80/20").stdout)
    assert given["target"] == {"service_level": 0.8, "seconds": 20}
    none = json.loads(run(*args, "--db", str(tmp_path / "missing.sqlite")).stdout)
    assert none["target"] == {"service_level": 0.8, "seconds": 20}
    assert not (tmp_path / "missing.sqlite").exists()
