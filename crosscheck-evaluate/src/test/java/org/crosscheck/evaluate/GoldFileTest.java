package org.crosscheck.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
    @TempDir
    Path dir;

    private Path corpusWith(String text) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), text);
        return corpus;
    }

    @Test
    void aReferenceIsReadAsTheTextItPointsAtAndLiteralTextsStay() throws Exception {
        Path corpus = corpusWith("Bridge Closes\nThe mayor said the bridge would close on Monday.\n");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"documents": [{"id": "a", "file": "a.txt"}],
                 "quotes": [{"id": "q1", "doc": "a", "text": {"ref": "a:2:15-47"}, "speaker_mention": "The mayor"}]}
                """);
        JsonNode g = GoldFile.read(gold, corpus);
        assertThat(g.path("quotes").get(0).path("text").asText()).isEqualTo("the bridge would close on Monday");
        assertThat(g.path("quotes").get(0).path("speaker_mention").asText()).isEqualTo("The mayor");
    }

    @Test
    void aReferenceOutsideItsDocumentSaysTheCorpusIsNotTheGoldsOwn() throws Exception {
        Path corpus = corpusWith("Short.\n");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"documents": [{"id": "a", "file": "a.txt"}], "claims": [{"mentions": [{"doc": "a", "text": {"ref": "a:4:0-10"}}]}]}
                """);
        assertThatThrownBy(() -> GoldFile.read(gold, corpus)).hasMessageContaining("a:4:0-10").hasMessageContaining("corpus");
    }
}
