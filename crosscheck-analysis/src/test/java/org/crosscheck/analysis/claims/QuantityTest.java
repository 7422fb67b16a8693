package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class QuantityTest {
    private static List<Quantity> find(String s) {
        return Quantity.find(new Span("d", 0, s.length(), s));
    }

    @Test
    void aCompoundModifierNamesWhatItMeasures() {
        Quantity q = find("The 48-page report was released late.").get(0);
        assertThat(q.value()).isEqualTo("48");
        assertThat(q.unit()).isEqualTo("page");
        assertThat(q.head()).isEqualTo("report");
    }

    @Test
    void approximationsAndRangesAreMarked() {
        Quantity about = find("It was signed by about 40 other states.").get(0);
        Quantity range = find("It was co-signed by 40 or 50 countries.").get(0);
        assertThat(about.approx()).isTrue();
        assertThat(about.value()).isEqualTo("about 40");
        assertThat(range.low()).isEqualTo(40);
        assertThat(range.high()).isEqualTo(50);
        assertThat(about.compatible(range)).isTrue();
    }

    @Test
    void differentExactFiguresAreNotCompatible() {
        assertThat(find("It injured 14 people.").get(0).compatible(find("It injured 17 people.").get(0))).isFalse();
    }

    @Test
    void yearsAreNotQuantities() {
        assertThat(find("In 2019 people moved.")).isEmpty();
    }
}
