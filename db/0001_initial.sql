-- The foundation schema: who works, what calls happened, what state each agent was in,
-- where each reader stopped, what could not be read, and who did what.

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE
);

CREATE TABLE queues (
    name        TEXT PRIMARY KEY,
    sl_seconds  INTEGER,            -- per-queue override of the service-level threshold
    first_seen  INTEGER
);

CREATE TABLE agents (
    name        TEXT PRIMARY KEY,    -- the member name Asterisk writes in queue_log
    display_name TEXT,
    team_id     INTEGER REFERENCES teams(id),
    interface   TEXT,
    start_date  TEXT,
    coach       INTEGER NOT NULL DEFAULT 0
);

-- Interfaces (Local/agent109@agents/n) and other spellings that mean one agent.
CREATE TABLE agent_aliases (
    alias       TEXT PRIMARY KEY,
    agent       TEXT NOT NULL
);

-- Every line as read, verbatim, one row per committed batch: the record of what happened,
-- from which the derived tables below can be rebuilt. A row per batch rather than per line
-- keeps a backfill of millions of lines cheap.
CREATE TABLE raw_batches (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL,
    first_line  INTEGER NOT NULL,
    last_line   INTEGER NOT NULL,
    first_ts    INTEGER,
    last_ts     INTEGER,
    lines       TEXT NOT NULL        -- the batch's readable lines, newline-separated
);
CREATE INDEX raw_batches_ts ON raw_batches(last_ts);

-- Events this version does not interpret (custom dialplan events, newer Asterisk): kept
-- as-is and counted, never an error.
CREATE TABLE unknown_events (
    source_id   INTEGER NOT NULL,
    line_no     INTEGER NOT NULL,
    ts          INTEGER NOT NULL,
    event       TEXT NOT NULL,
    raw         TEXT NOT NULL
);

-- One row per visit of a caller to a queue (a caller re-entering makes a second row).
CREATE TABLE calls (
    id          INTEGER PRIMARY KEY,
    callid      TEXT NOT NULL,
    queue       TEXT NOT NULL,
    caller      TEXT,
    enter_ts    INTEGER NOT NULL,
    position    INTEGER,
    outcome     TEXT NOT NULL,
    agent       TEXT,
    connect_ts  INTEGER,
    end_ts      INTEGER,
    hold_s      INTEGER,
    ring_s      INTEGER,
    talk_s      INTEGER,
    line_no     INTEGER
);
CREATE INDEX calls_enter ON calls(enter_ts);
CREATE INDEX calls_open ON calls(outcome) WHERE outcome IN ('waiting', 'connected');

CREATE TABLE agent_states (
    id          INTEGER PRIMARY KEY,
    agent       TEXT NOT NULL,
    state       TEXT NOT NULL,
    reason      TEXT,
    start_ts    INTEGER NOT NULL,
    end_ts      INTEGER             -- NULL while the agent is still in this state
);
CREATE INDEX agent_states_time ON agent_states(start_ts);
CREATE INDEX agent_states_open ON agent_states(agent) WHERE end_ts IS NULL;

CREATE TABLE ring_events (
    ts          INTEGER NOT NULL,
    callid      TEXT,
    queue       TEXT,
    agent       TEXT NOT NULL,
    ring_ms     INTEGER,
    kind        TEXT NOT NULL       -- noanswer | canceled
);
CREATE INDEX ring_events_ts ON ring_events(ts);

CREATE TABLE abuse_flags (
    id          INTEGER PRIMARY KEY,
    ts          INTEGER NOT NULL,
    callid      TEXT,
    queue       TEXT,
    agent       TEXT,
    caller      TEXT,
    severity    INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),
    category    TEXT,
    note        TEXT,
    source      TEXT NOT NULL,
    line_no     INTEGER,
    acknowledged_at INTEGER,
    acknowledged_by TEXT
);
CREATE INDEX abuse_flags_ts ON abuse_flags(ts);

-- Where each source stopped. The reader's derived state travels with the offset so that a
-- restart resumes exactly: both are written in the same transaction as the rows.
CREATE TABLE ingest_sources (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,       -- queue_log | demo | ...
    path        TEXT NOT NULL UNIQUE,
    inode       INTEGER,
    head_hash   TEXT,                -- hash of the file's first bytes: tells a new file from a grown one
    offset      INTEGER NOT NULL DEFAULT 0,
    line_no     INTEGER NOT NULL DEFAULT 0,
    lines_read  INTEGER NOT NULL DEFAULT 0,
    problems    INTEGER NOT NULL DEFAULT 0,
    unknown_events INTEGER NOT NULL DEFAULT 0,
    state_json  TEXT,
    updated_at  INTEGER
);

CREATE TABLE ingest_problems (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER REFERENCES ingest_sources(id),
    file        TEXT NOT NULL,
    line_no     INTEGER NOT NULL,
    byte_offset INTEGER,
    reason      TEXT NOT NULL,
    raw         TEXT,
    seen_at     INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    ts          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT,
    detail      TEXT
);

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT
);
