package org.crosscheck.analysis.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.JunkKind;

/**
 * Rules that recognise page junk from one line alone. Each rule is a pattern and a word limit:
 * junk is short, so a long line of prose that happens to contain "subscribe" stays in the article.
 * The patterns name the furniture of news pages in general (forms, share bars, credits), never the
 * wording of one site.
 */
final class LineRules {
    private record Rule(JunkKind kind, Pattern pattern, int maxWords) {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final List<Rule> RULES = List.of(
            new Rule(JunkKind.SUBSCRIBE, p(CleaningLexicon.regex("line-subscribe.txt")), 12),
            new Rule(JunkKind.COMMENT_FORM, p(CleaningLexicon.regex("line-comment-form.txt")), 14),
            new Rule(JunkKind.SHARE, p(CleaningLexicon.regex("line-share.txt")), 8),
            new Rule(JunkKind.RELATED_LINK, p(CleaningLexicon.regex("line-related-link.txt")), 12),
            new Rule(JunkKind.BYLINE, p(CleaningLexicon.regex("line-byline.txt")), 20),
            new Rule(JunkKind.CREDIT, p(CleaningLexicon.regex("line-credit.txt")), 12),
            new Rule(JunkKind.OTHER, p(CleaningLexicon.regex("line-other.txt")), 60),
            new Rule(JunkKind.CAPTION, p(CleaningLexicon.regex("line-caption.txt")), 80));

    /** ALL-CAPS lines of three words or more, or shouting with '!' or '>', are promotions, not prose. */
    private static final Pattern SHOUT = Pattern.compile("^[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*$");

    /** Teaser markers: an all-caps label and a bar or colon, such as "LISTEN |" or "WATCH:". */
    static final Pattern TEASER = Pattern.compile("^\\W*(" + CleaningLexicon.regex("teaser-labels.txt") + ")\\s*[|:]");

    private LineRules() {}

    /** The kind of junk {@code line} is on its own, if any. */
    static Optional<JunkKind> classify(String line) {
        String s = strip(line);
        if (s.isEmpty()) return Optional.of(JunkKind.OTHER);
        if (TEASER.matcher(s).find()) return Optional.of(JunkKind.TEASER);
        int words = Words.count(s);
        Optional<JunkKind> shape = shape(s, words);
        if (shape.isPresent()) return shape;
        for (Rule r : RULES) {
            if (words <= r.maxWords && r.pattern.matcher(s).find()) return Optional.of(r.kind);
        }
        if (SHOUT.matcher(s).matches() && (words >= 3 || s.endsWith("!") || s.endsWith(">"))) {
            return Optional.of(JunkKind.OTHER);
        }
        return Optional.empty();
    }

    private static final String SEPARATOR = "\\s+[|·•›»]\\s+|\\s*[|·•]\\s*";
    private static final Pattern COUNT = Pattern.compile("^\\d[\\d.,]*\\s*[kKmM]?\\+?\\s+(\\p{L}+)$");
    private static final Pattern LIST_LABEL = Pattern.compile(
            "^(?:" + CleaningLexicon.alternation(CleaningLexicon.LIST_LABELS) + ")\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT = Pattern.compile("^[(\\[]?\\s*(?:with )?(?:" + CleaningLexicon.alternation(CleaningLexicon.CREDIT_ROLES)
            + ")\\s+(?:by|from)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_INSIDE = Pattern.compile("[;,]\\s*(?:" + CleaningLexicon.alternation(CleaningLexicon.CREDIT_ROLES)
            + ")\\s+by\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STANDARDS = Pattern.compile("^(?:(?:" + CleaningLexicon.alternation(CleaningLexicon.STANDARDS_LABELS)
            + ")\\b|our \\p{L}+(?: \\p{L}+)?\\s*:)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TEASER_LEAD = Pattern.compile("^(?:" + CleaningLexicon.alternation(CleaningLexicon.TEASER_LEADS)
            + ")\\s*(?:[:|>»›]|-{1,2}|–|—)\\s*\\S", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EDITOR_NOTE = Pattern.compile("^[(\\[]?\\s*(?:" + CleaningLexicon.alternation(CleaningLexicon.EDITOR_NOTES)
            + ")\\s*[:.—–-]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUOTED = Pattern.compile("[\"“”«»]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    /**
     * Junk recognised by its shape rather than its wording: a run of short items between bars or dots
     * (a share bar when it names a network or a count, else a navigation trail), a line of counts
     * ("1.2k shares | 40 comments"), a tag list, a bracketed wire credit, a form addressing its reader,
     * a standards or disclaimer label, a teaser lead-in before another headline, an editor's note.
     */
    static Optional<JunkKind> shape(String s, int words) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String[] items = s.split(SEPARATOR);
        if (items.length >= 2 && words <= 40 && !s.startsWith("|")) { // a line opening with a bar is a table row
            boolean allShort = true;
            boolean share = false;
            boolean counts = true;
            String countKind = null;
            for (String item : items) {
                String it = item.strip().toLowerCase(java.util.Locale.ROOT);
                if (it.isEmpty()) continue;
                if (Words.count(it) > 4 || endsLikeSentence(it)) allShort = false;
                var c = COUNT.matcher(it);
                if (c.matches() && CleaningLexicon.COUNTED_THINGS.containsKey(c.group(1))) {
                    share = true;
                    countKind = CleaningLexicon.COUNTED_THINGS.get(c.group(1));
                } else {
                    counts = false;
                }
                if (sharing(it)) share = true;
            }
            if (allShort && share) return Optional.of(counts && "comment-form".equals(countKind) ? JunkKind.COMMENT_FORM : JunkKind.SHARE);
            if (allShort && items.length >= 3) return Optional.of(JunkKind.OTHER); // a navigation trail
        }
        var count = COUNT.matcher(lower);
        if (count.matches() && CleaningLexicon.COUNTED_THINGS.containsKey(count.group(1))) {
            return Optional.of(kind(CleaningLexicon.COUNTED_THINGS.get(count.group(1))));
        }
        if (words <= 60 && LIST_LABEL.matcher(s).find()) return Optional.of(JunkKind.OTHER);
        if (words <= 40 && (CREDIT.matcher(s).find() && (bracketed(s) || words <= 20 && !endsLikeSentence(s)) || bracketed(s) && CREDIT_INSIDE.matcher(s).find())) {
            return Optional.of(JunkKind.BYLINE);
        }
        if (words <= 20 && !QUOTED.matcher(s).find() && formPrompt(lower)) return Optional.of(JunkKind.COMMENT_FORM);
        if (words <= 40 && STANDARDS.matcher(s).find()) return Optional.of(JunkKind.OTHER);
        if (words <= 30 && TEASER_LEAD.matcher(s).find()) return Optional.of(JunkKind.RELATED_LINK);
        if (words <= 60 && EDITOR_NOTE.matcher(s).find()) return Optional.of(JunkKind.OTHER);
        return Optional.empty();
    }

    /** True when {@code line} opens with an editor's note label ("Editor's note: ..."). */
    static boolean editorNote(String line) {
        return EDITOR_NOTE.matcher(strip(line)).find();
    }

    /** "share on", "send via" before a network's name in a share bar's item. */
    private static final Pattern SHARE_VERB = Pattern.compile("^(" + CleaningLexicon.regex("share-verbs.txt") + ")( ("
            + CleaningLexicon.regex("share-prepositions.txt") + "))? ");

    private static boolean sharing(String item) {
        String it = SHARE_VERB.matcher(item).replaceAll("").strip();
        return CleaningLexicon.SHARE_NETWORKS.contains(it) || CleaningLexicon.SHARE_NETWORKS.contains(item.strip());
    }

    private static boolean bracketed(String s) {
        return s.matches("(?s)^[(\\[].*[)\\]][.]?$");
    }

    /**
     * A form's line: it speaks to the reader and names form fields, several of them or one in a line
     * too short to be a sentence of a how-to article ("Your email address will not be published").
     */
    private static boolean formPrompt(String lower) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        boolean reader = false;
        var m = WORD.matcher(lower);
        while (m.find()) {
            String w = m.group();
            if (CleaningLexicon.FORM_WORDS.contains(w)) fields.add(w);
            if (CleaningLexicon.READER_WORDS.contains(w)) reader = true;
        }
        return reader && (fields.size() >= 2 || fields.size() == 1 && Words.count(lower) <= 10);
    }

    private static JunkKind kind(String label) {
        for (JunkKind k : JunkKind.values()) if (k.label().equals(label)) return k;
        return JunkKind.OTHER;
    }

    /** The line without markdown decoration (#, *, escaping backslashes) around it. */
    static String strip(String line) {
        return line.strip().replaceAll("^[#*>_\\s]+", "").replaceAll("[*_\\s]+$", "").replace("\\", "").strip();
    }

    /** True when the line ends like a sentence rather than a headline. */
    static boolean endsLikeSentence(String line) {
        String s = strip(line);
        return s.matches("(?s).*[.!?…][\"”’')\\]]*$");
    }
}
