package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.pipeline.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every stage of the standard pipeline, on the demo corpus and on awkward invented text, keeps the contract of
 * {@link StageContract}: what it provides points at the exact characters of a document, lists of spanned items
 * read in text order, and what it was given is left as it was. One dynamic test per stage, so a new stage is
 * checked as soon as it joins the pipeline, and a breach names the stage.
 */
class StageContractTest {
    /** Lists ranked rather than in text order, each with the reason. */
    private static final Set<String> RANKED = Set.of(
            "antecedents"); // a pronoun's candidate names, nearest first

    private record Step(Stage stage, List<String> problems, List<String> changedInputs, int spansRead) {}

    private static final List<Step> STEPS = new ArrayList<>();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void runStageByStage() throws IOException {
        TEXTS.putAll(demoCorpus());
        TEXTS.put("awkward-quotes", "“Open quote never closed, said Nobody.\n\n\"Straight quotes,\" she said. 'Single,' he said. «Guillemets», "
                + "a minister said: \"Nested 'inner' words\".\n\n”Backwards” marks, and a dash — “mid-dash quote” — Lind said.");
        TEXTS.put("surrogates", "Ana Lemos 🚢 said “the 🚧 bridge is closed” on Tuesday.\r\n\r\nThe board’s chair, retired judge Ana Lemos, "
                + "told reporters: “We’ll reopen in 2026.” Café owners — 40 of them — disagreed.");
        TEXTS.put("empty", "");
        TEXTS.put("no-letters", "1234 5678 — … ” “ ' \" 9\n\n%%% ###");
        TEXTS.put("one-long-sentence", "The council said " + "that the harbour board, which met on Monday, ".repeat(60) + "would decide.");
        STEPS.addAll(run(TEXTS));
    }

    @TestFactory
    Stream<DynamicTest> everySpanAStageProvidesIsTheDocumentsOwnCharactersInTextOrder() {
        assertThat(STEPS).isNotEmpty();
        return STEPS.stream().map(s -> DynamicTest.dynamicTest(s.stage().name(),
                () -> assertThat(s.problems()).as("spans provided by stage '%s'", s.stage().name()).isEmpty()));
    }

    @org.junit.jupiter.api.Test
    void theStagesThatPointIntoTheTextWereReadDownToTheirSpans() {
        assertThat(STEPS).filteredOn(s -> s.spansRead() > 0).extracting(s -> s.stage().name())
                .contains("clean", "sentences", "quotes", "entities", "speakers", "timeline", "claims");
    }

    @TestFactory
    Stream<DynamicTest> noStageChangesWhatItWasGiven() {
        return STEPS.stream().map(s -> DynamicTest.dynamicTest(s.stage().name(),
                () -> assertThat(s.changedInputs()).as("inputs changed by stage '%s'", s.stage().name()).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> theKitCatchesABreach() {
        var kit = new StageContract(Map.of("d", "abcdef"), Set.of("ranked"));
        return Stream.of(
                DynamicTest.dynamicTest("a span beyond the text", () -> assertThat(kit.check("x",
                        List.of(new org.crosscheck.model.Span("d", 4, 8, "efgh")))).singleElement().asString().contains("beyond")),
                DynamicTest.dynamicTest("a span whose text is not the document's", () -> assertThat(kit.check("x",
                        new org.crosscheck.model.Span("d", 0, 2, "zz"))).singleElement().asString().contains("not d's characters")),
                DynamicTest.dynamicTest("a list out of order", () -> assertThat(kit.check("x", List.of(
                        new org.crosscheck.model.Span("d", 3, 4, "d"), new org.crosscheck.model.Span("d", 0, 1, "a"))))
                        .singleElement().asString().contains("before the item above it")),
                DynamicTest.dynamicTest("a list named as ranked may go back", () -> assertThat(kit.check("x.ranked", List.of(
                        new org.crosscheck.model.Span("d", 3, 4, "d"), new org.crosscheck.model.Span("d", 0, 1, "a")))).isEmpty()),
                DynamicTest.dynamicTest("a token that is not the document's characters", () -> assertThat(kit.check("x", "d",
                        List.of(new org.crosscheck.nlp.Sentence(0, 6, List.of(new org.crosscheck.nlp.Token(0, 3, "abd",
                                org.crosscheck.nlp.Upos.X)))))).singleElement().asString().contains("token 'abd'")),
                DynamicTest.dynamicTest("a span of another document", () -> assertThat(kit.check("x",
                        Map.of("k", Set.of(new org.crosscheck.model.Span("e", 0, 1, "a"))))).singleElement().asString().contains("unknown")));
    }

    /** Runs the standard pipeline one stage at a time, checking each stage's output and its inputs afterwards. */
    private static List<Step> run(Map<String, String> texts) {
        List<DocumentAnalysis> docs = new ArrayList<>();
        texts.forEach((id, text) -> docs.add(DocumentAnalysis.of(Docs.doc(id, text))));
        CorpusAnalysis corpus = CorpusAnalysis.of(new CorpusContext("contract", LocalDate.of(2025, 3, 12)), docs);
        List<Key<?>> provided = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (Stage stage : StandardPipeline.create(Docs.NLP).stages()) {
            String before = fingerprint(corpus, provided);
            CorpusAnalysis given = corpus;
            corpus = stage instanceof DocumentStage d ? given.mapDocuments(d::apply) : ((CorpusStage) stage).apply(given);
            List<String> changed = new ArrayList<>();
            if (!fingerprint(given, provided).equals(before)) changed.add("a value an earlier stage provided changed");
            for (DocumentAnalysis d : given.documents()) {
                if (!d.source().text().equals(texts.get(d.id()))) changed.add("the text of " + d.id());
            }
            var kit = new StageContract(texts, RANKED);
            List<String> problems = new ArrayList<>();
            for (Key<?> key : stage.provides()) {
                if (corpus.has(key)) problems.addAll(kit.check(key.name(), corpus.get(key)));
                for (DocumentAnalysis d : corpus.documents()) {
                    if (d.has(key)) problems.addAll(kit.check(d.id() + "/" + key.name(), d.id(), d.get(key)));
                }
            }
            provided.addAll(stage.provides());
            steps.add(new Step(stage, problems, changed, kit.spansRead()));
        }
        return steps;
    }

    /** What the analysis holds under {@code keys}, as text: records and lists print their contents. */
    private static String fingerprint(CorpusAnalysis corpus, List<Key<?>> keys) {
        StringBuilder b = new StringBuilder();
        for (Key<?> k : keys) {
            if (corpus.has(k)) b.append(k).append('=').append(corpus.get(k)).append('\n');
            for (DocumentAnalysis d : corpus.documents()) {
                if (d.has(k)) b.append(d.id()).append('/').append(k).append('=').append(d.get(k)).append('\n');
            }
        }
        return b.toString();
    }

    /** The demo corpus's texts as files read them (the HTML page's markup too: hostile text for the stages). */
    private static Map<String, String> demoCorpus() throws IOException {
        Path dir = Path.of("..", "examples", "harbor-bridge");
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) texts.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
        assertThat(texts).hasSizeGreaterThan(3);
        return texts;
    }
}
