package org.crosscheck.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The files of a multipart request, read into memory within the upload limit. The names users
 * give are only labels: a name is cut to its last path element and stripped of control characters
 * and leading dots, and nothing is ever written under it. Stateless.
 */
final class UploadReader {
    private UploadReader() {}

    /** The request is larger than the server accepts. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("the upload is larger than the limit of " + limit + " bytes (start crosscheck serve with --max-upload-bytes to raise it)");
        }
    }

    /** The uploaded files in field {@code file}; empty when the request has none. */
    static List<Intake.Upload> read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit + 64 * 1024) throw tooLarge(ctx, limit);
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Javalin's Kotlin
            // Jetty refuses a part over its configured size while parsing, as "bad multipart"; a part can only be
            // over the limit in a request that is too, so the declared length tells the two apart
            if (declared > limit) throw tooLarge(ctx, limit);
            throw new IllegalArgumentException("the upload is not readable multipart/form-data (" + e.getMessage() + ")", e);
        }
        List<Intake.Upload> out = new ArrayList<>();
        long total = 0;
        for (UploadedFile f : files) {
            byte[] bytes;
            try (InputStream in = f.content()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit - total + 1));
            } catch (IOException e) {
                throw new IllegalStateException("the upload of " + safeName(f.filename()) + " broke off: " + e.getMessage(), e);
            }
            total += bytes.length;
            if (total > limit) throw tooLarge(ctx, limit);
            if (f.filename() == null || f.filename().isEmpty() && bytes.length == 0) continue; // the form's empty file field
            out.add(new Intake.Upload(safeName(f.filename()), bytes));
        }
        return out;
    }

    /** Most of a refused request read and dropped, so the client, still sending, receives the refusal rather than a reset. */
    private static final long DRAIN = 64L * 1024 * 1024;

    private static TooLargeException tooLarge(Context ctx, long limit) {
        // the server closes a connection whose request it did not read to the end; say so, so clients do not reuse it
        ctx.header("Connection", "close");
        if (ctx.req().getContentLengthLong() <= DRAIN) {
            try (InputStream in = ctx.req().getInputStream()) {
                in.skipNBytes(Math.max(0, ctx.req().getContentLengthLong()));
            } catch (IOException | RuntimeException e) {
                // what the parser already took cannot be read again; the refusal goes out all the same
            }
        }
        return new TooLargeException(limit);
    }

    /** A user's file name made a harmless label: its last path element, printable, no leading dots, at most 120 characters. */
    static String safeName(@Nullable String raw) {
        String n = raw == null ? "" : raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("\\p{Cntrl}", "").strip().replaceFirst("^\\.+", "");
        if (n.length() > 120) n = n.substring(n.length() - 120);
        return n.isEmpty() ? "upload" : n;
    }
}
