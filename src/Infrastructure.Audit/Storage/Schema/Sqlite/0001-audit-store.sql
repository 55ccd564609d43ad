-- SocialCare audit store, version 1 (SQLite). Applied once, in a transaction, by AuditSchema; never edited once
-- released: a change is a new numbered script. See docs/adr/0007-audit-store.md.

CREATE TABLE audit_schema_version (
    version     INTEGER NOT NULL PRIMARY KEY,
    applied_at  TEXT    NOT NULL,
    description TEXT    NOT NULL
);

-- One row per audited attempt (kind 'view') or purge (kind 'purge'), in chain order. Never the NHS number, never
-- anything read from Mosaic. seq is contiguous from 1 (or from the first entry a purge kept), assigned by the writer
-- that holds the head.
CREATE TABLE audit_entry (
    seq               INTEGER NOT NULL PRIMARY KEY,
    kind              TEXT    NOT NULL,
    id                TEXT    NOT NULL UNIQUE,
    at                TEXT    NOT NULL,
    viewer_id         TEXT    NOT NULL,
    relationships     TEXT    NOT NULL,
    patient_id        TEXT    NULL,
    surface           TEXT    NULL,
    authorities_asked TEXT    NOT NULL,
    true_outcome      TEXT    NULL,
    answered_code     TEXT    NULL,
    trace_id          TEXT    NULL,
    purged_before_seq INTEGER NULL,
    anchor_mac        BLOB    NULL,
    key_id            TEXT    NOT NULL,
    mac               BLOB    NOT NULL
);

CREATE INDEX audit_entry_patient ON audit_entry (patient_id, seq);

-- The newest entry and its seal: the row every writer holds while it appends, and what shows a removed newest entry.
CREATE TABLE audit_head (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    last_mac BLOB    NOT NULL,
    seal     BLOB    NULL
);

INSERT INTO audit_head (id, last_seq, last_mac, seal) VALUES (1, 0, zeroblob(32), NULL);

-- Append-only by accident as well as by design: the library never updates an entry, and nothing else should.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
