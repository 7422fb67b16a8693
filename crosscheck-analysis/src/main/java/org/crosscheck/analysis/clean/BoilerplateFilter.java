package org.crosscheck.analysis.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.text.Line;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.JunkKind;
import org.crosscheck.model.Removed;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article in a document's extracted text, one line (paragraph) at a time: the title,
 * the article's own paragraphs, and every other non-blank line as removed junk with its kind.
 * Besides the one-line rules of {@link LineRules} it uses the line's neighbours: headline-like lines
 * that recur (page headers), captions followed by their credit, the line after a teaser marker,
 * form fields under a subscribe heading, and the tail of short lines after the article ends.
 * Stateless and thread-safe.
 */
public final class BoilerplateFilter implements DocumentStage {
    public static final Key<CleanedDocument> CLEANED = Key.named("cleaned");

    /** A paragraph this long with a sentence ending is article prose. */
    private static final int PROSE_WORDS = 15;

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(CLEANED);
    }

    @Override
    public DocumentAnalysis apply(DocumentAnalysis doc) {
        return doc.with(CLEANED, clean(doc.source()));
    }

    CleanedDocument clean(SourceDocument source) {
        List<Line> lines = Line.split(source.text()).stream().filter(l -> !l.blank()).toList();
        Map<Integer, JunkKind> junk = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<JunkKind> k = LineRules.classify(lines.get(i).text());
            if (k.isPresent()) junk.put(i, k.get());
        }
        int title = findTitle(source, lines, junk);
        Set<Integer> titleZone = titleZone(lines, title, junk, source.meta().title() == null);
        markRepeats(lines, title, titleZone, junk);
        markCaptionPairs(source.text(), lines, junk);
        markAfterTeasers(source.text(), lines, junk);
        markTeaserRuns(lines, junk);
        markPullQuotes(lines, junk, titleZone);
        markFormFields(lines, junk);
        markTail(lines, junk);

        List<Span> paragraphs = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Span span = source.span(l.trimmedStart(), l.trimmedEnd());
            JunkKind k = junk.get(i);
            if (k != null) {
                removed.add(k == JunkKind.OTHER && LineRules.editorNote(l.text()) ? new Removed(span, k, Removed.EDITOR_NOTE)
                        : new Removed(span, k));
            } else if (!titleZone.contains(i)) {
                paragraphs.add(span);
            }
        }
        Span titleSpan = title < 0 ? null : titleSpan(source, lines.get(title));
        Set<DocumentFlag> flags = new HashSet<>();
        if (paragraphs.isEmpty()) flags.add(DocumentFlag.NO_BODY);
        if (GarbleDetector.looksGarbled(paragraphs)) flags.add(DocumentFlag.MACHINE_TRANSLATED);
        return new CleanedDocument(titleSpan, paragraphs, removed, flags);
    }

    /** The title without markdown heading marks. */
    private static Span titleSpan(SourceDocument source, Line line) {
        int s = line.trimmedStart();
        String text = source.text();
        while (s < line.trimmedEnd() && (text.charAt(s) == '#' || Character.isWhitespace(text.charAt(s)))) s++;
        return source.span(s, line.trimmedEnd());
    }

    /** How far down a page the headline may sit below mastheads, section labels and navigation. */
    private static final int TITLE_SEARCH = 8;
    /** A headline that ends like a sentence is one sentence of at most this many words. */
    private static final int SENTENCE_TITLE_WORDS = 24;
    private static final java.util.regex.Pattern INNER_SENTENCE_END =
            java.util.regex.Pattern.compile("\\p{Ll}{2,}[.!?][\"”’')]*\\s+[\"“‘(]?\\p{Lu}");
    /** A paragraph that opens with a dateline ("WASHINGTON (Agency) -", "PARIS, May 2 —") is the story, not its headline. */
    static final java.util.regex.Pattern DATELINE_START = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L}.' ]{2,25}){0,2}(?:\\s*\\([^)]{2,40}\\))?\\s*[-–—―]{1,2}\\s");
    private static final java.util.regex.Pattern PRONOUN_START = java.util.regex.Pattern.compile("^(?:" + CleaningLexicon.regex("pronoun-openers.txt") + ")\\b");

    /**
     * The index of the title line, or -1. A title declared by the format wins when the text has it;
     * otherwise the headline is the first line, below any masthead, section label or navigation trail
     * (these are marked as junk here), that reads as a title: short, and either without a sentence's
     * final punctuation or one sentence shorter than the prose paragraph that follows it, whatever its
     * final punctuation. A first paragraph that opens with a dateline means the text has no headline.
     */
    private static int findTitle(SourceDocument source, List<Line> lines, Map<Integer, JunkKind> junk) {
        @Nullable String declared = source.meta().title();
        if (declared != null && !declared.isBlank()) {
            String want = Words.normalize(declared);
            for (int i = 0; i < Math.min(lines.size(), 20); i++) {
                String have = Words.normalize(LineRules.strip(lines.get(i).text()));
                if (!have.isEmpty() && (want.equals(have) || want.startsWith(have) || have.startsWith(want))) return i;
            }
        }
        for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH); i++) {
            if (junk.containsKey(i)) continue;
            String s = LineRules.strip(lines.get(i).text());
            int words = Words.count(s);
            if (Mastheads.sectionLabel(s)) {
                junk.put(i, JunkKind.OTHER);
                continue;
            }
            if (Mastheads.masthead(s) && nextTitleLike(lines, i, junk)) {
                junk.put(i, JunkKind.OTHER);
                continue;
            }
            if (words < 3) continue; // a label above the headline
            if (DATELINE_START.matcher(s).find() || PRONOUN_START.matcher(s).find()) return -1;
            boolean heading = lines.get(i).text().strip().startsWith("#");
            if (words <= 30 && (heading || !LineRules.endsLikeSentence(s))) return i;
            if (words <= SENTENCE_TITLE_WORDS && !INNER_SENTENCE_END.matcher(s).find() && shorterThanNextProse(lines, i, words, junk)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** Whether a line of prose (a long paragraph ending like a sentence) follows within a few lines and is longer. */
    private static boolean shorterThanNextProse(List<Line> lines, int i, int words, Map<Integer, JunkKind> junk) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
            if (junk.containsKey(j)) continue;
            String s = lines.get(j).text();
            int w = Words.count(s);
            if (w >= PROSE_WORDS && LineRules.endsLikeSentence(s)) return w > words;
        }
        return false;
    }

    /** Whether the next line that is not junk could be a headline: a masthead sits above one. */
    private static boolean nextTitleLike(List<Line> lines, int i, Map<Integer, JunkKind> junk) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
            if (junk.containsKey(j)) continue;
            String s = LineRules.strip(lines.get(j).text());
            if (Mastheads.sectionLabel(s)) continue;
            return Words.count(s) >= 3;
        }
        return false;
    }

    /**
     * The title and the standfirst right under it: up to two lines before the first paragraph of prose
     * that repeat the lede further down or are short and headline-like.
     */
    private static Set<Integer> titleZone(List<Line> lines, int title, Map<Integer, JunkKind> junk, boolean plainText) {
        Set<Integer> zone = new HashSet<>();
        if (title < 0) return zone;
        zone.add(title);
        // the story starts at its dateline: what stands between the headline and it (standfirst, caption, video blurb) is not its prose
        for (int j = title + 1; j < Math.min(lines.size(), title + 5); j++) {
            if (junk.containsKey(j)) continue;
            if (DATELINE_START.matcher(LineRules.strip(lines.get(j).text())).find()) {
                for (int i = title + 1; i < j; i++) if (!junk.containsKey(i)) zone.add(i);
                return zone;
            }
            if (Words.count(lines.get(j).text()) >= PROSE_WORDS && !DATELINE_START.matcher(LineRules.strip(lines.get(j).text())).find()
                    && j > title + 2) {
                break;
            }
        }
        for (int i = title + 1; i < Math.min(lines.size(), title + 3); i++) {
            if (junk.containsKey(i)) continue;
            String s = lines.get(i).text();
            String norm = Words.normalize(LineRules.strip(s));
            boolean repeatsLater = false;
            for (int j = i + 1; j < lines.size(); j++) {
                if (Words.normalize(LineRules.strip(lines.get(j).text())).equals(norm)) {
                    repeatsLater = true;
                    break;
                }
            }
            int words = Words.count(s);
            if (repeatsLater) {
                zone.add(i);
            } else if (!LineRules.endsLikeSentence(s) && words <= 25 && !s.strip().startsWith("#")) {
                zone.add(i); // a standfirst: a headline-like line under the headline
            } else if (plainText && i == title + 1 && words <= STANDFIRST_SENTENCE_WORDS && !INNER_SENTENCE_END.matcher(LineRules.strip(s)).find()
                    && shorterThanNextProse(lines, i, words, junk)) {
                // copied text keeps a one-line summary under its headline; a page's own markup already set its headline
                // apart, and the short line under it there is the lede (checked on the article-extraction pages)
                zone.add(i);
            } else {
                break;
            }
        }
        return zone;
    }

    /**
     * In a run of teasers at the foot of a page, a "Label: headline" line between two of them is one
     * more teaser ("Feature name: another story").
     */
    private static void markTeaserRuns(List<Line> lines, Map<Integer, JunkKind> junk) {
        for (int i = 0; i < lines.size(); i++) {
            if (junk.containsKey(i)) continue;
            String s = LineRules.strip(lines.get(i).text());
            if (!LABELLED.matcher(s).find() || Words.count(s) > 25) continue;
            boolean before = false;
            boolean after = false;
            for (int j = Math.max(0, i - 2); j < i; j++) before |= teaser(junk.get(j));
            for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) after |= teaser(junk.get(j));
            if (before && after) junk.put(i, JunkKind.TEASER);
        }
    }

    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("^(?:The )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}:\\s+\\S");

    private static boolean teaser(@Nullable JunkKind k) {
        return k == JunkKind.TEASER || k == JunkKind.RELATED_LINK;
    }

    private static final java.util.regex.Pattern WHOLLY_QUOTED = java.util.regex.Pattern.compile("^[\"“'‘](.{20,})[\"”'’]\\W?$");

    /**
     * A pull quote: a paragraph that is nothing but a quotation, with no one named outside the marks,
     * whose words the article quotes in full elsewhere (with its speaker). It is a display copy, not a
     * second statement.
     */
    private static void markPullQuotes(List<Line> lines, Map<Integer, JunkKind> junk, Set<Integer> titleZone) {
        for (int i = 0; i < lines.size(); i++) {
            if (junk.containsKey(i) || titleZone.contains(i)) continue;
            java.util.regex.Matcher m = WHOLLY_QUOTED.matcher(LineRules.strip(lines.get(i).text()));
            if (!m.matches()) continue;
            String inside = Words.normalize(m.group(1)).replaceAll("[\\p{Punct}\\s]+$", "");
            if (Words.count(inside) < 8) continue;
            for (int j = 0; j < lines.size(); j++) {
                if (j != i && Words.normalize(lines.get(j).text()).contains(inside)) {
                    junk.put(i, JunkKind.OTHER);
                    break;
                }
            }
        }
    }

    /** A summary under a headline that ends like a sentence is at most this long; a lede is longer. */
    private static final int STANDFIRST_SENTENCE_WORDS = 10;

    /** Headline-like lines that occur again are page headers printed at every page break. */
    private static void markRepeats(List<Line> lines, int title, Set<Integer> titleZone, Map<Integer, JunkKind> junk) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).text();
            String norm = Words.normalize(LineRules.strip(s));
            if (Words.count(s) < 3) continue;
            Integer before = first.putIfAbsent(norm, i);
            if (before == null) continue;
            boolean headline = !LineRules.endsLikeSentence(s) || before == title;
            if (headline || titleZone.contains(before)) {
                if (headline) junk.putIfAbsent(i, JunkKind.REPEATED_HEADER);
                // a sentence repeated from the standfirst is the lede itself: keep it in the body
            } else {
                junk.putIfAbsent(i, JunkKind.REPEATED_HEADER);
            }
        }
    }

    /** A short line directly above a caption (no blank line between) is the photo's alt text. */
    private static void markCaptionPairs(String text, List<Line> lines, Map<Integer, JunkKind> junk) {
        for (int i = 1; i < lines.size(); i++) {
            if (junk.get(i) != JunkKind.CAPTION || junk.containsKey(i - 1)) continue;
            Line prev = lines.get(i - 1);
            if (adjacent(text, prev, lines.get(i)) && Words.count(prev.text()) <= 30) junk.put(i - 1, JunkKind.CAPTION);
        }
    }

    /** The line right under a teaser marker ("LISTEN | ...") is the teaser's blurb. */
    private static void markAfterTeasers(String text, List<Line> lines, Map<Integer, JunkKind> junk) {
        List<Integer> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (LineRules.TEASER.matcher(LineRules.strip(lines.get(i).text())).find()) markers.add(i);
        for (int i : markers) {
            if (i + 1 < lines.size() && !junk.containsKey(i + 1) && adjacent(text, lines.get(i), lines.get(i + 1))
                    && Words.count(lines.get(i + 1).text()) <= 150) {
                junk.put(i + 1, JunkKind.TEASER);
            }
        }
    }

    /** Under a subscribe or comment heading, the short lines that follow are the form's fields. */
    private static void markFormFields(List<Line> lines, Map<Integer, JunkKind> junk) {
        for (int i = 0; i < lines.size(); i++) {
            JunkKind k = junk.get(i);
            if (k != JunkKind.SUBSCRIBE && k != JunkKind.COMMENT_FORM) continue;
            for (int j = i + 1; j < lines.size() && j <= i + 12; j++) {
                String s = lines.get(j).text();
                if (Words.count(s) > 12 || LineRules.endsLikeSentence(s) && Words.count(s) > 6) break;
                junk.putIfAbsent(j, k);
            }
        }
    }

    /**
     * After the last paragraph of prose, once junk has started, whatever short lines follow are page
     * furniture too (contact blocks, course adverts): an article does not resume after its footer.
     */
    private static void markTail(List<Line> lines, Map<Integer, JunkKind> junk) {
        int lastProse = -1;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).text();
            if (!junk.containsKey(i) && Words.count(s) >= PROSE_WORDS && LineRules.endsLikeSentence(s)) lastProse = i;
        }
        if (lastProse < 0) return; // no paragraph of prose to end after: a short text is not a footer
        boolean started = false;
        for (int i = lastProse + 1; i < lines.size(); i++) {
            if (junk.containsKey(i)) {
                started = true;
            } else if (started && Words.count(lines.get(i).text()) < PROSE_WORDS) {
                junk.put(i, JunkKind.OTHER);
            }
        }
    }

    private static boolean adjacent(String text, Line a, Line b) {
        return text.substring(a.end(), b.start()).chars().filter(c -> c == '\n').count() <= 1;
    }
}
