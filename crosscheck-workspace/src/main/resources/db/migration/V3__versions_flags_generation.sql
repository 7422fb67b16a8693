-- What reading an original found that a reader must know (the text was cut to what is analysed, NUL
-- bytes removed, encodings mixed): flag labels separated by commas, and the length of the text
-- before it was cut.
ALTER TABLE documents ADD COLUMN flags TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN full_length INTEGER;

-- A changed file is a new version of the same source: the old row and its original are kept, marked
-- with the id of the version that replaced it, and only documents that are not superseded are analysed.
ALTER TABLE documents ADD COLUMN superseded_by TEXT REFERENCES documents (id);

-- Bumped in the transaction that changes the documents, and written into every report, so that a
-- report left behind by a kill between the commit and the report's rename is known to be stale and
-- is written again when the workspace is next opened.
CREATE TABLE generation (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO generation (id, value) VALUES (1, 1);
