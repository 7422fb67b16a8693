package org.crosscheck.analysis.sentences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;

/**
 * One document's names tagged alike wherever they stand. A tagger reads each sentence alone, so a
 * name that is also a word ("Trump", "Rand", "Bush") may come out a proper noun in one sentence and
 * a verb, adjective or noun in the next, above all at a sentence's start where capitals say nothing.
 * The document decides instead: a capitalised word that inside its sentences is mostly tagged a
 * proper noun, and that the document never writes in lower case, is a proper noun everywhere it is
 * capitalised. Headlines in title case are not taken as evidence. Stateless.
 */
final class ProperNouns {
    private ProperNouns() {}

    static List<Sentence> consistent(List<Sentence> sentences) {
        Map<String, int[]> votes = new HashMap<>(); // word -> {tagged PROPN inside a sentence, capitalised inside a sentence}
        Set<String> lower = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            boolean titleCase = titleCase(t);
            for (int i = 0; i < t.size(); i++) {
                Token x = t.get(i);
                if (!word(x.text())) continue;
                if (Character.isLowerCase(x.text().charAt(0))) {
                    lower.add(x.text());
                    continue;
                }
                if (i == 0 || titleCase || !word(t.get(i - 1).text()) && !t.get(i - 1).text().equals(",")) continue;
                int[] v = votes.computeIfAbsent(x.text(), k -> new int[2]);
                if (x.is(Upos.PROPN)) v[0]++;
                v[1]++;
            }
        }
        Set<String> names = new HashSet<>();
        votes.forEach((w, v) -> {
            if (v[0] * 2 >= v[1] && v[0] > 0 && !lower.contains(w.toLowerCase(Locale.ROOT)) && !Words.STOP.contains(w.toLowerCase(Locale.ROOT))) {
                names.add(w);
            }
        });
        if (names.isEmpty()) return sentences;
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            boolean changed = false;
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token x : s.tokens()) {
                if (!x.is(Upos.PROPN) && names.contains(x.text())) {
                    tokens.add(x.withPos(Upos.PROPN));
                    changed = true;
                } else {
                    tokens.add(x);
                }
            }
            out.add(changed ? new Sentence(s.start(), s.end(), tokens) : s);
        }
        return out;
    }

    private static boolean word(String w) {
        if (w.length() < 2) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return true;
    }

    /** A headline's words are mostly capitalised, whatever they are. */
    private static boolean titleCase(List<Token> t) {
        int words = 0;
        int caps = 0;
        for (Token x : t) {
            if (!word(x.text())) continue;
            words++;
            if (Character.isUpperCase(x.text().charAt(0))) caps++;
        }
        return words >= 3 && caps * 10 >= words * 6;
    }
}
