package org.crosscheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.crosscheck.model.SourceDocument.SourceMetadata;
import org.xml.sax.SAXException;

/**
 * Everything that is neither plain text, HTML nor a web archive (PDF, Word, ODT, RTF, e-mail, ...)
 * goes through Apache Tika's auto-detecting parser, which also guards against zip bombs. Tika puts
 * a hard line break at every visual line of a PDF; lines inside a paragraph are joined back here so
 * that a sentence is not cut at the page margin.
 */
final class TikaReader {
    private final AutoDetectParser parser = new AutoDetectParser();

    /** @param cut whether the text went past the most characters read, and was cut there */
    record Result(String mediaType, String text, SourceMetadata meta, boolean cut) {}

    String detect(byte[] bytes, String fileName) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            return parser.getDetector().detect(in, md).getBaseType().toString();
        }
    }

    Result read(byte[] bytes, String fileName, int maxChars) throws IOException, TikaException, SAXException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        ParseContext context = new ParseContext();
        boolean cut = false;
        context.set(Parser.class, parser); // embedded documents (attachments) are read too, within the same limits
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            parser.parse(in, handler, md, context);
        } catch (ZeroByteFileException e) {
            throw new TikaException("the file is empty", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) throw e;
            // more text than the limit: keep what was read, and say so
            cut = true;
        }
        String title = md.get(TikaCoreProperties.TITLE);
        String author = md.get(TikaCoreProperties.CREATOR);
        LocalDate date = HtmlReader.parseDate(md.get(TikaCoreProperties.CREATED));
        String type = md.get(Metadata.CONTENT_TYPE);
        return new Result(type == null ? "application/octet-stream" : type.split(";")[0].strip(), unwrap(handler.toString()),
                new SourceMetadata(blankToNull(title), null, blankToNull(author), date), cut);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Joins the lines of each paragraph (paragraphs are separated by blank lines), mending words
     * hyphenated at a line end, and separates paragraphs with one blank line.
     */
    static String unwrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.replace("\r", "").split("\n\\s*\n")) {
            String p = para.strip().replaceAll("(\\p{L})-\n(\\p{Ll})", "$1$2").replaceAll("[ \t]*\n[ \t]*", " ")
                    .replaceAll("[ \t]{2,}", " ");
            if (p.isEmpty()) continue;
            out.append(p).append("\n\n");
        }
        return out.toString();
    }
}
