package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.DiscrepancyType;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.SentenceEncoder;
import org.junit.jupiter.api.Test;

/** Disagreements are found only between values of one slot of one claim, and never between two names of one person. */
class DisagreementsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    private static List<Discrepancy> found(String... idsAndTexts) {
        return Docs.analyze(DAY, idsAndTexts).get(DiscrepancyFinder.DISCREPANCIES);
    }

    private static String values(Discrepancy d) {
        return d.type().label() + ": " + d.variants().stream().map(v -> v.value() + " " + v.docs()).collect(Collectors.joining(" | "));
    }

    @Test
    void oneCountGivenDifferentlyBySourcesIsADisagreement() {
        List<Discrepancy> d = found(
                "a", "Fire officials said the collapse of the old footbridge on Tuesday injured 14 people. The harbour road stays closed.",
                "b", "The collapse of the old footbridge on Tuesday injured 17 people, a fire service spokesman told reporters at the scene.");
        assertThat(d).extracting(DisagreementsTest::values).containsExactly("number: 14 [a] | 17 [b]");
    }

    @Test
    void numbersOfDifferentThingsInOneClaimAreNotCompared() {
        // one source gives the sentences of two men; another only one of them: "three years" and "15 years" count different things
        List<Discrepancy> d = found(
                "a", "The court sentenced the harbour clerk Lev Marsh to three years in prison on Tuesday for taking bribes.",
                "b", "The court sentenced the harbour clerk Lev Marsh to three years in prison on Tuesday for taking bribes, "
                        + "and his employer Ivo Lind to 15 years.");
        assertThat(d).filteredOn(x -> x.type() == DiscrepancyType.NUMBER).isEmpty();
    }

    @Test
    void aYearIsNotACount() {
        List<Discrepancy> d = found(
                "a", "In 2017, investigators met the ferry operator 8 times before the licence was withdrawn by the port board.",
                "b", "Investigators met the ferry operator in 2017, meetings that led the port board to withdraw the licence.");
        assertThat(d).filteredOn(x -> x.type() == DiscrepancyType.NUMBER).isEmpty();
    }

    @Test
    void aClaimHedgedByOneSourceAndStatedFlatByAnotherIsADisagreement() {
        List<Discrepancy> d = found(
                "a", "Corrosion in the steel cables may have caused the collapse of the old footbridge, the city's engineers said.",
                "b", "According to a report by engineers, corrosion in the steel cables caused the collapse of the old footbridge.");
        assertThat(d).extracting(DisagreementsTest::values).containsExactly("modality: hedged [a] | asserted [b]");
    }

    @Test
    void aHedgedVerbMeetsItsFlatStatementInAnotherInflection() {
        // one claim whose sources put one request two ways: "allegedly asked" by one, "asking" told as fact by the other
        Claim c = claim(mention("a", "The inspector recalled how the mayor allegedly asked him to drop the inquiry into the harbour contract.",
                        Modality.HEDGED),
                mention("b", "Its notes, including the mayor asking Dr. Lind to drop the inquiry into the harbour contract, are new.",
                        Modality.ASSERTED));
        List<Discrepancy> d = new java.util.ArrayList<>();
        DiscrepancyFinder.modality(c, java.util.Map.of(), d);
        assertThat(d).extracting(DisagreementsTest::values).containsExactly("modality: hedged [a] | asserted [b]");
        assertThat(d.get(0).variants().get(1).mentions()).extracting(Span::text)
                .containsExactly("including the mayor asking Dr. Lind to drop the inquiry into the harbour contract");
    }

    private static ClaimMention mention(String doc, String text, Modality modality) {
        return new ClaimMention(new Span(doc, 0, text.length(), text), null, modality);
    }

    private static Claim claim(ClaimMention... mentions) {
        return new Claim("c1", mentions[0].span().text(), null, mentions[0].modality(), mentions.length, List.of(mentions));
    }

    @Test
    void aHedgeOnAnotherPartOfTheSentenceIsNoDisagreement() {
        List<Discrepancy> d = found(
                "a", "The mayor reportedly met the engineers, who said corrosion in the steel cables caused the collapse of the footbridge.",
                "b", "Corrosion in the steel cables caused the collapse of the footbridge, the engineers said on Tuesday.");
        assertThat(d).filteredOn(x -> x.type() == DiscrepancyType.MODALITY).isEmpty();
    }

    @Test
    void theSameWordsGivenToTwoNamedPeopleIsADisagreement() {
        List<Discrepancy> d = found(
                "a", "\"We will not rest until every family has a home again,\" said Mara Quist, the housing minister.",
                "b", "\"We will not rest until every family has a home again,\" said Tomas Ekberg, the opposition leader.");
        assertThat(d).extracting(DisagreementsTest::values).containsExactly("attribution: Mara Quist [a] | Tomas Ekberg [b]");
    }

    @Test
    void aSourceThatRelaysOneSpeakerThroughAnotherTakesNoSideOnWhoSaidIt() {
        // b names both the agency that reported and the ministry whose statement it quoted: a chain, not a rival speaker
        List<Discrepancy> d = found(
                "a", "\"The harbour will stay closed to foreign ships until further notice,\" the Harbour Ministry said on Tuesday.",
                "b", "Coastline Wire reported that the Harbour Ministry had issued a statement, which read: \"The harbour will stay "
                        + "closed to foreign ships until further notice,\" Coastline Wire said.");
        assertThat(d).filteredOn(x -> x.type() == DiscrepancyType.ATTRIBUTION).isEmpty();
    }

    @Test
    void twoNamesOfOnePersonAreNoAttributionConflict() {
        List<Discrepancy> d = found(
                "a", "\"We will not rest until every family has a home again,\" said Mara L. Quist, the housing minister.",
                "b", "\"We will not rest until every family has a home again,\" said Mara Quist, the housing minister.");
        assertThat(d).filteredOn(x -> x.type() == DiscrepancyType.ATTRIBUTION).isEmpty();
    }

    @Test
    void anOfficeNamedAsSpeakerIsNotSetAgainstThePersonWhoHoldsIt() {
        List<Discrepancy> d = found(
                "a", "\"We will not rest until every family has a home again,\" President said on Tuesday.",
                "b", "\"We will not rest until every family has a home again,\" said Mara Quist, the housing minister.");
        assertThat(d).filteredOn(x -> x.type() == DiscrepancyType.ATTRIBUTION).isEmpty();
    }

    @Test
    void aSpeakerReachedOnlyThroughAPronounIsNotSetAgainstANamedOne() {
        List<Discrepancy> d = found(
                "a", "\"We will not rest until every family has a home again,\" said Mara Quist, the housing minister.",
                "b", "Tomas Ekberg visited the shelter on Tuesday. \"We will not rest until every family has a home again,\" he said.");
        assertThat(d).filteredOn(x -> x.type() == DiscrepancyType.ATTRIBUTION).isEmpty();
    }

    @Test
    void countedNounsAreTheSameThingOnlyWhenTheirVectorsLieClose() {
        SentenceEncoder twoKinds = new SentenceEncoder() {
            @Override
            public List<float[]> encode(List<String> texts) {
                // "countri" and "state" point one way, everything else another
                return texts.stream().map(t -> t.startsWith("countri") || t.startsWith("state") ? new float[] {1, 0} : new float[] {0, 1}).toList();
            }

            @Override
            public String model() {
                return "test";
            }
        };
        DiscrepancyFinder finder = new DiscrepancyFinder(twoKinds);
        assertThat(finder.sameThing("countri", "state")).isTrue();
        assertThat(finder.sameThing("document", "countri")).isFalse();
        assertThat(new DiscrepancyFinder().sameThing("countri", "state")).as("without vectors, only the same noun").isFalse();
        assertThat(DiscrepancyFinder.onePerson("Stephen Boyd", "Stephen E. Boyd")).isTrue();
        assertThat(DiscrepancyFinder.onePerson("Stephen Boyd", "Ann Boyd")).isFalse();
    }

    @Test
    void aDenialNeverJoinsWhatItDenies() {
        CorpusAnalysis c = Docs.analyze(DAY,
                "a", "The port authority said the new cranes were built with forced labour in the eastern provinces.",
                "b", "The manufacturer said the new cranes were not built with forced labour in the eastern provinces.");
        List<Claim> claims = c.get(ClaimClusterer.CLAIMS);
        assertThat(claims).noneSatisfy(cl -> assertThat(cl.docs()).containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void differentAgentsOfOneActionAreDifferentClaims() {
        CorpusAnalysis c = Docs.analyze(DAY,
                "a", "Governor Elsa Rahn dismissed the harbour director Pavel Ostrov on Monday after the footbridge collapse.",
                "b", "After the collapse of the footbridge, Mayor Ivan Kolb dismissed the harbour director Pavel Ostrov on Monday, officials said.");
        assertThat(c.get(ClaimClusterer.CLAIMS)).noneSatisfy(cl -> assertThat(cl.docs()).containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void claimIdsStayWhenAnUnrelatedDocumentIsAdded() {
        String[] two = {
            "a", "The collapse of the footbridge injured 14 people on Tuesday, the fire service said. The city closed the harbour road.",
            "b", "The collapse of the footbridge injured 14 people on Tuesday, the fire service said. Schools stayed open."};
        List<Claim> before = Docs.analyze(DAY, two).get(ClaimClusterer.CLAIMS);
        String[] three = java.util.Arrays.copyOf(two, 6);
        three[4] = "0-first";
        three[5] = "The orchestra announced a new conductor for the winter season. Tickets go on sale in May.";
        List<Claim> after = Docs.analyze(DAY, three).get(ClaimClusterer.CLAIMS);
        assertThat(before).isNotEmpty();
        for (Claim c : before) {
            assertThat(after).as(c.statement()).anySatisfy(a -> {
                assertThat(a.id()).isEqualTo(c.id());
                assertThat(a.statement()).isEqualTo(c.statement());
            });
        }
    }
}
