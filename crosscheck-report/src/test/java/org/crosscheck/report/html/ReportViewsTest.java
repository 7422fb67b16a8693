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
        assertThat(main.select("a[href=#d-d1]").text()).isEqualTo("number: Sources give different figures: 30 vs 35 homes");
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
                "\"<mark class=\"q\" title=\"direct: Ada Moss\" id=\"at-a-74\">We will rebuild,</mark>\" said "
                + "<mark class=\"e\" title=\"Ada Moss (PERSON)\">Ada Moss</mark>.");
        assertThat(text.select("details.junk summary").text()).isEqualTo("removed: subscribe");
        assertThat(main.select("dd.sha").text()).isEqualTo("a".repeat(64));
    }

    @Test
    void theMatrixSaysHowEachSourceCarriesEachClaim() {
        Element main = Document.createShell("").body();
        views.claims(main, Links.ClaimOrder.CORROBORATION, 10);
        assertThat(main.select("table.matrix tr").get(1).select("td").eachText()).containsExactly(
                "The dam broke on Monday, flooding homes.", "2", "asserted", "asserted");
        assertThat(main.select("nav.sort a")).isEmpty(); // one file cannot re-sort itself
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
}
