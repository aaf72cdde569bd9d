-- The team's shared records (issue 5). Natural keys: a document's sha256, a decision's id, a note's key (SHA-256 of
-- its decision, author, time and text). Every table says who and when. "seq" columns are the pull cursors.

-- Facts about this backend the app detected (for example whether pgvector is there).
CREATE TABLE backend_facts (
    fact_key   VARCHAR(64) PRIMARY KEY,
    fact_value TEXT        NOT NULL,
    noted_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE documents (
    sha256        CHAR(64) PRIMARY KEY,
    seq           BIGSERIAL    NOT NULL UNIQUE,
    name          VARCHAR(1024) NOT NULL,
    media_type    VARCHAR(255) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    page_count    INT          NOT NULL,
    chunk_count   INT          NOT NULL,
    model_id      VARCHAR(255) NOT NULL,
    object_stored BOOLEAN      NOT NULL,
    added_by      VARCHAR(255) NOT NULL,
    added_at      TIMESTAMPTZ  NOT NULL,
    pushed_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE document_pages (
    document_sha256 CHAR(64) NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    number          INT      NOT NULL,
    text            TEXT     NOT NULL,
    PRIMARY KEY (document_sha256, number)
);

-- Provenance as in the local store: pages page..page_end, offsets into those pages, clause, heading path.
CREATE TABLE chunks (
    document_sha256 CHAR(64) NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
    ordinal         INT      NOT NULL,
    text            TEXT     NOT NULL,
    page            INT      NOT NULL,
    page_end        INT      NOT NULL,
    clause          VARCHAR(255),
    heading         VARCHAR(4096),
    start_offset    INT      NOT NULL,
    end_offset      INT      NOT NULL,
    embedding       REAL[]   NOT NULL,
    PRIMARY KEY (document_sha256, ordinal)
);

-- Append-only, as locally. Structured parts are jsonb.
CREATE TABLE decisions (
    id              VARCHAR(64) PRIMARY KEY,
    seq             BIGSERIAL        NOT NULL UNIQUE,
    query           TEXT             NOT NULL,
    decision        VARCHAR(16)      NOT NULL,
    amount          NUMERIC(20, 2),
    amount_up_to    BOOLEAN          NOT NULL,
    currency        VARCHAR(8),
    justification   TEXT             NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    decided_by      VARCHAR(255)     NOT NULL,
    analyst         VARCHAR(255)     NOT NULL,
    created_at      TIMESTAMPTZ      NOT NULL,
    supersedes      VARCHAR(64) REFERENCES decisions (id),
    facts           JSONB            NOT NULL,
    citations       JSONB            NOT NULL,
    conditions      JSONB            NOT NULL,
    versions        JSONB            NOT NULL,
    document_hashes JSONB            NOT NULL,
    audit_trail     JSONB            NOT NULL,
    passages        JSONB            NOT NULL,
    pushed_by       VARCHAR(255)     NOT NULL,
    pushed_at       TIMESTAMPTZ      NOT NULL DEFAULT now()
);

CREATE INDEX decisions_created_at ON decisions (created_at);

-- An override is a decision record that supersedes another; this row holds the analyst's reason.
CREATE TABLE overrides (
    decision_id   VARCHAR(64) PRIMARY KEY REFERENCES decisions (id),
    supersedes    VARCHAR(64)  NOT NULL REFERENCES decisions (id),
    decision      VARCHAR(16)  NOT NULL,
    reason        TEXT         NOT NULL,
    overridden_by VARCHAR(255) NOT NULL,
    overridden_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE notes (
    note_key    CHAR(64) PRIMARY KEY,
    seq         BIGSERIAL    NOT NULL UNIQUE,
    decision_id VARCHAR(64)  NOT NULL REFERENCES decisions (id),
    text        TEXT         NOT NULL,
    noted_by    VARCHAR(255) NOT NULL,
    noted_at    TIMESTAMPTZ  NOT NULL,
    pushed_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX notes_decision ON notes (decision_id);
