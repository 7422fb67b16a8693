package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;

/**
 * The subheadings of a story's body, found before quotes and speakers are read: a paragraph of a
 * few words, followed by more of the story, that does not end as a sentence does and reads as a
 * heading, either in title case ("Council Files Lawsuit") or without a verb ("‘Rigorous
 * assessment’", "Report recommendations"). A subheading repeats or announces what the paragraphs
 * under it say; it is never a quote nor a speaker. The headline itself is read apart by the
 * cleaning, which keeps it out of the paragraphs. Stateless.
 */
final class Subheadings {
    /** A subheading is a handful of words; a paragraph this long is prose whatever its ending. */
    private static final int MOST_WORDS = 10;

    private Subheadings() {}

    /** The paragraphs of a document that are subheadings, in order. */
    static List<Span> find(List<Span> paragraphs, List<Sentence> sentences) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            String line = p.text().strip();
            int words = Words.count(line);
            if (words == 0 || words > MOST_WORDS || endsAsSentence(line)) continue;
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : sentences) if (s.start() >= p.start() && s.end() <= p.end()) tokens.addAll(s.tokens());
            if (titleCase(tokens) || !Tokens.hasVerb(tokens)) out.add(p);
        }
        return out;
    }

    /** Whether a span lies inside one of the subheadings. */
    static boolean inside(List<Span> subheadings, int start, int end) {
        for (Span h : subheadings) if (h.start() <= start && end <= h.end()) return true;
        return false;
    }

    /** A sentence's end, a colon that opens what follows, or a comma that goes on: the line is prose. */
    private static boolean endsAsSentence(String line) {
        return line.matches("(?s).*[.!?…:;,][\"”’'»)\\]]*$") || line.matches("(?s).*[\"”’'»)\\]][.!?…:;,]$");
    }

    /** Two or more words of letters, every one capitalised but the short joining words a title keeps low. */
    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) continue;
            words++;
            if (t.capitalized()) capitalised++;
            else if (t.text().length() > 3) return false;
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }
}
