-- The full-text index the web view searches: sources' paragraphs, quotes and claim mentions, each with
-- the span it stands for (so a hit opens its source at the exact characters) and the facts the search
-- filters on. It is derived from the report and written again whenever the report's generation changes;
-- search_state remembers which generation it holds. Needs SQLite's FTS5 (sqlite-jdbc builds it in).
CREATE VIRTUAL TABLE search USING fts5(
    text,
    kind UNINDEXED, ref UNINDEXED, doc UNINDEXED, start UNINDEXED, "end" UNINDEXED,
    speaker UNINDEXED, modality UNINDEXED, single UNINDEXED, disputed UNINDEXED, entities UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE search_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
