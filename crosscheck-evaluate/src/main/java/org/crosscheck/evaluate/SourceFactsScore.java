package org.crosscheck.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a report reads each source's own facts against a gold file's "documents" section: the
 * headline (a document the gold gives no headline is right when the report gives none either, so a
 * dateline paragraph taken for a title counts against it), the outlet, the origin and the
 * publication date, each compared after METRICS.md's normalisation, null matching null. Works on a
 * documents-only gold as well as on a full one.
 */
public final class SourceFactsScore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One document's facts as the gold and the report give them. */
    public record Row(String id, String goldTitle, String title, boolean titleRight,
            @Nullable String goldOutlet, @Nullable String outlet, @Nullable String goldOrigin, @Nullable String origin,
            @Nullable String goldPublished, @Nullable String published) {
        public boolean outletRight() {
            return same(goldOutlet, outlet);
        }

        public boolean originRight() {
            return same(goldOrigin, origin);
        }

        public boolean publishedRight() {
            return same(goldPublished, published);
        }

        /** The gold names an origin (a wire dateline) and the report gives it as origin and not as the outlet. */
        public boolean wireAsOrigin() {
            return goldOrigin != null && originRight() && !same(goldOrigin, outlet);
        }
    }

    private SourceFactsScore() {}

    /** A row per gold document, in the gold's order. */
    public static List<Row> score(Path goldFile, Path reportFile, Path corpusDir) throws IOException {
        JsonNode gold = JSON.readTree(goldFile.toFile());
        JsonNode report = JSON.readTree(reportFile.toFile());
        Map<String, JsonNode> sys = new HashMap<>();
        for (JsonNode d : report.path("documents")) sys.put(d.path("id").asText(), d);
        List<Row> rows = new ArrayList<>();
        for (JsonNode g : gold.path("documents")) {
            String id = g.path("id").asText();
            JsonNode s = sys.get(id);
            String goldTitle = "";
            if (!g.path("title_lines").isEmpty()) {
                List<String> lines = List.of(Files.readString(corpusDir.resolve(g.path("file").asText()), StandardCharsets.UTF_8)
                        .split("\n", -1));
                goldTitle = heading(lines.get(g.path("title_lines").get(0).asInt() - 1));
            }
            String title = s == null ? "" : heading(text(s, "title") == null ? "" : text(s, "title"));
            boolean titleRight = goldTitle.isEmpty() ? title.isEmpty()
                    : Text.norm(goldTitle).equals(Text.norm(title)) || !title.isEmpty() && Text.overlap(goldTitle, title, 0.8);
            rows.add(new Row(id, goldTitle, title, titleRight, text(g, "outlet"), s == null ? null : text(s, "outlet"),
                    text(g, "origin"), s == null ? null : text(s, "origin"), text(g, "published"), s == null ? null : text(s, "published")));
        }
        return rows;
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String heading(String s) {
        return s.strip().replaceFirst("^#+\\s*", "");
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) return Objects.equals(a, b);
        return Text.norm(a).replaceFirst("^the ", "").equals(Text.norm(b).replaceFirst("^the ", ""));
    }
}
