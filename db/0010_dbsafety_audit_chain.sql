-- The audit log becomes tamper-evident: every row carries a hash chained to the row before it
-- (sha256 over the previous hash and the row's canonical content, computed by Composure when
-- it writes the row; console/store/audit_chain.py). `composure db check` walks the chain and
-- names the first row that does not follow: an edited, replaced or deleted row, or one written
-- by another program after the triggers were dropped.

ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- REPLACE INTO deletes the row it replaces without firing DELETE triggers (unless the
-- connection turned recursive_triggers on, as Composure's do): refuse an existing id here,
-- whatever program writes.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: an existing row cannot be replaced');
END;

-- back-fill the chain over the rows written so far, in id order (the append-only guard
-- is lifted for this one statement, inside the migration's transaction)
DROP TRIGGER audit_log_no_update;

CREATE TEMP TABLE audit_chain_backfill (id INTEGER PRIMARY KEY, hash TEXT NOT NULL);

WITH RECURSIVE chain (id, hash) AS (
    SELECT id, composure_audit_hash(NULL, id, ts, actor, action, subject, detail)
    FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)
    UNION ALL
    SELECT a.id, composure_audit_hash(chain.hash, a.id, a.ts, a.actor, a.action, a.subject,
                                      a.detail)
    FROM chain JOIN audit_log AS a ON a.id = (SELECT min(id) FROM audit_log WHERE id > chain.id)
)
INSERT INTO audit_chain_backfill (id, hash) SELECT id, hash FROM chain;

UPDATE audit_log SET hash = (SELECT b.hash FROM audit_chain_backfill AS b
                             WHERE b.id = audit_log.id);

DROP TABLE audit_chain_backfill;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be changed');
END;
