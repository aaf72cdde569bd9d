-- Cases, document removals and a commit-ordered change log (issue 5).

-- Every write of a push appends here in its own transaction: "txid" is the writing transaction's id. A pull reads
-- the log in (txid, seq) order and only below the oldest transaction still running
-- (pg_snapshot_xmin(pg_current_snapshot())): every transaction there has ended, so no row can still appear behind
-- the cursor. (A cursor on seq alone skips a row whose transaction took a lower seq but committed later.)
-- Kinds: DOCUMENT, DECISION, NOTE (ref: sha256, id, note key), CASE (case id), CASE_DOCUMENT (case id "/" sha256),
-- DOCUMENT_REMOVED (sha256).
CREATE TABLE changes (
    seq  BIGSERIAL   PRIMARY KEY,
    txid xid8        NOT NULL DEFAULT pg_current_xact_id(),
    kind VARCHAR(32) NOT NULL,
    ref  VARCHAR(160) NOT NULL
);

CREATE INDEX changes_order ON changes (txid, seq);

INSERT INTO changes (kind, ref) SELECT 'DOCUMENT', sha256 FROM documents ORDER BY seq;
INSERT INTO changes (kind, ref) SELECT 'DECISION', id FROM decisions ORDER BY seq;
INSERT INTO changes (kind, ref) SELECT 'NOTE', note_key FROM notes ORDER BY seq;

-- New documents, decisions and notes are logged by the server itself, so the pushes of an analyst whose IntelliClaim
-- predates this migration reach everyone too. (Cases, links, removals and re-added documents are logged by the app.)
CREATE FUNCTION log_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'DOCUMENT' THEN
        INSERT INTO changes (kind, ref) VALUES ('DOCUMENT', NEW.sha256);
    ELSIF TG_ARGV[0] = 'DECISION' THEN
        INSERT INTO changes (kind, ref) VALUES ('DECISION', NEW.id);
    ELSE
        INSERT INTO changes (kind, ref) VALUES ('NOTE', NEW.note_key);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_logged AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION log_insert('DOCUMENT');
CREATE TRIGGER decisions_logged AFTER INSERT ON decisions FOR EACH ROW EXECUTE FUNCTION log_insert('DECISION');
CREATE TRIGGER notes_logged AFTER INSERT ON notes FOR EACH ROW EXECUTE FUNCTION log_insert('NOTE');

-- A removed document stays (its passages and its S3 object: other analysts' cases and decisions may cite it); these
-- columns are its tombstone. Adding it again later clears them.
ALTER TABLE documents ADD COLUMN removed_at TIMESTAMPTZ;
ALTER TABLE documents ADD COLUMN removed_by VARCHAR(255);

-- The case a decision was made in (no foreign key: a decision may arrive before its case).
ALTER TABLE decisions ADD COLUMN case_id VARCHAR(64);

-- The winning version of each case: the highest version, then the later update, then the greater analyst name.
CREATE TABLE cases (
    id            VARCHAR(64)  PRIMARY KEY,
    claim_number  VARCHAR(64)  NOT NULL,
    claimant      VARCHAR(255) NOT NULL,
    policy_number VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(255) NOT NULL,
    version       BIGINT       NOT NULL,
    pushed_by     VARCHAR(255) NOT NULL,
    pushed_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Every other version of every case ever pushed, the losers of conflicts included.
CREATE TABLE case_history (
    case_id       VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    claim_number  VARCHAR(64)  NOT NULL,
    claimant      VARCHAR(255) NOT NULL,
    policy_number VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(255) NOT NULL,
    kept_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, version, updated_at, updated_by)
);

-- A document's link to a case, last change wins: attached or detached, when and by whom.
CREATE TABLE case_documents (
    case_id         VARCHAR(64)   NOT NULL,
    document_sha256 CHAR(64)      NOT NULL,
    document_name   VARCHAR(1024) NOT NULL,
    attached        BOOLEAN       NOT NULL,
    changed_at      TIMESTAMPTZ   NOT NULL,
    changed_by      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (case_id, document_sha256)
);
