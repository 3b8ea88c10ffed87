"""Edit > Preferences…: the floor's settings (service level, alerts, strain, breaks)."""
