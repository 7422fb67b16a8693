package org.crosscheck.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.quotes.SpeakerLinker;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * A definite description refers to the one entity its document named before it with a name or a
 * stated role holding its head noun, and becomes that entity's alias; when two fit it refers to
 * neither. Quotes render as "[speaker] text", entities by name.
 */
class NominalCoreferenceTest {
    /** A story's first line is its headline, read apart from the body: the cases start below one. */
    private static final String HEADLINE = "Inquiry into the bridge collapse opens\n\n";

    private static List<String> speakers(String text) {
        return Docs.analyze(LocalDate.of(2025, 3, 12), "d", HEADLINE + text).get(SpeakerLinker.QUOTES).stream()
                .map(q -> "[" + q.speaker().name() + "] " + q.span().text()).toList();
    }

    private static Entity named(String name, String text) {
        return EntityResolverTest.named(name, "d", HEADLINE + text);
    }

    @Test
    void anInstitutionsHeadNounNamesItLaterInTheDocument() {
        String text = "The Federal Harbour Commission opened an inquiry into the collapse on Monday.\n\n"
                + "\"The cables had not been inspected for a decade,\" the commission said in a statement.\n";
        assertThat(speakers(text)).containsExactly("[Federal Harbour Commission] The cables had not been inspected for a decade,");
        assertThat(named("Federal Harbour Commission", text).aliases()).contains("the commission");
    }

    @Test
    void aRoleStatedInAnAppositionNamesThePersonLater() {
        String text = "Lena Vik, the port board's chair, visited the quay on Monday.\n\n"
                + "\"We will not reopen it before the summer,\" the chair said.\n";
        assertThat(speakers(text)).containsExactly("[Lena Vik] We will not reopen it before the summer,");
        assertThat(named("Lena Vik", text).aliases()).contains("the chair");
    }

    @Test
    void aTitleBeforeTheNameIsARoleADescriptionCanUse() {
        String text = "Special Counsel Omar Haddad filed the charges on Monday.\n\n"
                + "The ferry company had ignored three warnings, the special counsel wrote in the filing.\n";
        assertThat(named("Omar Haddad", text).aliases()).contains("the special counsel");
    }

    @Test
    void whenTwoEntitiesFitTheDescriptionNamesNeither() {
        String text = "Lena Vik, the port board's chair, met Tomas Ekdahl, the city council's chair, on Monday.\n\n"
                + "\"Nobody will pay for this,\" the chair said.\n";
        assertThat(speakers(text)).containsExactly("[the chair] Nobody will pay for this,");
        assertThat(named("Lena Vik", text).aliases()).doesNotContain("the chair");
        assertThat(named("Tomas Ekdahl", text).aliases()).doesNotContain("the chair");
    }

    @Test
    void aModifierTellsApartTheEntitiesThatHaveIt() {
        String text = "Lena Vik, the port board's chair, met Tomas Ekdahl, the city council's chair, on Monday.\n\n"
                + "\"Nobody will pay for this,\" the council chair said.\n";
        assertThat(speakers(text)).containsExactly("[Tomas Ekdahl] Nobody will pay for this,");
    }

    @Test
    void aCapitalisedModifierTheEntityDoesNotHaveRulesItOut() {
        String text = "Harbour Minister Ana Duarte arrived in Porto Vell on Monday.\n\n"
                + "The Finnish minister said the talks would go on until Friday.\n";
        assertThat(named("Ana Duarte", text).aliases()).doesNotContain("the Finnish minister");
    }

    @Test
    void aTitleKeepsWhatItIsOf() {
        String text = "Marta Lind, then the harbour chief of staff, wrote the memo in March.\n\n"
                + "The chief of staff later said the memo had been ignored.\n";
        assertThat(named("Marta Lind", text).aliases()).contains("The chief of staff").doesNotContain("The chief");
    }

    @Test
    void aPluralDescriptionIsNeverOnePerson() {
        String text = "Lena Vik, the port board's chair, visited the quay on Monday.\n\n"
                + "\"We will not reopen it before the summer,\" the chairs said.\n";
        assertThat(named("Lena Vik", text).aliases()).doesNotContain("the chairs");
    }

    @Test
    void aDescriptionSetOffBeforeAPersonsNameIsTheirRole() {
        String text = "On Monday the harbour board wrote to the deputy harbour engineer, Marta Lind, about the cables.\n\n"
                + "Lind said the cables would be replaced by the summer.\n";
        assertThat(named("Marta Lind", text).aliases()).contains("the deputy harbour engineer");
    }

    @Test
    void aDescriptionBeforeAListOfNamesIsNoOnesRole() {
        String text = "On Monday the harbour board wrote to the harbour engineer, Marta Lind and Omar Haddad about the cables.\n\n"
                + "Lind said the cables would be replaced by the summer.\n";
        assertThat(named("Marta Lind", text).aliases()).doesNotContain("the harbour engineer");
    }

    @Test
    void aPhraseOfTimeBeforeANamedRoleIsNoOnesRole() {
        String text = "Hours before the inspection, the port's chief engineer, Marta Lind, said the cables were safe.\n\n"
                + "Lind said the cables would be replaced by the summer.\n";
        assertThat(named("Marta Lind", text).aliases()).doesNotContain("the inspection");
    }
}
