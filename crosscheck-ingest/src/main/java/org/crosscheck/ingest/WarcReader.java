package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcResource;

/**
 * Pages in a WARC web archive (jwarc): every HTML response or resource record becomes one document
 * whose original is the record's payload and whose path is {@code archive#target-uri}.
 */
final class WarcReader {
    private WarcReader() {}

    record Page(String uri, String date, byte[] payload, Charset charset) {}

    static List<Page> pages(Path warc, IngestLimits limits) throws IOException {
        List<Page> out = new ArrayList<>();
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(warc)) {
            for (WarcRecord r : reader) {
                if (out.size() >= limits.maxWarcRecords()) break;
                MediaType type;
                byte[] payload;
                String uri;
                if (r instanceof WarcResponse resp) {
                    if (resp.http().status() != 200 || resp.payload().isEmpty()) continue;
                    type = resp.payload().get().type();
                    uri = resp.target();
                    payload = readLimited(resp.payload().get().body().stream(), limits.maxBytes());
                } else if (r instanceof WarcResource res) {
                    type = res.payload().map(p -> { try { return p.type(); } catch (Exception e) { return MediaType.OCTET_STREAM; } })
                            .orElse(MediaType.OCTET_STREAM);
                    uri = res.target();
                    payload = readLimited(res.body().stream(), limits.maxBytes());
                } else {
                    continue;
                }
                if (payload == null || !type.base().toString().contains("html")) continue;
                Charset cs = StandardCharsets.UTF_8;
                String p = type.parameters().get("charset");
                if (p != null && Charset.isSupported(p)) cs = Charset.forName(p);
                out.add(new Page(uri, r.date().toString(), payload, cs));
            }
        }
        return out;
    }

    private static byte[] readLimited(java.io.InputStream in, long max) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return b.length > max ? null : b;
    }
}
