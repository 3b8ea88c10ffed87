"""The escalation backlog: dock, work dialog, aging chart and their wiring into the window."""
