package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workspace generation a report file was made from, read without parsing the whole file (a
 * report.json of a large corpus runs to hundreds of megabytes): report.json carries it in its
 * {@code corpus} object, written before the documents; report.html in a meta element of its head;
 * report.md in a comment on its last line. Stateless.
 */
public final class ReportGeneration {
    /** The name of report.html's meta element. */
    static final String META = "crosscheck-generation";
    /** What precedes the number in report.md's closing comment. */
    static final String MARK = "crosscheck-generation: ";
    private static final int LOOK = 16 * 1024;
    private static final Pattern JSON = Pattern.compile("\"corpus\"\\s*:\\s*\\{[^{}]*\"generation\"\\s*:\\s*(\\d+)");
    private static final Pattern HTML = Pattern.compile("<meta name=\"" + META + "\" content=\"(\\d+)\"");
    private static final Pattern MD = Pattern.compile("<!-- " + MARK + "(\\d+) -->");

    private ReportGeneration() {}

    /**
     * The generation the report file says it was made from, or -1 when it says none; reads only the
     * part of the file that can hold it.
     *
     * @throws java.io.IOException when the file cannot be read
     */
    public static long of(java.nio.file.Path file) throws java.io.IOException {
        String name = file.getFileName().toString();
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            int n = (int) Math.min(LOOK, size);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(n);
            long from = name.endsWith(".md") ? size - n : 0;
            while (buf.hasRemaining() && ch.read(buf, from + buf.position()) > 0) {
                // read until the part is in
            }
            return of(name, java.util.Arrays.copyOf(buf.array(), buf.position()));
        }
    }

    /** The generation {@code content} of the report file {@code name} says it was made from, or -1 when it says none. */
    public static long of(String name, byte[] content) {
        boolean tail = name.endsWith(".md");
        int from = tail ? Math.max(0, content.length - LOOK) : 0;
        String part = new String(content, from, Math.min(LOOK, content.length - from), StandardCharsets.UTF_8);
        Pattern p = name.endsWith(".json") ? JSON : name.endsWith(".html") ? HTML : MD;
        Matcher m = p.matcher(part);
        long found = -1;
        while (m.find()) found = Long.parseLong(m.group(1));
        return found;
    }
}
