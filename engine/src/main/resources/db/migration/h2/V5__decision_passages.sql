-- Every passage retrieved for a decision, with its score, as JSON (the citations are some of them), so the analyst
-- can see what the adjudicator read, not only what it cited. Records made before this migration have none.
ALTER TABLE decisions ADD COLUMN passages CHARACTER VARYING DEFAULT '[]' NOT NULL;
