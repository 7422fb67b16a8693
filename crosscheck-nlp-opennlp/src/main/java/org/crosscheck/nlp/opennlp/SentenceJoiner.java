package org.crosscheck.nlp.opennlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.WordLists;

/**
 * Undoes the cuts OpenNLP's statistical sentence detector makes where English prose does not end a
 * sentence: after an abbreviation ("St. Aurelia"), a middle initial, a clock time followed by its
 * zone or day ("9 p.m. EDT on Friday"), before a lower-case word, and between a quotation and the
 * words that attribute it ("“Why now?” Lind asked."). Also moves a cut made before a quotation's
 * closing mark ("“We did it!" | "” the mayor shouted") to after the mark, so no sentence starts with
 * one. The English words it needs are read from the resource files beside this class. Immutable and
 * thread-safe.
 */
final class SentenceJoiner {
    /** A name's middle initial ("Vann R. Newkirk"): a cut after it, before another capitalised word, is undone. */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\.\\s*$");
    /** The last word before a full stop, a word of its own ("St.", not the "st" of "1st."). */
    private static final Pattern LAST_ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{N}_])(\\p{L}+)\\.\\s*$");
    private static final Pattern CLOCK_TIME = Pattern.compile("(?i)\\b[ap]\\.m\\.\\s*$");
    /** An exclamation or a question, where a quotation can go on after a cut. */
    private static final Pattern INSIDE_END = Pattern.compile("[!?]\\s*$");
    /** A quotation that closed with the end of its own sentence: "... did it!”", "... did it! ”". */
    private static final Pattern CLOSED_QUOTATION = Pattern.compile("[.!?]\\s*[”\"’]\\s*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Marks that open a quotation. */
    private static final String OPENING = "“\"‘'";
    /** A title or an initial inside a speaker's name ("Mr.", "R."), not a sentence's end. */
    private static final Pattern NAME_DOT = Pattern.compile("\\p{Lu}\\p{Ll}{0,3}\\.");

    private final Set<String> abbreviations;
    private final Set<String> clockTimeFollowers;
    private final Set<String> cueVerbs;
    private final Set<String> tailWords;
    private final Set<String> pronouns;

    private SentenceJoiner(Set<String> abbreviations, Set<String> clockTimeFollowers, Set<String> cueVerbs, Set<String> tailWords,
            Set<String> pronouns) {
        this.abbreviations = abbreviations;
        this.clockTimeFollowers = clockTimeFollowers;
        this.cueVerbs = cueVerbs;
        this.tailWords = tailWords;
        this.pronouns = pronouns;
    }

    /** The English rules, with the word lists of this package's resource files. */
    static SentenceJoiner english() {
        return new SentenceJoiner(words("abbreviations.txt", true), words("clock-time-followers.txt", false),
                words("quote-cue-verbs.txt", true), words("attribution-tail-words.txt", true), words("pronouns.txt", true));
    }

    /**
     * How many characters at the start of {@code after} are a closing quotation mark (with the spaces
     * before it) that closes a quotation opened in {@code before}, the line up to the cut; 0 when it
     * starts otherwise. A straight or single mark closes only when the marks before it leave a
     * quotation open and no word is glued to its right, as one is to an opening mark ("“We", "\"We").
     */
    int closingMarks(String before, String after) {
        int i = 0;
        while (i < after.length() && Character.isWhitespace(after.charAt(i))) i++;
        if (i == after.length()) return 0;
        char c = after.charAt(i);
        boolean free = i + 1 == after.length() || !Character.isLetterOrDigit(after.charAt(i + 1));
        boolean closes = c == '”'
                || c == '"' && free && count(before, '"') % 2 == 1
                || c == '’' && free && count(before, '‘') > count(before, '’');
        return closes ? i + 1 : 0;
    }

    /** Whether {@code word} (without its dot) is an abbreviation whose dot ends no sentence ("Mrs", "Sen", "St"). */
    boolean abbreviation(String word) {
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the cut between {@code before} and {@code after}, two neighbouring pieces of one line, is undone. */
    boolean joins(String before, String after) {
        String next = after.strip();
        if (next.isEmpty()) return true;
        if (Character.isLowerCase(next.charAt(0))) return true;
        if (MIDDLE_INITIAL.matcher(before).find() && Character.isUpperCase(next.charAt(0))) return true;
        Matcher abbreviation = LAST_ABBREVIATION.matcher(before);
        if (abbreviation.find() && abbreviations.contains(abbreviation.group(1).toLowerCase(Locale.ROOT))) return true;
        if (CLOCK_TIME.matcher(before).find() && continuesClockTime(next)) return true;
        return CLOSED_QUOTATION.matcher(before).find() && attributes(next);
    }

    /**
     * Whether a cut after "!" or "?" inside a quotation ("Crowds chanted “No more! | No more!” as ...")
     * is undone: {@code line} is the line up to the cut and leaves a quotation open, {@code before} the
     * sentence the cut would end, and the quotation closes in {@code after}, the rest of the line, on a
     * comma, or with a lower-case word or the words that attribute it right after its closing mark.
     */
    boolean continuesQuotation(String line, String before, String after) {
        if (!INSIDE_END.matcher(before).find()) return false;
        int close;
        if (count(line, '“') > count(line, '”')) {
            close = after.indexOf('”');
        } else if (count(line, '"') % 2 == 1) {
            close = after.indexOf('"');
        } else {
            return false;
        }
        if (close < 0) return false;
        String rest = after.substring(close + 1).strip();
        // a quotation closed on a comma ("... a lawyer,” Lind told reporters) goes on in the same sentence
        boolean comma = close > 0 && after.charAt(close - 1) == ',';
        return !rest.isEmpty() && (comma || Character.isLowerCase(rest.charAt(0)) || attributes(rest));
    }

    /** "EDT on Friday", "Friday EDT,", "EST.": a zone or a day that belongs to the time before it. */
    private boolean continuesClockTime(String next) {
        Matcher w = WORD.matcher(next);
        if (!w.find() || !clockTimeFollower(w.group())) return false;
        if (!w.find()) return true;
        String second = w.group();
        char c = second.charAt(0);
        return !Character.isLetter(c) || Character.isLowerCase(c) || clockTimeFollower(second);
    }

    private boolean clockTimeFollower(String word) {
        String bare = word.replaceAll("[,;:!?)]+$", "");
        return clockTimeFollowers.contains(bare) || bare.endsWith(".") && clockTimeFollowers.contains(bare.substring(0, bare.length() - 1));
    }

    /**
     * "Lind asked.", "Mayor Lind shouted, and ...", "Trump said in a tweet.": up to four capitalised
     * words naming the speaker (not a pronoun: "She adds ..." starts a sentence), then a verb of saying
     * that ends there, is set off by punctuation (but not before the next quotation: "Lind adds, “..."),
     * or goes on with a word of the attribution ("in", "of", "Friday") rather than with what is said
     * ("Officials said the plan ...").
     */
    private boolean attributes(String next) {
        String[] words = next.split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || pronouns.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        for (int k = 1; k < Math.min(words.length, 5); k++) {
            String speaker = words[k - 1];
            if (!Character.isUpperCase(speaker.charAt(0)) || speaker.matches(".*[,;:!?\"“”]$")
                    || speaker.endsWith(".") && !NAME_DOT.matcher(speaker).matches()) {
                return false;
            }
            String verb = words[k].toLowerCase(Locale.ROOT);
            String bareVerb = verb.replaceAll("\\p{P}+$", "");
            if (!cueVerbs.contains(bareVerb)) continue;
            if (k + 1 == words.length || verb.matches(".*[.!?]$")) return true;
            String then = words[k + 1];
            if (OPENING.indexOf(then.charAt(0)) >= 0) return false;
            if (!bareVerb.equals(verb)) return true;
            return tailWords.contains(then.replaceAll("\\p{P}+$", "").toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static Set<String> words(String file, boolean lowerCase) {
        return Set.copyOf(lowerCase ? WordLists.lowerCase(SentenceJoiner.class, file) : WordLists.entries(SentenceJoiner.class, file));
    }
}
