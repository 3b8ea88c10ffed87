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
# Old homes of the quiet hours ("22:00" to QUIET_END) and the alert sound: these belong to the
# floor now (database, Edit > Preferences). A window that finds them carries them over once.
QUIET_START = "alerts/quiet_start"
QUIET_END = "alerts/quiet_end"
ALERT_SOUND = "alerts/sound"
LEGACY_ALERT_KEYS = (QUIET_START, QUIET_END, ALERT_SOUND)

# bump when docks or columns change so an old saved layout is not restored onto a new window
CURRENT_LAYOUT_VERSION = 3  # 2: strain column, flags and breaks docks; 3: recent calls dock


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
