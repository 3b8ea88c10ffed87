"""Status bar: is the data flowing, and is any of it bad?

Shows the ingest status (ok / waiting for the file / database locked, retrying / error), the time
of the last event read, the count of unknown events, and a clickable problems counter that
opens the "Ingest problems" dock. Each status has an icon and words, not just a colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from console.ingest.ami_client import AmiStatus, LinkState
from console.services.session import IngestStep
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.palette import Status


class _IconLabel(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.icon = QLabel()
        self.icon.setFixedSize(14, 14)
        self.text = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(5)
        row.addWidget(self.icon)
        row.addWidget(self.text)

    def set(self, status: Status, text: str, tooltip: str = "") -> None:
        self.icon.setPixmap(palette.status_icon(status).pixmap(14, 14))
        self.text.setText(text)
        self.setToolTip(tooltip)


class BoardStatusBar(QStatusBar):
    problems_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardStatusBar")
        self.setSizeGripEnabled(False)
        self.ingest = _IconLabel("IngestStatus")
        self.last_event = QLabel()
        self.last_event.setObjectName("LastEvent")
        self.last_event.setContentsMargins(8, 0, 8, 0)
        self.unknown = QLabel()
        self.unknown.setObjectName("UnknownEvents")
        self.unknown.setContentsMargins(8, 0, 8, 0)
        self.problems = QToolButton()
        self.problems.setObjectName("ProblemsButton")
        self.problems.setAutoRaise(True)
        self.problems.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems.clicked.connect(self.problems_clicked)
        self.problems_count = 0
        self.unknown_count = 0
        # the AMI link's light and last event (hidden until a link is configured)
        self.ami = _IconLabel("AmiStatus")
        self.ami.hide()
        for widget in (self.ami, self.ingest, self.last_event, self.unknown, self.problems):
            self.addPermanentWidget(widget)
        self.set_counts(0, 0)
        self.set_no_source()

    def set_no_source(self) -> None:
        self.ingest.set(Status.NEUTRAL, self.tr("Ingest: no source"))
        self.last_event.setText(self.tr("Last event: {time}").format(time=fmt.DASH))

    def set_counts(self, problems: int, unknown: int) -> None:
        self.problems_count, self.unknown_count = problems, unknown
        status = Status.CAUTION if problems else Status.OK
        self.problems.setIcon(palette.status_icon(status))
        self.problems.setText(self.tr("Problems: {n}").format(n=problems))
        self.problems.setToolTip(self.tr("Lines the reader could not use — click to list them"))
        self.unknown.setText(self.tr("Unknown events: {n}").format(n=unknown))
        self.unknown.setToolTip(
            self.tr("Events this version does not know; kept as-is and counted")
        )

    def set_step(self, step: IngestStep) -> None:
        if step.status == "ok":
            self.ingest.set(Status.OK, self.tr("Ingest: OK"))
        elif step.status == "waiting":
            self.ingest.set(Status.CAUTION, self.tr("Ingest: waiting for file"),
                            self.tr("The queue_log file does not exist yet"))
        elif step.status == "locked":
            self.ingest.set(Status.CAUTION, self.tr("Ingest: database locked, retrying"))
        else:
            self.ingest.set(Status.NEUTRAL, self.tr("Ingest: {status}").format(
                status=step.status))
        if step.last_ts:
            self.last_event.setText(
                self.tr("Last event: {time}").format(time=fmt.clock_time(step.last_ts))
            )

    def set_ami_status(self, status: AmiStatus) -> None:
        """Connected / connecting / reconnecting in N s / login failed / unreachable, with
        the last event's time; the server's or the OS's own words in the tooltip."""
        tip = self.tr("Asterisk Manager Interface {host}:{port}").format(
            host=status.host, port=status.port)
        if status.detail:
            tip += "\n" + status.detail
        if status.last_event_ts:
            tip += "\n" + self.tr("Last AMI event: {time}").format(
                time=fmt.clock_time(status.last_event_ts))
        state, retry = status.state, status.retry_in
        if state == LinkState.CONNECTED:
            when = fmt.clock_time(status.last_event_ts) if status.last_event_ts else fmt.DASH
            self.ami.set(Status.OK, self.tr("AMI: connected, last event {time}").format(
                time=when), tip)
        elif state == LinkState.CONNECTING:
            self.ami.set(Status.NEUTRAL, self.tr("AMI: connecting…"), tip)
        elif state == LinkState.LOGIN_FAILED:
            text = self.tr("AMI: login failed")
            if retry:
                text += " " + self.tr("(retry in {n} s)").format(n=int(retry))
            self.ami.set(Status.DANGER, text, tip)
        elif state == LinkState.UNREACHABLE:
            text = self.tr("AMI: unreachable")
            if retry:
                text += " " + self.tr("(retry in {n} s)").format(n=int(retry))
            self.ami.set(Status.DANGER, text, tip)
        elif state == LinkState.RECONNECTING:
            self.ami.set(Status.CAUTION, self.tr("AMI: reconnecting in {n} s").format(
                n=int(retry or 0)), tip)
        else:
            self.ami.set(Status.NEUTRAL, self.tr("AMI: stopped"), tip)
        self.ami.show()

    def set_ami_error(self, message: str) -> None:
        self.ami.set(Status.DANGER, self.tr("AMI: error"), message)
        self.ami.show()

    def hide_ami(self) -> None:
        self.ami.hide()

    def set_error(self, message: str) -> None:
        self.ingest.set(Status.DANGER, self.tr("Ingest: error, retrying"), message)

    def set_read_error(self, message: str) -> None:
        """The board could not be read (the ingest may be fine): say so, keep retrying."""
        self.ingest.set(Status.DANGER, self.tr("Board: cannot read the database, retrying"),
                        message)
