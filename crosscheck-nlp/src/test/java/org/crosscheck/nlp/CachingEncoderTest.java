package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEncoderTest {
    /** Encodes a text as its length and records what it was asked. */
    static final class Counting implements SentenceEncoder {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<float[]> encode(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length()}).toList();
        }

        @Override
        public String model() {
            return "counting";
        }
    }

    @Test
    void aTextIsEncodedOnceAndAnswersComeInTheOrderAsked() {
        Counting inner = new Counting();
        SentenceEncoder cached = SentenceEncoder.cached(inner, 10);
        cached.encode(List.of("one", "three"));
        List<float[]> again = cached.encode(List.of("three", "seven!!", "one", "seven!!"));
        assertThat(inner.asked).containsExactly("one", "three", "seven!!");
        assertThat(again).extracting(v -> v[0]).containsExactly(5f, 7f, 3f, 7f);
        assertThat(cached.model()).isEqualTo("counting");
    }

    @Test
    void theLeastRecentlyUsedTextIsForgottenBeyondTheBound() {
        Counting inner = new Counting();
        SentenceEncoder cached = SentenceEncoder.cached(inner, 2);
        cached.encode(List.of("a", "bb"));
        cached.encode(List.of("a"));
        cached.encode(List.of("ccc"));
        cached.encode(List.of("a", "bb"));
        assertThat(inner.asked).containsExactly("a", "bb", "ccc", "bb");
    }
}
