package org.crosscheck.nlp.nlp4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.TaggedWord;
import org.junit.jupiter.api.Test;

class Nlp4jTaggerTest {
    private static final Nlp4jTagger TAGGER = new Nlp4jTagger();

    private static String tagged(String sentence) {
        List<String> words = List.of(sentence.split(" "));
        List<TaggedWord> tags = TAGGER.tag(words);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) out.add(words.get(i) + "/" + tags.get(i).pos());
        return String.join(" ", out);
    }

    private static String lemmas(String sentence) {
        return String.join(" ", TAGGER.tag(List.of(sentence.split(" "))).stream().map(TaggedWord::lemma).toList());
    }

    @Test
    void newsNamesAndVerbsComeOutAsUniversalDependenciesTags() {
        assertThat(tagged("Public polls show Marsh leading in Ohio ."))
                .isEqualTo("Public/ADJ polls/NOUN show/VERB Marsh/PROPN leading/VERB in/ADP Ohio/PROPN ./PUNCT");
    }

    @Test
    void auxiliariesCopulasAndCliticsAreTaggedAsUniversalDependenciesTagsThem() {
        assertThat(tagged("Dana Berg had n't said that the bridge 's cables were safe ."))
                .isEqualTo("Dana/PROPN Berg/PROPN had/AUX n't/PART said/VERB that/SCONJ the/DET bridge/NOUN 's/PART "
                        + "cables/NOUN were/AUX safe/ADJ ./PUNCT");
    }

    @Test
    void toIsAParticleBeforeAVerbAndAPrepositionElse() {
        assertThat(tagged("She wants to go to Porto .")).contains("to/PART go/VERB to/ADP Porto/PROPN");
    }

    @Test
    void everyWordHasItsDictionaryFormInLowerCase() {
        assertThat(lemmas("Officials said the memos were released and denied it ."))
                .isEqualTo("official say the memo be release and deny it .");
    }

    @Test
    void noWordsNoTags() {
        assertThat(TAGGER.tag(List.of())).isEmpty();
    }
}
