package org.crosscheck.analysis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.Removed;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    private static CleanedDocument clean(String text) {
        return new BoilerplateFilter().clean(Docs.doc("d", text));
    }

    private static List<String> removed(CleanedDocument c) {
        return c.removed().stream().map(r -> r.kind().label() + ": " + r.span().text()).toList();
    }

    @Test
    void keepsTheHeadlineAsTitleAndTheProseAsBody() {
        CleanedDocument c = clean("Council approves harbour budget\n\nThe council approved the budget on Monday after a long debate.\n"
                + "Members voted nine to four in favour of the plan.\n");
        assertThat(c.title().text()).isEqualTo("Council approves harbour budget");
        assertThat(c.body()).isEqualTo("The council approved the budget on Monday after a long debate.\n\n"
                + "Members voted nine to four in favour of the plan.");
    }

    @Test
    void aFirstLineThatIsASentenceIsNotATitle() {
        CleanedDocument c = clean("The council approved the budget on Monday after a long debate.\nMore text follows here today.\n");
        assertThat(c.title()).isNull();
    }

    @Test
    void removesFormsShareBarsAndTeasersWithTheirKinds() {
        CleanedDocument c = clean("Headline about the vote today\n"
                + "The council approved the budget on Monday after a long and heated debate in the chamber.\n"
                + "SUBSCRIBE TO OUR NEWSLETTER >\n"
                + "Share on Facebook\n"
                + "LISTEN | The week in local politics\n"
                + "A short blurb about the podcast episode.\n"
                + "Members voted nine to four in favour of the plan, which now goes to the mayor for approval.\n"
                + "Source link\n"
                + "Please enter your comment!\n"
                + "Please enter your name here\n");
        assertThat(removed(c)).containsExactly(
                "subscribe: SUBSCRIBE TO OUR NEWSLETTER >",
                "share: Share on Facebook",
                "teaser: LISTEN | The week in local politics",
                "teaser: A short blurb about the podcast episode.",
                "related-link: Source link",
                "comment-form: Please enter your comment!",
                "comment-form: Please enter your name here");
        assertThat(c.body()).doesNotContain("Facebook").contains("nine to four");
    }

    @Test
    void aCaptionAndItsAltTextGoTogether() {
        CleanedDocument c = clean("The council approved the budget on Monday after a long and heated debate in the chamber.\n"
                + "A man stands at a lectern.\n"
                + "Councillor Ana Duarte speaks during the debate on Monday. (Jon Vik/Example Press)\n"
                + "Members voted nine to four in favour of the plan, which now goes to the mayor for approval.\n");
        assertThat(removed(c)).containsExactly("caption: A man stands at a lectern.",
                "caption: Councillor Ana Duarte speaks during the debate on Monday. (Jon Vik/Example Press)");
    }

    @Test
    void aHeadlineRepeatedAtPageBreaksIsRemovedButTheLedeIsKept() {
        CleanedDocument c = clean("Harbour plan passes after long debate\n"
                + "The council approved the harbour plan on Monday after a long and heated debate in the chamber.\n"
                + "Harbour plan passes after long debate\n"
                + "Members voted nine to four in favour of the plan, which now goes to the mayor for approval.\n");
        assertThat(removed(c)).containsExactly("repeated-header: Harbour plan passes after long debate");
        assertThat(c.paragraphs()).hasSize(2);
    }

    @Test
    void everyRemovedPieceIsASpanOfTheText() {
        String text = "Title of the story here\nShare\nThe council approved the budget on Monday after a long debate today.\n";
        CleanedDocument c = clean(text);
        for (Removed r : c.removed()) assertThat(text.substring(r.span().start(), r.span().end())).isEqualTo(r.span().text());
    }

    @Test
    void flagsATextWithSeveralSignsOfMachineTranslation() {
        CleanedDocument c = clean("The use of of force is can be a crime according to the panel that met in the city.\n"
                + "It said the report was credible. , as well as other findings that were released.\n");
        assertThat(c.flags()).contains(DocumentFlag.MACHINE_TRANSLATED);
    }

    @Test
    void cleanProseIsNotFlagged() {
        CleanedDocument c = clean("The council approved the budget on Monday after a long debate in the chamber.\n");
        assertThat(c.flags()).doesNotContain(DocumentFlag.MACHINE_TRANSLATED);
    }

    @Test
    void aShortArticleAfterAJunkLineKeepsItsBody() {
        CleanedDocument c = clean("Published: March 12, 2025\n\nThe harbour bridge collapsed on Tuesday evening, officials said.\n");
        assertThat(c.body()).isEqualTo("The harbour bridge collapsed on Tuesday evening, officials said.");
    }
}
