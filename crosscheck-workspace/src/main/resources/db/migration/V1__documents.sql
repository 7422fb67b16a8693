-- The preserved sources of a workspace. The original bytes live in originals/<sha256>; the row
-- keeps what was extracted from them, so a re-run does not read them again.
CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    path       TEXT NOT NULL,
    media_type TEXT NOT NULL,
    captured   TEXT NOT NULL,
    text       TEXT NOT NULL,
    title      TEXT,
    outlet     TEXT,
    author     TEXT,
    published  TEXT
);

-- One row per analyze run, with the inputs it could not read.
CREATE TABLE runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    started      TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    added        INTEGER NOT NULL,
    skipped      INTEGER NOT NULL
);

CREATE TABLE rejections (
    run    INTEGER NOT NULL REFERENCES runs (id),
    path   TEXT NOT NULL,
    reason TEXT NOT NULL
);
