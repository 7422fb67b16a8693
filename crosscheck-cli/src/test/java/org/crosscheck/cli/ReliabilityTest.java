package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line given a hostile folder, or told to serve unsafely: each case named, refused or flagged, and nothing else lost. */
class ReliabilityTest {
    @TempDir
    Path tmp;

    @Test
    void analyzeNamesEveryLinkPipeAndDanglingLinkItSkipsAndReadsNothingOutsideTheFolder() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(folder.resolve("01-bridge.txt"), "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n");
        Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("shadow.txt"), Path.of("/etc/shadow"));
        Files.createSymbolicLink(folder.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("deleted.txt"));
        assertThat(new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start().waitFor()).isZero();
        Cli r = Cli.run("analyze", "-q", folder.toString(), "--out", tmp.resolve("ws").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.SKIPPED);
        String out = "symbolic link leading out of the folders given, not followed (name its target itself, or use --follow-links)";
        assertThat(r.err()).contains("skipped " + folder.resolve("passwd.txt") + ": " + out)
                .contains("skipped " + folder.resolve("shadow.txt") + ": " + out)
                .contains("skipped " + folder.resolve("etc") + ": " + out)
                .contains("skipped " + folder.resolve("gone.txt") + ": dangling symbolic link (its target does not exist)")
                .contains("skipped " + folder.resolve("pipe.txt") + ": a FIFO (named pipe), not a regular file, not read");
        JsonNode report = new ObjectMapper().readTree(tmp.resolve("ws/report.json").toFile());
        assertThat(report.path("documents")).extracting(d -> d.path("id").asText()).containsExactly("01-bridge");
        assertThat(report.path("corpus").path("generation").asLong()).isPositive();
    }

    @Test
    void serveRefusesNoTokenOffLoopbackAndAPathToAllowThatIsNoFolder() {
        Cli open = Cli.run("serve", tmp.resolve("ws").toString(), "--host", "0.0.0.0", "--no-token");
        assertThat(open.code()).isEqualTo(2);
        assertThat(open.err()).contains("--no-token is allowed on a loopback address only");
        Cli missing = Cli.run("serve", tmp.resolve("ws").toString(), "--allow-path", tmp.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--allow-path " + tmp.resolve("nowhere") + " is not a folder");
    }
}
