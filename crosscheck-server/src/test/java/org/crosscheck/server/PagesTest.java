package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PagesTest {
    @Test
    void aStageIsNamedInWordsWithoutModelIdsOrVersions() {
        assertThat(Pages.stageWords("nlp:opennlp-1.9.4")).isEqualTo("nlp");
        assertThat(Pages.stageWords("claim-linking (judge v3)")).isEqualTo("claim linking");
        assertThat(Pages.stageWords("writing_reports")).isEqualTo("writing reports");
    }

    @Test
    void everyPageHasItsLanguageASkipLinkLandmarksAndTheNavigationMarked() {
        Document page = Jsoup.parse(new String(Pages.page("valley", "Claims", "/claims", main -> main.appendElement("h1").text("Claims")),
                StandardCharsets.UTF_8));
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.body().child(0).is("a.skip[href=#main]")).isTrue();
        assertThat(page.select("header nav a").eachText()).contains("Overview", "Search", "Claims", "People", "Timeline", "Add");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Claims");
        assertThat(page.select("main#main h1").text()).isEqualTo("Claims");
    }
}
