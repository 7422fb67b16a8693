package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Report;
import org.crosscheck.model.TimelineEntry;

/**
 * report.md: a neutral brief a reporter can read in a minute. It states who says what and where
 * the sources agree or differ, and never which source is right. Thread-safe.
 */
public final class MarkdownBrief {
    private static final int TOP = 15;

    private MarkdownBrief() {}

    /** " (set by hand)" after a fact a user set. */
    private static String setByHand(DocumentReport d, String field) {
        return d.details().overrides().containsKey(field) ? " (set by hand)" : "";
    }

    private static String basis(DocumentReport d) {
        if (d.details().overrides().containsKey("published")) return " (set by hand)";
        return "inferred".equals(d.details().publishedBasis()) ? " (inferred)" : "";
    }

    public static byte[] write(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(r.corpusName())).append(": crosscheck brief\n\n");
        Map<String, String> names = new LinkedHashMap<>();
        for (DocumentReport d : r.documents()) names.put(d.source().id(), Wording.sourceName(d));
        md.append(Wording.count(r.documents().size(), "source")).append(", ").append(Wording.count(r.claims().size(), "claim")).append(", ")
                .append(Wording.count(r.quotes().stream().filter(q -> q.kind() != QuoteKind.TERM).count(), "attributed statement")).append(", ")
                .append(Wording.count(r.discrepancies().size(), "disagreement")).append(". Generated ").append(Wording.date(r.generated()))
                .append(" by crosscheck ").append(r.toolVersion()).append(".\n\n");

        md.append("## Sources\n\n| source | outlet | published | title | origin | notes |\n|---|---|---|---|---|---|\n");
        for (DocumentReport d : r.documents()) {
            md.append("| ").append(escape(d.source().id())).append(" | ").append(escape(or(d.outlet()) + setByHand(d, "outlet")))
                    .append(" | ").append(d.published() == null ? "unknown" : Wording.date(d.published()) + basis(d))
                    .append(" | ").append(escape(or(d.title()) + setByHand(d, "title")))
                    .append(" | ").append(escape(or(d.origin()))).append(" | ")
                    .append(escape(String.join(", ", d.cleaned().flags().stream().map(f -> f.label()).sorted().toList())))
                    .append(" |\n");
        }
        List<Relation> copies = r.relations().stream().filter(Relation::sharesOrigin).toList();
        if (!copies.isEmpty()) {
            md.append("\nNot independent: ");
            md.append(escape(String.join("; ", copies.stream().map(x -> name(names, x.a()) + " and " + name(names, x.b()) + " ("
                    + x.kind().label().replace('-', ' ') + ")").toList())));
            md.append(".\n");
        }

        md.append("\n## Most corroborated claims\n\n");
        r.claims().stream().filter(c -> c.independentSources() > 1)
                .sorted(java.util.Comparator.comparingInt((Claim c) -> -c.independentSources()).thenComparingInt(c -> -c.docs().size()))
                .limit(TOP).forEach(c -> md.append("- ").append(claimLine(c, names)).append('\n'));
        if (r.claims().stream().noneMatch(c -> c.independentSources() > 1)) md.append("No claim is carried by more than one independent source.\n");

        md.append("\n## Disagreements\n\n");
        if (r.discrepancies().isEmpty()) md.append("None found.\n");
        for (Discrepancy d : r.discrepancies()) {
            md.append("- **").append(Wording.disagreement(d.type())).append("**").append(d.approximate() ? " (approximate)" : "").append(": ")
                    .append(escape(d.description())).append('\n');
            for (Discrepancy.Variant v : d.variants()) {
                md.append("  - ").append(escape(v.value())).append(": ")
                        .append(escape(String.join(", ", v.docs().stream().map(x -> name(names, x)).toList())));
                if (!v.mentions().isEmpty()) md.append(" (\"").append(escape(v.mentions().get(0).text())).append("\")");
                md.append('\n');
            }
        }

        md.append("\n## Who said what\n\n");
        Map<String, Integer> bySpeaker = new LinkedHashMap<>();
        for (Quote q : r.quotes()) {
            if (q.kind() == QuoteKind.TERM) continue;
            bySpeaker.merge(q.speaker().name() == null ? "(speaker not found)" : q.speaker().name(), 1, Integer::sum);
        }
        bySpeaker.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> md.append("- ").append(escape(e.getKey())).append(": ").append(Wording.count(e.getValue(), "statement")).append('\n'));

        md.append("\n## Timeline\n\n");
        if (r.timeline().isEmpty()) md.append("No dated events found.\n");
        boolean backgroundStarted = false;
        for (TimelineEntry t : r.timeline()) {
            if (t.background() && !backgroundStarted) {
                md.append("\nBackground the sources recall:\n\n");
                backgroundStarted = true;
            }
            md.append("- **").append(Wording.when(t.when())).append("**: ").append(escape(shorten(t.event(), 200))).append(" (")
                    .append(escape(String.join(", ", t.mentions().stream().map(m -> name(names, m.doc())).distinct().toList()))).append(")\n");
        }

        if (!r.unplacedDates().isEmpty()) {
            // an empty or thin timeline says why rather than look as if the sources gave no dates
            md.append("\n").append(Wording.count(r.unplacedDates().size(), "date mention")).append(" could not be placed: the sources "
                    + "that give them have no publication date; pass --reference-date YYYY-MM-DD to place them.\n");
        }

        md.append("\n## Removed page junk\n\n");
        for (DocumentReport d : r.documents()) {
            if (d.cleaned().removed().isEmpty()) continue;
            Map<String, Integer> kinds = new LinkedHashMap<>();
            d.cleaned().removed().forEach(x -> kinds.merge(x.kind().label(), 1, Integer::sum));
            md.append("- ").append(escape(names.get(d.source().id()))).append(": ")
                    .append(escape(String.join(", ", kinds.entrySet().stream().map(k -> k.getKey() + " " + k.getValue()).toList()))).append('\n');
        }
        // the workspace generation, where ReportGeneration finds it: a brief older than its workspace is written again
        md.append("\n<!-- ").append(ReportGeneration.MARK).append(r.generation()).append(" -->\n");
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String claimLine(Claim c, Map<String, String> names) {
        List<String> how = new java.util.ArrayList<>();
        for (org.crosscheck.model.Modality m : org.crosscheck.model.Modality.values()) if (c.sources(m) > 0) how.add(Wording.sources(m, c.sources(m)));
        return escape(shorten(c.statement(), 240)) + " (" + Wording.count(c.independentSources(), "independent source") + ": "
                + escape(String.join(", ", c.docs().stream().map(d -> name(names, d)).distinct().toList())) + "; " + String.join(", ", how) + ")";
    }

    private static String name(Map<String, String> names, String doc) {
        return names.getOrDefault(doc, doc);
    }

    private static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static String or(String s) {
        return s == null ? "unknown" : s;
    }

    /** Markdown and HTML that a document's text could carry are shown as characters, not obeyed. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
                .replace("_", "\\_").replace("[", "\\[").replace("]", "\\]").replace("`", "\\`").replaceAll("[\\r\\n]+", " ");
    }
}
