-- What made a version of a case when its fields do not show it (issue 5): attaching or detaching a document
-- ("Attached policy.pdf"), as the analyst's own folder notes it (H2 V9). NULL for a version made by creating the case
-- or editing its fields, and for versions pushed before this migration or by an IntelliClaim that predates it: the
-- history then names the fields that differ from the version before. Each version keeps its own note: the row of a
-- case holds the note of its winning version, case_history the note of every other version, conflict losers included.
ALTER TABLE cases ADD COLUMN change_note VARCHAR(1100);
ALTER TABLE case_history ADD COLUMN change_note VARCHAR(1100);
