package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one clear rejection naming the file; good input next to it is still read. */
class IngestorTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS.withTimeout(Duration.ofSeconds(30)));

    @AfterEach
    void close() {
        ingestor.close();
    }

    private IngestResult one(Path file) {
        List<IngestResult> r = ingestor.read(file);
        assertThat(r).hasSize(1);
        return r.get(0);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static String reason(IngestResult r) {
        assertThat(r).isInstanceOf(Rejected.class);
        return ((Rejected) r).reason();
    }

    @Test
    void plainUtf8TextIsReadWithItsHash() throws IOException {
        byte[] bytes = "Headline\n\nThe council met on Monday.\n".getBytes(StandardCharsets.UTF_8);
        Extracted e = (Extracted) one(write("story-1.txt", bytes));
        assertThat(e.text()).isEqualTo("Headline\n\nThe council met on Monday.\n");
        assertThat(e.suggestedId()).isEqualTo("story-1");
        assertThat(e.sha256()).isEqualTo(Hashes.sha256(bytes)).hasSize(64);
        assertThat(e.original()).isEqualTo(bytes);
    }

    @Test
    void latin1TextIsDecoded() throws IOException {
        Extracted e = (Extracted) one(write("latin.txt", "Le caf\u00e9 de la gare a ferm\u00e9 ses portes lundi dernier.".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(e.text()).contains("café", "fermé");
    }

    @Test
    void utf16TextWithAndWithoutAByteOrderMarkIsDecoded() throws IOException {
        String s = "The mayor said the bridge would reopen in May.";
        Extracted withBom = (Extracted) one(write("bom.txt", s.getBytes(StandardCharsets.UTF_16)));
        Extracted noBom = (Extracted) one(write("nobom.txt", s.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(withBom.text()).isEqualTo(s);
        assertThat(noBom.text()).isEqualTo(s);
    }

    @Test
    void binaryJunkNamedTxtIsRejected() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThat(reason(one(write("photo.txt", junk)))).contains("binary");
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        assertThat(reason(one(write("empty.txt", new byte[0])))).isEqualTo("empty file");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnread() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20); // 200 MB, sparse: nothing is written or read
        }
        assertThat(reason(one(big))).startsWith("too large: 209715200 bytes").contains("--max-bytes");
    }

    @Test
    void brokenHtmlIsRepairedAndRead() throws IOException {
        Extracted e = (Extracted) one(write("broken.html",
                "<html><head><title>Bridge</title><body><p>The bridge <b>fell<p>Nobody was hurt</div></table>".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.text()).contains("The bridge fell", "Nobody was hurt");
        assertThat(e.mediaType()).isEqualTo("text/html");
    }

    @Test
    void htmlLeavesOutScriptsNavigationAndCookieBanners() throws IOException {
        Extracted e = (Extracted) one(write("page.html", ("<html><head><meta property='og:site_name' content='Example Herald'>"
                + "<meta property='article:published_time' content='2025-03-12T10:00:00Z'><title>T</title></head><body>"
                + "<nav><a>Home</a></nav><div class='cookie-banner'><p>Accept cookies</p></div><script>alert(1)</script>"
                + "<article><h1>Bridge falls</h1><p>The bridge fell on Tuesday.</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
        assertThat(e.text()).contains("The bridge fell on Tuesday.").doesNotContain("Home", "Accept cookies", "alert");
        assertThat(e.meta().outlet()).isEqualTo("Example Herald");
        assertThat(e.meta().published()).hasToString("2025-03-12");
    }

    @Test
    void aPdfThatFailsToParseIsRejectedWithTheReason() throws IOException {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not really a pdf\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(reason(one(write("broken.pdf", bytes)))).matches("(could not be parsed|no text could be extracted).*");
    }

    @Test
    void aZipBombIsRefusedAndBounded() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) zip.write(zeros); // 300 MB of zeros, a few hundred KB compressed
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        assertThat(reason(one(bomb))).isEqualTo("refused as a zip bomb (it expands to far more than its size)");
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndTheRestIsWalked() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(folder.resolve("a.txt"), "The council met on Monday and approved the plan.");
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        List<Rejected> rejected = new ArrayList<>();
        List<Path> files = ingestor.files(List.of(folder), dir.resolve("out"), rejected::add);
        assertThat(files).containsExactly(folder.resolve("a.txt"));
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).contains("symbolic link loop"));
    }

    @Test
    void aMissingPathIsRejected() {
        List<Rejected> rejected = new ArrayList<>();
        assertThat(ingestor.files(List.of(dir.resolve("nope")), dir, rejected::add)).isEmpty();
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("no such file or folder"));
    }

    @Test
    void hostileFileNamesBecomeSafeIds() {
        assertThat(Ingestor.idOf("..%2F..%2Fetc<script>.txt")).isEqualTo("2F.._2Fetc_script_");
        assertThat(Ingestor.idOf("...txt")).isEqualTo("document");
        assertThat(Ingestor.idOf("report 2022 (final).pdf")).isEqualTo("report_2022__final_");
    }

    @Test
    void aPathWithDotDotIsReadAsTheFileItNames() throws IOException {
        Path f = write("story.txt", "The council met on Monday.".getBytes(StandardCharsets.UTF_8));
        Path viaParent = dir.resolve("sub/../story.txt");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(one(viaParent)).isInstanceOf(Extracted.class);
        assertThat(((Extracted) one(viaParent)).sha256()).isEqualTo(((Extracted) one(f)).sha256());
    }
}
