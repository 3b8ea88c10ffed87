"""What the Preferences dialog shows: one row of a table per setting, not one block of code.

Each :class:`FieldSpec` names a field of a settings group and says how to show it (translated
label, unit, step, decimals, shown as percent). Ranges are not repeated here: they come from
the bounds next to each settings dataclass (console.domain.settings_codec), so a spin box can
never hold a value the database would refuse. Labels are built in :class:`PreferenceTexts`
methods with ``self.tr`` so that lupdate finds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from console.domain import settings_codec as codec
from console.domain.alerts import (
    ABANDONS_PER_HOUR,
    CALLS_WAITING,
    LONGEST_WAIT,
    NO_AGENT_AVAILABLE,
    SL_UNDER_TARGET,
    STRAIN_OVER_THRESHOLD,
)
from console.domain.escalations import CHANNELS
from console.domain.floor_settings import GROUPS
from console.ui.escalations.texts import channel_text


@dataclass(frozen=True, slots=True)
class FieldSpec:
    group: str  # "kpi" | "alerts" | "strain" | "breaks" | "escalations"
    name: str  # the dataclass field
    label: str
    suffix: str = ""  # unit shown in the spin box, with its leading space
    step: float = 1.0
    decimals: int = 0
    percent: bool = False  # stored as a fraction 0-1, shown as 0-100
    tip: str = ""  # what the number does; the default is added to it

    @property
    def key(self) -> str:
        return f"{self.group}.{self.name}"

    @property
    def kind(self) -> str:
        return codec.field_kinds(GROUPS[self.group])[self.name]

    def limits(self) -> tuple[float, float]:
        """The range in display units."""
        low, high = codec.bounds(GROUPS[self.group], self.name) or (0, 10**6)
        factor = 100 if self.percent else 1
        return low * factor, high * factor


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True, slots=True)
class AlertKindSpec:
    kind: str  # one of console.domain.alerts.KINDS
    label: str
    threshold: FieldSpec | None  # None: the condition has no number of its own
    note: str = ""  # shown instead of a threshold


class PreferenceTexts(QObject):
    """The dialog's table of settings, with translated labels and units."""

    def tab_titles(self) -> dict[str, str]:
        return {"kpi": self.tr("Service level"), "alerts": self.tr("Alerts"),
                "strain": self.tr("Strain"), "breaks": self.tr("Breaks"),
                "escalations": self.tr("Escalations")}

    def units(self) -> dict[str, str]:
        return {"s": self.tr(" s"), "min": self.tr(" min"), "%": self.tr(" %"),
                "points": self.tr(" points"), "calls": self.tr(" calls"),
                "units": self.tr(" units"), "h": self.tr(" h"), "days": self.tr(" days")}

    def service_level(self) -> list[Section]:
        u = self.units()

        def f(name: str, label: str, unit: str = "", **kw) -> FieldSpec:
            return FieldSpec("kpi", name, label, u.get(unit, ""), **kw)

        return [
            Section(self.tr("Service level"), (
                f("sl_target", self.tr("Target"), "%", percent=True,
                  tip=self.tr("Share of offered calls to answer within the answer time.")),
                f("sl_seconds", self.tr("Answer within"), "s"),
                f("short_abandon_seconds", self.tr("Short abandons: under"), "s",
                  tip=self.tr("Callers who hang up this soon count neither as offered nor as "
                              "abandoned.")),
            )),
            Section(self.tr("Board colours"), (
                f("abandon_caution", self.tr("Abandon rate: caution above"), "%",
                  percent=True, step=0.5, decimals=1),
                f("abandon_alert", self.tr("Abandon rate: alert above"), "%", percent=True,
                  step=0.5, decimals=1),
                f("occupancy_caution", self.tr("Occupancy: caution above"), "%", percent=True),
                f("occupancy_danger", self.tr("Occupancy: danger above"), "%", percent=True),
            )),
        ]

    def alert_kinds(self) -> list[AlertKindSpec]:
        u = self.units()
        return [
            AlertKindSpec(CALLS_WAITING, self.tr("Calls waiting: more than"), FieldSpec(
                "alerts", "calls_waiting", self.tr("Calls waiting"), u["calls"])),
            AlertKindSpec(LONGEST_WAIT, self.tr("Longest wait: over"), FieldSpec(
                "alerts", "longest_wait_s", self.tr("Longest wait"), u["s"], step=10)),
            AlertKindSpec(SL_UNDER_TARGET, self.tr("Service level (last 30 min) under target"),
                          None, self.tr("Target: see the Service level tab")),
            AlertKindSpec(ABANDONS_PER_HOUR, self.tr("Abandons in the last hour: more than"),
                          FieldSpec("alerts", "abandons_per_hour",
                                    self.tr("Abandons in the last hour"), u["calls"])),
            AlertKindSpec(NO_AGENT_AVAILABLE, self.tr("No agent available"), None,
                          self.tr("While anyone is logged in")),
            AlertKindSpec(STRAIN_OVER_THRESHOLD, self.tr("An agent's strain: at least"),
                          FieldSpec("alerts", "strain_threshold", self.tr("Strain"),
                                    u["points"], step=5)),
        ]

    def alert_general(self) -> list[FieldSpec]:
        return [FieldSpec(
            "alerts", "cooldown_minutes", self.tr("Raise the same alert again after"),
            self.units()["min"], step=5,
            tip=self.tr("A condition that stays true is not raised again within this time."))]

    def alert_texts(self) -> dict[str, str]:
        return {
            "conditions": self.tr("Raise an alert when"),
            "notifications": self.tr("Notifications"),
            "quiet": self.tr("Quiet hours: from"),
            "quiet_to": self.tr("to"),
            "quiet_tip": self.tr("Desktop notifications and the beep are muted in these hours "
                                 "(they may cross midnight); the alerts strip still shows "
                                 "every alert."),
            "sound": self.tr("Beep with each desktop notification"),
        }

    def strain(self) -> list[Section]:
        u = self.units()

        weight_tip = self.tr("Added when it happens, then fading; the score scale turns "
                             "these units into points.")

        def weight(name: str, label: str) -> FieldSpec:
            return FieldSpec("strain", name, label, u["units"], step=0.25, decimals=2,
                             tip=weight_tip)

        def f(name: str, label: str, unit: str = "", **kw) -> FieldSpec:
            return FieldSpec("strain", name, label, u.get(unit, ""), **kw)

        return [
            Section(self.tr("Weight of each event"), (
                weight("weight_flag_severity_1", self.tr("Abusive call, severity 1")),
                weight("weight_flag_severity_2", self.tr("Abusive call, severity 2")),
                weight("weight_flag_severity_3", self.tr("Threat or harassment, severity 3")),
                weight("weight_complaint", self.tr("Complaint call")),
                weight("weight_escalated", self.tr("Escalated call")),
                weight("weight_long_call", self.tr("Very long call")),
                f("long_call_minutes", self.tr("A call is very long after"), "min"),
            )),
            Section(self.tr("Fading"), (
                f("tau_work_minutes", self.tr("Time constant at work"), "min", step=5,
                  tip=self.tr("After this long at work an event counts about a third.")),
                f("tau_break_minutes", self.tr("Time constant on a break"), "min",
                  tip=self.tr("Strain fades this much faster while on a break.")),
                f("overnight_carry", self.tr("Carried into the next day"), "%", percent=True,
                  step=5),
                f("forget_below_points", self.tr("Forget an event below"), "points",
                  step=0.5, decimals=1,
                  tip=self.tr("An event worth less than this is no longer named as a "
                              "reason.")),
            )),
            Section(self.tr("Workload"), (
                f("occupancy_threshold", self.tr("Occupancy counts above"), "%", percent=True),
                f("occupancy_weight", self.tr("Weight at 100 % occupancy"), "units",
                  step=0.25, decimals=2),
                f("no_break_after_minutes", self.tr("Time without a break counts after"),
                  "min", step=5),
                f("no_break_weight_per_30min", self.tr("Weight per 30 min beyond that"),
                  "units", step=0.25, decimals=2),
            )),
            Section(self.tr("Score and levels"), (
                f("scale", self.tr("100 points are"), "units", step=0.5, decimals=2,
                  tip=self.tr("The score shows the sum of the weights, fading, as points: "
                              "this many units make 100.")),
                f("watch", self.tr("Watch from"), "points", step=5),
                f("break_recommended", self.tr("Break recommended from"), "points", step=5),
                f("severe_flag_window_minutes", self.tr("A threat calls for a break for"),
                  "min", step=30, tip=self.tr(
                      "Used when the agent's shift start is unknown: how long a severity-3 "
                      "flag keeps recommending a break and a 1:1 talk.")),
            )),
        ]

    def breaks(self) -> list[Section]:
        u = self.units()

        def f(name: str, label: str, unit: str = "", **kw) -> FieldSpec:
            return FieldSpec("breaks", name, label, u.get(unit, ""), **kw)

        return [
            Section(self.tr("Recovery breaks"), (
                f("default_minutes", self.tr("Default length"), "min"),
                f("after_severe_minutes", self.tr("After a severe call (severity 2)"), "min"),
                f("after_threat_minutes", self.tr("After a threat (severity 3)"), "min"),
                f("choices", self.tr("Lengths offered (minutes)"), tip=self.tr(
                    "Minutes, separated by commas; the three lengths above are always "
                    "offered.")),
                f("overdue_grace_minutes", self.tr("Overdue after the planned end plus"),
                  "min"),
            )),
            Section(self.tr("Stagger"), (
                f("max_team_off_share", self.tr("At most off the phones per team"), "%",
                  percent=True, step=5, tip=self.tr(
                      "The coverage check warns when a break would take more of a team off "
                      "the phones at once.")),
            )),
        ]

    def escalations(self) -> list[Section]:
        """Number rows of the Escalations tab; business hours and the clock per channel are
        check boxes built by console.ui.preferences.escalations_page."""
        u = self.units()

        def f(name: str, label: str, unit: str = "", **kw) -> FieldSpec:
            return FieldSpec("escalations", name, label, u.get(unit, ""), **kw)

        promise_tip = self.tr("Offered when an escalation is opened on this channel; each item "
                              "keeps the promise it was opened with.")
        return [
            Section(self.tr("Callback promise"), tuple(
                f(f"promise_{c}_hours", channel_text(c), "h", step=1, decimals=1,
                  tip=promise_tip) for c in CHANNELS)),
            Section(self.tr("Warnings"), (
                f("at_risk_left", self.tr("At risk with this much of the promise left"), "%",
                  percent=True, step=5, tip=self.tr(
                      "An open item turns at risk (and raises a notification) when no more "
                      "than this share of its promise is left.")),
                f("warnings", self.tr("Note on the timeline at (% used)"), tip=self.tr(
                    "Percent of the promise used, separated by commas; each is noted on the "
                    "item's timeline once.")),
                f("closed_days_shown", self.tr("Show resolved items for"), "days"),
            )),
        ]

    def escalation_texts(self) -> dict[str, str]:
        return {
            "hours": self.tr("Business hours"),
            "from": self.tr("Open from"),
            "to": self.tr("to"),
            "days": self.tr("Open on"),
            "clock": self.tr("Promise counts business hours only for"),
            "clock_tip": self.tr("Other channels count every hour of the day (24x7), which "
                                 "is what a customer hears as \"within 24 hours\"."),
        }

    def error_texts(self) -> dict[str, str]:
        """Translated reasons for the checks that relate two fields (ranges cannot fail: the
        spin boxes hold them)."""
        caution = self.tr("must be at least the caution level")
        return {
            "kpi.abandon_alert": caution,
            "kpi.occupancy_danger": caution,
            "strain.break_recommended": self.tr("must be at least the watch level"),
            "alerts.quiet_end": self.tr("must end at another time than they start"),
            "escalations.business_end": self.tr("must be later than the start"),
            "escalations.business_days": self.tr("choose at least one day"),
        }

    def messages(self) -> dict[str, str]:
        return {
            "default": self.tr("Default: {value}"),
            "on": self.tr("on"),
            "off": self.tr("off"),
            "loading": self.tr("Loading the floor's settings…"),
            "saving": self.tr("Saving…"),
            "load_failed": self.tr("Could not load the settings: {error}"),
            "save_failed": self.tr("Not saved: {error}"),
            "invalid": self.tr("Please check: {errors}"),
            "restore_tip": self.tr("Put every tab back to the built-in defaults (saved only "
                                   "with OK or Apply)"),
            "title": self.tr("Preferences"),
            "scope": self.tr("These settings belong to the floor: they are kept in its "
                             "database and apply to every console and command using it."),
        }
