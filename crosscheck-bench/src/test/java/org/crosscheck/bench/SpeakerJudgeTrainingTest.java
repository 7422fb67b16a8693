package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.analysis.quotes.SpeakerJudge;
import org.crosscheck.bench.AttributionBenchmark.Gold;
import org.crosscheck.bench.SpeakerJudgeTraining.Judged;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;
import org.junit.jupiter.api.Test;

/** Labels come from bench attribution's rule, and the learned probability separates right speakers from wrong ones. */
class SpeakerJudgeTrainingTest {
    private static final String TEXT = "Ana Lind said \"the bridge will open in May\" on Monday. Bo Vik met her later.";

    /** Documents whose one quote is Ana Lind's; the system gives it to her in {@code right} of them, to Bo Vik in the rest. */
    private static SpeakerJudgeTraining.Split split(int right, int wrong) {
        Map<String, String> textOf = new LinkedHashMap<>();
        List<Gold> gold = new ArrayList<>();
        Map<String, List<Judged>> judged = new LinkedHashMap<>();
        int quoteStart = TEXT.indexOf("the bridge");
        int quoteEnd = TEXT.indexOf("May") + 3;
        for (int i = 0; i < right + wrong; i++) {
            String doc = "d" + i;
            boolean isRight = i < right;
            textOf.put(doc, TEXT);
            gold.add(new Gold(doc, TEXT.substring(quoteStart, quoteEnd), List.of(new int[] {quoteStart, quoteEnd}), "Ana Lind",
                    List.<int[]>of(new int[] {0, 8}), "said", true));
            Span mention = isRight ? Span.of(doc, TEXT, 0, 8) : Span.of(doc, TEXT, TEXT.indexOf("Bo Vik"), TEXT.indexOf("Bo Vik") + 6);
            Quote q = new Quote("q1", Span.of(doc, TEXT, quoteStart, quoteEnd), QuoteKind.DIRECT, new Speaker(null, mention.text(), mention),
                    "said", 0.5);
            // the first feature tells them apart; the rest are zero
            List<Double> x = new ArrayList<>(Collections.nCopies(SpeakerJudge.featureNames().size(), 0.0));
            x.set(0, isRight ? 1.0 : 0.0);
            judged.put(doc, List.of(new Judged(q, x)));
        }
        return new SpeakerJudgeTraining.Split("test", textOf, gold, judged);
    }

    @Test
    void examplesAreLabelledByTheBenchmarksRule() {
        assertThat(SpeakerJudgeTraining.counts(split(3, 2))).containsExactly(5, 3);
    }

    @Test
    void theLearnedFloorDropsTheWrongSpeakersAndKeepsTheRight() {
        SpeakerJudgeTraining.Split s = split(12, 8);
        SpeakerJudge judge = SpeakerJudgeTraining.train(s);
        assertThat(judge.weights()[0]).isPositive();
        assertThat(judge.floor()).isEqualTo(SpeakerJudgeTraining.FLOOR);
        SpeakerJudgeTraining.Figures none = SpeakerJudgeTraining.figures(judge, 0.0, s);
        assertThat(none.direct().attributed()).isEqualTo(1.0);
        assertThat(none.direct().sourceAccuracy()).isEqualTo(0.6);
        assertThat(none.direct().wrongOfAttributed()).isEqualTo(0.4);
        SpeakerJudgeTraining.Figures floored = SpeakerJudgeTraining.figures(judge, 0.5, s);
        assertThat(floored.direct().attributed()).isEqualTo(0.6);
        assertThat(floored.direct().sourceAccuracy()).isEqualTo(0.6);
        assertThat(floored.direct().wrongOfAttributed()).isEqualTo(0.0);
    }
}
