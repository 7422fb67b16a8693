package org.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.report.Reports;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReportViewsTest {
    final ReportViews views = new ReportViews(Reports.small(), new OnePageLinks());

    @Test
    void aClaimShowsEachSourceWithItsWordsMarkedAndItsDisagreement() {
        Element main = Document.createShell("").body();
        views.claim(main, views.claim("c1"));
        assertThat(main.select("section.mention").eachAttr("data-doc")).containsExactly("a", "b");
        assertThat(main.select("section.mention mark.claim").eachText()).containsExactly(
                "The dam broke on Monday, flooding 30 homes, the mayor said.", "The dam broke on Monday and flooded 35 homes, officials said.");
        assertThat(main.select("a[href=#d-d1]").text()).isEqualTo("Figures differ: Sources give different figures: 30 vs 35 homes");
        // each source is named by its outlet, else its headline, never by its id alone
        assertThat(main.select("section.mention h3 > a").eachText()).containsExactly("Valley Post", "Flood in the valley");
        assertThat(main.select("dl").text()).contains("how it is said asserts").contains("2 independent sources (2 documents carry it)");
    }

    @Test
    void aSourceShowsItsTextInOrderWithMarksNestedAndTheJunkCollapsed() {
        Element main = Document.createShell("").body();
        views.source(main, views.document("a"), "c1");
        Element text = main.selectFirst("div.text");
        assertThat(text.child(0).outerHtml()).isEqualTo("<h2 class=\"headline\">Dam breaks</h2>");
        assertThat(text.select("a.c.claim").attr("id")).isEqualTo("at-a-12");
        // the quote mark holds the words, the entity mark the speaker's name; neither crosses the other
        assertThat(text.child(2).html()).isEqualTo(
                "\"<mark class=\"q\" title=\"quoted in full: Ada Moss\" id=\"at-a-74\">We will rebuild,</mark>\" said "
                + "<mark class=\"e\" title=\"Ada Moss (person)\" id=\"at-a-97\">Ada Moss</mark>.");
        assertThat(text.select("details.junk summary").text()).isEqualTo("removed: subscribe");
        assertThat(main.select("dd.sha").text()).isEqualTo("a".repeat(64));
    }

    @Test
    void theMatrixSaysHowEachSourceCarriesEachClaim() {
        Element main = Document.createShell("").body();
        views.claims(main, Links.ClaimOrder.CORROBORATION, 10);
        Element row = main.select("table.matrix tr").get(1);
        assertThat(row.select("th").text()).isEqualTo("The dam broke on Monday, flooding homes.");
        assertThat(row.select("td > details > summary").eachText()).containsExactly("asserts", "asserts");
        // the source's own words are in the cell, opened by a tap or a key, with a link to where they are
        assertThat(row.select("td .said").get(1).text()).isEqualTo("“The dam broke on Monday and flooded 35 homes, officials said.” in Flood in the valley");
        assertThat(main.select("table.matrix thead th a").eachText()).containsExactly("Valley Post", "Flood in the vall…");
        assertThat(main.select("nav.sort a")).isEmpty(); // one file cannot re-sort itself
    }

    @Test
    void theOverviewAnswersWhatIsCorroboratedWhatRestsOnOneSourceAndWhereSourcesDisagree() {
        Element main = Document.createShell("").body();
        views.overview(main);
        assertThat(main.select("li.dates").text()).isEqualTo("Published 2 January 2026");
        assertThat(main.select("ul.facts li").get(1).text()).isEqualTo("2 documents from 2 independent sources");
        Element corroborated = main.selectFirst("section#corroborated");
        assertThat(corroborated.select("ol.claims li > a").eachText()).containsExactly("The dam broke on Monday, flooding homes.");
        assertThat(corroborated.select(".coverage .block.asserted")).hasSize(2);
        assertThat(corroborated.select(".coverage .words").text()).isEqualTo("2 assert (2 independent sources)");
        assertThat(main.selectFirst("section#single-source").text()).contains("Every claim is carried by more than one independent source.");
        assertThat(main.select("section#disagreements a").eachText()).containsExactly("Figures differ: Sources give different figures: 30 vs 35 homes");
        assertThat(main.select("section#disagreements a").attr("href")).isEqualTo("#d-d1");
        assertThat(main.text()).doesNotContain("0.10").contains("the same quoted words").contains("Generated 3 January 2026");
    }

    @Test
    void quotesSayHowTheWordsAreGivenWithoutConfidencesAndNameTheirSource() {
        Element main = Document.createShell("").body();
        views.quotes(main);
        assertThat(main.select("section.speaker h2").first().text()).startsWith("Ada Moss (1 statement)");
        assertThat(main.select("div.quote .muted").text()).isEqualTo("Valley Post · quoted in full · introduced by “said” · named as “Ada Moss”");
        // words that make no claim link to none
        assertThat(main.select("div.quote a.claim-link")).isEmpty();
    }

    @Test
    void everyPlaceTheTimelineLinksToIsAnAnchorInItsSource() {
        Element main = Document.createShell("").body();
        views.timeline(main);
        String href = main.select("td a").attr("href");
        assertThat(main.select("td a").text()).isEqualTo("Valley Post");
        Element source = Document.createShell("").body();
        views.source(source, views.document("a"), null);
        assertThat(source.select(href)).hasSize(1);
    }

    @Test
    void anEntityPageGivesItsNamesWhereEachSourceNamesItWhatItSaysAndTheClaimsThatNameIt() {
        Links one = new OnePageLinks();
        // the one-file links with entity pages, as the web view has them
        Links withEntities = (Links) java.lang.reflect.Proxy.newProxyInstance(Links.class.getClassLoader(), new Class<?>[] {Links.class},
                (proxy, method, args) -> method.getName().equals("entity") ? "/entities/" + args[0] : method.invoke(one, args));
        ReportViews web = new ReportViews(org.crosscheck.report.Reports.small(), withEntities);
        Element main = Document.createShell("").body();
        web.entity(main, web.entity("e1"));
        assertThat(main.select("h1").text()).isEqualTo("Ada Moss");
        assertThat(main.select("dl").text()).isEqualTo("kind person role mayor also called Moss");
        assertThat(main.select("table td a").eachText()).containsExactly("Valley Post", "“Ada Moss”");
        assertThat(main.select("div.quote")).hasSize(1);
        // a source lists who it names, each linked to their page
        Element source = Document.createShell("").body();
        web.source(source, web.document("a"), null);
        assertThat(source.select("p.named a").eachAttr("href")).containsExactly("/entities/e1");
        Element list = Document.createShell("").body();
        web.entities(list);
        assertThat(list.select("td a[href=/entities/e1]").text()).isEqualTo("Ada Moss");
    }

    @Test
    void documentTextBecomesTextNodesWhateverItHolds() {
        String hostile = "<script>alert(1)</script>\n\nThe dam broke on Monday, flooding 30 homes, the mayor said.\n\n"
                + "\"We will rebuild,\" said Ada Moss.\n\nSubscribe now\n";
        ReportViews v = new ReportViews(Reports.small(hostile, Reports.B), new OnePageLinks());
        Element main = Document.createShell("").body();
        v.source(main, v.document("a"), null);
        assertThat(main.select("script")).isEmpty();
        assertThat(main.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void marksThatCrossAreCutWhereTheOuterOneEnds() {
        Element p = Document.createShell("").body().appendElement("p");
        Highlighter.render(p, "abcdefghij", 0, 10, List.of(new Highlighter.Mark(1, 6, "b", "x", null, null, null),
                new Highlighter.Mark(4, 9, "i", "y", null, null, null)));
        assertThat(p.html()).isEqualTo("a<b class=\"x\">bcd<i class=\"y\">ef</i></b>ghij");
    }

    @Test
    void theTimelineSaysHowManyDatesItCouldNotPlaceWhyAndListsThemEscaped() {
        String b = "Flood <b>in</b> the valley\n\nThe dam broke on Monday & flooded 35 homes <script>x()</script>, officials said.\n";
        ReportViews undated = new ReportViews(Reports.withUnplaced(Reports.small(Reports.A, b), "b", "on Monday"), new OnePageLinks());
        Element main = Document.createShell("").body();
        undated.timeline(main);
        assertThat(main.select("#unplaced-dates p.why").text()).isEqualTo("1 date mention in 1 source could not be placed: this source "
                + "gives no publication date, so a day such as “on Friday” or “April 21” has nothing to count from; "
                + "pass --reference-date YYYY-MM-DD to place them.");
        assertThat(main.select("#unplaced-dates tr").last().select("td").eachText()).containsExactly("Flood in the valley",
                "“on Monday”", "The dam broke on Monday & flooded 35 homes <script>x()</script>, officials said.");
        // the document's words are text, never markup
        assertThat(main.select("#unplaced-dates script, #unplaced-dates b")).isEmpty();
        assertThat(main.select("#unplaced-dates").outerHtml()).contains("&lt;script&gt;x()&lt;/script&gt;");
        Element overview = Document.createShell("").body();
        undated.overview(overview);
        assertThat(overview.text()).contains("(1 date mention not placed)");
    }

    @Test
    void aTimelineWithNothingUnplacedSaysNothingAboutIt() {
        Element main = Document.createShell("").body();
        views.timeline(main);
        assertThat(main.select("#unplaced-dates")).isEmpty();
    }
}
