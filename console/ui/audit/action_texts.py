"""Audit actions in words: "flag.acknowledge" reads "Abuse flag · acknowledged".

The stored code stays the record (filters and exports use it, the tooltip shows it); the words
are for people. A code with no words here, say from a newer version, is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "AuditActions"

_FAMILIES = {
    "alert": QT_TRANSLATE_NOOP("AuditActions", "Floor alert"),
    "break": QT_TRANSLATE_NOOP("AuditActions", "Recovery break"),
    "caller": QT_TRANSLATE_NOOP("AuditActions", "Caller"),
    "coaching": QT_TRANSLATE_NOOP("AuditActions", "Coaching"),
    "peer": QT_TRANSLATE_NOOP("AuditActions", "Peer coaching"),
    "one_to_one": QT_TRANSLATE_NOOP("AuditActions", "1:1 talk"),
    "escalation": QT_TRANSLATE_NOOP("AuditActions", "Escalation"),
    "flag": QT_TRANSLATE_NOOP("AuditActions", "Abuse flag"),
    "issue": QT_TRANSLATE_NOOP("AuditActions", "Issue for management"),
    "issue_cause": QT_TRANSLATE_NOOP("AuditActions", "Issue cause"),
    "recognition": QT_TRANSLATE_NOOP("AuditActions", "Recognition"),
    "roster": QT_TRANSLATE_NOOP("AuditActions", "Roster"),
    "sources": QT_TRANSLATE_NOOP("AuditActions", "Data sources"),
    "data": QT_TRANSLATE_NOOP("AuditActions", "Data"),
    "privacy": QT_TRANSLATE_NOOP("AuditActions", "Privacy"),
    "floor": QT_TRANSLATE_NOOP("AuditActions", "Floor settings"),
    "settings": QT_TRANSLATE_NOOP("AuditActions", "Settings"),
    "needs": QT_TRANSLATE_NOOP("AuditActions", "Needs list"),
    "report": QT_TRANSLATE_NOOP("AuditActions", "Shift report"),
}
_VERBS = {
    "acknowledge": QT_TRANSLATE_NOOP("AuditActions", "acknowledged"),
    "add": QT_TRANSLATE_NOOP("AuditActions", "added"),
    "archive": QT_TRANSLATE_NOOP("AuditActions", "archived"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "backed up"),
    "cancel": QT_TRANSLATE_NOOP("AuditActions", "cancelled"),
    "change": QT_TRANSLATE_NOOP("AuditActions", "changed"),
    "correct": QT_TRANSLATE_NOOP("AuditActions", "corrected"),
    "create": QT_TRANSLATE_NOOP("AuditActions", "created"),
    "edit": QT_TRANSLATE_NOOP("AuditActions", "edited"),
    "end": QT_TRANSLATE_NOOP("AuditActions", "ended"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "exported"),
    "grant": QT_TRANSLATE_NOOP("AuditActions", "granted"),
    "handoff": QT_TRANSLATE_NOOP("AuditActions", "handed off"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "imported"),
    "mark_repeat": QT_TRANSLATE_NOOP("AuditActions", "marked as a repeat abuser"),
    "note": QT_TRANSLATE_NOOP("AuditActions", "note added"),
    "open": QT_TRANSLATE_NOOP("AuditActions", "opened"),
    "pause": QT_TRANSLATE_NOOP("AuditActions", "clock paused"),
    "plan": QT_TRANSLATE_NOOP("AuditActions", "planned"),
    "promise": QT_TRANSLATE_NOOP("AuditActions", "promise changed"),
    "purge": QT_TRANSLATE_NOOP("AuditActions", "old text purged"),
    "record": QT_TRANSLATE_NOOP("AuditActions", "recorded"),
    "rename": QT_TRANSLATE_NOOP("AuditActions", "renamed"),
    "reply": QT_TRANSLATE_NOOP("AuditActions", "replied"),
    "report": QT_TRANSLATE_NOOP("AuditActions", "reported"),
    "resolve": QT_TRANSLATE_NOOP("AuditActions", "resolved"),
    "restore": QT_TRANSLATE_NOOP("AuditActions", "restored"),
    "resume": QT_TRANSLATE_NOOP("AuditActions", "clock resumed"),
    "save": QT_TRANSLATE_NOOP("AuditActions", "saved"),
    "status": QT_TRANSLATE_NOOP("AuditActions", "status changed"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "updated"),
    "withdraw": QT_TRANSLATE_NOOP("AuditActions", "withdrawn"),
    # settings keys written as actions
    "alerts": QT_TRANSLATE_NOOP("AuditActions", "alerts changed"),
    "breaks": QT_TRANSLATE_NOOP("AuditActions", "breaks changed"),
    "kpi": QT_TRANSLATE_NOOP("AuditActions", "service level changed"),
    "strain": QT_TRANSLATE_NOOP("AuditActions", "strain changed"),
    "settings": QT_TRANSLATE_NOOP("AuditActions", "changed"),
    "retention_days": QT_TRANSLATE_NOOP("AuditActions", "retention changed"),
    "backup_keep": QT_TRANSLATE_NOOP("AuditActions", "backups kept changed"),
    "shift_end": QT_TRANSLATE_NOOP("AuditActions", "shift end changed"),
    "show_full_callers": QT_TRANSLATE_NOOP("AuditActions", "full caller numbers changed"),
    "ami_secret": QT_TRANSLATE_NOOP("AuditActions", "AMI secret changed"),
    "pseudonym_secret": QT_TRANSLATE_NOOP("AuditActions", "pseudonym key created"),
}


def action_text(code: str) -> str:
    """Words for an audit action code; the code itself when a part has no words."""
    family, _, verb = code.partition(".")
    if family not in _FAMILIES or verb not in _VERBS:
        return code
    return QCoreApplication.translate("AuditActions", "{what} · {done}").format(
        what=QCoreApplication.translate(CTX, _FAMILIES[family]),
        done=QCoreApplication.translate(CTX, _VERBS[verb]))
