package org.crosscheck.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.nlp.Sentence;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    /** The names of one sentence, as "name (TYPE, role)". */
    static List<String> names(String text) {
        SourceDocument doc = Docs.doc("d", text);
        List<NameMention> out = new ArrayList<>();
        for (Sentence s : Docs.NLP.analyze(text, 0, text.length())) new MentionFinder().find(doc, s, out);
        return out.stream().map(n -> n.span().text() + " (" + n.type() + (n.role() == null ? "" : ", " + n.role()) + ")").toList();
    }

    @Test
    void aTitleBeforeAPersonIsTheirRoleEvenWhenItEndsInAnOrganisationsName() {
        assertThat(names("U.N. High Commissioner for Maritime Safety Ana Duarte visited the port."))
                .containsExactly("Ana Duarte (PERSON, U.N. High Commissioner for Maritime Safety)");
    }

    @Test
    void theLastWordOfAnOrganisationsNameIsNotAPerson() {
        assertThat(names("She wrote to the U.N. Office of the High Commissioner for Maritime Safety last week."))
                .containsExactly("U.N. Office of the High Commissioner for Maritime Safety (ORG)");
    }

    @Test
    void aOneWordNameRightAfterItsTitleIsAPerson() {
        assertThat(names("Mayor Duarte opened the bridge.")).containsExactly("Duarte (PERSON, Mayor)");
    }

    @Test
    void aNameTheTaggerDoesNotKnowIsAPersonWhenTheyAreOfAnOrganisation() {
        assertThat(names("Tarkan Yilmazer of the Harbour Safety Board said the bridge was unsafe."))
                .contains("Tarkan Yilmazer (null)", "Harbour Safety Board (ORG)");
    }

    @Test
    void aHyphenatedGivenNameStaysWhole() {
        assertThat(names("Chairman Pak Sun-ok met Lee Jae-in on Friday."))
                .containsExactly("Pak Sun-ok (PERSON, Chairman)", "Lee Jae-in (null)");
    }

    @Test
    void aPronounRunTogetherWithItsVerbIsNotAName() {
        assertThat(names("I've seen the harbour and I'm sure, Ana Duarte said.")).containsExactly("Ana Duarte (null)");
    }

    @Test
    void anAbbreviatedTitleIsTheRoleOfTheNameAfterItsDot() {
        assertThat(names("Vermont Sen. Ana Duarte voted against the bridge.")).containsExactly("Ana Duarte (PERSON, Vermont Sen.)");
    }

    @Test
    void aDatelineIsAPlace() {
        assertThat(names("LINDQVIST \u2014 The harbour bridge closed on Monday.")).contains("LINDQVIST (GPE)");
    }
}
