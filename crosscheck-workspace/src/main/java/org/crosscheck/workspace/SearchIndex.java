package org.crosscheck.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over a workspace's sources, quotes and claims: SQLite FTS5 in the workspace
 * database (the table {@code search}, made by the V5 migration, so open the workspace first). The
 * index is derived from a report: {@link #replace} writes it again for a new report generation.
 * Thread-safe: each call borrows one of a few connections of its own, so searches run beside the
 * workspace's writer (the database is in WAL mode). Close it before the workspace.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Path database;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();

    /** What can be found. */
    public enum Kind {
        SOURCE, QUOTE, CLAIM;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One thing to find: its words, and the span they stand for in a document's text.
     *
     * @param ref      the source id, quote id or claim id
     * @param speaker  who says it (quotes, claims attributed to someone), or null
     * @param modality how the source carries a claim ({@code asserted}, {@code hedged}, {@code denied}), or null
     * @param single   a claim only one independent source carries
     * @param disputed a claim sources disagree on
     * @param entities the ids of the entities it names (or that say it)
     */
    public record Entry(Kind kind, String ref, String doc, int start, int end, String text, @Nullable String speaker,
            @Nullable String modality, boolean single, boolean disputed, List<String> entities) {
        public Entry {
            entities = List.copyOf(entities);
        }
    }

    /** A search: its words, and filters that are off when null or false. */
    public record Query(String words, @Nullable String doc, @Nullable String speaker, @Nullable String entity, @Nullable String modality,
            @Nullable Kind kind, boolean singleOnly, boolean disputedOnly, int limit) {
        public Query {
            if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    /**
     * A hit: the entry, where in its text the first searched word is (absolute offsets into the
     * document, inside the entry's span), and a snippet whose matched words are between
     * {@link #OPEN} and {@link #CLOSE}.
     */
    public record Hit(Entry entry, int start, int end, String snippet) {}

    /** Marks a matched word in {@link Hit#snippet()}: characters no document text carries. */
    public static final char OPEN = '\u0002';
    public static final char CLOSE = '\u0003';

    private SearchIndex(Path database, int connections) throws SQLException {
        this.database = database;
        this.pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 30000");
            }
            all.add(c);
            pool.add(c);
        }
    }

    /** Opens the index of the workspace in {@code dir} (already opened, so its database is migrated). */
    public static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(dir.resolve(Workspace.DATABASE), Math.max(2, Runtime.getRuntime().availableProcessors()));
        } catch (SQLException e) {
            throw new WorkspaceException("cannot open the search index in " + dir.resolve(Workspace.DATABASE) + ": " + e.getMessage(), e);
        }
    }

    /** The report generation the index holds, or -1 when it was never written. */
    public long generation() {
        return with(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT generation FROM search_state WHERE id = 1")) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        });
    }

    /** Writes the index again from {@code entries}, in one transaction, unless it already holds {@code generation}. */
    public synchronized void replace(long generation, List<Entry> entries) {
        if (generation > 0 && generation() == generation) return; // a report of no known generation is always written again
        with(c -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO search (text, kind, ref, doc, start, \"end\", speaker, modality, "
                            + "single, disputed, entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.execute("DELETE FROM search");
                for (Entry e : entries) {
                    ps.setString(1, e.text());
                    ps.setString(2, e.kind().label());
                    ps.setString(3, e.ref());
                    ps.setString(4, e.doc());
                    ps.setInt(5, e.start());
                    ps.setInt(6, e.end());
                    ps.setString(7, e.speaker());
                    ps.setString(8, e.modality());
                    ps.setInt(9, e.single() ? 1 : 0);
                    ps.setInt(10, e.disputed() ? 1 : 0);
                    // each id between spaces, so a filter matches a whole id
                    ps.setString(11, " " + String.join(" ", e.entities()) + " ");
                    ps.addBatch();
                }
                ps.executeBatch();
                s.execute("INSERT INTO search_state (id, generation) VALUES (1, " + generation + ") "
                        + "ON CONFLICT (id) DO UPDATE SET generation = excluded.generation");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    /** The best hits first (FTS5's rank), at most {@code q.limit()}. Words are matched as words, the last also as a prefix. */
    public List<Hit> search(Query q) {
        List<String> words = words(q.words());
        if (words.isEmpty()) return List.of();
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) match.append(' ');
            // each word quoted, so nothing a user types is FTS5 syntax
            match.append('"').append(words.get(i).replace("\"", "")).append('"');
            if (i == words.size() - 1) match.append('*');
        }
        StringBuilder sql = new StringBuilder("SELECT kind, ref, doc, start, \"end\", text, speaker, modality, single, disputed, "
                + "snippet(search, 0, char(2), char(3), '…', 24), entities FROM search WHERE search MATCH ?");
        List<Object> args = new ArrayList<>();
        args.add(match.toString());
        if (q.doc() != null) {
            sql.append(" AND doc = ?");
            args.add(q.doc());
        }
        if (q.speaker() != null) {
            sql.append(" AND speaker = ?");
            args.add(q.speaker());
        }
        if (q.entity() != null) {
            sql.append(" AND instr(entities, ?) > 0");
            args.add(" " + q.entity().strip() + " ");
        }
        if (q.modality() != null) {
            sql.append(" AND modality = ?");
            args.add(q.modality());
        }
        if (q.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(q.kind().label());
        }
        if (q.singleOnly()) sql.append(" AND single = 1");
        if (q.disputedOnly()) sql.append(" AND disputed = 1");
        sql.append(" ORDER BY rank LIMIT ?");
        args.add(q.limit());
        return with(c -> {
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Entry e = new Entry(Kind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2), rs.getString(3),
                                rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9) == 1,
                                rs.getInt(10) == 1, List.of(rs.getString(12).strip().split(" +")).stream().filter(x -> !x.isEmpty()).toList());
                        int[] at = firstWord(e.text(), words);
                        hits.add(new Hit(e, e.start() + at[0], e.start() + at[1], rs.getString(11)));
                    }
                }
            }
            return hits;
        });
    }

    /** The words of a search, lower-cased. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find() && out.size() < 16) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /** Where in {@code text} the first of the searched words (or a word they start) is; the whole text when none is found as typed. */
    static int[] firstWord(String text, List<String> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (int i = 0; i < words.size(); i++) {
                if (w.equals(words.get(i)) || i == words.size() - 1 && w.startsWith(words.get(i))) return new int[] {m.start(), m.end()};
            }
        }
        return new int[] {0, text.length()};
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T with(Work<T> work) {
        Connection c;
        try {
            c = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("interrupted while waiting for the search index", e);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot search " + database + ": " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing is pending: every write was committed or rolled back
            }
        }
    }
}
