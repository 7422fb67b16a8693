package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with kill -9 while it analyses documents, started again with the same command, does not analyse again the
 * documents it had finished and ends with the report an uninterrupted run writes.
 */
class ResumeAfterKillTest {
    static final int DOCUMENTS = 10;
    /** The progress line of the document stages: "clean+facts+sentences+names+quotes    3/10". */
    static final Pattern DOCUMENTS_DONE = Pattern.compile("clean\\+facts\\+sentences\\+names\\+quotes\\s+(\\d+)/" + DOCUMENTS);

    @TempDir
    Path tmp;

    @Test
    void aRunKilledMidwayResumesWithoutRedoingFinishedDocumentsAndWritesTheSameReport() throws Exception {
        Path corpus = corpus(Files.createDirectories(tmp.resolve("harbour")));
        Path killed = tmp.resolve("killed");

        // the first run, in a process of its own, is killed as soon as its progress shows a document done
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", "-v", corpus.toString(), "--out", killed.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuffer err = new StringBuffer();
        Thread reader = drain(child.getErrorStream(), err);
        long doneBeforeKill = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (doneBeforeKill == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Matcher m = DOCUMENTS_DONE.matcher(err);
            while (m.find()) doneBeforeKill = Math.max(doneBeforeKill, Long.parseLong(m.group(1)));
            if (doneBeforeKill == 0) Thread.sleep(10);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        assertThat(doneBeforeKill).as("the child's progress before the kill:\n%s", err).isBetween(1L, DOCUMENTS - 1L);
        assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);

        int kept;
        try (Workspace ws = Workspace.open(killed)) {
            // nothing was committed, no report was written; what each finished document's analysis found is kept
            assertThat(ws.documentCount()).isZero();
            assertThat(Files.exists(killed.resolve("report.json"))).isFalse();
            kept = ws.documentResultCount();
        }
        assertThat(kept).isBetween((int) doneBeforeKill, DOCUMENTS - 1);

        // the same command again: the kept documents are not analysed again
        Cli resumed = Cli.run("analyze", corpus.toString(), "--out", killed.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("analysed " + DOCUMENTS + " documents (" + kept + " of them resumed from what an earlier run kept)");

        Cli whole = Cli.run("analyze", corpus.toString(), "--out", tmp.resolve("whole").toString());
        assertThat(whole.code()).as(whole.err()).isZero();
        assertThat(whole.err()).contains("analysed " + DOCUMENTS + " documents\n");

        String resumedReport = withoutTimes(killed.resolve("report.json"));
        assertThat(resumedReport).contains("Tom Bell").isEqualTo(withoutTimes(tmp.resolve("whole/report.json")));
    }

    /** Invented stories of one event, long enough that analysing one takes a good part of a second. */
    static Path corpus(Path dir) throws IOException {
        String[] speakers = {"Mayor Ana Ruiz", "Tom Bell, a ferry captain,", "the council's engineer, Priya Nair,", "Police Chief Omar Haddad"};
        String[] outlets = {"Harbour Wire", "Portville Post", "Coast Daily", "River News", "Bay Times"};
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder t = new StringBuilder("Harbour bridge falls into the river, story " + (i + 1) + "\n\n");
            t.append("PORTVILLE, March 3 (").append(outlets[i % outlets.length]).append(") - The old harbour bridge fell into the river on ")
                    .append("Tuesday, ").append(speakers[i % speakers.length].replace(",", "")).append(" said.\n\n");
            for (int p = 0; p < 20; p++) {
                String who = speakers[(i + p) % speakers.length];
                int n = 3 + (i * 7 + p * 5) % 40;
                t.append('"').append("We counted ").append(n).append(" cars on the span when it went down at ").append(1 + p % 12)
                        .append(" o'clock,\" said ").append(who).append(" in an interview on Wednesday. ")
                        .append("The council had closed ").append(p % 3 + 1).append(" lanes on Monday after engineers found ")
                        .append(n + 2).append(" cracks, ").append(who.replace(",", "")).append(" told reporters. ")
                        .append("Divers searched the river for ").append(p % 9 + 2).append(" hours, and the ferry line to ")
                        .append(p % 2 == 0 ? "Northbank" : "Eastport").append(" will run every ").append(10 + p % 20)
                        .append(" minutes until a new bridge is built.\n\n");
            }
            Files.writeString(dir.resolve(String.format("story-%02d.txt", i + 1)), t.toString());
        }
        return dir;
    }

    static Thread drain(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            } catch (IOException e) {
                into.append("\n(reading the child's errors stopped: ").append(e.getMessage()).append(')');
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The report with the times a run stamps (when it was written, when each source was read) taken out. */
    static String withoutTimes(Path reportJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(reportJson.toFile());
        ((ObjectNode) root.path("corpus")).remove("generated");
        List<String> ids = new ArrayList<>();
        for (var d : root.path("documents")) {
            ((ObjectNode) d).remove("captured");
            ids.add(d.path("id").asText());
        }
        assertThat(ids).hasSize(DOCUMENTS);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
