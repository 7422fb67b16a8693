package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.DocumentFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless or hostile folder holds: links out of it, links that lead nowhere, pipes, a text
 * of millions of characters on one line, encodings mixed in one file, NUL bytes. Nothing is read
 * from outside the folders given, nothing is skipped or cut without being named, and nothing blocks.
 */
class ReadingSafetyTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);

    @AfterEach
    void close() {
        ingestor.close();
    }

    private Path corpus() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(folder.resolve("a.txt"), "The council met on Monday and approved the plan.");
        return folder;
    }

    private List<String> walk(List<Path> paths, boolean follow, List<Path> files) {
        List<String> rejected = new ArrayList<>();
        files.addAll(ingestor.files(paths, paths, follow, dir.resolve("out"), r -> rejected.add(dir.relativize(Path.of(r.path())) + ": " + r.reason())));
        return rejected;
    }

    @Test
    void linksOutOfTheFolderAreNamedAndNotFollowed() throws IOException {
        Path folder = corpus();
        Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(folder.resolve("up.txt"), Path.of("../outside.txt"));
        Files.writeString(dir.resolve("outside.txt"), "Outside the folder given.");
        List<Path> files = new ArrayList<>();
        List<String> rejected = walk(List.of(folder), false, files);
        assertThat(files).containsExactly(folder.resolve("a.txt"));
        String out = ": symbolic link leading out of the folders given, not followed (name its target itself, or use --follow-links)";
        assertThat(rejected).containsExactlyInAnyOrder("corpus/etc" + out, "corpus/passwd.txt" + out, "corpus/up.txt" + out);
    }

    @Test
    void withFollowLinksALinkOutOfTheFolderIsRead() throws IOException {
        Path folder = corpus();
        Files.writeString(dir.resolve("outside.txt"), "Outside the folder given.");
        Files.createSymbolicLink(folder.resolve("up.txt"), dir.resolve("outside.txt"));
        List<Path> files = new ArrayList<>();
        assertThat(walk(List.of(folder), true, files)).isEmpty();
        assertThat(files).containsExactly(folder.resolve("a.txt"), folder.resolve("up.txt"));
    }

    @Test
    void aLinkToAFileInsideTheFolderIsReadAndADanglingOneIsNamed() throws IOException {
        Path folder = corpus();
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("sub/same.txt"), folder.resolve("a.txt"));
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("deleted.txt"));
        List<Path> files = new ArrayList<>();
        List<String> rejected = walk(List.of(folder), false, files);
        assertThat(files).containsExactly(folder.resolve("a.txt"), folder.resolve("sub/same.txt"));
        assertThat(rejected).containsExactly("corpus/gone.txt: dangling symbolic link (its target does not exist)");
    }

    @Test
    void aFifoIsNamedAndNeverOpenedWhetherInAFolderOrGivenDirectly() throws Exception {
        Path folder = corpus();
        Path fifo = folder.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        List<Path> files = new ArrayList<>();
        assertThat(walk(List.of(folder), false, files)).containsExactly("corpus/pipe.txt: a FIFO (named pipe), not a regular file, not read");
        assertThat(files).containsExactly(folder.resolve("a.txt"));
        List<Path> direct = new ArrayList<>();
        assertThat(walk(List.of(fifo), false, direct)).containsExactly("corpus/pipe.txt: a FIFO (named pipe), not a regular file, not read");
        assertThat(direct).isEmpty();
        assertThat(ingestor.read(fifo)).singleElement().isInstanceOf(Rejected.class);
    }

    @Test
    void aTextLongerThanWhatIsAnalysedIsCutAndFlaggedWithItsFullLength() {
        String line = "The council met on Monday and approved the plan, the mayor said. ".repeat(40_000); // one line of 2.6 million characters
        Extracted x = (Extracted) ingestor.read("long.txt", line.getBytes(StandardCharsets.UTF_8));
        assertThat(x.text()).hasSize(IngestLimits.DEFAULTS.maxChars());
        assertThat(x.fullLength()).isEqualTo(line.length());
        assertThat(x.flags()).containsExactly(DocumentFlag.TRUNCATED);
        Extracted whole = (Extracted) ingestor.read("short.txt", "The council met on Monday.".getBytes(StandardCharsets.UTF_8));
        assertThat(whole.flags()).isEmpty();
        assertThat(whole.fullLength()).isEqualTo(whole.text().length());
    }

    @Test
    void utf8MixedWithWindows1252IsDecodedLineByLineAndFlagged() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("Zoë Müller said the café would reopen.\n".getBytes(StandardCharsets.UTF_8));
        b.write("The mayor’s office said “soon” – perhaps on Friday.\n".getBytes(Charset.forName("windows-1252")));
        Extracted x = (Extracted) ingestor.read("mixed.txt", b.toByteArray());
        assertThat(x.text()).isEqualTo("Zoë Müller said the café would reopen.\nThe mayor’s office said “soon” – perhaps on Friday.\n");
        assertThat(x.flags()).containsExactly(DocumentFlag.MIXED_ENCODING);
    }

    @Test
    void utf8MixedWithALineOfUtf16IsDecodedLineByLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("Zoë Müller said the café would reopen.\n".getBytes(StandardCharsets.UTF_8));
        b.write("A pasted line from another program.\n".getBytes(StandardCharsets.UTF_16LE));
        b.write("Back in UTF-8: naïve résumé.\n".getBytes(StandardCharsets.UTF_8));
        Extracted x = (Extracted) ingestor.read("mixed16.txt", b.toByteArray());
        assertThat(x.text()).isEqualTo("Zoë Müller said the café would reopen.\nA pasted line from another program.\nBack in UTF-8: naïve résumé.\n");
        assertThat(x.flags()).containsExactly(DocumentFlag.MIXED_ENCODING);
    }

    @Test
    void nulBytesInATextAreRemovedWithAFlagRatherThanTheFileRefused() {
        byte[] text = "The council met\u0000 on Monday\u0000\u0000 and approved the plan.\n".getBytes(StandardCharsets.UTF_8);
        Extracted x = (Extracted) ingestor.read("nul.txt", text);
        assertThat(x.text()).isEqualTo("The council met on Monday and approved the plan.\n");
        assertThat(x.flags()).containsExactly(DocumentFlag.NUL_REMOVED);
    }

    @Test
    void mostlyNulBytesAreStillBinary() {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i += 7) junk[i] = 'a';
        assertThat(ingestor.read("zeros.txt", junk)).isInstanceOf(Rejected.class);
    }
}
