package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.model.Claim;
import org.crosscheck.nlp.SentenceEncoder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ClaimClustererTest {
    /**
     * A judge of the test's own, so that these tests pin how the clusterer groups what a judge accepts
     * (units, best matches, cannot-links), not the weights the shipped judge learned: two statements are
     * one claim when their sentence vectors (or, without an encoder, their words) are close.
     */
    static final ClaimJudge CLOSE_MEANING = judge();

    private static ClaimJudge judge() {
        double[] w = new double[PairFeatures.NAMES.size()];
        w[PairFeatures.NAMES.indexOf("embedding")] = 12;
        return new ClaimJudge(PairFeatures.NAMES, w, -7, 0.5);
    }

    static List<Claim> claims(@Nullable SentenceEncoder encoder, String... idsAndTexts) {
        List<DocumentAnalysis> docs = new ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) docs.add(DocumentAnalysis.of(Docs.doc(idsAndTexts[i], idsAndTexts[i + 1])));
        return StandardPipeline.withClaims(Docs.NLP, new ClaimClusterer(encoder, org.crosscheck.nlp.WordRelations.NONE, CLOSE_MEANING),
                        org.crosscheck.nlp.NounSenses.NONE)
                .run(CorpusAnalysis.of(new CorpusContext("test", null), docs), ProgressListener.NONE)
                .get(ClaimClusterer.CLAIMS);
    }

    static Set<String> docs(Claim c) {
        return c.mentions().stream().map(m -> m.span().doc()).collect(Collectors.toSet());
    }

    static List<Claim> shared(List<Claim> claims) {
        return claims.stream().filter(c -> docs(c).size() > 1).toList();
    }

    /** Gives texts about the harbour one direction and everything else another: a stand-in for meaning. */
    static final SentenceEncoder HARBOUR_MEANING = new SentenceEncoder() {
        @Override
        public List<float[]> encode(List<String> texts) {
            return texts.stream().map(t -> t.contains("harbour") ? new float[] {1, 0} : new float[] {0, 1}).toList();
        }

        @Override
        public String model() {
            return "test";
        }
    };

    @Test
    void aSentenceThatCarriesTwoStatementsIsAMentionOfTwoClaims() {
        List<Claim> claims = claims(null,
                "a", "While the council could not confirm how many families the flood displaced from the riverside districts, "
                        + "its engineers concluded that the eastern levee failed twice during the storm night.",
                "b", "The council could not confirm how many families the flood displaced from the riverside districts.",
                "c", "Engineers concluded that the eastern levee failed twice during the storm night, the council said.");
        List<Claim> shared = shared(claims);
        assertThat(shared).hasSize(2);
        assertThat(shared).extracting(ClaimClustererTest::docs).containsExactlyInAnyOrder(Set.of("a", "b"), Set.of("a", "c"));
        Claim levee = shared.stream().filter(c -> docs(c).contains("c")).findFirst().orElseThrow();
        assertThat(levee.mentions()).filteredOn(m -> m.span().doc().equals("a")).singleElement()
                .satisfies(m -> assertThat(m.span().text()).contains("the eastern levee failed").doesNotContain("families"));
    }

    @Test
    void aParaphraseWithFewSharedWordsJoinsOnlyWhenTheEncoderSaysTheMeaningIsClose() {
        String[] corpus = {
            "a", "Engineers shut the harbour crossing on Monday after finding cracks in a pier.",
            "b", "The bridge over the harbour was closed on Monday when fissures appeared in its supports.",
            "c", "On Monday the city council approved a budget for new buses and cycle lanes."};
        assertThat(shared(claims(null, corpus))).isEmpty();
        List<Claim> withMeaning = shared(claims(HARBOUR_MEANING, corpus));
        assertThat(withMeaning).singleElement().satisfies(c -> assertThat(docs(c)).containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void aQuoteReprintedInsideDifferentSentencesIsOneClaim() {
        List<Claim> claims = claims(null,
                "a", "Speaking after the vote, the minister said \"the dam will be rebuilt before the spring floods arrive\" and left.",
                "b", "Residents were unconvinced when told that \"the dam will be rebuilt before the spring floods arrive\", a local paper reported on its front page.");
        assertThat(shared(claims)).anySatisfy(c -> {
            assertThat(docs(c)).containsExactlyInAnyOrder("a", "b");
            assertThat(c.mentions()).allSatisfy(m -> assertThat(m.span().text()).isEqualTo("the dam will be rebuilt before the spring floods arrive"));
        });
    }

    @Test
    void ofTwoCloselyWordedStatementsTheOneByTheSameSpeakerIsTheMatch() {
        List<Claim> claims = claims(null,
                "a", "Mayor Ana Berg visited the flooded pier on Monday.\n\n"
                        + "\"The council will reopen the harbour road before the busy spring market,\" Berg said.",
                "b", "Mayor Ana Berg and Inspector Omar Tully visited the flooded pier.\n\n"
                        + "\"The council will reopen the harbour road before the spring market,\" Tully said.\n\n"
                        + "\"The council will reopen the old harbour road before the busy spring fish market,\" Berg said.");
        Claim road = shared(claims).stream().filter(c -> c.statement().contains("harbour road")).findFirst().orElseThrow();
        assertThat(road.mentions()).filteredOn(m -> m.span().doc().equals("b"))
                .allSatisfy(m -> assertThat(m.span().text()).doesNotContain("Tully").contains("fish"));
    }
}
