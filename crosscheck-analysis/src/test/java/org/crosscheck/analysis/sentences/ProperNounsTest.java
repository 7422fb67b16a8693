package org.crosscheck.analysis.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.junit.jupiter.api.Test;

class ProperNounsTest {
    /** A sentence from "word/TAG" pairs separated by spaces; offsets are made up but ordered. */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            tokens.add(new Token(at, at + w.length(), w, Upos.of(wt.substring(slash + 1))));
            at += w.length() + 1;
        }
        return new Sentence(0, at, tokens);
    }

    private static List<String> tags(List<Sentence> s) {
        return s.stream().map(x -> x.tokens().toString()).toList();
    }

    @Test
    void aNameTheTaggerReadAsAVerbAtTheStartIsAProperNounAsElsewhere() {
        List<Sentence> in = List.of(sentence("Marsh/VERB said/VERB it/PRON ./PUNCT"),
                sentence("Most/ADJ voters/NOUN in/ADP the/DET port/NOUN like/VERB Marsh/PROPN ./PUNCT"));
        assertThat(tags(ProperNouns.consistent(in))).first().asString().startsWith("[Marsh/PROPN, said/VERB");
    }

    @Test
    void aWordTheDocumentAlsoWritesInLowerCaseIsLeftAsTagged() {
        List<Sentence> in = List.of(sentence("Bridge/NOUN repairs/NOUN began/VERB ./PUNCT"),
                sentence("The/DET Bridge/PROPN shook/VERB and/CCONJ the/DET bridge/NOUN fell/VERB ./PUNCT"));
        assertThat(tags(ProperNouns.consistent(in))).first().asString().startsWith("[Bridge/NOUN");
    }

    @Test
    void aHeadlineInTitleCaseIsNoEvidence() {
        List<Sentence> in = List.of(sentence("Harbour/PROPN Plans/PROPN Rebuild/PROPN ./PUNCT"),
                sentence("Plans/NOUN were/AUX made/VERB ./PUNCT"));
        assertThat(tags(ProperNouns.consistent(in))).last().asString().startsWith("[Plans/NOUN");
    }
}
