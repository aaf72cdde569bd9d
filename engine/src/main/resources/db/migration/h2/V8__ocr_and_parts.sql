-- Pages read by OCR keep the mean confidence of their words (0 to 100); NULL for pages from a text layer.
ALTER TABLE pages ADD COLUMN ocr_confidence REAL;
