-- Roster extras (employee ids, queue membership), peer coaching sessions and 1:1 talks,
-- and the list of needs a team lead ranks in a 1:1 talk.

-- The HR number, when the roster import carries one (the agents key stays the member name
-- Asterisk writes in queue_log).
ALTER TABLE agents ADD COLUMN employee_id TEXT;
CREATE UNIQUE INDEX agents_employee_id ON agents(employee_id) WHERE employee_id IS NOT NULL;

-- Which queues an agent serves (from the roster): "same call category" for a coach means
-- serving the queue of the call being reviewed.
CREATE TABLE agent_queues (
    agent       TEXT NOT NULL,
    queue       TEXT NOT NULL,
    PRIMARY KEY (agent, queue)
);

-- A peer coaching session or a 1:1 talk with the team lead. ``coach`` is the peer (an agent
-- name) or the lead (a person's name or OS user). ``queue`` is the queue of the reviewed call.
CREATE TABLE coaching_sessions (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('peer', 'one_to_one')),
    agent           TEXT NOT NULL,
    coach           TEXT,
    callid          TEXT,
    queue           TEXT,
    flag_id         INTEGER REFERENCES abuse_flags(id),
    break_id        INTEGER REFERENCES breaks(id),
    focus           TEXT,
    due_ts          INTEGER,
    status          TEXT NOT NULL DEFAULT 'planned'
                    CHECK (status IN ('planned', 'done', 'cancelled')),
    went_well       TEXT,
    do_differently  TEXT,
    notes           TEXT,
    created_by      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    completed_at    INTEGER
);
CREATE INDEX coaching_sessions_agent ON coaching_sessions(agent, created_at);
CREATE INDEX coaching_sessions_coach ON coaching_sessions(coach, due_ts);
CREATE INDEX coaching_sessions_open ON coaching_sessions(due_ts) WHERE status = 'planned';
-- one pending talk per recovery break that asked for one
CREATE UNIQUE INDEX coaching_sessions_break ON coaching_sessions(break_id)
    WHERE break_id IS NOT NULL;

-- What an agent may need most right now; the lead edits the list. Built-in needs carry a
-- ``code`` (the console translates them) until renamed; retired needs stay for history.
CREATE TABLE needs (
    id          INTEGER PRIMARY KEY,
    code        TEXT UNIQUE,
    label       TEXT,
    position    INTEGER NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    CHECK (code IS NOT NULL OR label IS NOT NULL)
);
INSERT INTO needs (code, position) VALUES ('calmer_hour', 1);
INSERT INTO needs (code, position) VALUES ('recognition', 2);
INSERT INTO needs (code, position) VALUES ('help_hard_cases', 3);
INSERT INTO needs (code, position) VALUES ('training', 4);
INSERT INTO needs (code, position) VALUES ('schedule_change', 5);

-- The needs named in one 1:1 talk, most needed first (rank 1).
CREATE TABLE session_needs (
    session_id  INTEGER NOT NULL REFERENCES coaching_sessions(id),
    need_id     INTEGER NOT NULL REFERENCES needs(id),
    rank        INTEGER NOT NULL,
    PRIMARY KEY (session_id, need_id)
);
