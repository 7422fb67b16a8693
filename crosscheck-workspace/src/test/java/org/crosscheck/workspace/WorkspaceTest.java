package org.crosscheck.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.SourceMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    private static NewDocument doc(String id, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = String.format("%064x", new java.math.BigInteger(1, sha(bytes)));
        return new NewDocument(id, id + ".txt", bytes, sha, "text/plain", Instant.parse("2025-03-12T10:00:00Z"), text,
                SourceMetadata.NONE);
    }

    private static byte[] sha(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keepsDocumentsAndOriginalsAcrossOpenings() throws Exception {
        NewDocument a = doc("a", "The bridge fell.");
        try (Workspace ws = Workspace.open(dir)) {
            ws.add(List.of(a), Map.of(), "test");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.contains(a.sha256())).isTrue();
            List<SourceDocument> docs = ws.documents();
            assertThat(docs).extracting(SourceDocument::id).containsExactly("a");
            assertThat(docs.get(0).text()).isEqualTo("The bridge fell.");
            assertThat(Files.readAllBytes(ws.original(a.sha256()))).isEqualTo(a.original());
        }
    }

    @Test
    void theSchemaIsVersionedByMigrations() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            // opened and migrated
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE));
                ResultSet rs = c.createStatement().executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1");
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Test
    void aFailedAddChangesNothing() {
        NewDocument a = doc("a", "The bridge fell.");
        try (Workspace ws = Workspace.open(dir)) {
            ws.add(List.of(a), Map.of(), "test");
            NewDocument b = doc("b", "The ferry stopped.");
            // the same original twice in one batch breaks the unique hash: the whole batch must roll back
            assertThatThrownBy(() -> ws.add(List.of(b, b), Map.of(), "test")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("nothing was changed");
            assertThat(ws.documents()).extracting(SourceDocument::id).containsExactly("a");
            assertThat(ws.contains(b.sha256())).isFalse();
        }
    }

    @Test
    void aTakenIdGetsTheHashAppended() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.add(List.of(doc("story", "First text.")), Map.of(), "test");
            List<SourceDocument> added = ws.add(List.of(doc("story", "Second text.")), Map.of(), "test");
            assertThat(added.get(0).id()).startsWith("story-").hasSize("story-".length() + 8);
        }
    }

    @Test
    void twoRunsCannotWriteOneWorkspaceAtOnce() {
        try (Workspace ws = Workspace.open(dir)) {
            assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceException.class).hasMessageContaining("in use");
        }
    }

    @Test
    void filesAreReplacedWhole() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.writeFile("report.md", "old".getBytes(StandardCharsets.UTF_8));
            ws.writeFile("report.md", "new".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void workspaceFileNamesCannotLeaveTheFolder() {
        try (Workspace ws = Workspace.open(dir)) {
            assertThatThrownBy(() -> ws.writeFile("../evil.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ws.original("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
