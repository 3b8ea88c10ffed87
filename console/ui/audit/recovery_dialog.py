"""At start: a database that fails its integrity check is named to the user, who is offered
the latest backup (the damaged file is kept aside, never deleted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from console.services import data_safety
from console.services.data_safety import BackupError, CorruptDatabaseError


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


def build_box(error: CorruptDatabaseError, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("CorruptDatabaseBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Composure — damaged database"))
    text = _tr("The database {path} is damaged and cannot be used safely.").format(
        path=error.path)
    if error.latest is not None:
        text += "\n\n" + _tr("The latest backup is {name}. Restore it? The damaged file is "
                             "kept beside the backups.").format(name=error.latest.path.name)
        restore = box.addButton(_tr("Restore latest backup"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("RestoreButton")
        box.setDefaultButton(restore)
    else:
        text += "\n\n" + _tr("There is no backup of it. Start with --db to use another "
                             "database.")
    box.setText(text)
    box.setDetailedText("\n".join(error.findings[:20]))
    quit_button = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("QuitButton")
    box.setEscapeButton(quit_button)
    return box


def check_or_offer_restore(db_path, parent: QWidget | None = None) -> bool:
    """True when the database may be opened (sound, or restored from a backup just now)."""
    try:
        data_safety.check_database(db_path)
        return True
    except CorruptDatabaseError as error:
        if error.latest is None:  # nothing to offer: say what is wrong, as for any bad file
            QMessageBox.critical(parent, _tr("Composure"),
                                 _tr("Cannot start the board:\n{error}").format(error=error))
            return False
        box = build_box(error, parent)
        box.exec()
        clicked = box.clickedButton()
        if error.latest is None or clicked is None or clicked.objectName() != "RestoreButton":
            return False
        try:
            kept = data_safety.restore_backup(db_path, error.latest.path)
        except (BackupError, OSError) as exc:
            QMessageBox.critical(parent, _tr("Composure"),
                                 _tr("The backup could not be restored:\n{error}").format(
                                     error=exc))
            return False
        QMessageBox.information(parent, _tr("Composure"),
                                _tr("Restored {name}. The damaged database is kept as {kept}.")
                                .format(name=error.latest.path.name, kept=kept))
        return True
