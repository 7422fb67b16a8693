package org.crosscheck.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.workspace.SearchIndex.Entry;
import org.crosscheck.workspace.SearchIndex.Hit;
import org.crosscheck.workspace.SearchIndex.Kind;
import org.crosscheck.workspace.SearchIndex.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;

    static final String PARAGRAPH = "The ferry ran again on Thursday, the harbour master said.";
    static final List<Entry> ENTRIES = List.of(
            new Entry(Kind.SOURCE, "a", "a", 100, 100 + PARAGRAPH.length(), PARAGRAPH, null, null, false, false, List.of()),
            new Entry(Kind.QUOTE, "q1", "a", 140, 160, "We will rebuild the pier", "Ada Moss", null, false, false, List.of("e1")),
            new Entry(Kind.CLAIM, "c1", "b", 10, 50, "The ferry carried 120 people", null, "hedged", true, true, List.of("e2", "e12")));

    private static Query words(String w) {
        return new Query(w, null, null, null, null, null, false, false, 20);
    }

    @Test
    void findsSourcesQuotesAndClaimsByTheirWordsAndSaysWhereTheWordIs() {
        try (Workspace ws = Workspace.open(dir); SearchIndex index = SearchIndex.open(dir)) {
            index.replace(3, ENTRIES);
            assertThat(index.generation()).isEqualTo(3);
            List<Hit> ferry = index.search(words("ferry"));
            assertThat(ferry).extracting(h -> h.entry().ref()).containsExactlyInAnyOrder("a", "c1");
            Hit inSource = ferry.stream().filter(h -> h.entry().kind() == Kind.SOURCE).findFirst().orElseThrow();
            // the hit points at the word itself, in the document's offsets
            assertThat(PARAGRAPH.substring(inSource.start() - 100, inSource.end() - 100)).isEqualTo("ferry");
            assertThat(inSource.snippet()).contains(SearchIndex.OPEN + "ferry" + SearchIndex.CLOSE);
            // the last word is also a prefix, and a word is found in another form
            assertThat(index.search(words("rebui"))).extracting(h -> h.entry().ref()).containsExactly("q1");
            assertThat(index.search(words("carries"))).extracting(h -> h.entry().ref()).containsExactly("c1");
        }
    }

    @Test
    void filtersNarrowBySourceSpeakerModalityAndWhatIsDisputedOrSingle() {
        try (Workspace ws = Workspace.open(dir); SearchIndex index = SearchIndex.open(dir)) {
            index.replace(1, ENTRIES);
            assertThat(index.search(new Query("ferry", "b", null, null, null, null, false, false, 20))).extracting(h -> h.entry().ref())
                    .containsExactly("c1");
            assertThat(index.search(new Query("the", null, "Ada Moss", null, null, null, false, false, 20))).extracting(h -> h.entry().ref())
                    .containsExactly("q1");
            assertThat(index.search(new Query("ferry", null, null, null, "hedged", null, false, false, 20))).hasSize(1);
            assertThat(index.search(new Query("ferry", null, null, null, null, null, true, true, 20))).extracting(h -> h.entry().ref())
                    .containsExactly("c1");
            assertThat(index.search(new Query("ferry", null, null, null, null, Kind.SOURCE, false, false, 20))).hasSize(1);
            // an entity filter matches the whole id: e1 is not e12
            assertThat(index.search(new Query("the", null, null, "e1", null, null, false, false, 20))).extracting(h -> h.entry().ref())
                    .containsExactly("q1");
            assertThat(index.search(new Query("ferry", null, null, "e12", null, null, false, false, 20))).extracting(h -> h.entry().ref())
                    .containsExactly("c1");
        }
    }

    @Test
    void whatAUserTypesIsNeverQuerySyntaxAndANewGenerationReplacesTheIndex() {
        try (Workspace ws = Workspace.open(dir); SearchIndex index = SearchIndex.open(dir)) {
            index.replace(1, ENTRIES);
            assertThat(index.search(words("ferry\" OR NEAR(* \"pier"))).isEmpty();
            assertThat(index.search(words("\"*()"))).isEmpty();
            index.replace(2, ENTRIES.subList(0, 1));
            assertThat(index.search(words("pier"))).isEmpty();
            assertThat(index.generation()).isEqualTo(2);
        }
    }
}
