package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.analysis.claims.ClaimClusterer;
import org.crosscheck.analysis.claims.ClaimClusterer.CandidatePair;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Pipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.evaluate.GoldFile;
import org.crosscheck.evaluate.Text;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Span;
import org.crosscheck.model.SourceDocument;

/**
 * The pairs of statements the claim clusterer judges in a gold's corpus, labelled by the gold: the
 * same claim when one gold claim has mentions overlapping both (as {@code crosscheck evaluate} counts
 * a link), else not. The gold lists every claim two or more outlets carry, so a pair no gold claim
 * covers is two different claims. Stateless.
 */
public final class GoldPairs {
    private GoldPairs() {}

    /**
     * A candidate pair and its label.
     *
     * @param annotated both statements overlap some gold claim's mention, so the label is the gold's word; a pair
     *                  with a statement no claim mentions is labelled different on the gold's promise to list every
     *                  shared claim, which headlines and asides sometimes break
     */
    public record Labelled(CandidatePair pair, boolean same, boolean annotated) {}

    /** Every candidate pair of the clusterer in the corpus, analysed by {@code pipeline} up to the claims. */
    public static List<Labelled> read(Path goldFile, Path corpusDir, Ingestor ingestor, Pipeline pipeline, ClaimClusterer clusterer) {
        JsonNode gold;
        try {
            gold = GoldFile.read(goldFile, corpusDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        List<DocumentAnalysis> docs = new ArrayList<>();
        for (JsonNode d : gold.path("documents")) {
            for (IngestResult r : ingestor.read(corpusDir.resolve(d.path("file").asText()))) {
                if (r instanceof Extracted x) {
                    docs.add(DocumentAnalysis.of(new SourceDocument(d.path("id").asText(), x.path(), x.sha256(), x.mediaType(),
                            java.time.Instant.EPOCH, x.text(), x.meta())));
                }
            }
        }
        LocalDate ref = gold.hasNonNull("reference_date") ? LocalDate.parse(gold.get("reference_date").asText()) : null;
        CorpusAnalysis corpus = pipeline.run(CorpusAnalysis.of(new CorpusContext(goldFile.getFileName().toString(), ref), docs),
                ProgressListener.NONE);
        List<Labelled> out = new ArrayList<>();
        for (CandidatePair p : clusterer.candidates(corpus)) {
            Set<Integer> a = claimsAt(gold, p.a());
            Set<Integer> b = claimsAt(gold, p.b());
            boolean annotated = !a.isEmpty() && !b.isEmpty();
            a.retainAll(b);
            out.add(new Labelled(p, !a.isEmpty(), annotated));
        }
        return out;
    }

    /** The indexes of the gold claims with a mention that overlaps {@code s} as evaluate's link figures count it. */
    private static Set<Integer> claimsAt(JsonNode gold, Span s) {
        Set<Integer> out = new HashSet<>();
        int i = 0;
        for (JsonNode c : gold.path("claims")) {
            for (JsonNode m : c.path("mentions")) {
                if (m.path("doc").asText().equals(s.doc()) && Text.score(s.text(), m.path("text").asText()) >= 0.5) out.add(i);
            }
            i++;
        }
        return out;
    }
}
