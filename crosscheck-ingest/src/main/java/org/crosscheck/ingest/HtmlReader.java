package org.crosscheck.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.SourceDocument.SourceMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * HTML to text with jsoup: the page's metadata (OpenGraph, article meta tags, JSON-LD, {@code
 * <title>}), and its readable blocks one per line with blank lines between, from the article or main
 * element when the page has one. Scripts, styles, navigation, forms, figures and elements whose class
 * or id names page furniture (cookie, share, subscribe, related, comment, ...) are left out here; the
 * line-level cleaning downstream handles what is left. Broken HTML is repaired the way browsers do.
 */
final class HtmlReader {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, button, select, input, textarea";
    /** Furniture by tag; removed only when small, since some sites wrap the whole page in a form or a header. */
    private static final String FURNITURE = "nav, header, footer, aside, form, figure, figcaption, [hidden], [aria-hidden=true]";
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(^|[-_ ])(cookie|consent|gdpr|subscribe|newsletter|share|sharing|social|related|recommend|comment|promo|advert|ads?|"
                    + "banner|breadcrumb|menu|sidebar|footer|header|nav|popup|modal|paywall|signup|outbrain|taboola|caption|credits?|byline"
                    + "|author|bio|tags?|keywords?|topics?|trending|recirc|more-stories|read-?more|inline-related|gallery|slideshow"
                    + "|donate|disclaimer|copyright|toolbar|login|sign-?in|rating|print|social|video-player)([-_ ]|$)");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd";
    private static final Pattern PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    /** JSON-LD's publisher: {"publisher": {"@type": "Organization", "name": "..."}} (the name may come before or after the type). */
    private static final Pattern PUBLISHER = Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{1,120})\"");
    /** The address a browser's "save page" writes into the copy: {@code <!-- saved from url=(0042)https://... -->}. */
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->");

    private HtmlReader() {}

    record Page(String text, SourceMetadata meta) {}

    static Page read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        SourceMetadata meta = meta(doc, html, baseUri);
        doc.select(NEVER_TEXT).remove();
        Element body = doc.body();
        int pageText = body == null ? 0 : body.text().length();
        for (Element e : new ArrayList<>(doc.getAllElements())) {
            if (e == body || e == doc || e.parent() == null) continue;
            String names = e.className() + " " + e.id();
            // furniture by tag or name, unless it holds most of the page: a wrapper called "has-sidebar" is not a sidebar
            boolean furniture = e.is(FURNITURE) || !names.isBlank() && FURNITURE_NAME.matcher(names).find();
            if (furniture && e.text().length() < pageText * 0.3 && !holdsProse(e)) e.remove();
        }
        if (body != null) MainContent.wrapLooseText(body);
        List<Element> roots = body == null ? List.of() : MainContent.article(body);
        if (roots.isEmpty() && body != null) roots = List.of(body);
        StringBuilder sb = new StringBuilder();
        if (meta.title() != null) sb.append(meta.title()).append("\n\n");
        Elements blocks = new Elements();
        for (Element root : roots) {
            if (root.is(BLOCKS)) blocks.add(root);
            blocks.addAll(root.select(BLOCKS));
        }
        java.util.Set<Element> chosen = new java.util.HashSet<>(blocks);
        for (Element b : blocks) {
            // a block inside another chosen block is written with it (a table cell's paragraphs with the cell)
            boolean nested = false;
            for (Element p = b.parent(); p != null && !nested; p = p.parent()) nested = chosen.contains(p);
            if (nested) continue;
            // a block that is mostly links is navigation: related stories, tag lists, "more from"
            if (!b.is("blockquote") && MainContent.linkDensity(b) > 0.5) continue; // a quoted post keeps its links
            String t = b.text().strip();
            if (t.isEmpty() || meta.title() != null && sb.length() == meta.title().length() + 2 && t.equals(meta.title())) continue;
            sb.append(t).append("\n\n");
        }
        if (blocks.isEmpty()) roots.forEach(r -> sb.append(r.wholeText().strip()).append("\n\n"));
        return new Page(sb.toString().strip() + "\n", meta);
    }

    /** Three paragraphs of real prose make an element part of the article, whatever its class says ("article-header", "tag-diy"). */
    private static boolean holdsProse(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 80 && ++n >= 3) return true;
        }
        return false;
    }

    private static SourceMetadata meta(Document doc, String html, String baseUri) {
        String title = first(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text() : doc.title().isBlank() ? null : doc.title();
        }
        String outlet = first(doc, "meta[property=og:site_name]", "meta[name=application-name]", "meta[name=publisher]");
        if (outlet == null) {
            for (Element s : doc.select("script[type=application/ld+json]")) {
                Matcher m = PUBLISHER.matcher(s.data());
                if (m.find()) {
                    outlet = m.group(1).strip();
                    break;
                }
            }
        }
        String url = first(doc, "meta[property=og:url]");
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            if (canonical != null) url = canonical.absUrl("href").isBlank() ? canonical.attr("href") : canonical.absUrl("href");
        }
        if (url == null) {
            Matcher saved = SAVED_FROM.matcher(html.length() > 4096 ? html.substring(0, 4096) : html);
            if (saved.find()) url = saved.group(1);
        }
        if (url == null && baseUri.matches("(?i)https?://.+")) url = baseUri; // a WARC record's target
        if (url != null && !url.matches("(?i)https?://\\S+")) url = null;
        String author = first(doc, "meta[name=author]", "meta[property=article:author]");
        if (author == null || author.startsWith("http")) {
            Element byline = doc.selectFirst("[itemprop=author], [rel=author], .byline, .author, .article-author");
            if (byline != null && !byline.text().isBlank() && byline.text().length() < 120) {
                author = byline.text().strip().replaceFirst("(?i)^by\\s+", "");
            }
        }
        String date = first(doc, "meta[property=article:published_time]", "meta[name=date]", "meta[name=pubdate]",
                "meta[itemprop=datePublished]", "meta[name=DC.date.issued]");
        if (date == null) {
            for (Element s : doc.select("script[type=application/ld+json]")) {
                Matcher m = PUBLISHED.matcher(s.data());
                if (m.find()) {
                    date = m.group(1);
                    break;
                }
            }
        }
        if (date == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) date = time.attr("datetime");
        }
        return new SourceMetadata(title == null ? null : title.strip(), outlet, author, parseDate(date), url);
    }

    private static @Nullable String first(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null && !e.attr("content").isBlank()) return e.attr("content").strip();
        }
        return null;
    }

    static @Nullable LocalDate parseDate(@Nullable String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return OffsetDateTime.parse(s.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(s);
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group());
                } catch (DateTimeParseException ignored) {
                    return null; // not a real date: treat as unknown
                }
            }
            return null;
        }
    }
}
