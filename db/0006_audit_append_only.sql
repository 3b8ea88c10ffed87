-- The audit log is append-only: once written, a row can be neither changed nor removed, by
-- the console or by anything else that opens the file with SQLite. Code that "corrects" an
-- action writes a new row instead. (Dropping the whole table is not blocked by a trigger;
-- the backups keep earlier copies.)

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be deleted');
END;

-- the Audit log window lists newest first and filters by date
CREATE INDEX audit_log_ts ON audit_log(ts);
