"""The audit log window and the app's data-safety chores (start-up purge, shift backups)."""
