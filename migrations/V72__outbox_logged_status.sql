-- An SMS "sent" by the log gateway (lifeline.notification.sms.gateway=log) never left the
-- application: it ends LOGGED, not SENT. Rows marked SENT before this migration keep their status;
-- which gateway sent them was not recorded.
ALTER TABLE outbox DROP CONSTRAINT ck_outbox_status;
ALTER TABLE outbox
    ADD CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'LOGGED', 'FAILED'));
