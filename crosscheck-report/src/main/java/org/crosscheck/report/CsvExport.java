package org.crosscheck.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * CSV exports of a report for spreadsheets: claims, quotes and disagreements, one row each (one
 * row per variant for disagreements), with a header row, RFC 4180 quoting and UTF-8. A cell that a
 * spreadsheet would run as a formula (text from a document starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) is written with a leading apostrophe, as OWASP
 * advises, so hostile text stays text. Thread-safe.
 */
public final class CsvExport {
    private static final CsvMapper CSV = new CsvMapper();

    private CsvExport() {}

    /** One row per source: its title, outlet, origin and date, how the date was found, and which facts a user set by hand. */
    public static byte[] sources(Report r) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (var d : r.documents()) {
            rows.add(List.of(d.source().id(), nz(d.title()), nz(d.outlet()), nz(d.origin()), d.published() == null ? "" : d.published().toString(),
                    d.details().overrides().containsKey("published") ? "set" : nz(d.details().publishedBasis()), nz(d.details().url()),
                    String.join(" ", d.details().overrides().keySet().stream().sorted().toList()), d.source().sha256(), d.source().path()));
        }
        return write(List.of("id", "title", "outlet", "origin", "published", "published_basis", "url", "set_by_hand", "sha256", "path"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static byte[] claims(Report r) {
        Map<String, String> names = names(r);
        List<List<String>> rows = new ArrayList<>();
        for (Claim c : r.claims()) {
            List<String> values = c.mentions().stream().map(ClaimMention::value).filter(v -> v != null).distinct().toList();
            rows.add(List.of(c.id(), c.statement(), c.attributedTo() == null ? "" : names.getOrDefault(c.attributedTo(), c.attributedTo()),
                    c.modality().label(), String.valueOf(c.independentSources()), String.valueOf(c.docs().size()),
                    String.join("; ", c.docs()), String.join("; ", values)));
        }
        return write(List.of("id", "statement", "attributed_to", "modality", "independent_sources", "documents", "docs", "values"), rows);
    }

    public static byte[] quotes(Report r) {
        List<List<String>> rows = new ArrayList<>();
        for (Quote q : r.quotes()) {
            Span m = q.speaker().mention();
            rows.add(List.of(q.id(), q.span().doc(), String.valueOf(q.span().start()), String.valueOf(q.span().end()), q.kind().label(),
                    or(q.speaker().name()), or(q.speaker().entity()), m == null ? "" : m.text(), or(q.cue()),
                    String.format(Locale.ROOT, "%.2f", q.confidence()), q.span().text()));
        }
        return write(List.of("id", "doc", "start", "end", "kind", "speaker", "speaker_entity", "speaker_mention", "cue", "confidence", "text"),
                rows);
    }

    public static byte[] discrepancies(Report r) {
        List<List<String>> rows = new ArrayList<>();
        for (Discrepancy d : r.discrepancies()) {
            for (Discrepancy.Variant v : d.variants()) {
                rows.add(List.of(d.id(), d.type().label(), or(d.claim()), String.valueOf(d.approximate()), d.description(), v.value(),
                        String.join("; ", v.docs()), String.join(" | ", v.mentions().stream().map(Span::text).toList())));
            }
        }
        return write(List.of("id", "type", "claim", "approximate", "description", "value", "docs", "words"), rows);
    }

    private static Map<String, String> names(Report r) {
        Map<String, String> names = new HashMap<>();
        for (Entity e : r.entities()) names.put(e.id(), e.name());
        return names;
    }

    private static byte[] write(List<String> header, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String h : header) schema.addColumn(h);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter w = CSV.writer(schema.build()).writeValues(out)) {
            for (List<String> row : rows) w.write(row.stream().map(CsvExport::defuse).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A cell a spreadsheet would not evaluate. */
    static String defuse(String cell) {
        if (cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static String or(@Nullable String s) {
        return s == null ? "" : s;
    }
}
