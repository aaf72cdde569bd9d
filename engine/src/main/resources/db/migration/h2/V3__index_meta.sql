-- Facts about the whole store: the embedding model of the stored vectors and the revision counter.
CREATE TABLE index_meta (
    meta_key   VARCHAR(64)   NOT NULL PRIMARY KEY,
    meta_value VARCHAR(1024) NOT NULL
);

INSERT INTO index_meta (meta_key, meta_value) VALUES ('revision', '0');
