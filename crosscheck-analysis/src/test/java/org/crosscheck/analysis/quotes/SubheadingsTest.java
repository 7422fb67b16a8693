package org.crosscheck.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;

/** A subheading is read as such before quotes and speakers: quotes render as "kind [speaker] text". */
class SubheadingsTest {
    private static final String HEADLINE = "Inquiry into the bridge collapse opens\n\n";

    private static List<String> quotes(String text) {
        return Docs.analyze(LocalDate.of(2025, 3, 12), "d", HEADLINE + text).get(SpeakerLinker.QUOTES).stream()
                .map(SubheadingsTest::render).toList();
    }

    private static String render(Quote q) {
        return q.kind().label() + " [" + q.speaker().name() + "] " + q.span().text();
    }

    @Test
    void aQuotedSubheadingIsNotAQuote() {
        assertThat(quotes("\"The cables were never inspected,\" the Harbour Safety Board said on Monday.\n\n"
                + "‘Serious neglect’\n\n"
                + "The board found that the operator had ignored three warnings about the cables.\n"))
                .contains("direct [Harbour Safety Board] The cables were never inspected,")
                .noneMatch(q -> q.contains("Serious neglect"));
    }

    @Test
    void aTwoWordQuotedSubheadingInTitleCaseIsNotAQuote() {
        assertThat(quotes("The Harbour Safety Board said on Monday that the cables were never inspected.\n\n"
                + "‘Failing Cables’\n\n"
                + "The board said the operator “led to failing cables across the whole network.”\n"))
                .noneMatch(q -> q.contains("Failing Cables"));
    }

    @Test
    void aSubheadingWithAQuotedFragmentIsNotAQuote() {
        assertThat(quotes("Ana Duarte said on Monday the bridge would reopen in May.\n\n"
                + "No ‘quick fix’ for the harbour\n\n"
                + "The harbour board will meet again on Friday to review the repairs.\n"))
                .noneMatch(q -> q.contains("quick fix"));
    }

    @Test
    void aTitleCaseSubheadingNeverSpeaks() {
        assertThat(quotes("The city council met on Monday to discuss the collapse of the bridge.\n\n"
                + "Council Files Lawsuit Against Operator\n\n"
                + "“It said it would pay for the repairs and it did not,” it said.\n"))
                .noneMatch(q -> q.contains("Lawsuit"));
    }

    @Test
    void aShortParagraphThatEndsAsASentenceIsProseNotASubheading() {
        assertThat(quotes("Ana Duarte visited the quay on Monday.\n\n"
                + "She said the bridge was “simply gone.”\n\n"
                + "The harbour board will meet again on Friday to review the repairs.\n"))
                .contains("partial [Ana Duarte] simply gone.");
    }
}
