-- SocialCare audit store, version 1 (PostgreSQL). Applied once, in a transaction, by AuditSchema as the owner
-- (migrator) role; never edited once released: a change is a new numbered script. Grants to the writer and reader
-- roles are made by the migrate command. See docs/adr/0007-audit-store.md.

CREATE SCHEMA IF NOT EXISTS socialcare_audit;

CREATE TABLE socialcare_audit.audit_schema_version (
    version     integer     NOT NULL PRIMARY KEY,
    applied_at  timestamptz NOT NULL,
    description text        NOT NULL
);

-- One row per audited attempt (kind 'view') or purge (kind 'purge'), in chain order. Never the NHS number, never
-- anything read from Mosaic. seq is contiguous from 1 (or from the first entry a purge kept), assigned by the writer
-- that holds the head.
CREATE TABLE socialcare_audit.audit_entry (
    seq               bigint      NOT NULL PRIMARY KEY,
    kind              text        NOT NULL,
    id                uuid        NOT NULL UNIQUE,
    at                timestamptz NOT NULL,
    viewer_id         text        NOT NULL,
    relationships     text        NOT NULL,
    patient_id        text        NULL,
    surface           text        NULL,
    authorities_asked text        NOT NULL,
    true_outcome      text        NULL,
    answered_code     text        NULL,
    trace_id          text        NULL,
    purged_before_seq bigint      NULL,
    anchor_mac        bytea       NULL,
    key_id            text        NOT NULL,
    mac               bytea       NOT NULL
);

CREATE INDEX audit_entry_patient ON socialcare_audit.audit_entry (patient_id, seq);

-- The newest entry and its seal: the row every writer locks while it appends, and what shows a removed newest entry.
CREATE TABLE socialcare_audit.audit_head (
    id       integer NOT NULL PRIMARY KEY CHECK (id = 1),
    last_seq bigint  NOT NULL,
    last_mac bytea   NOT NULL,
    seal     bytea   NULL
);

INSERT INTO socialcare_audit.audit_head (id, last_seq, last_mac, seal) VALUES (1, 0, decode(repeat('00', 32), 'hex'), NULL);

-- Append-only for every role, the owner included (who must drop the trigger first, which the chain then shows):
-- the writer role is also refused UPDATE and DELETE by its grants.
CREATE FUNCTION socialcare_audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON socialcare_audit.audit_entry
    FOR EACH ROW EXECUTE FUNCTION socialcare_audit.refuse_change();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON socialcare_audit.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION socialcare_audit.refuse_change();
