-- Abuse flags from every source, recovery breaks, floor alerts, and callers marked as
-- repeat abusers.

-- Flags got a status and a category vocabulary of their own (queue_log writes whatever the
-- dialplan says; the console maps it to insult_profanity | threat | harassment | repeat_abuse).
ALTER TABLE abuse_flags ADD COLUMN raw_category TEXT;
ALTER TABLE abuse_flags ADD COLUMN created_by TEXT;
ALTER TABLE abuse_flags ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX abuse_flags_external ON abuse_flags(source, external_id)
    WHERE external_id IS NOT NULL;

CREATE TABLE flag_notes (
    id          INTEGER PRIMARY KEY,
    flag_id     INTEGER NOT NULL REFERENCES abuse_flags(id),
    ts          INTEGER NOT NULL,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL
);

CREATE TABLE repeat_callers (
    caller      TEXT PRIMARY KEY,
    marked_at   INTEGER NOT NULL,
    marked_by   TEXT NOT NULL,
    note        TEXT
);

CREATE TABLE breaks (
    id              INTEGER PRIMARY KEY,
    agent           TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'recovery',
    granted_at      INTEGER NOT NULL,
    granted_by      TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL,
    start_ts        INTEGER NOT NULL,
    end_ts          INTEGER,            -- NULL while the break runs
    ended_by        TEXT,               -- unpause | manual
    one_to_one      INTEGER NOT NULL DEFAULT 0,
    flag_id         INTEGER REFERENCES abuse_flags(id),
    coverage_note   TEXT                -- what the floor was told it would cost
);
CREATE INDEX breaks_open ON breaks(agent) WHERE end_ts IS NULL;

CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    severity        TEXT NOT NULL,      -- info | warning | critical
    raised_at       INTEGER NOT NULL,
    value           REAL,
    subject         TEXT,
    acknowledged_at INTEGER,
    acknowledged_by TEXT,
    cleared_at      INTEGER
);
CREATE INDEX alerts_open ON alerts(kind) WHERE cleared_at IS NULL;
