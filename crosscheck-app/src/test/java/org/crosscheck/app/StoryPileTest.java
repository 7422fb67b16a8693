package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryPileTest {
    @TempDir
    Path tmp;

    final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);
    final StoryPile pile = new StoryPile(new WorkspaceAnalyzer(StandardPipeline.create(WorkspaceAnalyzerTest.NLP), "test"));

    @AfterEach
    void close() {
        ingestor.close();
    }

    IngestResult read(String name, String text) {
        return ingestor.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static final String BRIDGE_1 = "Harbor Bridge collapses in Lindqvist\n\nThe Harbor Bridge in Lindqvist collapsed on Tuesday, injuring six "
            + "people. Mayor Ana Petrova said inspectors had warned the council about corroded cables.\n";
    static final String BRIDGE_2 = "Six hurt as Lindqvist bridge falls\n\nSix people were hurt when the Harbor Bridge collapsed in Lindqvist. "
            + "Petrova told reporters that corroded cables had been reported to the council.\n";
    static final String STRIKE = "<b>Dockers</b> strike at Varnes\n\nDock workers at the Port of Varnes walked out on Monday over pay. The "
            + "Varnes Dockers Union said the strike would last until shipping companies raised wages.\n";

    @Test
    void aPileBecomesOneWorkspacePerStoryListedInAnIndex() throws Exception {
        var o = pile.run(tmp, List.of(read("bridge-1.txt", BRIDGE_1), read("strike.txt", STRIKE), read("bridge-2.txt", BRIDGE_2)),
                new WorkspaceAnalyzer.Settings("desk", null), ProgressListener.NONE);
        assertThat(o.stories()).hasSize(2);
        assertThat(o.stories().get(0).documents()).isEqualTo(2);
        assertThat(o.stories().get(0).title()).containsAnyOf("Harbor Bridge collapses in Lindqvist", "Six hurt as Lindqvist bridge falls");
        for (StoryPile.Entry e : o.stories()) assertThat(tmp.resolve(e.report())).exists();
        assertThat(StoryPile.readIndex(tmp)).isEqualTo(o.stories());
        // a title comes from a document: it is text in the page, never markup
        String page = Files.readString(tmp.resolve("index.html"));
        assertThat(page).doesNotContain("<b>Dockers</b>").contains("&lt;b&gt;Dockers&lt;/b&gt;").contains("stories/" + o.stories().get(0).id());
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<th scope=\"col\">Outlets</th>");
        // plain texts name no outlet: the index says so rather than show a bare zero
        assertThat(o.stories()).allSatisfy(e -> assertThat(e.outlets()).isZero());
        assertThat(page).contains("<td>none named</td>");
    }

    @Test
    void aNewArticleJoinsTheStoryItTellsAndNoEarlierArticleMoves() throws Exception {
        var first = pile.run(tmp, List.of(read("bridge-1.txt", BRIDGE_1), read("strike.txt", STRIKE)), new WorkspaceAnalyzer.Settings("desk", null),
                ProgressListener.NONE);
        String bridge = first.stories().stream().filter(e -> e.title() != null && e.title().contains("Harbor")).findFirst().orElseThrow().id();
        var second = pile.run(tmp, List.of(read("bridge-1.txt", BRIDGE_1), read("bridge-2.txt", BRIDGE_2)), new WorkspaceAnalyzer.Settings("desk", null),
                ProgressListener.NONE);
        assertThat(second.known()).isEqualTo(1);
        assertThat(second.changed()).containsExactly(bridge);
        assertThat(second.stories()).hasSize(2);
        assertThat(second.stories().stream().filter(e -> e.id().equals(bridge)).findFirst().orElseThrow().documents()).isEqualTo(2);
    }
}
