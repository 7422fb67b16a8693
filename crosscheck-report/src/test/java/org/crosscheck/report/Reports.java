package org.crosscheck.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

/** Test kit: a small report written by hand, two sources that disagree on a figure. */
public final class Reports {
    public static final String A = "Dam breaks\n\nThe dam broke on Monday, flooding 30 homes, the mayor said.\n\n\"We will rebuild,\" said Ada Moss.\n\nSubscribe now\n";
    public static final String B = "Flood in the valley\n\nThe dam broke on Monday and flooded 35 homes, officials said.\n";

    private Reports() {}

    public static Report small() {
        return small(A, B);
    }

    /** The same report over other texts of the same shape (the spans are found by searching). */
    public static Report small(String a, String b) {
        SourceDocument da = new SourceDocument("a", "a.txt", "a".repeat(64), "text/plain", Instant.parse("2026-01-02T03:04:05Z"), a,
                new SourceDocument.SourceMetadata("Dam breaks", "Valley Post", null, LocalDate.of(2026, 1, 2)));
        SourceDocument db = new SourceDocument("b", "b.html", "b".repeat(64), "text/html", Instant.parse("2026-01-02T03:04:06Z"), b,
                SourceDocument.SourceMetadata.NONE);
        // the spans are the blocks of the texts, whatever words they hold: title, two paragraphs, junk
        String[] blocks = a.split("\n\n");
        Span aTitle = span(da, blocks[0]);
        Span a1 = span(da, blocks[1]);
        Span a2 = span(da, blocks[2]);
        Span aJunk = span(da, blocks[3].strip());
        Span b1 = span(db, b.split("\n\n")[1].strip());
        int open = a2.start() + a2.text().indexOf('"') + 1;
        Span quote = da.span(open, a.indexOf('"', open));
        Span moss = span(da, "Ada Moss");
        DocumentReport ra = new DocumentReport(da, new CleanedDocument(aTitle, List.of(a1, a2), List.of(new Removed(aJunk, JunkKind.SUBSCRIBE)),
                Set.of()), "Valley Post", null, LocalDate.of(2026, 1, 2), "Dam breaks", null);
        DocumentReport rb = new DocumentReport(db, new CleanedDocument(null, List.of(b1), List.of(), Set.of(DocumentFlag.MACHINE_TRANSLATED)),
                null, null, null, "Flood in the valley", null);
        Entity e = new Entity("e1", "Ada Moss", EntityType.PERSON, Gender.FEMALE, "mayor", List.of("Moss"), List.of(moss));
        Quote q = new Quote("q1", quote, QuoteKind.DIRECT, new Speaker("e1", "Ada Moss", moss), "said", 0.9, "cue-verb");
        Claim c = new Claim("c1", "The dam broke on Monday, flooding homes.", null, Modality.ASSERTED, 2,
                List.of(new ClaimMention(a1, "30", Modality.ASSERTED), new ClaimMention(b1, "35", Modality.ASSERTED)));
        Discrepancy d = new Discrepancy("d1", DiscrepancyType.NUMBER, "c1", "Sources give different figures: 30 vs 35 homes",
                List.of(new Discrepancy.Variant("30", List.of(span(da, "30 homes"))), new Discrepancy.Variant("35", List.of(span(db, "35 homes")))),
                false);
        return new Report("valley", Instant.parse("2026-01-03T00:00:00Z"), "test", List.of(ra, rb), List.of(e), List.of(q), List.of(c),
                List.of(d), List.of(new Relation("a", "b", RelationKind.QUOTE_REUSE, 0.1)),
                List.of(new TimelineEntry("2025-12-29", "The dam broke", List.of(span(da, "on Monday")))));
    }

    /** {@code r} with the words {@code words} of document {@code doc}, in the paragraph holding them, left off the timeline. */
    public static Report withUnplaced(Report r, String doc, String words) {
        SourceDocument d = r.documents().stream().filter(x -> x.source().id().equals(doc)).findFirst().orElseThrow().source();
        Span mention = span(d, words);
        int start = d.text().lastIndexOf("\n", mention.start()) + 1;
        int end = d.text().indexOf("\n", mention.end());
        UnplacedDate u = new UnplacedDate(mention, d.span(start, end < 0 ? d.text().length() : end), UnplacedDate.Reason.NO_REFERENCE_DATE);
        return new Report(r.corpusName(), r.generated(), r.toolVersion(), r.documents(), r.entities(), r.quotes(), r.claims(),
                r.discrepancies(), r.relations(), r.timeline(), List.of(u), r.generation());
    }

    static Span span(SourceDocument d, String words) {
        int at = d.text().indexOf(words);
        if (at < 0) throw new IllegalArgumentException("'" + words + "' is not in " + d.id());
        return d.span(at, at + words.length());
    }
}
