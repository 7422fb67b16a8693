package org.crosscheck.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.FactOverride;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.SourceMetadata;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * A workspace folder: {@code crosscheck.db} (SQLite), {@code originals/<sha256>}, and the reports.
 * Opening migrates the database to the current schema and takes an exclusive lock, so two runs
 * cannot write one workspace at once. Not thread-safe, but for the methods on documents' own results, which a run calls from the threads that analyse
 * documents; close it to release the lock.
 */
public final class Workspace implements AutoCloseable {
    public static final String DATABASE = "crosscheck.db";
    public static final String ORIGINALS = "originals";

    private final Path dir;
    private final Connection db;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private Workspace(Path dir, Connection db, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.db = db;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the workspace in {@code dir}, creating it on first use. */
    public static Workspace open(Path dir) {
        try {
            Files.createDirectories(dir.resolve(ORIGINALS));
        } catch (IOException e) {
            throw new WorkspaceException("cannot create workspace folder " + dir + ": " + e.getMessage(), e);
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this process holds it already
            }
            if (lock == null) throw new WorkspaceException("workspace " + dir + " is in use by another crosscheck run; wait for it to finish");
            String url = "jdbc:sqlite:" + dir.resolve(DATABASE).toAbsolutePath();
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").loggers("slf4j").load().migrate();
            Connection db = DriverManager.getConnection(url);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
            }
            removeStaleTemporaries(dir);
            return new Workspace(dir, db, ch, lock);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new WorkspaceException("cannot lock workspace " + dir + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(ch);
            if (e instanceof WorkspaceException we) throw we;
            throw new WorkspaceException("cannot open the database in " + dir + " (" + e.getMessage()
                    + "); if the folder is not a crosscheck workspace, choose another --out", e);
        }
    }

    /**
     * Removes the temporary files of atomic writes that a kill interrupted ({@code .report.json123.tmp},
     * {@code originals/.<sha256>123.tmp}). Safe only under the lock: no other run is writing them.
     */
    private static void removeStaleTemporaries(Path dir) throws IOException {
        for (Path folder : List.of(dir, dir.resolve(ORIGINALS))) {
            try (var files = Files.list(folder)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String n = p.getFileName().toString();
                    if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static void closeQuietly(@Nullable FileChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }

    public Path dir() {
        return dir;
    }

    /** Whether a document with these original bytes is already in. */
    public boolean contains(String sha256) {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds documents and records the run in one transaction, after their originals are on disk.
     * A crash before the commit leaves the database as it was; an original written for a
     * document that was not committed is harmless (it is named by its hash) and is reused later.
     *
     * @return the documents as stored, with their final ids
     */
    public List<SourceDocument> add(List<NewDocument> docs, Map<String, String> rejections, String toolVersion) {
        for (NewDocument d : docs) {
            Path target = original(d.sha256());
            if (!Files.exists(target)) {
                try {
                    AtomicFiles.write(target, d.original());
                } catch (IOException e) {
                    throw new WorkspaceException("cannot preserve the original of " + d.path() + " in " + target + ": "
                            + e.getMessage(), e);
                }
            }
        }
        List<SourceDocument> added = new ArrayList<>();
        try {
            db.setAutoCommit(false);
            List<String> planned = plannedIds(docs);
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO documents (id, sha256, path, media_type, captured, text, "
                    + "title, outlet, author, published, flags, full_length, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement supersede = db.prepareStatement("UPDATE documents SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL")) {
                for (int i = 0; i < docs.size(); i++) {
                    NewDocument d = docs.get(i);
                    String id = planned.get(i);
                    ps.setString(1, id);
                    ps.setString(2, d.sha256());
                    ps.setString(3, d.path());
                    ps.setString(4, d.mediaType());
                    ps.setString(5, d.captured().toString());
                    ps.setString(6, d.text());
                    ps.setString(7, d.meta().title());
                    ps.setString(8, d.meta().outlet());
                    ps.setString(9, d.meta().author());
                    ps.setString(10, d.meta().published() == null ? null : d.meta().published().toString());
                    ps.setString(11, flagLabels(d.flags()));
                    ps.setLong(12, d.fullLength());
                    ps.setString(13, d.meta().url());
                    ps.executeUpdate();
                    if (d.supersedes() != null) {
                        supersede.setString(1, id);
                        supersede.setString(2, d.supersedes());
                        supersede.executeUpdate();
                    }
                    added.add(source(id, d));
                }
            }
            if (!docs.isEmpty()) {
                try (Statement st = db.createStatement()) {
                    st.executeUpdate("UPDATE generation SET value = value + 1 WHERE id = 1");
                }
            }
            long run;
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO runs (started, tool_version, added, skipped) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, Instant.now().toString());
                ps.setString(2, toolVersion);
                ps.setInt(3, docs.size());
                ps.setInt(4, rejections.size());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO rejections (run, path, reason) VALUES (?, ?, ?)")) {
                for (var e : rejections.entrySet()) {
                    ps.setLong(1, run);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.executeUpdate();
                }
            }
            db.commit();
            return added;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw new WorkspaceException("cannot add documents to " + dir.resolve(DATABASE) + " (nothing was changed): "
                    + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed with the workspace
            }
        }
    }

    /**
     * The documents as {@link #add} would store them, with the ids they would get, without storing
     * anything: a run can analyse them first and add them only once the analysis has succeeded.
     */
    public List<SourceDocument> preview(List<NewDocument> docs) {
        try {
            List<String> planned = plannedIds(docs);
            List<SourceDocument> out = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                NewDocument d = docs.get(i);
                out.add(source(planned.get(i), d));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
    }

    private static SourceDocument source(String id, NewDocument d) {
        return new SourceDocument(id, d.path(), d.sha256(), d.mediaType(), d.captured(), d.text(), d.meta(), d.flags(), d.fullLength());
    }

    private static String flagLabels(Set<DocumentFlag> flags) {
        return String.join(",", flags.stream().map(DocumentFlag::label).sorted().toList());
    }

    private static Set<DocumentFlag> flags(@Nullable String labels) {
        Set<DocumentFlag> out = EnumSet.noneOf(DocumentFlag.class);
        if (labels == null || labels.isBlank()) return out;
        for (String l : labels.split(",")) {
            for (DocumentFlag f : DocumentFlag.values()) if (f.label().equals(l.strip())) out.add(f);
        }
        return out;
    }

    /**
     * How many times the documents have changed: bumped in the transaction that adds documents, and
     * written into every report, so a report older than the documents is known to be stale.
     */
    public long generation() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT value FROM generation WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
    }

    /** Each new document's id: its suggested id, or that id with its hash's first characters when taken. */
    private List<String> plannedIds(List<NewDocument> docs) throws SQLException {
        Set<String> ids = ids();
        List<String> out = new ArrayList<>();
        for (NewDocument d : docs) {
            String id = d.suggestedId();
            if (ids.contains(id)) id = id + "-" + d.sha256().substring(0, 8);
            ids.add(id);
            out.add(id);
        }
        return out;
    }

    /** A setting the workspace remembers, or null when it was never set. */
    public @Nullable String setting(String key) {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
    }

    /** Remembers a setting for later runs. */
    public void setSetting(String key, String value) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot write " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file of the workspace (a report), or returns null when there is none. */
    public byte @Nullable [] readFile(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("bad workspace file name: " + name);
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) return null;
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private Set<String> ids() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM documents")) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        return ids;
    }

    /** How many current documents the workspace holds, without reading them. */
    public int documentCount() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM documents WHERE superseded_by IS NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
    }

    /** Every current document in the workspace (older versions of changed sources left out), ordered by id, with the facts users set on it. */
    public List<SourceDocument> documents() {
        List<SourceDocument> out = new ArrayList<>();
        Map<String, Map<String, FactOverride>> overrides = overrides();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, sha256, path, media_type, captured, text, title, outlet, author, "
                        + "published, flags, full_length, url FROM documents WHERE superseded_by IS NULL ORDER BY id")) {
            while (rs.next()) {
                String pub = rs.getString(10);
                String text = rs.getString(6);
                long full = rs.getLong(12);
                boolean fullUnknown = rs.wasNull();
                out.add(new SourceDocument(rs.getString(1), rs.getString(3), rs.getString(2), rs.getString(4),
                        Instant.parse(rs.getString(5)), text, new SourceMetadata(rs.getString(7), rs.getString(8),
                        rs.getString(9), pub == null ? null : LocalDate.parse(pub), rs.getString(13)), flags(rs.getString(11)),
                        fullUnknown ? text.length() : full, overrides.getOrDefault(rs.getString(1), Map.of())));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * An older version of a source, kept with its original but no longer analysed.
     *
     * @param supersededBy the id of the version that replaced it
     */
    public record Superseded(String id, String path, String sha256, Instant captured, String supersededBy) {}

    /** Every older version of a changed source, ordered by id. */
    public List<Superseded> superseded() {
        List<Superseded> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, path, sha256, captured, superseded_by FROM documents "
                        + "WHERE superseded_by IS NOT NULL ORDER BY id")) {
            while (rs.next()) {
                out.add(new Superseded(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * A fact a user sets on a source, to be recorded.
     *
     * @param value the value, or null to put the field back to what the text shows
     */
    public record OverrideRequest(String document, String field, @Nullable String value, String by, Instant at) {}

    /**
     * Records facts users set, all in one transaction; the originals and their hashes are untouched.
     *
     * @throws IllegalArgumentException naming the document or field when one is unknown or a value is not of its form
     */
    public void setOverrides(List<OverrideRequest> requests) {
        try {
            Set<String> ids = ids();
            for (OverrideRequest r : requests) {
                if (!ids.contains(r.document())) throw new IllegalArgumentException("no source with id " + r.document() + " in " + dir);
                if (!FactOverride.FIELDS.contains(r.field())) {
                    throw new IllegalArgumentException("cannot set '" + r.field() + "': the fields are " + String.join(", ", FactOverride.FIELDS));
                }
                if (r.value() != null && r.field().equals("published")) {
                    try {
                        LocalDate.parse(r.value());
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new IllegalArgumentException("published must be a date as YYYY-MM-DD, not '" + r.value() + "'", e);
                    }
                }
            }
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO overrides (document, field, value, set_by, set_at) VALUES (?, ?, ?, ?, ?)")) {
                for (OverrideRequest r : requests) {
                    ps.setString(1, r.document());
                    ps.setString(2, r.field());
                    ps.setString(3, r.value() == null || r.value().isBlank() ? null : r.value().strip());
                    ps.setString(4, r.by());
                    ps.setString(5, r.at().toString());
                    ps.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw new WorkspaceException("cannot record the facts set in " + dir.resolve(DATABASE) + " (nothing was changed): "
                    + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed with the workspace
            }
        }
    }

    /** The facts in force per document id and field: the latest setting of each, unless it put the field back. */
    public Map<String, Map<String, FactOverride>> overrides() {
        Map<String, Map<String, FactOverride>> out = new java.util.HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT document, field, value, set_by, set_at FROM overrides ORDER BY id")) {
            while (rs.next()) {
                Map<String, FactOverride> doc = out.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>());
                if (rs.getString(3) == null) {
                    doc.remove(rs.getString(2));
                } else {
                    doc.put(rs.getString(2), new FactOverride(rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5))));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * A document's own results as {@link #keepDocumentResult} kept them for these bytes, this analysis and this input, or
     * null when none were kept. May be called from several threads while a run analyses documents.
     */
    public byte @Nullable [] documentResult(String sha256, String analysis, String input) {
        synchronized (db) {
            try (PreparedStatement ps = db.prepareStatement("SELECT data FROM document_results WHERE sha256 = ? AND analysis = ? AND input = ?")) {
                ps.setString(1, sha256);
                ps.setString(2, analysis);
                ps.setString(3, input);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Keeps a document's own results, replacing those kept for the same bytes and analysis, in a transaction of its own
     * (a kill leaves the row whole or absent). May be called from several threads while a run analyses documents.
     */
    public void keepDocumentResult(String sha256, String analysis, String input, byte[] data) {
        synchronized (db) {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO document_results (sha256, analysis, input, data) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (sha256, analysis) DO UPDATE SET input = excluded.input, data = excluded.data")) {
                ps.setString(1, sha256);
                ps.setString(2, analysis);
                ps.setString(3, input);
                ps.setBytes(4, data);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new WorkspaceException("cannot write " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
            }
        }
    }

    /** How many documents' own results are kept, under any analysis. */
    public int documentResultCount() {
        synchronized (db) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM document_results")) {
                return rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw new WorkspaceException("cannot read " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Drops the kept results no later run can use: those of another analysis (an older build, other settings) and those
     * of bytes that are not among {@code current}.
     */
    public void dropDocumentResultsExcept(String analysis, Set<String> current) {
        synchronized (db) {
            try {
                db.setAutoCommit(false);
                Set<String> gone = new HashSet<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT sha256 FROM document_results WHERE analysis = ?")) {
                    ps.setString(1, analysis);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) if (!current.contains(rs.getString(1))) gone.add(rs.getString(1));
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM document_results WHERE analysis <> ?")) {
                    ps.setString(1, analysis);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM document_results WHERE sha256 = ?")) {
                    for (String sha : gone) {
                        ps.setString(1, sha);
                        ps.executeUpdate();
                    }
                }
                db.commit();
            } catch (SQLException e) {
                try {
                    db.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw new WorkspaceException("cannot write " + dir.resolve(DATABASE) + ": " + e.getMessage(), e);
            } finally {
                try {
                    db.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is closed with the workspace
                }
            }
        }
    }

    /** Where the original with this hash is kept. */
    public Path original(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256: " + sha256);
        return dir.resolve(ORIGINALS).resolve(sha256);
    }

    /** Writes a file of the workspace (a report) atomically. */
    public void writeFile(String name, byte[] content) {
        if (!name.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("bad workspace file name: " + name);
        try {
            AtomicFiles.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new WorkspaceException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing is pending: every write was committed or rolled back
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the channel
        }
        closeQuietly(lockChannel);
    }
}
