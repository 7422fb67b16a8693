package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
    private static final List<String> FIGURES = List.of("documents_found", "clean_body_recall", "clean_junk_precision",
            "clean_junk_recall", "clean_junk_f1", "title_accuracy", "entity_alias_recall", "quote_precision", "quote_recall",
            "quote_f1", "speaker_accuracy", "speaker_wrong_rate", "attributed_quote_recall", "indirect_recall", "claim_mention_recall",
            "claim_link_precision", "claim_link_strict_precision", "claim_link_recall", "claim_link_f1", "cross_source_claims_joined",
            "discrepancy_recall", "discrepancy_precision", "discrepancies_reported", "syndication_recall", "syndication_precision", "timeline_recall");

    @Test
    void printsEveryFigureOfTheMetricsOnePerLine() {
        Path shared = Cli.shared();
        Cli r = Cli.run("evaluate", "--gold", shared.resolve("gold/xinjiang-report-2022.json").toString(),
                "--corpus", shared.resolve("corpora/xinjiang-report-2022").toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).extracting(l -> l.split(" ")[0]).containsExactlyElementsOf(FIGURES);
        assertThat(lines).allMatch(l -> l.matches("[a-z0-9_]+ \\d+(\\.\\d{4})?"));
        // floors well below today's figures, so a regression in any stage shows here
        assertThat(r.out()).contains("documents_found 1.0000", "clean_body_recall 1.0000", "title_accuracy 1.0000");
        assertThat(figure(lines, "quote_f1")).isGreaterThan(0.85);
        assertThat(figure(lines, "claim_mention_recall")).isGreaterThan(0.9);
        // precision first: what the report says is corroborated must hold
        assertThat(figure(lines, "claim_link_precision")).isGreaterThan(0.85);
        assertThat(figure(lines, "discrepancy_precision")).isGreaterThan(0.75);
    }

    private static double figure(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + " ")).map(l -> Double.parseDouble(l.split(" ")[1])).findFirst().orElseThrow();
    }

    @Test
    void aMissingGoldFileIsAUsageError() {
        Cli r = Cli.run("evaluate", "--gold", "/nonexistent.json", "--corpus", ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no gold file at /nonexistent.json");
    }
}
