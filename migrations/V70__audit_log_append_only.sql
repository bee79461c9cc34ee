-- The audit log cannot be edited (DOMAIN.md): the hash chain shows a change, these triggers refuse
-- it. UPDATE is refused always. DELETE is refused unless the session variable
-- @lifeline_audit_purge = 1, which only the retention purge sets, on its own connection and for the
-- length of its transaction (AuditChain.purgeBefore). Whoever can run SQL can set the variable too,
-- and TRUNCATE fires no trigger: docs/security.md gives the GRANTs of a database user that may
-- only insert, the stronger guard for an external database.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: UPDATE is refused';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
BEGIN
    IF COALESCE(@lifeline_audit_purge, 0) <> 1 THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'audit_log is append-only: rows are deleted by the retention purge only';
    END IF;
END;
