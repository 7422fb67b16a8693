package org.crosscheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.DiscrepancyType;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Gender;
import org.crosscheck.model.JunkKind;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Relation;
import org.crosscheck.model.RelationKind;
import org.crosscheck.model.Removed;
import org.crosscheck.model.Report;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.TimelineEntry;
import org.crosscheck.model.UnplacedDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a report.json (crosscheck.report/1) back into a {@link Report}, so the web view and other
 * tools work from the contract rather than from the pipeline's insides. Every span is checked
 * against its document's text: a report whose offsets do not fit its texts is refused, naming the
 * field, rather than shown wrong. What report.json does not carry (the metadata the original's
 * format declared) is filled from what it does (the report's title, outlet, author and date).
 * Reports written before {@code paragraphs} was added have their paragraphs found again from
 * {@code body}. Thread-safe.
 */
public final class ReportReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportReader() {}

    /** A report.json that cannot be read as the contract defines it. */
    public static final class BadReportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadReportException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** Parses report.json bytes; throws {@link BadReportException} saying what is wrong. */
    public static Report read(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new BadReportException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !Report.SCHEMA.equals(root.path("schema").asText())) {
            throw new BadReportException("not a " + Report.SCHEMA + " report (schema is '" + (root == null ? "" : root.path("schema").asText())
                    + "')", null);
        }
        try {
            return new Reading(root).report();
        } catch (RuntimeException e) {
            if (e instanceof BadReportException b) throw b;
            throw new BadReportException("malformed report: " + e.getMessage(), e);
        }
    }

    /** One read: the documents' texts, by id, for checking the spans that point into them. */
    private static final class Reading {
        private final JsonNode root;
        private final Map<String, String> texts = new HashMap<>();

        Reading(JsonNode root) {
            this.root = root;
        }

        Report report() {
            JsonNode corpus = root.path("corpus");
            List<DocumentReport> docs = new ArrayList<>();
            for (JsonNode d : root.path("documents")) docs.add(document(d));
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                entities.add(new Entity(req(e, "id"), req(e, "name"), EntityType.valueOf(req(e, "type")), gender(opt(e, "gender")),
                        opt(e, "role"), strings(e.path("aliases")), spans(e.path("mentions"), null)));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                JsonNode sp = q.path("speaker");
                Span mention = null;
                if (sp.hasNonNull("mention") && sp.has("mention_start")) {
                    mention = span(req(q, "doc"), sp.path("mention_start").asInt(), sp.path("mention_end").asInt(), req(sp, "mention"),
                            "quote " + req(q, "id") + " speaker");
                }
                quotes.add(new Quote(req(q, "id"), span(q, null), constant(QuoteKind.class, req(q, "kind")),
                        new Speaker(opt(sp, "entity"), opt(sp, "name"), mention), opt(q, "cue"), q.path("confidence").asDouble(),
                        opt(q, "sieve")));
            }
            List<Claim> claims = new ArrayList<>();
            for (JsonNode c : root.path("claims")) {
                List<ClaimMention> mentions = new ArrayList<>();
                Modality claimModality = constant(Modality.class, req(c, "modality"));
                for (JsonNode m : c.path("mentions")) {
                    String mod = opt(m, "modality");
                    mentions.add(new ClaimMention(span(m, null), opt(m, "value"), mod == null ? claimModality : constant(Modality.class, mod)));
                }
                java.util.Map<Modality, Integer> support = new java.util.EnumMap<>(Modality.class);
                var ways = c.path("support").fields();
                while (ways.hasNext()) {
                    var w = ways.next();
                    support.put(constant(Modality.class, w.getKey()), w.getValue().asInt());
                }
                // a report written before support was recorded: every source put it as the claim's modality
                if (support.isEmpty()) support.put(claimModality, c.path("independent_sources").asInt());
                claims.add(new Claim(req(c, "id"), req(c, "statement"), opt(c, "attributed_to"), claimModality,
                        c.path("independent_sources").asInt(), mentions, support));
            }
            List<Discrepancy> discrepancies = new ArrayList<>();
            for (JsonNode d : root.path("discrepancies")) {
                List<Discrepancy.Variant> variants = new ArrayList<>();
                for (JsonNode v : d.path("variants")) variants.add(new Discrepancy.Variant(req(v, "value"), spans(v.path("mentions"), null)));
                discrepancies.add(new Discrepancy(req(d, "id"), constant(DiscrepancyType.class, req(d, "type")), opt(d, "claim"),
                        req(d, "description"), variants, d.path("approximate").asBoolean(false)));
            }
            List<Relation> relations = new ArrayList<>();
            for (JsonNode rel : root.path("relations")) {
                JsonNode pair = rel.path("docs");
                if (pair.size() != 2) throw new BadReportException("a relation must name two documents: " + rel, null);
                relations.add(new Relation(pair.get(0).asText(), pair.get(1).asText(), constant(RelationKind.class, req(rel, "relation")),
                        rel.path("similarity").asDouble()));
            }
            List<TimelineEntry> timeline = new ArrayList<>();
            for (JsonNode t : root.path("timeline")) timeline.add(new TimelineEntry(req(t, "when"), req(t, "event"), spans(t.path("mentions"), null),
                    t.path("background").asBoolean(false)));
            // absent from reports written before it was added: none then
            List<UnplacedDate> unplaced = new ArrayList<>();
            for (JsonNode u : root.path("unplaced_dates")) {
                String doc = req(u, "doc");
                unplaced.add(new UnplacedDate(span(u, null), span(u.path("sentence"), doc), constant(UnplacedDate.Reason.class, req(u, "reason"))));
            }
            return new Report(req(corpus, "name"), instant(req(corpus, "generated")), req(corpus, "tool_version"), docs, entities, quotes,
                    claims, discrepancies, relations, timeline, unplaced, corpus.path("generation").asLong(0));
        }

        private DocumentReport document(JsonNode d) {
            String id = req(d, "id");
            String text = req(d, "text");
            if (texts.put(id, text) != null) throw new BadReportException("document id " + id + " appears twice", null);
            LocalDate published = date(opt(d, "published"), "document " + id + " published");
            SourceDocument.SourceMetadata meta = new SourceDocument.SourceMetadata(opt(d, "title"), opt(d, "outlet"), opt(d, "author"), published);
            List<Removed> removed = new ArrayList<>();
            for (JsonNode x : d.path("removed")) removed.add(new Removed(span(x, id), constant(JunkKind.class, req(x, "kind")), opt(x, "note")));
            Set<DocumentFlag> flags = EnumSet.noneOf(DocumentFlag.class);
            for (JsonNode f : d.path("flags")) flags.add(constant(DocumentFlag.class, f.asText()));
            Set<DocumentFlag> fromReading = EnumSet.noneOf(DocumentFlag.class);
            flags.stream().filter(DocumentFlag::fromReading).forEach(fromReading::add);
            SourceDocument src = new SourceDocument(id, req(d, "path"), req(d, "sha256"), req(d, "media_type"),
                    d.hasNonNull("captured") ? instant(req(d, "captured")) : Instant.EPOCH, text, meta, fromReading,
                    d.path("full_length").asLong(text.length()));
            Span title = d.path("title_span").isObject() ? span(d.path("title_span"), id) : null;
            List<Span> paragraphs = d.has("paragraphs") ? spans(d.path("paragraphs"), id) : locate(id, text, d.path("body").asText(""));
            java.util.Map<String, org.crosscheck.model.FactOverride> overrides = new java.util.HashMap<>();
            var it = d.path("overrides").fields();
            while (it.hasNext()) {
                var e = it.next();
                overrides.put(e.getKey(), new org.crosscheck.model.FactOverride(req(e.getValue(), "value"), req(e.getValue(), "by"),
                        instant(req(e.getValue(), "at"))));
            }
            var details = new DocumentReport.Details(opt(d, "standfirst"), opt(d, "dateline"), opt(d, "url"), opt(d, "published_basis"), overrides);
            return new DocumentReport(src.withOverrides(overrides), new CleanedDocument(title, paragraphs, removed, flags), opt(d, "outlet"),
                    opt(d, "origin"), published, opt(d, "title"), opt(d, "author"), details);
        }

        /** Finds each body paragraph in the text, in order; the body is the paragraphs' stripped texts. */
        private static List<Span> locate(String doc, String text, String body) {
            List<Span> out = new ArrayList<>();
            int from = 0;
            for (String p : body.split("\n\n")) {
                if (p.isBlank()) continue;
                int at = text.indexOf(p, from);
                if (at < 0) continue; // a paragraph the text does not hold verbatim cannot be pointed at
                out.add(Span.of(doc, text, at, at + p.length()));
                from = at + p.length();
            }
            return out;
        }

        private List<Span> spans(JsonNode array, @Nullable String doc) {
            List<Span> out = new ArrayList<>();
            for (JsonNode s : array) out.add(span(s, doc));
            return out;
        }

        /** A span object; {@code doc} is its document when the object does not name one. */
        private Span span(JsonNode s, @Nullable String doc) {
            String d = doc != null ? doc : req(s, "doc");
            String text = texts.get(d);
            if (text == null) throw new BadReportException("a span points into document " + d + ", which the report does not hold", null);
            int start = s.path("start").asInt(-1);
            int end = s.path("end").asInt(-1);
            if (start < 0 || end < start || end > text.length()) {
                throw new BadReportException("span [" + start + ", " + end + ") lies outside document " + d + " (" + text.length() + " chars)", null);
            }
            String said = s.path("text").asText(null);
            Span span = Span.of(d, text, start, end);
            if (said != null && !said.equals(span.text())) {
                throw new BadReportException("span [" + start + ", " + end + ") of " + d + " says '" + said + "' but the text there is '"
                        + span.text() + "'", null);
            }
            return span;
        }

        private Span span(String doc, int start, int end, String said, String what) {
            String text = texts.get(doc);
            if (text == null || start < 0 || end < start || end > text.length() || !text.substring(start, end).equals(said)) {
                throw new BadReportException(what + " [" + start + ", " + end + ") does not match the text of " + doc, null);
            }
            return Span.of(doc, text, start, end);
        }
    }

    private static String req(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw new BadReportException("missing field '" + field + "' in " + abbreviate(o), null);
        return v.asText();
    }

    private static @Nullable String opt(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) out.add(s.asText());
        return out;
    }

    /** The enum constant a contract label names: {@code comment-form} is {@code COMMENT_FORM}. */
    private static <E extends Enum<E>> E constant(Class<E> type, String label) {
        try {
            return Enum.valueOf(type, label.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadReportException("'" + label + "' is not a " + type.getSimpleName() + " the contract knows", e);
        }
    }

    private static Gender gender(@Nullable String label) {
        return label == null ? Gender.UNKNOWN : constant(Gender.class, label);
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadReportException("not an instant: '" + s + "'", e);
        }
    }

    private static @Nullable LocalDate date(@Nullable String s, String what) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadReportException(what + " is not a date: '" + s + "'", e);
        }
    }

    private static String abbreviate(JsonNode o) {
        String s = o.toString();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
