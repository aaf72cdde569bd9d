-- What made a version of a case when its fields do not show it: attaching or detaching a document ("Attached
-- policy.pdf"). NULL for a version made by creating the case or editing its fields: the history then names the
-- fields that differ from the version before. Copied to case_history with the rest of the row.
ALTER TABLE cases ADD COLUMN change_note VARCHAR(1100);
ALTER TABLE case_history ADD COLUMN change_note VARCHAR(1100);
