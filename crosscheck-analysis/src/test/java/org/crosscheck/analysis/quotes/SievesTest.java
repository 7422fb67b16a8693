package org.crosscheck.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What each sieve attributes, and one thing it must not. Quotes are rendered as "sieve [speaker] text", the sieve
 * being the one that found the speaker ("none" when none did), so each case pins which rule is at work.
 */
class SievesTest {
    private static List<String> quotes(String text) {
        return Docs.analyze(LocalDate.of(2025, 3, 12), "d", text).get(SpeakerLinker.QUOTES).stream()
                .map(SievesTest::render).toList();
    }

    private static String render(Quote q) {
        return (q.sieve() == null ? "none" : q.sieve()) + " [" + q.speaker().name() + "] " + q.span().text();
    }

    @Test
    void theSievesAreTriedInOneDeclaredOrder() {
        assertThat(new QuoteFinder().sieveNames()).containsExactly("transcript-label", "signature", "statement-owner", "cue-verb",
                "continuation", "colon-subject", "colon-lead", "sentence-subject");
    }

    @Nested
    class TranscriptLabel {
        @Test
        void aLabelInCapitalsBeforeAColonNamesTheSpeaker() {
            assertThat(quotes("Tomas Ekdahl spoke to the radio host on Monday.\n\"EKDAHL: The deck folded in seconds.\"\n"))
                    .anyMatch(q -> q.startsWith("transcript-label [") && q.endsWith("EKDAHL: The deck folded in seconds."));
        }

        @Test
        void aWordInOrdinaryCaseBeforeAColonIsNoLabel() {
            assertThat(quotes("\"Note: the deck folded in seconds and nobody was hurt.\"\n"))
                    .isNotEmpty().noneMatch(q -> q.startsWith("transcript-label"));
        }
    }

    @Nested
    class Signature {
        @Test
        void aNameAfterADashEndingTheLineSigns() {
            assertThat(quotes("Readers wrote in after the bridge fell.\n\n\"Rebuild it, but properly this time.\" — Mira Sandvik\n"))
                    .containsExactly("signature [Mira Sandvik] Rebuild it, but properly this time.");
        }

        @Test
        void aDashThatGoesOnWithASentenceIsNoSignature() {
            assertThat(quotes("Readers wrote in after the bridge fell.\n\n\"Rebuild it, but properly this time.\" — Mira Sandvik "
                    + "took the letter to the council on Friday.\n"))
                    .isNotEmpty().noneMatch(q -> q.startsWith("signature"));
        }
    }

    @Nested
    class StatementOwner {
        @Test
        void aQuotationInTheClauseOfAStatementNounIsItsOwners() {
            assertThat(quotes("Mayor Ana Berg's claim that the bridge was \"never at risk\" drew criticism from engineers.\n"))
                    .contains("statement-owner [Ana Berg] never at risk");
        }

        @Test
        void aStatementNounWithoutAnOwnerGivesNoSpeaker() {
            assertThat(quotes("The claim that the bridge was \"never at risk\" drew criticism from engineers.\n"))
                    .isNotEmpty().noneMatch(q -> q.startsWith("statement-owner"));
        }
    }

    @Nested
    class CueVerb {
        @Test
        void theSpeakerAfterAnInvertedVerbOfSaying() {
            assertThat(quotes("\"We will rebuild it,\" said Ana Duarte, the mayor of Porto Vell.\n"))
                    .containsExactly("cue-verb [Ana Duarte] We will rebuild it,");
        }

        @Test
        void theListenerOfToldIsNotTheSpeaker() {
            assertThat(quotes("\"Nobody came to look,\" Anna Berg told reporters on Tuesday.\n"))
                    .containsExactly("cue-verb [Anna Berg] Nobody came to look,");
        }
    }

    @Nested
    class Continuation {
        @Test
        void aWholeSentenceOfQuotationRightAfterSomeonesQuotationIsTheirs() {
            assertThat(quotes("\"We waited all night,\" said Ruth Penn. \"All we want is a hearing in court.\"\n"))
                    .containsExactly("cue-verb [Ruth Penn] We waited all night,",
                            "continuation [Ruth Penn] All we want is a hearing in court.");
        }

        @Test
        void aQuotationFarFromTheLastSpeakerIsNotTheirs() {
            assertThat(quotes("\"We waited all night,\" said Ruth Penn.\n\nThe ferry left at dawn. The harbour stayed closed for a week. "
                    + "Repairs began in May. The road reopened in June.\n\n\"All we want is a hearing in court.\"\n"))
                    .contains("none [null] All we want is a hearing in court.");
        }
    }

    @Nested
    class ColonSubject {
        @Test
        void theNameOpeningTheSentenceBeforeAColonSpeaks() {
            assertThat(quotes("Ana Duarte on the closure: \"We will rebuild it within the year.\"\n"))
                    .containsExactly("colon-subject [Ana Duarte] We will rebuild it within the year.");
        }

        @Test
        void aColonAfterNoPhraseThatCanSpeakGivesNoSpeaker() {
            assertThat(quotes("On the closure: \"We will rebuild it within the year.\"\n"))
                    .isNotEmpty().noneMatch(q -> q.startsWith("colon-subject"));
        }
    }

    @Nested
    class ColonLead {
        @Test
        void theSpeakerOfAVerbOfSayingClosingTheSentenceBeforeWithAColon() {
            assertThat(quotes("The harbour closed for a week.\n\nAna Duarte said on Tuesday:\n\n\"We will rebuild it within the year.\"\n"))
                    .contains("colon-lead [Ana Duarte] We will rebuild it within the year.");
        }

        @Test
        void aSentenceEndingInAColonWithoutAVerbOfSayingGivesNoSpeaker() {
            assertThat(quotes("The plan has three parts:\n\n\"Rebuild the deck, then the piers, then the road.\"\n"))
                    .isNotEmpty().noneMatch(q -> q.startsWith("colon-lead"));
        }
    }

    @Nested
    class SentenceSubject {
        @Test
        void aNamedSubjectOwnsTheQuotationInWhatItDoes() {
            assertThat(quotes("Ana Duarte sang \"Harbour lights, bring me home\" at the gala.\n"))
                    .containsExactly("sentence-subject [Ana Duarte] Harbour lights, bring me home");
        }

        @Test
        void aPronounSubjectIsNotReadWithoutAVerbOfSaying() {
            assertThat(quotes("She sang \"Harbour lights, bring me home\" at the gala.\n"))
                    .isNotEmpty().noneMatch(q -> q.startsWith("sentence-subject"));
        }
    }

    @Nested
    class ReportedSpeechRules {
        @Test
        void aVerbOfSayingReportsTheClauseAfterIt() {
            assertThat(quotes("Ana Duarte said on Tuesday that the city would pay for the repairs.\n"))
                    .containsExactly("reported-speech [Ana Duarte] the city would pay for the repairs");
        }

        @Test
        void aNounForAStatementReportsItsClause() {
            assertThat(quotes("The mayor's claim that the bridge was safe drew criticism from engineers.\n"))
                    .containsExactly("reported-claim [The mayor] the bridge was safe");
        }

        @Test
        void aHeadlineNamesItsSpeakerBeforeAColon() {
            assertThat(quotes("The council met on Monday.\n\nDana Wells: Harbour bridge will reopen in May\n"))
                    .containsExactly("reported-headline [Dana Wells] Harbour bridge will reopen in May");
        }

        @Test
        void aSentenceNoOneSpeaksIsTheReportersOwn() {
            assertThat(quotes("The city paid for the repairs after the bridge fell in March.\n")).isEmpty();
        }
    }
}
