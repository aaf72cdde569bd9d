-- Team changes that could not be applied here yet are kept and tried again (issue 5), never dropped.

-- A teammate's case refused here (reason CLAIM_NUMBER_TAKEN: another case here has its claim number), as the sync
-- worker received it: its current version, who created it and its history, as JSON (the shape of SharedCase), and
-- the analyst whose sync sent it. It is tried again during every pull and removed once applied; a newer version of
-- the same case replaces it (the older versions join its history). claim_number and version copy the JSON's current
-- version for the sync status and the order.
CREATE TABLE team_case_waiting (
    case_id       VARCHAR(64)                 NOT NULL PRIMARY KEY,
    claim_number  VARCHAR(64)                 NOT NULL,
    version       BIGINT                      NOT NULL,
    shared_case   CHARACTER VARYING           NOT NULL,
    received_from VARCHAR(255)                NOT NULL,
    reason        VARCHAR(32)                 NOT NULL,
    received_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    waiting_since TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- A teammate's attach or detach of a document to a case that waits above; applied with the case (the later change
-- of one link replaces an earlier one).
CREATE TABLE team_case_link_waiting (
    case_id         VARCHAR(64)                 NOT NULL,
    document_sha256 CHAR(64)                    NOT NULL,
    document_name   VARCHAR(1024)               NOT NULL,
    attached        BOOLEAN                     NOT NULL,
    changed_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    changed_by      VARCHAR(255)                NOT NULL,
    PRIMARY KEY (case_id, document_sha256)
);

-- A teammate's decision made in a case that waits above: the decision is stored at once without its case, and its
-- case is set (once, from NULL) when the case is applied.
CREATE TABLE team_decision_case_waiting (
    decision_id VARCHAR(64) NOT NULL PRIMARY KEY,
    case_id     VARCHAR(64) NOT NULL
);

-- A teammate's removal of a document that a case or decision here still needed: applied once nothing here needs
-- the document; forgotten when the document is gone anyway, became this folder's own, or the team added it again.
CREATE TABLE team_removal_kept (
    document_sha256 CHAR(64)                    NOT NULL PRIMARY KEY,
    removed_by      VARCHAR(255)                NOT NULL,
    removed_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    kept_since      TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
