package org.crosscheck.analysis.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.analysis.claims.ClaimClusterer;
import org.crosscheck.analysis.claims.DiscrepancyFinder;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.clean.DocumentFacts;
import org.crosscheck.analysis.entities.EntityResolver;
import org.crosscheck.analysis.entities.GenderConsistency;
import org.crosscheck.analysis.independence.SyndicationDetector;
import org.crosscheck.analysis.independence.SyndicationDetector.Independence;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.quotes.SpeakerLinker;
import org.crosscheck.analysis.timeline.TimelineBuilder;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;

/** Turns a finished corpus analysis into a {@link Report}. */
public final class ReportAssembler {
    private ReportAssembler() {}

    public static Report assemble(CorpusAnalysis corpus, Instant generated, String toolVersion) {
        Independence independence = corpus.get(SyndicationDetector.INDEPENDENCE);
        List<DocumentReport> docs = new ArrayList<>();
        for (DocumentAnalysis d : corpus.documents()) {
            CleanedDocument cleaned = d.get(BoilerplateFilter.CLEANED);
            // what reading the original found (a cut text, removed NUL bytes, mixed encodings) is shown with the rest
            for (DocumentFlag f : d.source().flags()) cleaned = cleaned.withFlag(f);
            // a person's gender flipped against every other source is a sign of machine translation
            if (corpus.get(GenderConsistency.GENDER_FLIPS).stream().anyMatch(f -> f.doc().equals(d.id()))) {
                cleaned = cleaned.withFlag(DocumentFlag.MACHINE_TRANSLATED);
            }
            DocumentFacts.Facts facts = d.has(TimelineBuilder.DATED_FACTS) ? d.get(TimelineBuilder.DATED_FACTS) : d.get(DocumentFacts.FACTS);
            String origin = facts.wire() != null ? facts.wire() : independence.wireCredit().get(d.id());
            String copyOf = independence.copyOf().get(d.id());
            if (origin == null && copyOf != null) {
                origin = corpus.document(copyOf).map(o -> o.get(DocumentFacts.FACTS).outlet()).orElse(null);
                if (origin == null) origin = copyOf;
            }
            if (origin != null && origin.equals(facts.outlet())) origin = null;
            Span title = cleaned.title();
            String titleText = d.source().override("title") != null ? d.source().override("title")
                    : title != null ? title.text() : d.source().meta().title();
            docs.add(new DocumentReport(d.source(), cleaned, facts.outlet(), origin, facts.published(), titleText, facts.author(),
                    new DocumentReport.Details(facts.standfirst(), facts.dateline(), facts.url(), facts.publishedBasis(),
                            d.source().overrides())));
        }
        return new Report(corpus.context().name(), generated, toolVersion, docs,
                corpus.get(EntityResolver.ENTITIES).all(), corpus.get(SpeakerLinker.QUOTES),
                corpus.get(ClaimClusterer.CLAIMS), corpus.get(DiscrepancyFinder.DISCREPANCIES), independence.relations(),
                corpus.get(TimelineBuilder.TIMELINE), corpus.get(TimelineBuilder.UNPLACED), 0);
    }
}
