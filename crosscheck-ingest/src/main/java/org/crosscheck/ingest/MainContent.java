package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds an article's prose in a cleaned DOM, by scoring containers on the
 * paragraphs they hold: each paragraph of 25 characters or more gives its parent a point plus one
 * per comma and per hundred characters (up to three), and half of that to its grandparent; class
 * and id names that say "article", "content", "story" raise a container, names that say
 * "comment", "sidebar", "related" lower it, and links lower it by their share of its text. The
 * idea is Readability's (Mozilla's reader view); this is a compact re-implementation over jsoup,
 * written here because no maintained Java library exposes it for reuse on a jsoup DOM.
 */
final class MainContent {
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|paywall");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
                    + "|newsletter|subscribe|recommend|teaser|byline|author|caption|nav|menu|breadcrumb");
    static final String PARAGRAPHS = "p, pre, td, blockquote";

    private MainContent() {}

    /** The containers of an article: the best one and the siblings that continue it. */
    static List<Element> article(Element body) {
        Map<Element, Double> scores = score(body);
        Element best = best(body, scores);
        if (best == null) return List.of();
        double top = scores.getOrDefault(best, 0.0) * (1 - linkDensity(best));
        // a story cut into sections of one class ("story-section" between ads): take every section, in order
        Element anchor = best;
        for (int up = 0; up < 3 && anchor.parent() != null; up++) {
            String cls = anchor.className();
            Element a = anchor;
            List<Element> same = cls.isBlank() ? List.of() : anchor.parent().children().stream()
                    .filter(c -> c == a || c.className().equals(cls) && !c.select("p").isEmpty()).toList();
            if (same.size() > 1) return same;
            anchor = anchor.parent();
        }
        Element parent = best.parent();
        if (parent == null) return List.of(best);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == best) {
                out.add(sib);
                continue;
            }
            double s = scores.getOrDefault(sib, 0.0) * (1 - linkDensity(sib));
            boolean sameKind = !best.className().isBlank() && sib.className().equals(best.className());
            String text = sib.text();
            // the story split into several blocks (sections between ads), or a loose paragraph beside it
            if (s >= Math.max(10, top * 0.2) || sameKind && s > 0 || sib.is("p") && text.length() > 80 && linkDensity(sib) < 0.25) {
                out.add(sib);
            }
        }
        return out;
    }

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select(PARAGRAPHS)) {
            String text = p.text();
            if (text.length() < 25) continue;
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, score + classWeight(parent), (a, b) -> a + score);
            Element grand = parent.parent();
            if (grand != null) scores.merge(grand, score / 2 + classWeight(grand), (a, b) -> a + score / 2);
        }
        return scores;
    }

    private static @Nullable Element best(Element body, Map<Element, Double> scores) {
        Element best = null;
        double bestScore = 0;
        for (var e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        if (best == null) return null;
        // a container that holds the best and little else is the real article: climb while the parent adds little text
        Element cur = best;
        while (cur.parent() != null && cur.parent() != body) {
            Element parent = cur.parent();
            int own = cur.text().length();
            int all = parent.text().length();
            if (all > own * 1.25 || linkDensity(parent) > 0.3) break;
            cur = parent;
        }
        return cur;
    }

    static double classWeight(Element e) {
        double w = 0;
        String names = e.className() + " " + e.id();
        if (names.isBlank()) return 0;
        if (NEGATIVE.matcher(names).find()) w -= 25;
        if (POSITIVE.matcher(names).find()) w += 25;
        if (e.is("article, main, [itemprop=articleBody]")) w += 25;
        return w;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1, (double) links / all);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == '，') n++;
        return n;
    }

    private static final String CONTAINERS = "div, section, article, main, span, font, center";
    private static final String BLOCK_CHILDREN = "div, p, section, article, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre, "
            + "figure, form, header, footer, aside, nav, main";

    /**
     * Prose written without paragraph elements (text and line breaks straight inside a div or a
     * section, as blog engines and older sites do) is turned into paragraphs, so the scoring sees it:
     * a container with no block children becomes a paragraph; loose text beside blocks is wrapped.
     */
    static void wrapLooseText(Element root) {
        for (Element c : root.select(CONTAINERS)) {
            if (c == root || c.parent() == null) continue;
            boolean hasBlocks = false;
            for (Element child : c.children()) hasBlocks |= child.is(BLOCK_CHILDREN);
            if (!hasBlocks) {
                if (c.is("div, section") && c.ownText().length() + textOfInline(c) >= 40 && c.text().length() >= 40) c.tagName("p");
                continue;
            }
            List<Node> loose = new ArrayList<>();
            for (Node n : c.childNodes()) {
                if (n instanceof TextNode t && t.text().strip().length() >= 40) loose.add(n);
            }
            for (Node n : loose) n.wrap("<p></p>");
        }
    }

    private static int textOfInline(Element e) {
        int n = 0;
        for (Element child : e.children()) if (child.is("span, a, b, i, em, strong, font, u, small, br")) n += child.text().length();
        return n;
    }
}
