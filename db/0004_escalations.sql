-- Escalated complaints with a promised callback, and each one's timeline.
--
-- One promise per item (promise_minutes, on the item's clock: calendar or business hours).
-- Elapsed time is kept as raw minutes: at the first reply (for the trust score) and at
-- resolution (met / met late); open items are recounted from opened_at and their pauses,
-- which are timeline events (pause / resume) so that every pause is on the record.

CREATE TABLE escalations (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL,          -- what people call it: ESC-12, or the ticket number
    external_ref    TEXT UNIQUE,            -- the ticketing system's id: a re-import updates
    source          TEXT NOT NULL,          -- console | import | demo
    customer        TEXT,                   -- masked before it is stored; never the full contact
    channel         TEXT NOT NULL
                    CHECK (channel IN ('phone', 'email', 'chat', 'wechat', 'weibo', 'other')),
    category        TEXT,
    description     TEXT,
    owner           TEXT,                   -- who holds it now
    holder_role     TEXT NOT NULL DEFAULT 'agent'
                    CHECK (holder_role IN ('agent', 'peer', 'supervisor', 'department')),
    department      TEXT,
    agent           TEXT,                   -- whose call raised it (counts towards strain)
    callid          TEXT,
    queue           TEXT,
    flag_id         INTEGER REFERENCES abuse_flags(id),
    opened_at       INTEGER NOT NULL,
    promise_minutes INTEGER NOT NULL CHECK (promise_minutes > 0),
    clock           TEXT NOT NULL DEFAULT 'calendar' CHECK (clock IN ('calendar', 'business')),
    first_reply_at  INTEGER,
    reply_elapsed_minutes REAL,             -- raw clock minutes to the first reply
    resolved_at     INTEGER,
    elapsed_minutes REAL,                   -- raw clock minutes: final at resolution
    state           TEXT NOT NULL DEFAULT 'on_track'
                    CHECK (state IN ('on_track', 'at_risk', 'breached', 'met', 'met_late')),
    warned_percent  INTEGER NOT NULL DEFAULT 0, -- highest 70/80/90 % warning on the timeline
    notified        TEXT,                   -- at_risk | breached: notification raised (once)
    created_by      TEXT NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX escalations_open ON escalations(opened_at) WHERE resolved_at IS NULL;
CREATE INDEX escalations_resolved ON escalations(resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX escalations_agent ON escalations(agent, opened_at) WHERE agent IS NOT NULL;
CREATE INDEX escalations_callid ON escalations(callid) WHERE callid IS NOT NULL;

-- The timeline: opened / imported / updated / note / reply / pause / resume / handoff /
-- promise / warning / at_risk / breached / resolved.
CREATE TABLE escalation_events (
    id              INTEGER PRIMARY KEY,
    escalation_id   INTEGER NOT NULL REFERENCES escalations(id),
    ts              INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    actor           TEXT NOT NULL,
    text            TEXT,
    holder          TEXT,                   -- opened / handoff: who holds it from now
    role            TEXT,                   -- their role: agent | peer | supervisor | department
    detail          TEXT                    -- JSON: minutes, percentages, changed fields
);
CREATE INDEX escalation_events_item ON escalation_events(escalation_id, ts);
