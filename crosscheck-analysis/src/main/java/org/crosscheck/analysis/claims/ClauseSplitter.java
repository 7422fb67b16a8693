package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.Span;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a sentence into the clauses that can carry a claim of their own, so that "While the office
 * could not confirm the estimates, it concluded that detention was widespread" is two statements,
 * each of which another source may report alone. Works on punctuation and part-of-speech tags, not a
 * parse: a cut falls at a semicolon, colon or dash; at a comma before a relative or subordinating
 * word ("which", "while", "but") or a participle ("saying", "adding"); at "but", "whereas",
 * "although" or "because" in mid-sentence; and after the first comma of a sentence that opens with a
 * subordinate clause ("While ..., "). No parser on Maven Central is both fast and
 * licence-compatible enough for this; the cuts only have to find units, not analyse them.
 */
final class ClauseSplitter {
    /** Fewest content words a clause needs to count as a statement: as many as a sentence. */
    static final int MIN_CONTENT_WORDS = ClaimClusterer.MIN_WORDS;

    private static final Set<String> HARD = Set.of(";", ":", "—", "–", "--");
    private static final Set<String> AFTER_COMMA = ClaimLexicon.words("after-comma-openers.txt");
    private static final Set<String> ALONE = ClaimLexicon.words("clause-breaks.txt");
    private static final Set<String> OPENERS = ClaimLexicon.words("subordinate-openers.txt");

    private ClauseSplitter() {}

    /** The clauses of {@code sentence}, or none when it does not split into two or more statements. */
    static List<Span> clauses(SourceDocument doc, Sentence sentence) {
        List<Token> t = sentence.tokens();
        if (t.size() < 6) return List.of();
        String text = doc.text();
        List<Integer> cuts = new ArrayList<>(); // token indexes where a clause starts
        boolean opener = OPENERS.contains(lower(t.get(0)));
        for (int i = 1; i < t.size() - 1; i++) {
            Token tok = t.get(i);
            String w = lower(tok);
            Token next = t.get(i + 1);
            if (HARD.contains(tok.text()) || tok.text().equals("-") && spaced(text, tok)) {
                cuts.add(i + 1);
            } else if (tok.text().equals(",")) {
                String n = lower(next);
                if (opener) {
                    cuts.add(i + 1);
                    opener = false;
                } else if (AFTER_COMMA.contains(n) || next.is(Upos.VERB) && n.endsWith("ing")) {
                    cuts.add(i + 1);
                }
            } else if (ALONE.contains(w) && !t.get(i - 1).text().equals(",")) {
                cuts.add(i);
            }
        }
        if (cuts.isEmpty()) return List.of();
        List<Span> out = new ArrayList<>();
        int from = 0;
        cuts.add(t.size());
        for (int cut : cuts) {
            Span s = piece(doc, t, from, cut);
            if (s != null) out.add(s);
            from = cut;
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static @Nullable Span piece(SourceDocument doc, List<Token> t, int from, int to) {
        // drop the punctuation that opened or closed the piece
        while (from < to && isCutMark(t.get(from).text())) from++;
        while (to > from && isCutMark(t.get(to - 1).text())) to--;
        if (from >= to) return null;
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        Span s = doc.span(start, end);
        return Words.content(s.text()).size() >= MIN_CONTENT_WORDS ? s : null;
    }

    private static boolean isCutMark(String s) {
        return s.equals(",") || HARD.contains(s) || s.equals("-");
    }

    private static boolean spaced(String text, Token tok) {
        return tok.start() > 0 && tok.end() < text.length() && Character.isWhitespace(text.charAt(tok.start() - 1))
                && Character.isWhitespace(text.charAt(tok.end()));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
