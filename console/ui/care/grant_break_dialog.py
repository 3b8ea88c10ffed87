""""Grant recovery break...": first the cost to the floor, then length and the 1:1 talk.

The coverage check (Erlang C with N and N-1 agents, the stagger rule, when the floor can
cover) runs on the care thread; the dialog shows "Checking the floor…" until it answers.
The lead may always grant the break: when the floor cannot cover it the button says
"Grant anyway".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.board import AgentRow
from console.domain.breaks import BUSY_STATES, BreakSettings
from console.ui import palette
from console.ui.care import texts
from console.ui.care.care_controller import CareController


class GrantBreakDialog(QDialog):
    def __init__(self, care: CareController, agent: AgentRow, flag_id: int | None = None,
                 settings: BreakSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GrantBreakDialog")
        self.care = care
        self.agent = agent
        self.flag_id = flag_id
        self.coverage = None
        self.granted_id: int | None = None
        self._grant_request: int | None = None
        choices = (settings or BreakSettings()).choices
        self.setWindowTitle(self.tr("Grant recovery break"))

        title = QLabel(self.tr("Recovery break for <b>{agent}</b>").format(
            agent=agent.display_name))
        title.setObjectName("SectionTitle")
        reasons = texts.reasons_text(agent.strain_reasons)
        self.reasons = QLabel(self.tr("Strain {score} ({level}): {reasons}").format(
            score=round(agent.strain), level=texts.level_text(agent.strain_level),
            reasons=reasons or self.tr("no events counted")))
        self.reasons.setWordWrap(True)
        self.reasons.setFixedWidth(480)  # wrapped labels get a height for this width
        self.reasons.setObjectName("Muted")
        # the countdown waits for the call to end (console.domain.breaks.countdown_start)
        self.on_call = QLabel(self.tr("{agent} is on a call: the break starts when the call "
                                      "ends.").format(agent=agent.display_name))
        self.on_call.setObjectName("BreakWaitsForCall")
        self.on_call.setWordWrap(True)
        self.on_call.setFixedWidth(480)
        if agent.state not in BUSY_STATES:
            self.on_call.hide()

        card = QFrame()
        card.setObjectName("Card")
        c_layout = QVBoxLayout(card)
        c_layout.setContentsMargins(12, 10, 12, 10)
        heading = QLabel(self.tr("Cost to the floor"))
        heading.setObjectName("CardTitle")
        self.impact = QLabel(self.tr("Checking the floor…"))
        self.impact.setObjectName("BreakImpact")
        self.impact.setWordWrap(True)
        self.stagger = QLabel()
        self.stagger.setObjectName("BreakStagger")
        self.stagger.setWordWrap(True)
        self.stagger.hide()
        self.cover = QLabel()
        self.cover.setObjectName("BreakCoverable")
        self.cover.setWordWrap(True)
        self.cover.hide()
        for w in (heading, self.impact, self.stagger, self.cover):
            c_layout.addWidget(w)

        length_row = QHBoxLayout()
        length_row.addWidget(QLabel(self.tr("Length:")))
        self.length = QButtonGroup(self)
        for minutes in choices:
            radio = QRadioButton(self.tr("{n} min").format(n=minutes))
            radio.setObjectName(f"BreakLength{minutes}")
            self.length.addButton(radio, minutes)
            length_row.addWidget(radio)
        length_row.addStretch(1)
        self._select_length(choices[0])
        self.one_to_one = QCheckBox(self.tr("1:1 talk with the team lead"))
        self.one_to_one.setObjectName("BreakOneToOne")
        self.one_to_one.setChecked(agent.recommend_one_to_one)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.grant_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.grant_button.setObjectName("GrantButton")
        self.grant_button.setText(self.tr("Grant break"))
        self.buttons.accepted.connect(self.grant)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {palette.status_color(palette.Status.DANGER).name()}")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # the dialog follows its contents (the coverage text arrives after it opens)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(title)
        layout.addWidget(self.reasons)
        layout.addWidget(self.on_call)
        layout.addWidget(card)
        layout.addLayout(length_row)
        layout.addWidget(self.one_to_one)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        care.replied.connect(self._on_reply)
        care.failed.connect(self._on_failed)
        self._coverage_request = care.coverage(agent.name)

    def _select_length(self, minutes: int) -> None:
        button = self.length.button(minutes)
        if button is None:
            buttons = self.length.buttons()
            button = buttons[0] if buttons else None
        if button is not None:
            button.setChecked(True)

    def minutes(self) -> int:
        return self.length.checkedId()

    # ------------------------------------------------------------------ coverage
    def _on_reply(self, request: int, action: str, result: object) -> None:
        if request == self._coverage_request:
            self.show_coverage(result)
        elif request == self._grant_request:
            self.granted_id = int(result)  # type: ignore[call-overload]
            self.accept()

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if request == self._coverage_request:
            self.impact.setText(self.tr("The coverage check failed: {error}").format(error=error))
        elif request == self._grant_request:
            self._grant_request = None
            self.grant_button.setEnabled(True)
            self.error.setText(self.tr("The break was not granted: {error}").format(error=error))
            self.error.show()

    def show_coverage(self, coverage) -> None:
        self.coverage = coverage
        self._select_length(coverage.suggested_minutes)
        impact = coverage.impact
        danger = palette.status_color(palette.Status.DANGER).name()
        caution = palette.status_color(palette.Status.CAUTION).name()
        ok = palette.status_color(palette.Status.OK).name()
        if impact is None:
            self.impact.setText(self.tr("Not enough calls in the last 30 minutes to estimate "
                                        "the service level."))
        else:
            text = self.tr("Service level {with_} → {without} (target {target})").format(
                with_=texts.percent0(impact.sl_with), without=texts.percent0(impact.sl_without),
                target=texts.percent0(impact.target_sl))
            detail = self.tr("{n} agents on the phones, {cph} calls/hour, handle time {aht}"
                             ).format(n=coverage.agents_on_phones,
                                      cph=round(coverage.calls_per_hour),
                                      aht=f"{int(coverage.aht_s) // 60}:"
                                          f"{int(coverage.aht_s) % 60:02d}")
            color = ok if impact.meets_target_without else danger
            self.impact.setText(f"<span style='color:{color}; font-weight:600'>{text}</span>"
                                f"<br><span style='font-size:8.5pt'>{detail}</span>")
        stagger = coverage.stagger
        if stagger is not None and stagger.exceeded:
            self.stagger.setText(f"<span style='color:{caution}'>⚠ " + self.tr(
                "{off} of {team} agents in {name} would be off the phones ({share} % – the "
                "limit is about {limit} %)").format(
                    off=stagger.off_phones_now + 1, team=stagger.team_on_shift,
                    name=stagger.team, share=round(stagger.share_after * 100),
                    limit=round(stagger.limit * 100)) + "</span>")
            self.stagger.show()
        if not coverage.floor_can_cover:
            if coverage.coverable_at is not None:
                at = datetime.fromtimestamp(coverage.coverable_at).strftime("%H:%M")
                text = self.tr("The floor can likely cover this from {time}").format(time=at)
            else:
                text = self.tr("The floor can likely not cover this within the next 3 hours")
            self.cover.setText(text)
            self.cover.show()
        if not coverage.floor_can_cover or (stagger is not None and stagger.exceeded):
            self.grant_button.setText(self.tr("Grant anyway"))

    # ------------------------------------------------------------------ grant
    def grant(self) -> None:
        if self._grant_request is not None:
            return
        note = self.coverage.impact.describe() if self.coverage and self.coverage.impact else None
        self.grant_button.setEnabled(False)
        self.error.hide()
        self._grant_request = self.care.grant_break(
            self.agent.name, self.minutes(), one_to_one=self.one_to_one.isChecked(),
            flag_id=self.flag_id, coverage_note=note)

    def done(self, result: int) -> None:
        try:
            self.care.replied.disconnect(self._on_reply)
            self.care.failed.disconnect(self._on_failed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
