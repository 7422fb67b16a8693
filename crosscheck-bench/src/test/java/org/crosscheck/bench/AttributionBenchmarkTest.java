package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.junit.jupiter.api.Test;

class AttributionBenchmarkTest {
    private static final String TEXT = "Mayor says 'keep the lights on'.\n\n\"Keep the lights on,\" said Mayor Odile Brandt.";

    private static List<AttributionBenchmark.Gold> gold() {
        int cs = TEXT.indexOf("\"Keep") + 1;
        int ss = TEXT.indexOf("Mayor Odile");
        return AttributionBenchmark.parse("d", TEXT, List.of(
                "T1\tContent " + cs + " " + (cs + 18) + "\tKeep the lights on",
                "T2\tSource " + ss + " " + (ss + 17) + "\tMayor Odile Brandt",
                "E1\tAttribution:T9 Content:T1 Source:T2"));
    }

    private static Quote quote(String id, String words, int from, Speaker speaker) {
        int s = TEXT.indexOf(words, from);
        return new Quote(id, Span.of("d", TEXT, s, s + words.length()), QuoteKind.DIRECT, speaker, "said", 0.9);
    }

    @Test
    void theSameWordsInTheHeadlineDoNotMatchTheQuoteInTheBody() {
        Quote headline = quote("q1", "keep the lights on", 0, Speaker.UNKNOWN);
        var f = AttributionBenchmark.score(gold(), gold(), Map.of("d", List.of(headline)), Map.of("d", TEXT), true);
        assertThat(f.recall()).isZero();
        assertThat(f.precision()).isZero();
    }

    @Test
    void theQuoteAtTheAnnotatedPlaceMatchesAndItsSpeakerIsScored() {
        Quote headline = quote("q1", "keep the lights on", 0, Speaker.UNKNOWN);
        int m = TEXT.indexOf("Odile Brandt");
        Speaker brandt = new Speaker("e1", "Odile Brandt", Span.of("d", TEXT, m, m + 12));
        Quote body = quote("q2", "Keep the lights on,", 0, brandt);
        var f = AttributionBenchmark.score(gold(), gold(), Map.of("d", List.of(headline, body)), Map.of("d", TEXT), true);
        assertThat(f.recall()).isEqualTo(1.0);
        assertThat(f.precision()).isEqualTo(0.5);
        assertThat(f.sourceAccuracy()).isEqualTo(1.0);
        assertThat(f.sourceErrors()).isEmpty();
    }

    @Test
    void eachSieveIsScoredOnTheContentsItsStatementsMatch() {
        int cs = TEXT.indexOf("\"Keep") + 1;
        int ss = TEXT.indexOf("Mayor Odile");
        int hs = TEXT.indexOf("keep the lights");
        List<AttributionBenchmark.Gold> gold = AttributionBenchmark.parse("d", TEXT, List.of(
                "T1\tContent " + cs + " " + (cs + 18) + "\tKeep the lights on",
                "T2\tSource " + ss + " " + (ss + 17) + "\tMayor Odile Brandt",
                "T3\tContent " + hs + " " + (hs + 18) + "\tkeep the lights on",
                "T4\tSource 0 5\tMayor",
                "E1\tAttribution:T9 Content:T1 Source:T2",
                "E2\tAttribution:T8 Content:T3 Source:T4"));
        int m = TEXT.indexOf("Odile Brandt");
        Speaker brandt = new Speaker("e1", "Odile Brandt", Span.of("d", TEXT, m, m + 12));
        Speaker somebody = new Speaker("e2", "Pia Lund", null);
        int b = TEXT.indexOf("Keep the lights on,");
        Quote body = new Quote("q1", Span.of("d", TEXT, b, b + 19), QuoteKind.DIRECT, brandt, "said", 0.9, "cue-verb");
        Quote headline = new Quote("q2", Span.of("d", TEXT, hs, hs + 18), QuoteKind.PARTIAL, somebody, null, 0.5, "continuation");
        var f = AttributionBenchmark.score(gold, gold, Map.of("d", List.of(body, headline)), Map.of("d", TEXT), false);
        assertThat(f.sieves()).extracting(s -> s.sieve() + " " + s.attributed() + " " + s.right() + " " + s.share())
                .containsExactly("continuation 1 0 0.5", "cue-verb 1 1 0.5");

        Quote silent = new Quote("q2", Span.of("d", TEXT, hs, hs + 18), QuoteKind.PARTIAL, Speaker.UNKNOWN, null, 0.0);
        var g = AttributionBenchmark.score(gold, gold, Map.of("d", List.of(body, silent)), Map.of("d", TEXT), false);
        assertThat(g.sieves()).extracting(s -> s.sieve() + " " + s.attributed() + " " + s.right())
                .containsExactly("cue-verb 1 1", "none 1 0");
        assertThat(g.sieves().get(0).precision()).isEqualTo(1.0);
    }
}
