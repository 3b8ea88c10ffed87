"""Peer coaching, 1:1 talks and agent history: dialogs, the coaching dock, and their wiring."""
