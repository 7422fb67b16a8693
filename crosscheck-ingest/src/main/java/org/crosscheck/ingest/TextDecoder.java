package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes text files whatever their encoding: a byte-order mark wins, then strict UTF-8, then
 * Tika's statistical charset detector (UTF-16 without a mark, Latin-1, Windows-1252, ...). Bytes that
 * are not text at all (NUL bytes or many control characters outside UTF-16) are refused.
 */
final class TextDecoder {
    private TextDecoder() {}

    /** @throws NotTextException when the bytes are binary */
    static String decode(byte[] b) throws NotTextException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        Charset utf16 = utf16WithoutMark(b);
        if (utf16 != null) return new String(b, utf16);
        if (looksBinary(b)) throw new NotTextException("binary data, not text (NUL or control bytes)");
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(b);
            CharsetMatch match = detector.detect();
            String name = match == null ? "windows-1252" : match.getName();
            Charset cs = Charset.isSupported(name) ? Charset.forName(name) : Charset.forName("windows-1252");
            return new String(b, cs);
        }
    }

    /** UTF-16 without a byte-order mark shows as every other byte NUL in Latin text. */
    private static Charset utf16WithoutMark(byte[] b) {
        if (b.length < 8) return null;
        int n = Math.min(b.length & ~1, 4096);
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return StandardCharsets.UTF_16BE;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n > 0 && control > n * 0.05;
    }

    /** The bytes are not text. */
    static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message);
        }
    }
}
