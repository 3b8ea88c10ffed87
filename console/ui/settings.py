"""Where the window remembers itself: geometry, dock layout and table header state.

Always INI format under the user scope (organization "Composure", application "composure"), so
one code path serves every platform and tests can redirect it with ``QSettings.setPath`` (the
native Windows registry cannot be redirected that way).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "Composure"
APPLICATION = "composure"

# keys (one place, so a rename cannot leave stale layouts behind)
GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
AGENT_HEADER = "board/agent_header"
BOARD_SPLITTER = "board/splitter"
LAYOUT_VERSION = "main_window/layout_version"
QUIET_START = "alerts/quiet_start"  # "22:00"; notifications muted until QUIET_END
QUIET_END = "alerts/quiet_end"
ALERT_SOUND = "alerts/sound"  # beep with a desktop notification

# bump when docks or columns change so an old saved layout is not restored onto a new window
CURRENT_LAYOUT_VERSION = 2  # 2: strain column, flags and breaks docks


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
