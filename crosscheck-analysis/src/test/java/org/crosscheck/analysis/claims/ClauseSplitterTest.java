package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
    static List<String> clauses(String text) {
        SourceDocument doc = Docs.doc("d", text);
        Sentence s = Docs.NLP.analyze(text, 0, text.length()).get(0);
        return ClauseSplitter.clauses(doc, s).stream().map(Span::text).toList();
    }

    @Test
    void anOpeningSubordinateClauseIsAStatementOfItsOwn() {
        assertThat(clauses("While the council could not confirm how many families the flood displaced, "
                + "its engineers concluded that the eastern levee failed twice during the night."))
                .containsExactly("While the council could not confirm how many families the flood displaced",
                        "its engineers concluded that the eastern levee failed twice during the night.");
    }

    @Test
    void aParticipleAfterACommaStartsAClause() {
        assertThat(clauses("The mayor closed the harbour bridge to all traffic on Monday morning, "
                + "saying inspectors had found deep cracks in the northern pier."))
                .containsExactly("The mayor closed the harbour bridge to all traffic on Monday morning",
                        "saying inspectors had found deep cracks in the northern pier.");
    }

    @Test
    void aSemicolonSeparatesStatements() {
        assertThat(clauses("Ferry services across the bay resumed at dawn on Tuesday; "
                + "rail services along the coast remain suspended until further notice.")).hasSize(2);
    }

    @Test
    void aSentenceWithOneStatementOrTooShortAPieceIsNotSplit() {
        assertThat(clauses("The harbour bridge carries about forty thousand cars across the bay every working day.")).isEmpty();
        assertThat(clauses("The bridge, which opened in 1932, carries forty thousand cars across the bay every working day.")).isEmpty();
    }
}
