package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * The noun phrase next to a reporting verb, read off part-of-speech tags: determiners, adjectives,
 * nouns and proper nouns, possessives, and a prepositional tail ("Kenneth Roth at Human Rights Watch"
 * is Roth; the tail describes him). Offsets into the document's text.
 */
record NounPhrase(int start, int end, boolean pronoun, int headEnd, String head) {
    /** Words that open a clause or phrase set off by commas after a name ("Ana Berg, who ..."). */
    private static final Set<String> ASIDE_OPENERS = QuoteLexicon.words("aside-openers.txt");

    private static final Set<String> SUBJECT_PRONOUNS = QuoteLexicon.words("subject-pronouns.txt");
    private static final Set<String> SKIP = QuoteLexicon.words("phrase-skip-words.txt");
    private static final Set<String> SUFFIXES = QuoteLexicon.words("name-suffixes.txt");
    private static final Set<String> LINKS = QuoteLexicon.words("phrase-links.txt");
    /**
     * Shares of a group, which speak for the group in polls and reports ("40 percent of voters said", "a third
     * said", "six in 10 say"): the phrase's speaker is the share, and the group after "of" is what it is a share of.
     */
    static final Set<String> SHARES = QuoteLexicon.words("shares.txt");
    /** Adjectives that tie people to what they know of: "sources close to", "people familiar with". */
    private static final Set<String> NEAR = QuoteLexicon.words("near-adjectives.txt");
    /** Dashes that set off an aside as commas do: "Ana Berg - the group's founder - said". */
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");
    private static final Set<String> NUMBER_WORDS = QuoteLexicon.words("number-words.txt");
    private static final Set<String> POSSESSIVES = QuoteLexicon.words("possessive-pronouns.txt");
    static final Set<String> TIME_WORDS = QuoteLexicon.words("time-words.txt");

    /** The phrase ending just before token {@code cue}, or null. */
    static @Nullable NounPhrase before(List<Token> t, int cue) {
        int e = cue - 1;
        while (e >= 0 && (SKIP.contains(lower(t.get(e))) || t.get(e).is(Upos.ADV) && !SHARES.contains(lower(t.get(e))))) e--;
        if (e < 0) return null;
        e = beforeParenthesis(t, e);
        // "Ana Berg, who organised the petition, said" / "Ana Berg, the group's founder, said" / "Ana Berg, R-Ky., said":
        // the speaker is before the commas
        String closer = t.get(e).text();
        if (closer.equals(",") || DASHES.contains(closer) && e > 0 && t.get(e - 1).end() < t.get(e).start()) {
            int open = e - 1;
            while (open >= 0 && !t.get(open).text().equals(closer) && e - open <= 30) open--;
            boolean found = open > 0 && t.get(open).text().equals(closer);
            // "The report, published Wednesday in the wake of the visit, said", "Ana Berg, speaking after the vote, said",
            // "Ana Berg, in the wake of the vote, said": a participle or prepositional phrase of any length
            Token opener = found && open < e - 1 ? t.get(open + 1) : null;
            boolean participle = opener != null && (opener.is(Upos.VERB)
                    && (lower(opener).endsWith("ed") || lower(opener).endsWith("en") || lower(opener).endsWith("ing"))
                    || opener.is(Upos.ADP) && !lower(opener).equals("of"));
            if (found && participle) {
                e = open - 1;
                if (e < 0) return null;
                return before(t.subList(0, e + 1), e + 1);
            }
            // after a name, a role may run long: "Leo Burman, director of the tax centre and a professor at the
            // university, said"
            boolean afterName = open > 0 && t.get(open - 1).is(Upos.PROPN);
            if (e - open > (afterName ? 30 : 16)) return null;
            boolean clause = open > 0 && open < e - 1 && ASIDE_OPENERS.contains(lower(t.get(open + 1)));
            boolean shortAside = open > 0 && open < e - 1 && e - open <= 4;
            // a name with its title may take a few more words: "Another ally, Farm Secretary Ana Berg, said"
            boolean nameAside = open > 0 && open < e - 1 && e - open <= 6;
            for (int k = open + 1; k < e && nameAside; k++) nameAside = t.get(k).capitalized() && t.get(k).text().chars().allMatch(Character::isLetter);
            if (nameAside && e - open >= 2) {
                // "China's ambassador, Zhang Jun, said": the name between the commas is the speaker
                Token last = t.get(e - 1);
                return new NounPhrase(t.get(open + 1).start(), last.end(), false, last.end(), lower(last));
            }
            // "Sophie Richardson, China director at Human Rights Watch, said": a role set off after a name
            boolean roleAfterName = open > 0 && open < e - 1 && e - open <= (afterName ? 30 : 12) && t.get(open - 1).capitalized()
                    && (t.get(open - 1).is(Upos.PROPN) || t.get(open - 1).is(Upos.NOUN) || t.get(open - 1).is(Upos.ADJ));
            if (clause || shortAside || roleAfterName) {
                // "Rep. Jim Jordan (R-Ohio), a panel member, said"
                e = beforeParenthesis(t, open - 1);
            } else {
                return null;
            }
        }
        // "Vann R. Newkirk II", "Ed Begley Jr.": a generation after the surname belongs to the name, not its head
        if (e > 0 && SUFFIXES.contains(t.get(e).text().replace(".", "")) && t.get(e - 1).capitalized()) e--;
        Token head = t.get(e);
        if (head.is(Upos.PRON) && SUBJECT_PRONOUNS.contains(lower(head))) {
            return new NounPhrase(head.start(), head.end(), true, head.end(), lower(head));
        }
        // a capitalised word right before a verb of saying is a name, whatever the tagger thought ("Trump/VERB says")
        boolean nameBeforeCue = e == cue - 1 && head.capitalized() && head.text().chars().allMatch(Character::isLetter)
                && !org.crosscheck.analysis.text.Words.STOP.contains(lower(head));
        // "the mother of three replied": a count after "of" is the tail of the noun before it
        if (head.is(Upos.NUM) && e >= 2 && lower(t.get(e - 1)).equals("of") && nominal(t.get(e - 2))) {
            int s = extend(t, e - 2);
            return new NounPhrase(t.get(s).start(), head.end(), false, t.get(e - 2).end(), lower(t.get(e - 2)));
        }
        // "six in 10 say", "one in five voters said": a share written as a ratio
        if (head.is(Upos.NUM) && e >= 2 && lower(t.get(e - 1)).equals("in") && t.get(e - 2).is(Upos.NUM)) {
            return new NounPhrase(t.get(e - 2).start(), head.end(), false, head.end(), lower(head));
        }
        // "those surveyed said", "those polled say": the people a participle describes
        if (e == cue - 1 && e >= 1 && head.is(Upos.VERB) && lower(head).endsWith("ed") && lower(t.get(e - 1)).equals("those")) {
            return new NounPhrase(t.get(e - 1).start(), head.end(), false, head.end(), "those");
        }
        // "many say", "others argued", "most said": a share of people with no noun after it
        if (e == cue - 1 && SHARES.contains(lower(head)) && !nominal(head)) {
            int s = e > 0 && (t.get(e - 1).is(Upos.DET) || t.get(e - 1).is(Upos.ADV)) ? e - 1 : e;
            return new NounPhrase(t.get(s).start(), head.end(), false, head.end(), lower(head));
        }
        if (!nominal(head) && !nameBeforeCue) return null;
        int s = extend(t, e);
        // "X of/at Y": the speaker is X, described by the tail; but a share of a group ("40 percent of voters",
        // "six in 10 voters") is the group's
        Token core = head;
        // "people familiar with the talks", "aides close to the mayor": the people, by what they are near to
        if (s - 3 >= 0 && (LINKS.contains(lower(t.get(s - 1))) || lower(t.get(s - 1)).equals("to")) && t.get(s - 2).is(Upos.ADJ)
                && nominal(t.get(s - 3)) && NEAR.contains(lower(t.get(s - 2)))) {
            core = t.get(s - 3);
            s = extend(t, s - 3);
        }
        while (s - 2 >= 0 && LINKS.contains(lower(t.get(s - 1))) && (nominal(t.get(s - 2)) || t.get(s - 2).is(Upos.NUM))) {
            boolean share = SHARES.contains(lower(t.get(s - 2))) || t.get(s - 2).is(Upos.NUM);
            if (!share && !nominal(t.get(s - 2))) break;
            if (!share) core = t.get(s - 2);
            s = extend(t, s - 2);
        }
        return new NounPhrase(t.get(s).start(), head.end(), false, core.end(), lower(core));
    }

    /**
     * The first token of the phrase ending at token {@code e}: words that can be in a noun phrase, a
     * hyphen joining two of them without spaces ("34-year-old") and the dot of an initial ("Vann R.").
     */
    private static int extend(List<Token> t, int e) {
        int s = e;
        while (s - 1 >= 0) {
            Token p = t.get(s - 1);
            boolean joiner = p.text().equals("-") && p.end() == t.get(s).start() && s - 2 >= 0 && t.get(s - 2).end() == p.start();
            boolean initialDot = p.text().equals(".") && s - 2 >= 0 && t.get(s - 2).text().matches("\\p{Lu}") && t.get(s - 2).end() == p.start();
            if (!inPhrase(p) && !joiner && !initialDot) break;
            s--;
        }
        return s;
    }

    /** "Rep. Gwen Moore (D-Wis.) said": a short parenthesis ending at token {@code e} is skipped. */
    private static int beforeParenthesis(List<Token> t, int e) {
        if (e < 0 || !t.get(e).text().equals(")")) return e;
        int open = e - 1;
        while (open >= 0 && e - open <= 8 && !t.get(open).text().equals("(")) open--;
        return open > 0 && t.get(open).text().equals("(") ? open - 1 : e;
    }

    /** The phrase starting at token {@code from}, or null. */
    static @Nullable NounPhrase after(List<Token> t, int from) {
        int s = from;
        if (s >= t.size()) return null;
        Token first = t.get(s);
        if (first.is(Upos.PRON) && SUBJECT_PRONOUNS.contains(lower(first))) {
            return new NounPhrase(first.start(), first.end(), true, first.end(), lower(first));
        }
        // "one of his aides", "some of the voters": a share of the phrase after "of"
        if ((first.is(Upos.NUM) || SHARES.contains(lower(first))) && s + 1 < t.size() && lower(t.get(s + 1)).equals("of")) {
            NounPhrase rest = after(t, s + 2);
            if (rest != null && !rest.pronoun()) return new NounPhrase(first.start(), rest.end(), false, rest.headEnd(), rest.head());
        }
        int e = s;
        // a verb of saying the tagger took for an adjective ends the phrase ("its authors suggest/ADJ China ..."); one it
        // took for a noun may be the head ("the 46-page report")
        // and a determiner after a noun starts the next phrase ("told the council the piers had failed")
        while (e < t.size() && inPhrase(t.get(e)) && !(e > s && t.get(e).is(Upos.ADJ) && Cues.speech(t.get(e).text()))
                && !(e > s && (t.get(e).is(Upos.DET) || t.get(e).is(Upos.PRON)) && nominal(t.get(e - 1)))) {
            e++;
        }
        if (e == s) return null;
        // the phrase must end on a noun, and a day or a month is when, not who ("said Tuesday")
        int last = e - 1;
        while (last >= s && !nominal(t.get(last))) last--;
        if (last < s || TIME_WORDS.contains(lower(t.get(last)))) return null;
        return new NounPhrase(t.get(s).start(), t.get(last).end(), false, t.get(last).end(), lower(t.get(last)));
    }

    /**
     * A phrase for a share of people rather than a noun for them: "percent", "a third", "six in 10", "many",
     * or a share of a group ("40 percent of drivers"), whatever the group's noun.
     */
    boolean share(String text) {
        if (SHARES.contains(head) || head.chars().allMatch(Character::isDigit)
                || NUMBER_WORDS.contains(head)) {
            return true;
        }
        String phrase = text.substring(start, end).toLowerCase(Locale.ROOT);
        return SHARES.stream().anyMatch(w -> phrase.contains(w + " of ")) || phrase.matches("(?s).*\\b\\w+ in \\d+ .*");
    }

    private static boolean nominal(Token t) {
        return t.is(Upos.PROPN) || t.is(Upos.NOUN);
    }

    private static boolean inPhrase(Token t) {
        return t.is(Upos.PROPN) || t.is(Upos.NOUN) || t.is(Upos.ADJ) || t.is(Upos.DET) && !lower(t).equals("that") || t.is(Upos.NUM)
                || t.text().equals("'s") || t.text().equals("’s") || t.is(Upos.PRON) && isPossessive(t);
    }

    private static boolean isPossessive(Token t) {
        return POSSESSIVES.contains(lower(t));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** The sentence's subject: its first noun phrase, or the first after an opening phrase set off by a comma ("At the end of her visit, she"). */
    static @Nullable NounPhrase subject(List<Token> frame) {
        int from = 0;
        while (from < frame.size() && from < 2 && (frame.get(from).is(Upos.CCONJ) || frame.get(from).is(Upos.ADV))) from++; // "And its authors"
        NounPhrase first = after(frame, from);
        if (first != null) return first;
        for (int k = 1; k < Math.min(frame.size(), 12); k++) {
            if (frame.get(k).text().equals(",")) return after(frame, k + 1);
        }
        return null;
    }

    /** Whether {@code np} is followed by a possessive "'s" in {@code t}: "praised China's achievements". */
    static boolean possessive(String t, NounPhrase np) {
        return np.end() + 2 <= t.length() && (t.startsWith("'s", np.end()) || t.startsWith("’s", np.end()));
    }

    /** Whether the first token after {@code np} in {@code frame} is a verb: "said Beijing remained" has the phrase as a subject. */
    static boolean followedByVerb(List<Token> frame, NounPhrase np) {
        for (int i = 0; i < frame.size(); i++) {
            if (frame.get(i).start() >= np.end()) return frame.get(i).is(Upos.VERB) || frame.get(i).is(Upos.AUX);
        }
        return false;
    }
}
