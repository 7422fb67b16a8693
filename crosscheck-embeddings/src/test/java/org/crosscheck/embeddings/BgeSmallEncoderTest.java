package org.crosscheck.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BgeSmallEncoderTest {
    static final BgeSmallEncoder ENCODER = new BgeSmallEncoder();

    static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += a[i] * b[i];
        return d;
    }

    @Test
    void aParaphraseIsCloserThanASentenceOnTheSameTopic() {
        List<float[]> v = ENCODER.encode(List.of(
                "The harbour bridge was closed to traffic on Monday after cracks were found in a pier.",
                "Engineers shut the bridge over the harbour on Monday when they discovered cracking in one of its piers.",
                "The harbour bridge carries about forty thousand cars a day."));
        assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)));
    }

    @Test
    void vectorsHaveUnitLengthAndComeInOrder() {
        List<float[]> v = ENCODER.encode(List.of("One.", "", "Three words here."));
        assertThat(v).hasSize(3);
        for (float[] x : v) assertThat(dot(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(ENCODER.encode(List.of())).isEmpty();
    }
}
