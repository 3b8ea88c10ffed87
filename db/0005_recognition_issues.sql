-- Recognition (praise a lead records for an agent) and issues for management (problems
-- customers report that the organisation must fix), both carried into the shift report.

CREATE TABLE recognitions (
    id              INTEGER PRIMARY KEY,
    ts              INTEGER NOT NULL,       -- when it was recorded (the console's clock)
    agent           TEXT NOT NULL,
    kind            TEXT NOT NULL,          -- customer_compliment | resolved_complaint
                                            -- | helped_colleague | other
    text            TEXT NOT NULL DEFAULT '',
    callid          TEXT,                   -- the call that earned it, if any
    flag_id         INTEGER REFERENCES abuse_flags(id),
    recorded_by     TEXT NOT NULL,
    withdrawn_at    INTEGER,                -- recorded for the wrong agent: kept, not counted
    withdrawn_by    TEXT
);
CREATE INDEX recognitions_ts ON recognitions(ts);
CREATE INDEX recognitions_agent ON recognitions(agent, ts);

-- The causes a lead picks from. Built-in rows have no label (the ui translates their code);
-- a renamed built-in or a cause the floor added carries its own label. Archived causes stay
-- for the history but are no longer offered.
CREATE TABLE issue_causes (
    code            TEXT PRIMARY KEY,
    label           TEXT,
    position        INTEGER NOT NULL,
    archived        INTEGER NOT NULL DEFAULT 0
);
INSERT INTO issue_causes (code, position) VALUES ('location_fault', 1);
INSERT INTO issue_causes (code, position) VALUES ('billing_error', 2);
INSERT INTO issue_causes (code, position) VALUES ('broken_process', 3);
INSERT INTO issue_causes (code, position) VALUES ('policy_anger', 4);
INSERT INTO issue_causes (code, position) VALUES ('product_defect', 5);
INSERT INTO issue_causes (code, position) VALUES ('other', 6);

-- One row per problem; each time it is reported again is an occurrence (issue_reports).
CREATE TABLE management_issues (
    id              INTEGER PRIMARY KEY,
    cause           TEXT NOT NULL REFERENCES issue_causes(code),
    location        TEXT NOT NULL DEFAULT '',   -- as first typed
    location_key    TEXT NOT NULL DEFAULT '',   -- normalised: the repeat rule compares this
    description     TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open',   -- open | sent | fixed
    opened_at       INTEGER NOT NULL,
    opened_by       TEXT NOT NULL,
    status_at       INTEGER,
    status_by       TEXT,
    last_seen_at    INTEGER NOT NULL,
    recurrence_of   INTEGER REFERENCES management_issues(id)  -- came back after this was fixed
);
-- the repeat rule: one unfixed issue per cause and place
CREATE UNIQUE INDEX management_issues_active ON management_issues(cause, location_key)
    WHERE status != 'fixed';
CREATE INDEX management_issues_seen ON management_issues(last_seen_at);

CREATE TABLE issue_reports (
    id              INTEGER PRIMARY KEY,
    issue_id        INTEGER NOT NULL REFERENCES management_issues(id),
    ts              INTEGER NOT NULL,
    reported_by     TEXT NOT NULL,          -- the agent's name, or the lead's
    reporter_role   TEXT NOT NULL,          -- agent | lead
    recorded_by     TEXT NOT NULL,          -- who typed it into the console
    agent           TEXT,                   -- the agent whose call showed it
    callid          TEXT,
    flag_id         INTEGER REFERENCES abuse_flags(id),
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX issue_reports_issue ON issue_reports(issue_id);
CREATE INDEX issue_reports_ts ON issue_reports(ts);
