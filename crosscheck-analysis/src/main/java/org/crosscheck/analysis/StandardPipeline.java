package org.crosscheck.analysis;

import org.crosscheck.analysis.claims.ClaimClusterer;
import org.crosscheck.analysis.claims.DiscrepancyFinder;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.clean.DocumentFacts;
import org.crosscheck.analysis.entities.EntityResolver;
import org.crosscheck.analysis.entities.GenderConsistency;
import org.crosscheck.analysis.entities.MentionFinder;
import org.crosscheck.analysis.independence.SyndicationDetector;
import org.crosscheck.analysis.pipeline.Pipeline;
import org.crosscheck.analysis.quotes.QuoteFinder;
import org.crosscheck.analysis.quotes.SpeakerJudge;
import org.crosscheck.analysis.quotes.SpeakerLinker;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.analysis.timeline.TimelineBuilder;
import org.crosscheck.nlp.LanguageAnalyzer;
import org.crosscheck.nlp.NounSenses;
import org.crosscheck.nlp.SentenceEncoder;
import org.crosscheck.nlp.WordRelations;
import org.jspecify.annotations.Nullable;

/** The default analysis, from cleaning to discrepancies, in an order the pipeline checks. */
public final class StandardPipeline {
    private StandardPipeline() {}

    /** The analysis with claims joined by shared words only. */
    public static Pipeline create(LanguageAnalyzer analyzer) {
        return create(analyzer, null);
    }

    /** The analysis with claims joined by shared words and, when {@code encoder} is given, by meaning. */
    public static Pipeline create(LanguageAnalyzer analyzer, @Nullable SentenceEncoder encoder) {
        return create(analyzer, encoder, NounSenses.NONE);
    }

    /** The analysis with, besides, speakers described by any noun {@code senses} takes for a person, a group or a document. */
    public static Pipeline create(LanguageAnalyzer analyzer, @Nullable SentenceEncoder encoder, NounSenses senses) {
        return create(analyzer, encoder, senses, WordRelations.NONE);
    }

    /** The analysis with, besides, claims whose predicates meet through {@code relations} ("release" and "publish"). */
    public static Pipeline create(LanguageAnalyzer analyzer, @Nullable SentenceEncoder encoder, NounSenses senses,
            WordRelations relations) {
        return withClaims(analyzer, new ClaimClusterer(encoder, relations), senses);
    }

    /** The analysis with claims joined by {@code claims} (a judge trained without one corpus, to measure on it). */
    public static Pipeline withClaims(LanguageAnalyzer analyzer, ClaimClusterer claims, NounSenses senses) {
        return withClaims(analyzer, claims, senses, SpeakerJudge.shipped());
    }

    /** The analysis with claims joined by {@code claims} and speakers kept or dropped by {@code speakers}. */
    public static Pipeline withClaims(LanguageAnalyzer analyzer, ClaimClusterer claims, NounSenses senses, SpeakerJudge speakers) {
        return Pipeline.builder()
                .add(new BoilerplateFilter())
                .add(new DocumentFacts())
                .add(new SentenceStage(analyzer))
                .add(new MentionFinder())
                .add(new QuoteFinder(senses))
                .add(new EntityResolver(senses))
                .add(new GenderConsistency())
                .add(new SpeakerLinker(speakers))
                .add(new SyndicationDetector())
                .add(new TimelineBuilder())
                .add(claims)
                .add(claims.discrepancies())
                .build();
    }
}
