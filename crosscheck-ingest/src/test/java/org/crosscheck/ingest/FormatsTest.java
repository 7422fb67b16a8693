package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Each format the analyze command promises is read into text. The test files are made here, not shipped. */
class FormatsTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);

    @AfterEach
    void close() {
        ingestor.close();
    }

    private Extracted read(Path p) {
        List<IngestResult> r = ingestor.read(p);
        assertThat(r).hasSize(1);
        assertThat(r.get(0)).as(r.get(0).toString()).isInstanceOf(Extracted.class);
        return (Extracted) r.get(0);
    }

    @Test
    void word() throws IOException {
        Path p = dir.resolve("memo.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            doc.createParagraph().createRun().setText("The ferry service resumed on Friday.");
            doc.createParagraph().createRun().setText("Officials said the harbour was safe.");
            doc.write(out);
        }
        Extracted e = read(p);
        assertThat(e.text()).contains("The ferry service resumed on Friday.", "Officials said the harbour was safe.");
        assertThat(e.mediaType()).contains("wordprocessingml");
    }

    @Test
    void pdfLinesOfOneParagraphAreJoined() throws IOException {
        Path p = dir.resolve("statement.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(14);
                cs.newLineAtOffset(72, 700);
                cs.showText("The council approved the harbour");
                cs.newLine();
                cs.showText("budget on Monday evening.");
                cs.endText();
            }
            doc.save(p.toFile());
        }
        Extracted e = read(p);
        assertThat(e.text()).contains("The council approved the harbour budget on Monday evening.");
        assertThat(e.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void openDocumentText() throws IOException {
        Path p = dir.resolve("note.odt");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:p>The bridge reopened in May.</text:p></office:text></office:body>"
                + "</office:document-content>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(p).text()).contains("The bridge reopened in May.");
    }

    @Test
    void email() throws IOException {
        Path p = dir.resolve("tip.eml");
        Files.writeString(p, "From: Ana <ana@example.org>\r\nTo: desk@example.org\r\nSubject: Bridge inspection\r\n"
                + "Date: Tue, 11 Mar 2025 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "The inspection report was never published, a council worker said.\r\n");
        Extracted e = read(p);
        assertThat(e.text()).contains("The inspection report was never published");
        assertThat(e.meta().title()).isEqualTo("Bridge inspection");
    }

    @Test
    void webArchivePagesBecomeDocuments() throws IOException {
        Path p = dir.resolve("capture.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE))) {
            for (int i = 1; i <= 2; i++) {
                byte[] html = ("<html><head><title>Story " + i + "</title></head><body><article><p>Paragraph of story " + i
                        + " about the harbour.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build();
                w.write(new WarcResponse.Builder(URI.create("https://news.example/story-" + i)).date(Instant.parse("2025-03-12T10:00:00Z"))
                        .body(http).build());
            }
        }
        List<IngestResult> r = ingestor.read(p);
        assertThat(r).hasSize(2).allMatch(x -> x instanceof Extracted);
        Extracted first = (Extracted) r.get(0);
        assertThat(first.suggestedId()).isEqualTo("capture-1");
        assertThat(first.path()).isEqualTo(p + "#https://news.example/story-1");
        assertThat(first.text()).contains("Paragraph of story 1 about the harbour.");
    }
}
