-- Agent states per queue. Asterisk pauses, adds and removes members per queue; the overall
-- agent_states intervals (what reports read) are derived from this per-queue picture, and
-- this table keeps the picture itself, so "who was paused where at 08:00" is answered from
-- the store alone (`composure agents --at`). A row exists while the agent is a member of the
-- queue; no covering row means not a member. Being on a call is read from `calls` (who
-- talked to which queue's caller when), not stored twice. resolved = 0: a member known only by an
-- interface that no roster row, AMI event or queue_log line had mapped to a name yet.
CREATE TABLE member_states (
    id          INTEGER PRIMARY KEY,
    agent       TEXT NOT NULL,
    queue       TEXT NOT NULL,
    paused      INTEGER NOT NULL DEFAULT 0,
    reason      TEXT,
    resolved    INTEGER NOT NULL DEFAULT 1,
    start_ts    INTEGER NOT NULL,
    end_ts      INTEGER                      -- NULL while it still holds
);
CREATE INDEX member_states_time ON member_states(start_ts);
CREATE INDEX member_states_open ON member_states(agent, queue) WHERE end_ts IS NULL;

-- Each AMI QueueStatus answer (the PBX's own member list at that moment). The queue_log
-- derivation applies it once the log has reached its time, so the stored intervals follow
-- what Asterisk said after a restart or a reconnect (members not listed are out).
CREATE TABLE member_snapshots (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    ts          REAL NOT NULL,
    members     TEXT NOT NULL                -- JSON list of ListedMember values
);
