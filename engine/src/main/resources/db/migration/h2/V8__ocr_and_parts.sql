-- Pages read by OCR keep the mean confidence of their words (0 to 100); NULL for pages from a text layer.
ALTER TABLE pages ADD COLUMN ocr_confidence REAL;

-- A document that arrived inside another (an e-mail's attachment) names that document's SHA-256; NULL otherwise.
-- No foreign key: removing the e-mail leaves its attachments indexed, still naming where they came from.
ALTER TABLE documents ADD COLUMN parent_sha256 CHAR(64);
CREATE INDEX documents_parent ON documents (parent_sha256);
