-- Facts about a source that a user set by hand (crosscheck analyze --meta, or the web view's edit
-- form) because the text does not say them or says them wrongly. Every setting is kept with who set it
-- and when; the latest per document and field is in force, and a NULL value puts the field back to
-- what the text shows. The original and its hash are never touched.
CREATE TABLE overrides (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL REFERENCES documents (id),
    field    TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'published', 'url')),
    value    TEXT,
    set_by   TEXT NOT NULL,
    set_at   TEXT NOT NULL
);
CREATE INDEX overrides_by_document ON overrides (document, field, id);

-- The address a page was read from (a WARC record's target, a saved page's canonical link).
ALTER TABLE documents ADD COLUMN url TEXT;
