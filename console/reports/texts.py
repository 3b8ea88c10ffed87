"""Every word a report prints, translated through Qt's translators (context "ShiftReport").

Renderers run without widgets (the CLI, a worker thread), so the strings go through
``QCoreApplication.translate`` with literal arguments, which is what ``pyside6-lupdate``
collects. Build a :class:`ReportTexts` after the translators are installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class ReportTexts:
    def __init__(self) -> None:
        translate = QCoreApplication.translate  # lupdate reads translate("ShiftReport", ...)
        self.report_title = translate("ShiftReport", "Shift report")
        self.sections = {
            "summary": translate("ShiftReport", "Summary"),
            "queues": translate("ShiftReport", "Queues"),
            "intervals": translate("ShiftReport", "Half-hour intervals"),
            "agents": translate("ShiftReport", "Agents"),
            "pauses": translate("ShiftReport", "Pauses by reason"),
            "flags": translate("ShiftReport", "Abusive-call flags"),
            "repeat_callers": translate("ShiftReport", "Repeat abusive callers"),
            "sessions": translate("ShiftReport", "Coaching and 1:1 sessions"),
            "escalations": translate("ShiftReport", "Escalations"),
            "notes": translate("ShiftReport", "Supervisor notes"),
            "recognition": translate("ShiftReport", "Recognition"),
            "issues": translate("ShiftReport", "Issues for management"),
        }
        self.unavailable = {
            "coaching": translate(
                "ShiftReport", "Coaching sessions are not recorded in this database yet."),
            "recognition": translate(
                "ShiftReport", "Recognition is not recorded in this database yet."),
            "escalations": translate(
                "ShiftReport", "Escalations are not recorded in this database yet."),
            "management_issues": translate(
                "ShiftReport", "Issues for management are not recorded in this database yet."),
        }
        self.coaching_fallback = translate(
            "ShiftReport", "Only the 1:1 talks granted together with a recovery break are listed.")
        self.none_in_range = translate("ShiftReport", "None in this shift.")
        self.figure = translate("ShiftReport", "Figure")
        self.value = translate("ShiftReport", "Value")
        self.summary = {
            "offered": translate("ShiftReport", "Calls offered"),
            "answered": translate("ShiftReport", "Answered"),
            "abandoned": translate("ShiftReport", "Abandoned"),
            "short_abandoned": translate("ShiftReport", "of which short abandons (not counted)"),
            "service_level": translate("ShiftReport", "Service level"),
            "sl_target": translate("ShiftReport", "Service level target"),
            "abandon_rate": translate("ShiftReport", "Abandon rate"),
            "aht_s": translate("ShiftReport", "Average handle time"),
            "longest_wait_s": translate("ShiftReport", "Longest wait"),
            "flags": translate("ShiftReport", "Abusive-call flags"),
            "severe_flags": translate("ShiftReport", "Severe flags (severity 2-3)"),
            "unacknowledged_flags": translate("ShiftReport", "Flags not acknowledged"),
            "median_minutes_to_ack": translate("ShiftReport", "Median time to acknowledge"),
            "median_minutes_to_break": translate("ShiftReport", "Median time to a break"),
            "breaks_granted": translate("ShiftReport", "Recovery breaks granted"),
            "one_to_ones": translate("ShiftReport", "1:1 talks"),
            "escalations_breached": translate("ShiftReport", "Escalations breached"),
            "escalations_opened": translate("ShiftReport", "Escalations opened"),
            "escalations_resolved": translate("ShiftReport", "Escalations resolved"),
            "escalations_at_risk": translate("ShiftReport", "Escalations at risk"),
            "mean_trust": translate("ShiftReport", "Mean trust score at first reply"),
        }
        self.columns = {
            "queue": translate("ShiftReport", "Queue"),
            "all_queues": translate("ShiftReport", "All queues"),
            "from": translate("ShiftReport", "From"),
            "to": translate("ShiftReport", "To"),
            "offered": translate("ShiftReport", "Offered"),
            "answered": translate("ShiftReport", "Answered"),
            "answered_in_sl": translate("ShiftReport", "Answered in time"),
            "abandoned": translate("ShiftReport", "Abandoned"),
            "exited": translate("ShiftReport", "Exited"),
            "service_level": translate("ShiftReport", "Service level"),
            "abandon_rate": translate("ShiftReport", "Abandon rate"),
            "mean_hold_s": translate("ShiftReport", "Mean wait"),
            "mean_talk_s": translate("ShiftReport", "Mean talk"),
            "agent": translate("ShiftReport", "Agent"),
            "team": translate("ShiftReport", "Team"),
            "calls": translate("ShiftReport", "Calls"),
            "aht_s": translate("ShiftReport", "AHT"),
            "talk_s": translate("ShiftReport", "Talk time"),
            "missed_rings": translate("ShiftReport", "Missed rings"),
            "pause_s": translate("ShiftReport", "Paused"),
            "pauses": translate("ShiftReport", "Pauses by reason"),
            "flags": translate("ShiftReport", "Flags"),
            "severe_flags": translate("ShiftReport", "Severe"),
            "strain_peak": translate("ShiftReport", "Strain peak"),
            "breaks": translate("ShiftReport", "Breaks"),
            "break_minutes": translate("ShiftReport", "Break minutes"),
            "one_to_ones": translate("ShiftReport", "1:1"),
            "coaching": translate("ShiftReport", "Coaching"),
            "praise": translate("ShiftReport", "Praise"),
            "reason": translate("ShiftReport", "Reason"),
            "count": translate("ShiftReport", "Count"),
            "seconds": translate("ShiftReport", "Duration"),
            "time": translate("ShiftReport", "Time"),
            "severity": translate("ShiftReport", "Severity"),
            "category": translate("ShiftReport", "Category"),
            "caller": translate("ShiftReport", "Caller"),
            "minutes_to_ack": translate("ShiftReport", "To acknowledge (min)"),
            "minutes_to_break": translate("ShiftReport", "To a break (min)"),
            "acknowledged_by": translate("ShiftReport", "Acknowledged by"),
            "repeat_caller": translate("ShiftReport", "Repeat caller"),
            "note": translate("ShiftReport", "Note"),
            "agents": translate("ShiftReport", "Agents"),
            "worst_severity": translate("ShiftReport", "Worst severity"),
            "first_ts": translate("ShiftReport", "First"),
            "last_ts": translate("ShiftReport", "Last"),
            "marked": translate("ShiftReport", "Marked"),
            "kind": translate("ShiftReport", "Kind"),
            "with_whom": translate("ShiftReport", "With"),
            "status": translate("ShiftReport", "Status"),
            "minutes": translate("ShiftReport", "Minutes"),
            "reference": translate("ShiftReport", "Reference"),
            "opened": translate("ShiftReport", "Opened"),
            "owner": translate("ShiftReport", "Owner"),
            "state": translate("ShiftReport", "State"),
            "promised_minutes": translate("ShiftReport", "Promised (min)"),
            "elapsed_minutes": translate("ShiftReport", "Elapsed (min)"),
            "trust": translate("ShiftReport", "Trust score"),
            "resolved": translate("ShiftReport", "Resolved"),
            "author": translate("ShiftReport", "Author"),
            "about": translate("ShiftReport", "About"),
            "text": translate("ShiftReport", "Text"),
            "source": translate("ShiftReport", "Source"),
            "cause": translate("ShiftReport", "Cause"),
            "occurrences": translate("ShiftReport", "Reports"),
            "issues": translate("ShiftReport", "Issues"),
            "open": translate("ShiftReport", "Open"),
            "sent": translate("ShiftReport", "Sent"),
            "fixed": translate("ShiftReport", "Fixed"),
        }
        self.words = {
            "insult_profanity": translate("ShiftReport", "Insult / profanity"),
            "threat": translate("ShiftReport", "Threat"),
            "harassment": translate("ShiftReport", "Harassment"),
            "repeat_abuse": translate("ShiftReport", "Repeat abuse"),
            "one_to_one": translate("ShiftReport", "1:1 talk"),
            "peer": translate("ShiftReport", "Peer coaching"),
            "planned": translate("ShiftReport", "Planned"),
            "done": translate("ShiftReport", "Done"),
            "running": translate("ShiftReport", "Running"),
            "cancelled": translate("ShiftReport", "Cancelled"),
            "on_track": translate("ShiftReport", "On track"),
            "at_risk": translate("ShiftReport", "At risk"),
            "breached": translate("ShiftReport", "Breached"),
            "met": translate("ShiftReport", "Met"),
            "met_late": translate("ShiftReport", "Met late"),
            "flag": translate("ShiftReport", "Flag"),
            "escalation": translate("ShiftReport", "Escalation"),
            "customer_compliment": translate("ShiftReport", "Compliment from a customer"),
            "resolved_complaint": translate("ShiftReport", "Resolved a hard complaint"),
            "helped_colleague": translate("ShiftReport", "Helped a colleague"),
            "location_fault": translate("ShiftReport", "Network or service fault at a location"),
            "billing_error": translate("ShiftReport", "Billing error"),
            "broken_process": translate("ShiftReport", "Broken process"),
            "policy_anger": translate("ShiftReport", "Policy causes anger"),
            "product_defect": translate("ShiftReport", "Product defect"),
            "other": translate("ShiftReport", "Other"),
            "": translate("ShiftReport", "(no reason given)"),
        }
        self.yes = translate("ShiftReport", "yes")
        self.no = translate("ShiftReport", "no")
        self.all_teams = translate("ShiftReport", "All teams")
        self.teams = translate("ShiftReport", "Teams: {teams}")
        self.range = translate("ShiftReport", "{start} to {end}")
        self.generated = translate("ShiftReport", "Generated {when}")
        self.page = translate("ShiftReport", "Page {page} of {pages}")
        self.pseudonymised = translate("ShiftReport", "Agent names are replaced by pseudonyms.")
        self.floor_wide = translate(
            "ShiftReport", "Queue figures cover the whole floor; the team filter applies to "
            "agents, flags, breaks and sessions.")
        self.sl_definition = translate(
            "ShiftReport", "Service level = calls answered within {seconds} s / calls offered, "
            "excluding abandons under {short} s.")
        self.strain_definition = translate(
            "ShiftReport", "Strain peak: the highest of the board's strain score (0-100, from "
            "counted events only), read every half hour while the agent was on the floor.")
        self.flags_printed = translate(
            "ShiftReport", "{shown} of {total} flags are printed: the most severe, those not "
            "acknowledged first. The XLSX and CSV exports list every flag.")
        self.chart_calls = translate("ShiftReport", "Calls per half hour")
        self.chart_sl = translate("ShiftReport", "Service level per half hour")
        # the interval table over more than a shift: one row a day, or a week
        self.interval_titles = {
            "half_hour": self.sections["intervals"],
            "day": translate("ShiftReport", "Intervals per day"),
            "week": translate("ShiftReport", "Intervals per week"),
        }
        self.chart_calls_by = {
            "half_hour": self.chart_calls,
            "day": translate("ShiftReport", "Calls per day"),
            "week": translate("ShiftReport", "Calls per week"),
        }
        self.chart_sl_by = {
            "half_hour": self.chart_sl,
            "day": translate("ShiftReport", "Service level per day"),
            "week": translate("ShiftReport", "Service level per week"),
        }
        self.one_row = {
            "day": translate("ShiftReport", "One row a day."),
            "week": translate("ShiftReport", "One row a week (from Monday)."),
        }
        self.left_out = {
            "day": translate("ShiftReport", "One row a day; {count} days without a call are "
                             "left out."),
            "week": translate("ShiftReport", "One row a week (from Monday); {count} weeks "
                              "without a call are left out."),
        }
        self.target = translate("ShiftReport", "Target")
        self.no_cjk_font = translate(
            "ShiftReport", "No Chinese font was found on this computer: Chinese text may not "
            "print correctly.")
        # units of printed spans, and the word for a late first reply (as on screen)
        self.minutes = translate("ShiftReport", "{m} min")
        self.hours = translate("ShiftReport", "{h} h")
        self.hours_minutes = translate("ShiftReport", "{h} h {m} min")
        self.overdue = translate("ShiftReport", "overdue")

    def word(self, code: str) -> str:
        """A code shown in the reader's language; unknown codes (a floor's own) as they are."""
        return self.words.get(code, code.replace("_", " ") if code.isascii() else code)
