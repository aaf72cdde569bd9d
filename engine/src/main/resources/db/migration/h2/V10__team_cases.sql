-- Team sync of cases, case documents and document removals (issue 5). Kinds added to the outbox: CASE (ref: the case
-- id; the case's current version, its history and its documents travel together), CASE_DOCUMENT (ref: case id, "/",
-- document sha256; an attach or a detach) and DOCUMENT_REMOVED (ref: the document's sha256).

-- Who created a case, and for a case that came from the team, who sent it and when it arrived (NULL: made here).
ALTER TABLE cases ADD COLUMN created_by VARCHAR(255);
UPDATE cases k SET created_by = COALESCE((SELECT MIN(h.updated_by) FROM case_history h
                                          WHERE h.case_id = k.id AND h.version = 1), k.updated_by);
ALTER TABLE cases ALTER COLUMN created_by SET NOT NULL;
ALTER TABLE cases ADD COLUMN received_from VARCHAR(255);
ALTER TABLE cases ADD COLUMN received_at TIMESTAMP(9) WITH TIME ZONE;

-- Two analysts can both make version n of a case; the one that loses is kept in the history beside the other, so a
-- history entry is one version by one analyst at one time.
ALTER TABLE case_history DROP CONSTRAINT case_history_version;
ALTER TABLE case_history ADD CONSTRAINT case_history_entry UNIQUE (case_id, version, updated_at, updated_by);

-- A document that came from the team names who added it (NULL: ingested here). A teammate's removal only removes
-- such a document, and only when no case or decision here needs it.
ALTER TABLE documents ADD COLUMN received_from VARCHAR(255);

-- Cases made before this version reach the team too.
INSERT INTO sync_outbox (kind, ref, recorded_at)
    SELECT 'CASE', id, updated_at FROM cases ORDER BY created_at;
INSERT INTO sync_outbox (kind, ref, recorded_at)
    SELECT 'CASE_DOCUMENT', case_id || '/' || TRIM(document_sha256), attached_at FROM case_documents ORDER BY attached_at;
