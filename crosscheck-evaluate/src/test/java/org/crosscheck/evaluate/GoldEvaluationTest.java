package org.crosscheck.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvaluationTest {
    @TempDir
    Path dir;

    /** Three gold quotes of Ana Duarte: the report gives one to her, one to Omar Haddad and leaves one without a speaker. */
    private GoldEvaluation.Scored scored() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Harbour bridge\n");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"documents": [{"id": "a", "file": "a.txt"}],
                 "entities": [{"id": "ana", "canonical": "Ana Duarte", "type": "PERSON", "aliases": ["Duarte"]}],
                 "quotes": [
                   {"id": "q1", "doc": "a", "kind": "direct", "text": "The cables were never tested.", "speaker": "ana"},
                   {"id": "q2", "doc": "a", "kind": "direct", "text": "We warned the council twice.", "speaker": "ana"},
                   {"id": "q3", "doc": "a", "kind": "direct", "text": "Nobody came to look at the piers.", "speaker": "ana"}]}
                """);
        Path report = dir.resolve("report.json");
        Files.writeString(report, """
                {"documents": [{"id": "a", "body": "Harbour bridge"}],
                 "entities": [{"id": "e1", "name": "Ana Duarte"}, {"id": "e2", "name": "Omar Haddad"}],
                 "quotes": [
                   {"doc": "a", "kind": "direct", "text": "The cables were never tested.", "speaker": {"entity": "e1", "name": "Ana Duarte"}},
                   {"doc": "a", "kind": "direct", "text": "We warned the council twice.", "speaker": {"entity": "e2", "name": "Omar Haddad"}},
                   {"doc": "a", "kind": "direct", "text": "Nobody came to look at the piers.", "speaker": {"entity": null, "name": null}}]}
                """);
        return GoldEvaluation.score(gold, report, corpus);
    }

    @Test
    void aWrongSpeakerCountsAgainstTheQuotesGivenASpeakerAndAMissingOneDoesNot() throws Exception {
        GoldEvaluation.Scored s = scored();
        assertThat(s.figures().get("speaker_accuracy")).isEqualTo(1.0 / 3);
        assertThat(s.figures().get("speaker_wrong_rate")).isEqualTo(0.5);
        assertThat(s.misses()).anyMatch(m -> m.startsWith("speaker wrong\ta\tWe warned") && m.contains("system Omar Haddad"))
                .anyMatch(m -> m.startsWith("speaker missing\ta\tNobody came"));
    }
}
