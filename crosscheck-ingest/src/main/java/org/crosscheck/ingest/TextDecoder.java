package org.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.crosscheck.model.DocumentFlag;

/**
 * Decodes text files whatever their encoding: a byte-order mark wins, then strict UTF-8, then
 * Tika's statistical charset detector (UTF-16 without a mark, Latin-1, Windows-1252, ...). A file
 * that holds real UTF-8 next to bytes that are not (a UTF-8 article with a pasted Windows-1252 or
 * UTF-16 passage) is decoded line by line, each line in the encoding it is valid in, and flagged.
 * NUL bytes in text are removed and flagged; bytes that are not text at all (many control
 * characters, or mostly NULs outside UTF-16) are refused.
 */
final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /** The text, and what a reader should know about how it was decoded. */
    record Decoded(String text, Set<DocumentFlag> flags) {
        Decoded {
            flags = Set.copyOf(flags);
        }
    }

    /** @throws NotTextException when the bytes are binary */
    static String decode(byte[] b) throws NotTextException {
        return read(b).text();
    }

    /** @throws NotTextException when the bytes are binary */
    static Decoded read(byte[] b) throws NotTextException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return plain(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return plain(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return plain(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        Charset utf16 = utf16WithoutMark(b);
        if (utf16 != null) return plain(new String(b, utf16));
        if (looksBinary(b)) throw new NotTextException("binary data, not text (control bytes)");
        boolean nul = indexOf(b, (byte) 0) >= 0;
        if (!nul) {
            String utf8 = strict(StandardCharsets.UTF_8, b, 0, b.length);
            if (utf8 != null) return plain(utf8);
            if (!hasUtf8Sequence(b)) return plain(new String(b, detect(b)));
        }
        return byLine(b);
    }

    private static Decoded plain(String text) {
        return new Decoded(text, Set.of());
    }

    /**
     * Each line in the encoding it is valid in: UTF-16 where it shows as every other byte NUL, strict
     * UTF-8 where that decodes, Windows-1252 otherwise (it maps every byte). Stray NUL bytes are dropped.
     */
    private static Decoded byLine(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        Set<DocumentFlag> flags = EnumSet.noneOf(DocumentFlag.class);
        Set<String> used = new java.util.HashSet<>();
        int start = 0;
        boolean afterLittleEndian = false;
        while (start < b.length) {
            // the high byte of a little-endian line's newline opens the next line; it is no NUL of the text
            if (afterLittleEndian && b[start] == 0) {
                int probe = indexOf(b, (byte) '\n', start);
                if (utf16Line(b, start, probe < 0 ? b.length : probe) == null) start++;
                if (start >= b.length) break;
            }
            int nl = indexOf(b, (byte) '\n', start);
            int end = nl < 0 ? b.length : nl;
            Charset cs = utf16Line(b, start, end);
            if (cs != null) {
                int s = start;
                int e = end;
                // the newline's other byte belongs to the line before (big-endian) or after (little-endian)
                if (cs == StandardCharsets.UTF_16LE && s < e && b[s] == 0 && ((e - s) & 1) == 1) s++;
                if (((e - s) & 1) == 1 && b[e - 1] == 0) e--;
                out.append(new String(b, s, e - s, cs));
                used.add("utf-16");
                afterLittleEndian = cs == StandardCharsets.UTF_16LE;
            } else {
                byte[] line = withoutNul(b, start, end);
                if (line.length != end - start) flags.add(DocumentFlag.NUL_REMOVED);
                String utf8 = strict(StandardCharsets.UTF_8, line, 0, line.length);
                if (utf8 != null) {
                    out.append(utf8);
                    if (!isAscii(line)) used.add("utf-8");
                } else {
                    out.append(new String(line, CP1252));
                    used.add("windows-1252");
                }
                afterLittleEndian = false;
            }
            if (nl >= 0) out.append('\n');
            start = end + 1;
        }
        if (used.size() > 1) flags.add(DocumentFlag.MIXED_ENCODING);
        return new Decoded(out.toString(), flags);
    }

    private static Charset detect(byte[] b) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(b);
        CharsetMatch match = detector.detect();
        String name = match == null ? "windows-1252" : match.getName();
        return Charset.isSupported(name) ? Charset.forName(name) : CP1252;
    }

    private static String strict(Charset cs, byte[] b, int from, int to) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence: then UTF-8 is one of their encodings. */
    private static boolean hasUtf8Sequence(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (n == 0 || i + n >= b.length) continue;
            boolean ok = true;
            for (int k = 1; k <= n; k++) ok &= (b[i + k] & 0xC0) == 0x80;
            // a continuation byte right after would make it a longer, broken sequence
            if (ok && (i + n + 1 >= b.length || (b[i + n + 1] & 0xC0) != 0x80)) return true;
        }
        return false;
    }

    /** A line that is UTF-16 shows as NUL in every other byte. */
    private static Charset utf16Line(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 4) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = from; i < to; i++) {
            if (b[i] != 0) continue;
            if (((i - from) & 1) == 0) evenZero++;
            else oddZero++;
        }
        int pairs = n / 2;
        // a little-endian line starts with the newline's high byte, which shifts its pairs by one
        boolean shifted = b[from] == 0 && (n & 1) == 1;
        if (shifted) {
            int t = evenZero - 1;
            evenZero = oddZero;
            oddZero = t;
        }
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return shifted ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static byte[] withoutNul(byte[] b, int from, int to) {
        if (indexOf(b, (byte) 0, from, to) < 0) return java.util.Arrays.copyOfRange(b, from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) if (b[i] != 0) out.write(b[i]);
        return out.toByteArray();
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte x) {
        return indexOf(b, x, 0, b.length);
    }

    private static int indexOf(byte[] b, byte x, int from) {
        return indexOf(b, x, from, b.length);
    }

    private static int indexOf(byte[] b, byte x, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] == x) return i;
        return -1;
    }

    /**
     * UTF-16 without a byte-order mark shows as every other byte NUL in Latin text, and does so
     * throughout: judged block by block, so a file with one pasted UTF-16 passage among UTF-8 lines
     * is not taken for UTF-16 whole (it is decoded line by line).
     */
    private static Charset utf16WithoutMark(byte[] b) {
        if (b.length < 8) return null;
        int n = Math.min(b.length & ~1, 4096);
        int block = 64;
        int be = 0;
        int le = 0;
        int blocks = 0;
        for (int from = 0; from < n; from += block) {
            int to = Math.min(n, from + block) & ~1;
            if (to - from < 8) break;
            blocks++;
            int evenZero = 0;
            int oddZero = 0;
            for (int i = from; i < to; i += 2) {
                if (b[i] == 0) evenZero++;
                if (b[i + 1] == 0) oddZero++;
            }
            int pairs = (to - from) / 2;
            if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) be++;
            if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) le++;
        }
        if (blocks == 0) return null;
        if (be >= blocks * 0.8) return StandardCharsets.UTF_16BE;
        if (le >= blocks * 0.8) return StandardCharsets.UTF_16LE;
        return null;
    }

    /**
     * Binary data: many control bytes, or NUL bytes in bulk. A few NULs in text (a bad export, a
     * padded record) are only removed, and a passage of UTF-16 shows its NULs in pairs, so NULs count
     * as binary only where they are most of the sample and not every other byte.
     */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) nul++;
            else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (n > 0 && control > n * 0.05) return true;
        return n > 0 && nul > n * 0.3 && utf16Line(b, 0, n) == null;
    }

    /** The bytes are not text. */
    static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message);
        }
    }
}
