package org.crosscheck.analysis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.crosscheck.model.JunkKind;
import org.junit.jupiter.api.Test;

/** Page junk recognised by its shape, each shape with invented lines, and prose of the same look that stays. */
class LineShapesTest {
    private static Optional<JunkKind> kind(String line) {
        return LineRules.classify(line);
    }

    @Test
    void aRunOfShortItemsNamingNetworksIsAShareBar() {
        assertThat(kind("Share on Facebook | Share on X | Copy link")).contains(JunkKind.SHARE);
        assertThat(kind("1.2k shares | Facebook | X | WhatsApp")).contains(JunkKind.SHARE);
        assertThat(kind("Post to Bluesky · Email · Print")).contains(JunkKind.SHARE);
    }

    @Test
    void aRunOfShortItemsWithoutNetworksIsANavigationTrail() {
        assertThat(kind("Home | World | Business | Sport")).contains(JunkKind.OTHER);
        assertThat(kind("News › Regions › Northfold Valley")).contains(JunkKind.OTHER);
    }

    @Test
    void countsOfSharesAndCommentsAreFurniture() {
        assertThat(kind("348 shares")).contains(JunkKind.SHARE);
        assertThat(kind("17 comments")).contains(JunkKind.COMMENT_FORM);
    }

    @Test
    void tagAndTopicListsAreFurniture() {
        assertThat(kind("Tags: harbour, council budget, Northfold")).contains(JunkKind.OTHER);
        assertThat(kind("Topics: Elections | Transport")).isPresent();
        assertThat(kind("Filed under: Local news")).contains(JunkKind.OTHER);
    }

    @Test
    void bracketedWireCreditsAreBylines() {
        assertThat(kind("(Reporting by Ana Duarte in Northfold; Editing by Jon Vik)")).contains(JunkKind.BYLINE);
        assertThat(kind("(With inputs from agencies)")).contains(JunkKind.BYLINE);
        assertThat(kind("[Additional reporting by Mira Holm]")).contains(JunkKind.BYLINE);
        assertThat(kind("Writing by Per Lund; Editing by Kai Moss")).contains(JunkKind.BYLINE);
    }

    @Test
    void formPromptsThatAddressTheReaderAreCommentForms() {
        assertThat(kind("You have entered an incorrect email address!")).contains(JunkKind.COMMENT_FORM);
        assertThat(kind("Save my name, email, and website in this browser for the next time I comment.")).contains(JunkKind.COMMENT_FORM);
        assertThat(kind("Your email address will not be published.")).contains(JunkKind.COMMENT_FORM);
    }

    @Test
    void standardsAndDisclaimerLinesAreFurniture() {
        assertThat(kind("Our Standards: The Example Wire Trust Principles.")).contains(JunkKind.OTHER);
        assertThat(kind("Disclaimer: this page is provided for information only.")).contains(JunkKind.OTHER);
    }

    @Test
    void teaserLeadInsBeforeAnotherHeadlineAreRelatedLinks() {
        assertThat(kind("Read more: Harbour tolls to rise next spring")).contains(JunkKind.RELATED_LINK);
        assertThat(kind("Also read: Mayor names new port director")).contains(JunkKind.RELATED_LINK);
        assertThat(kind("More: A step-by-step guide to the new ferry timetable.")).contains(JunkKind.RELATED_LINK);
        assertThat(kind("Related: Councillor on the budget: 'we had no choice'.")).contains(JunkKind.RELATED_LINK);
    }

    @Test
    void editorsNotesAreSetApartAndRecognisedAsNotes() {
        assertThat(kind("Editor's note: An earlier version of this story misstated the toll.")).contains(JunkKind.OTHER);
        assertThat(LineRules.editorNote("Editor's note: An earlier version of this story misstated the toll.")).isTrue();
    }

    @Test
    void proseOfTheSameLookStays() {
        assertThat(kind("I checked my email every morning for news of the vote, she wrote in her diary last year.")).isEmpty();
        assertThat(kind("“You can send me an email,” the mayor told reporters on Monday.")).isEmpty();
        assertThat(kind("Research by Northfold University found that tolls rose by a third.")).isEmpty();
        assertThat(kind("More than 300 people attended the meeting, which ran late into the night.")).isEmpty();
        assertThat(kind("| Year | Tolls | Ships |")).isEmpty();
        assertThat(kind("Our reporters spent a week in the harbour talking to the crews.")).isEmpty();
    }
}
