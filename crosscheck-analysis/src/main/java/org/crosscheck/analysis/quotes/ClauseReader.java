package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * Where the clauses around a quotation begin and end, so a verb of saying frames only the words of its
 * own clause: an aside set off by dashes, a participle that describes a noun rather than says anything,
 * a subordinate clause that opens the sentence, and the "that" clause of a noun for a statement.
 * Stateless and thread-safe.
 */
final class ClauseReader {
    /** Dashes that set off an aside when spaced from the word before them. */
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");
    private static final Set<String> POSSESSIVE_PRONOUNS = QuoteLexicon.words("possessive-pronouns.txt");

    private final QuoteLexicon lexicon;

    ClauseReader(QuoteLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /**
     * Whether token {@code i} lies in an aside set off by dashes that leaves the quotation out: between two
     * dashes ("“...” — and engineers had warned of it — Lind said"), or after a dash that follows the
     * quotation and runs to the sentence's end ("Lind said: “...” — a view the council rejects").
     */
    static boolean inDashAside(String text, List<Token> frame, int i, Span quote) {
        int open = -1;
        for (int j = i - 1; j >= 0; j--) {
            Token x = frame.get(j);
            if (endsSentence(x) || x.end() <= quote.start() && quote.start() < frame.get(j + 1).start()) break;
            if (dash(frame, j)) {
                open = j;
                break;
            }
        }
        if (open < 0) return false;
        Token opener = frame.get(open);
        boolean trailing = quote.end() <= opener.start() && onlyMarks(text, quote.end(), opener.start());
        if (trailing) return true;
        for (int j = i + 1; j < frame.size(); j++) {
            Token x = frame.get(j);
            if (endsSentence(x) || frame.get(j - 1).end() <= quote.start() && quote.start() < x.start()) return false;
            if (dash(frame, j)) return true;
        }
        return false;
    }

    /**
     * Whether the verb at {@code i} is a participle describing the object of a preposition ("the figures in the
     * report published by the agency were ..."), not a verb of saying with a subject: it follows a prepositional
     * phrase and is followed by its agent ("by the agency") or by prepositional phrases and then the sentence's
     * own verb ("found at the pier was"). A clause opened by a subordinator ("As the agency reported, ...") keeps
     * its verb, and so does a verb followed by a clause of its own ("officials in the town said the mayor was").
     */
    boolean describesPrepositionalObject(List<Token> frame, int i, Span quote) {
        Token v = frame.get(i);
        String w = v.text().toLowerCase(Locale.ROOT);
        if (!v.is(Upos.VERB) || w.endsWith("s") || w.endsWith("ing") || i < 2 || i + 1 >= frame.size()) return false;
        int k = i - 1;
        if (!nominal(frame.get(k))) return false;
        while (k >= 0 && inPhrase(frame.get(k))) k--;
        if (k < 0 || !frame.get(k).is(Upos.ADP) || lexicon.subordinator(frame.get(k).text())) return false;
        if (!frame.get(i + 1).is(Upos.ADP)) return false;
        for (int j = i + 1; j < frame.size() && frame.get(j).end() <= quote.start(); j++) {
            Token x = frame.get(j);
            if (x.text().equalsIgnoreCase("by")) return true;
            if (x.is(Upos.AUX) || x.is(Upos.VERB)) return true;
            boolean newPhrase = (x.is(Upos.DET) || nominal(x)) && nominal(frame.get(j - 1)) && j - 1 > i;
            if (!x.is(Upos.ADP) && !inPhrase(x) || newPhrase) return false;
        }
        return false;
    }

    /**
     * The index in {@code tokens} of the comma that closes a subordinate clause opening the sentence ("When
     * the mayor announced the closure, ..."), or -1 when the sentence does not open with one. An "as" clause
     * that only says who reported what follows ("As the agency reported on Monday, ...") is an attribution,
     * not a subordinate clause.
     */
    int openingClauseEnd(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && (tokens.get(k).is(Upos.CCONJ) || tokens.get(k).text().equalsIgnoreCase("even"))) k++;
        if (k >= tokens.size() || !lexicon.subordinator(tokens.get(k).text())) return -1;
        boolean as = tokens.get(k).text().equalsIgnoreCase("as");
        for (int j = k + 1; j < Math.min(tokens.size(), k + 30); j++) {
            Token x = tokens.get(j);
            if (endsSentence(x) || x.text().equals(";") || QuoteMarks.OPENERS.indexOf(x.text().charAt(0)) >= 0) return -1;
            if (!x.text().equals(",")) continue;
            if (j == k + 1) return -1;
            if (as && reportsOnly(tokens, k + 1, j)) return -1;
            return j;
        }
        return -1;
    }

    /**
     * Whether {@code w} lies in a subordinate clause that opens the sentence before any comma ("When Ana noted that
     * the fees were unpaid"), where the sentence's main clause cannot have started yet.
     */
    boolean inOpeningClause(List<Token> tokens, Token w) {
        int k = 0;
        while (k < tokens.size() && (tokens.get(k).is(Upos.CCONJ) || tokens.get(k).text().equalsIgnoreCase("even"))) k++;
        if (k >= tokens.size() || !lexicon.subordinator(tokens.get(k).text()) || w.start() <= tokens.get(k).start()) return false;
        for (int j = k + 1; j < tokens.size() && tokens.get(j).end() <= w.start(); j++) {
            if (tokens.get(j).text().equals(",") || endsSentence(tokens.get(j))) return false;
        }
        return true;
    }

    /** "the agency reported", "the agency reported on Monday": a subject and a verb of saying with at most an adverbial after it. */
    private static boolean reportsOnly(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!Cues.speech(t.get(j).text()) || !t.get(j).is(Upos.VERB)) continue;
            return j + 1 == to || t.get(j + 1).is(Upos.ADP) || t.get(j + 1).is(Upos.ADV)
                    || NounPhrase.TIME_WORDS.contains(t.get(j + 1).text().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** A noun for a statement, the phrase naming its owner, and the "that" clause it reports. */
    record StatementClause(int noun, NounPhrase owner, int from, int end) {}

    /**
     * The statement clause whose "that" clause holds the quotation ("Mayor Berg's claim that the bridge was
     * “never at risk” drew criticism"), or null. Between the noun and "that" may stand a prepositional phrase
     * ("the mayor's comments to reporters that ..."); a verb of saying inside the clause before the quotation
     * frames it instead, and so the clause is not returned.
     */
    @Nullable StatementClause statementHolding(List<Token> t, Span quote) {
        for (int i = 1; i < t.size() - 2; i++) {
            if (!t.get(i).is(Upos.NOUN) || !lexicon.statementNoun(t.get(i).text())) continue;
            int that = i + 1;
            if (t.get(that).is(Upos.ADP)) {
                that++;
                while (that < t.size() && that < i + 7 && inPhrase(t.get(that)) && !t.get(that).text().equalsIgnoreCase("that")) that++;
            }
            if (that >= t.size() - 1 || !t.get(that).text().equalsIgnoreCase("that")) continue;
            int from = that + 1;
            if (quote.start() < t.get(from).start()) continue;
            int end = ReportedSpeech.clauseEnd(t, from);
            if (end <= from || quote.start() >= t.get(end - 1).end()) continue;
            boolean cueInside = false;
            for (int j = from; j < end && t.get(j).end() <= quote.start(); j++) {
                if (Cues.speech(t.get(j).text()) && t.get(j).is(Upos.VERB)) cueInside = true;
            }
            if (cueInside) continue;
            NounPhrase owner = owner(t, i);
            if (owner != null) return new StatementClause(i, owner, from, end);
        }
        return null;
    }

    /** Who owns the statement noun at {@code noun}: "her (repeated) claim", "the mayor's claim"; null when no one does. */
    static @Nullable NounPhrase owner(List<Token> t, int noun) {
        int k = noun - 1;
        while (k > 0 && t.get(k).is(Upos.ADJ)) k--; // "her repeated claim"
        Token owner = t.get(k);
        if (owner.is(Upos.PRON) && POSSESSIVE_PRONOUNS.contains(owner.text().toLowerCase(Locale.ROOT))) {
            String p = owner.text().toLowerCase(Locale.ROOT);
            return new NounPhrase(owner.start(), owner.end(), true, owner.end(), p.equals("his") ? "he" : p.equals("her") ? "she" : "they");
        }
        if ((owner.text().equals("'s") || owner.text().equals("’s")) && k > 0) return NounPhrase.before(t, k);
        return null;
    }

    private static boolean dash(List<Token> frame, int j) {
        return DASHES.contains(frame.get(j).text()) && (j == 0 || frame.get(j - 1).end() < frame.get(j).start());
    }

    private static boolean endsSentence(Token x) {
        return x.text().equals(".") || x.text().equals("?") || x.text().equals("!");
    }

    private static boolean nominal(Token t) {
        return t.is(Upos.NOUN) || t.is(Upos.PROPN);
    }

    private static boolean inPhrase(Token t) {
        return nominal(t) || t.is(Upos.ADJ) || t.is(Upos.DET) || t.is(Upos.NUM) || t.text().equals("'s") || t.text().equals("’s")
                || t.is(Upos.PRON) && POSSESSIVE_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Whether only punctuation, quotation marks and spaces lie between two offsets. */
    private static boolean onlyMarks(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }
}
