package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.nlp.Upos;
import org.crosscheck.nlp.WordRelations;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
    /** "publish" and "release" share a sense as verbs; the noun "publication" stands for "publish". */
    private static final WordRelations RELATIONS = (lemma, pos) -> {
        Map<String, Set<String>> verbs = Map.of("publish", Set.of("publish", "release"), "release", Set.of("release", "publish"));
        Map<String, Set<String>> nouns = Map.of("publication", Set.of("publication", "publish"));
        Set<String> s = (pos == Upos.NOUN ? nouns : verbs).get(lemma);
        return s == null ? Set.of(lemma) : s;
    };
    private static final int UNMATCHED = PairFeatures.NAMES.indexOf("content_unmatched");

    private static double unmatched(String a, String b) {
        PairFeatures f = new PairFeatures(RELATIONS);
        Proposition pa = PropositionReaderTest.read(a);
        Proposition pb = PropositionReaderTest.read(b);
        PairFeatures.Rarity rarity = PairFeatures.Rarity.of(List.of(pa, pb));
        return f.of(pa, pb, rarity, Double.NaN, true)[UNMATCHED];
    }

    @Test
    void aWordIsAlignedByTheSameWordOrOneSharingItsSense() {
        assertThat(unmatched("The ministry released the report.", "The ministry published the report.")).isZero();
    }

    @Test
    void aWordWithNoEqualOrRelatedWordIsUnmatched() {
        // "ministry release report" against "agency publish report": only the ministry finds nothing
        assertThat(unmatched("The ministry released the report.", "The agency published the report.")).isEqualTo(1.0 / 3);
    }

    @Test
    void aNounOfActionMeetsOnlyNounsThroughTheVerbItStandsFor() {
        // the noun's sense "publish" is compared with the other's noun senses, never with its verb senses
        assertThat(unmatched("The publication angered the ministry.", "The report angered the ministry.")).isGreaterThan(0);
    }

    @Test
    void idfIsHigherForRarerWordsAndDefinedForUnseenOnes() {
        PairFeatures.Rarity r = PairFeatures.Rarity.of(List.of(PropositionReaderTest.read("The ministry released the report."),
                PropositionReaderTest.read("The ministry closed the port.")));
        assertThat(r.idf("report")).isGreaterThan(r.idf("ministry"));
        assertThat(r.idf("unseen")).isGreaterThanOrEqualTo(r.idf("report"));
    }
}
