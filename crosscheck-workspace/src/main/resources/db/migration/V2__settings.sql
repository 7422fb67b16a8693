-- What a workspace remembers between runs: the corpus name and the reference date relative dates
-- resolve against, so a later run (a re-analysis, an upload through crosscheck serve) reads the
-- sources the same way the first one did.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
