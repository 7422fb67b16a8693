package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the invented demo corpus was written to show, pinned: each kind of disagreement and the reprint. */
class DemoCorpusTest {
    @TempDir
    static Path tmp;

    static JsonNode report;

    @BeforeAll
    static void analyze() throws Exception {
        Path out = tmp.resolve("ws");
        Cli r = Cli.run("analyze", Cli.repoRoot().resolve("examples/harbor-bridge").toString(), "--out", out.toString(),
                "--reference-date", "2025-03-12");
        assertThat(r.code()).as(r.err()).isZero();
        report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    /** Discrepancies as "type: value [docs] | value [docs] (approximate)". */
    private static List<String> discrepancies() {
        List<String> out = new ArrayList<>();
        for (JsonNode d : report.path("discrepancies")) {
            List<String> vs = new ArrayList<>();
            for (JsonNode v : d.path("variants")) {
                List<String> docs = new ArrayList<>();
                v.path("docs").forEach(x -> docs.add(x.asText().substring(0, 2)));
                vs.add(v.path("value").asText() + " " + docs);
            }
            out.add(d.path("type").asText() + ": " + String.join(" | ", vs) + (d.path("approximate").asBoolean() ? " (approximate)" : ""));
        }
        return out;
    }

    @Test
    void eachDisagreementIsReportedOnce() {
        assertThat(discrepancies()).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void figuresThatDisagree() {
        // "injuring 14" and "Seventeen people were injured" sit in ledes that each also report the collapse, which 03's
        // joins: one document says a claim once, so that count is not compared (a recall the precision-first judge gives up)
        assertThat(discrepancies()).contains("number: 120 [01, 02] | 112 [03]");
    }

    @Test
    void aClaimAndItsDenialAreSetAgainstEachOtherAndNeverJoined() {
        assertThat(discrepancies()).contains("modality: asserted [05] | denied [04]");
        assertThat(report.path("claims")).noneSatisfy(c -> assertThat(c.path("mentions").toString())
                .contains("The city ignored the residents").contains("The city denied"));
    }

    @Test
    void figuresOfDifferentThingsInOneClaimAreNotADisagreement() {
        // "pulled six people from the water" and "pulled people from the water for 40 minutes": a count and a duration
        assertThat(report.path("claims")).anySatisfy(c -> {
            assertThat(c.path("statement").asText()).startsWith("Ferry crews pulled");
            assertThat(c.path("mentions").findValuesAsText("doc")).anyMatch(d -> d.startsWith("01")).anyMatch(d -> d.startsWith("05"));
        });
        assertThat(report.path("discrepancies").toString()).doesNotContain("40 minutes").doesNotContain("six people");
    }

    @Test
    void claimsCountIndependentSourcesThatAssertAndHedgeApart() {
        JsonNode corrosion = null;
        for (JsonNode c : report.path("claims")) if (c.path("statement").asText().contains("Corrosion")) corrosion = c;
        assertThat(corrosion).isNotNull();
        assertThat(corrosion.path("support").path("hedged").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(corrosion.path("support").path("asserted").asInt()).isEqualTo(1);
    }

    @Test
    void anApproximationIsLabelledAsSuch() {
        assertThat(discrepancies()).contains("number: about 200 [01, 02] | 200 [03] (approximate)");
    }

    @Test
    void aHedgedClaimReportedFlat() {
        assertThat(discrepancies()).contains("modality: hedged [01, 02, 05, 06] | asserted [03]");
    }

    @Test
    void aSourceThatDatesTheEventDifferently() {
        assertThat(discrepancies()).contains("date: on Tuesday (2025-03-11) [01, 02, 03, 04, 06] | On Monday (2025-03-10) [05]");
    }

    @Test
    void theSameWordsGivenToTwoPeople() {
        assertThat(discrepancies()).contains("attribution: Tomas Ekdahl [01, 02] | Anna Berg [05]");
    }

    @Test
    void aMachineTranslatedCopyThatFlipsTheMayorsGender() {
        assertThat(discrepancies()).contains("gender: male [06] | female [03]");
        JsonNode digest = null;
        for (JsonNode d : report.path("documents")) if (d.path("id").asText().startsWith("06")) digest = d;
        assertThat(digest.path("flags").toString()).isEqualTo("[\"machine-translated\"]");
    }

    @Test
    void theReprintedWireStoryIsOneSource() {
        assertThat(report.path("relations")).anySatisfy(r -> {
            assertThat(r.path("docs").toString()).isEqualTo("[\"01-continental-press\",\"02-lindqvist-daily\"]");
            assertThat(r.path("relation").asText()).isEqualTo("syndicated");
        });
        JsonNode reprint = null;
        for (JsonNode d : report.path("documents")) if (d.path("id").asText().equals("02-lindqvist-daily")) reprint = d;
        assertThat(reprint.path("origin").asText()).isEqualTo("Continental Press");
        assertThat(reprint.path("outlet").asText()).isEqualTo("Lindqvist Daily");
        // a claim carried only by the wire and its reprint counts one independent source
        assertThat(report.path("claims")).anySatisfy(c -> {
            assertThat(c.path("statement").asText()).startsWith("The 120-metre Saltmarsh Bridge");
            assertThat(c.path("independent_sources").asInt()).isEqualTo(1);
        });
    }

    @Test
    void quotesAndSpeakersInSeveralStyles() {
        List<String> quotes = new ArrayList<>();
        for (JsonNode q : report.path("quotes")) {
            quotes.add(q.path("doc").asText().substring(0, 2) + " " + q.path("kind").asText() + " [" + q.path("speaker").path("name").asText()
                    + "] " + q.path("text").asText());
        }
        assertThat(quotes).contains(
                "01 direct [Tomas Ekdahl] People were screaming. We got six of them into my boat.",
                "03 partial [Ingrid Solberg] leave no stone unturned",
                "04 direct [Ingrid Solberg] There is no evidence at this stage that the city ignored any warning,",
                "05 direct [Tomas Ekdahl] It folded like paper.",
                "05 term [null] routine inspection");
    }

    @Test
    void pageJunkIsRemovedAndKept() {
        JsonNode reprint = null;
        for (JsonNode d : report.path("documents")) if (d.path("id").asText().equals("02-lindqvist-daily")) reprint = d;
        List<String> kinds = new ArrayList<>();
        reprint.path("removed").forEach(r -> kinds.add(r.path("kind").asText()));
        assertThat(kinds).contains("caption", "share", "subscribe", "comment-form", "related-link");
        assertThat(reprint.path("body").asText()).doesNotContain("Share on Facebook", "cookies", "Rescue boats gather");
    }
}
