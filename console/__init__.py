"""Composure: a supervisor console for contact-center floors."""

__version__ = "0.1.0"
