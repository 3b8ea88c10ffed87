"""At start: a database that cannot be used is named to the user with what is wrong (damaged,
made by a newer Composure, in a folder that cannot be written), and the latest backup this
version can read is offered where restoring can help (the replaced file is kept aside, never
deleted).

The question must never hang a headless run: with ``auto_close_ms`` (the app's
``--quit-after``) every box closes itself and counts as "do not restore". The message also
goes to ``report`` (stderr), so a run from a terminal or a script says why it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from console.services import start_check
from console.services.data_safety import BackupError
from console.services.start_check import StartProblem

Report = Callable[[str], None]
# called by this name with a literal context, so that lupdate finds every string
translate = QCoreApplication.translate
BOX_TEXT_WIDTH = 460


def _finding(finding: str) -> str:
    lowered = finding.lower()
    if "not a database" in lowered:
        return translate(
            "RecoveryDialog",
            "it is not an SQLite database (its header was overwritten, or it is another "
            "kind of file)",
        )
    if "malformed" in lowered or "never used" in lowered or "corrupt" in lowered:
        return translate(
            "RecoveryDialog",
            "its pages are damaged or missing (a truncated or partly overwritten file)",
        )
    return finding or translate("RecoveryDialog", "SQLite cannot read it")


def problem_text(problem: StartProblem, *, asking: bool = True) -> str:
    """What is wrong and what to do, in the user's language. ``asking``: the box offers the
    backup with a button; without it (stderr) the text says the command that restores it."""
    path = str(problem.path)
    if problem.kind == start_check.UNWRITABLE:
        if problem.folder is not None and problem.folder != problem.path:
            text = translate(
                "RecoveryDialog",
                "Composure cannot write in {folder}, where the database {path} is. "
                "SQLite must write beside the database even to read it.",
            ).format(folder=problem.folder, path=path)
        else:
            text = translate(
                "RecoveryDialog",
                "Composure cannot write the database file {path}: it is read-only.",
            ).format(path=path)
        return (
            text
            + "\n\n"
            + translate(
                "RecoveryDialog",
                "Make it writable (or move the database to a folder you "
                "can write), or start with --db to use another database.",
            )
        )
    if problem.kind == start_check.NOT_A_FILE:
        return translate(
            "RecoveryDialog",
            "{path} is a folder, not a database file. Start with --db and a file name.",
        ).format(path=path)
    if problem.kind == start_check.NEWER:
        text = translate(
            "RecoveryDialog",
            "The database {path} was made by a newer Composure (schema version {found}); "
            "this one knows up to version {known}. Update Composure to open it.",
        ).format(path=path, found=problem.found_version, known=problem.known_version)
    else:
        text = translate(
            "RecoveryDialog", "The database {path} is damaged and cannot be used: {finding}."
        ).format(path=path, finding=_finding(problem.findings[0] if problem.findings else ""))
    if problem.latest is None:
        return (
            text
            + "\n\n"
            + translate(
                "RecoveryDialog",
                "There is no backup of it. Start with --db to use another database.",
            )
        )
    when = start_check.when(problem.latest.created)
    if not asking:
        return (
            text
            + "\n\n"
            + translate(
                "RecoveryDialog",
                "The latest backup this version can read is {backup} "
                "({when}): `composure db restore --db {path} {backup}` puts "
                "it back (the file it replaces is kept).",
            ).format(backup=problem.latest.path, when=when, path=path)
        )
    if problem.kind == start_check.NEWER:
        offer = translate(
            "RecoveryDialog",
            "Or restore the latest backup this version can read, {name} ({when}): what "
            "was written since is not in it. The newer file is kept beside the backups.",
        ).format(name=problem.latest.path.name, when=when)
    else:
        offer = translate(
            "RecoveryDialog",
            "The latest backup is {name} ({when}). Restore it? The damaged file is "
            "kept beside the backups.",
        ).format(name=problem.latest.path.name, when=when)
    return text + "\n\n" + offer


def build_box(problem: StartProblem, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("CorruptDatabaseBox")
    box.setIcon(QMessageBox.Icon.Critical)
    titles = {
        start_check.NEWER: translate("RecoveryDialog", "Composure — database from a newer version"),
        start_check.UNWRITABLE: translate(
            "RecoveryDialog", "Composure — cannot write the database"
        ),
        start_check.NOT_A_FILE: translate("RecoveryDialog", "Composure — not a database"),
    }
    box.setWindowTitle(
        titles.get(problem.kind, translate("RecoveryDialog", "Composure — damaged database"))
    )
    box.setText(problem_text(problem))
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:  # paths are long: a wider box reads in fewer broken lines
        label.setMinimumWidth(BOX_TEXT_WIDTH)
    if problem.can_restore:
        restore = box.addButton(
            translate("RecoveryDialog", "Restore latest backup"), QMessageBox.ButtonRole.AcceptRole
        )
        restore.setObjectName("RestoreButton")
    if problem.findings:
        box.setDetailedText("\n".join(problem.findings[:20]))
    quit_button = box.addButton(
        translate("RecoveryDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("QuitButton")
    box.setEscapeButton(quit_button)
    # restoring replaces a file: Enter must not do it by accident, nor a headless run
    box.setDefaultButton(quit_button)
    return box


def show_box(
    box: QMessageBox, auto_close_ms: int | None = None, screenshot: Path | None = None
) -> str | None:
    """Run the box; the clicked button's object name (None when it closed itself)."""
    if screenshot is not None:
        QTimer.singleShot(100, lambda: _grab(box, screenshot))
    if auto_close_ms is not None:
        QTimer.singleShot(max(auto_close_ms, 200), box.reject)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None else None


def _grab(box: QMessageBox, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(path))


def message_box(
    text: str,
    *,
    parent: QWidget | None = None,
    critical: bool = True,
    auto_close_ms: int | None = None,
    report: Report | None = None,
) -> None:
    """A one-button message that closes itself in a headless run."""
    if report is not None:
        report(text)
    box = QMessageBox(
        QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Information,
        translate("RecoveryDialog", "Composure"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("StartMessageBox")
    show_box(box, auto_close_ms)


def offer_recovery(
    problem: StartProblem,
    parent: QWidget | None = None,
    *,
    auto_close_ms: int | None = None,
    report: Report | None = None,
    screenshot: Path | None = None,
) -> bool:
    """True when the database may now be opened (the offered backup was restored)."""
    if report is not None:
        report(problem_text(problem, asking=False).replace("\n\n", " "))
    box = build_box(problem, parent)
    if show_box(box, auto_close_ms, screenshot) != "RestoreButton" or not problem.can_restore:
        return False
    assert problem.latest is not None
    try:
        kept = start_check.restore(problem)
    except (BackupError, OSError) as exc:
        message_box(
            translate("RecoveryDialog", "The backup could not be restored: {error}").format(
                error=exc
            ),
            parent=parent,
            auto_close_ms=auto_close_ms,
            report=report,
        )
        return False
    message_box(
        translate(
            "RecoveryDialog", "Restored {name}. The replaced database is kept as {kept}."
        ).format(name=problem.latest.path.name, kept=kept),
        parent=parent,
        critical=False,
        auto_close_ms=auto_close_ms,
    )
    return True


def check_or_offer_restore(
    db_path: Path | str,
    parent: QWidget | None = None,
    *,
    auto_close_ms: int | None = None,
    report: Report | None = None,
    screenshot: Path | None = None,
) -> bool:
    """True when the database may be opened (sound, or restored from a backup just now)."""
    problem = start_check.diagnose(db_path)
    if problem is None:
        return True
    return offer_recovery(
        problem, parent, auto_close_ms=auto_close_ms, report=report, screenshot=screenshot
    )
