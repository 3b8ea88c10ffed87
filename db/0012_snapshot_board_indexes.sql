-- The board reads only today and the last 24 hours, but four of its reads asked by a
-- condition no index answered (an interval's end, a call's answer time), so each snapshot
-- scanned every interval and call ever stored: 148 ms with one day of history, 582 ms with
-- thirty (issue 13). With these each read walks only the rows of its range.

-- intervals that ended after a moment (state seconds, on-shift start), and the pauses and
-- logouts among them (strain's last 24 hours; partial, so they cost the ingest little)
CREATE INDEX agent_states_end ON agent_states(end_ts);
CREATE INDEX agent_states_paused_end ON agent_states(end_ts) WHERE state = 'paused';
CREATE INDEX agent_states_logged_out_end ON agent_states(end_ts) WHERE state = 'logged_out';
-- calls answered after a moment (strain's complaint and long calls)
CREATE INDEX calls_connect ON calls(connect_ts);
-- the notes count of each flag on the board: a scan of every note ever kept, per flag shown
CREATE INDEX flag_notes_flag ON flag_notes(flag_id);
