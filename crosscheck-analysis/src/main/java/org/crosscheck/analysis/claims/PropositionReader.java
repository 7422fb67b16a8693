package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.analysis.claims.Proposition.Argument;
import org.crosscheck.analysis.claims.Proposition.Predicate;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Proposition} from the tagged words of a statement, with no parser: the claim is
 * what a frame of saying reports ("X said that Y" gives Y, asserted by X; "according to X, Y"
 * likewise; "X denied that Y" gives Y in the negative), its predicate the first verb that is not a
 * verb of saying, its subject the noun phrase before the predicate and its object the one after.
 * A dependency parser would do better on long sentences, but the one Maven Central offers under a
 * usable licence (NLP4J's) takes 51 s and 2.5 GB to load, and claims only need the core arguments
 * of short statements, which the tagger's word classes give. Stateless and thread-safe.
 */
final class PropositionReader {
    /** What the reader knows of the document beyond the words: entities, dates and speakers found by earlier stages. */
    interface Context {
        /** The entity named by the words at {@code [start, end)}, or null. */
        @Nullable String entityAt(int start, int end);

        /** The resolved dates said inside {@code [start, end)}. */
        List<String> datesIn(int start, int end);

        /** Who the text says makes the statement at {@code unit} (a quote's or reported statement's speaker), or null. */
        @Nullable String asserterOf(Span unit);

        /** Nothing known beyond the words (a lone sentence pair, as in a benchmark). */
        Context NONE = new Context() {
            @Override
            public @Nullable String entityAt(int start, int end) {
                return null;
            }

            @Override
            public List<String> datesIn(int start, int end) {
                return List.of();
            }

            @Override
            public @Nullable String asserterOf(Span unit) {
                return null;
            }
        };
    }

    /** Function words that are not content, beyond those {@link Words#STOP} lists. */
    private static final Set<String> LIGHT = ClaimLexicon.words("light-words.txt");

    private final ClaimLexicon lexicon;

    PropositionReader(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The proposition stated by the words of {@code sentence} inside {@code unit}. */
    Proposition read(Sentence sentence, Span unit, Context ctx) {
        List<Token> all = new ArrayList<>();
        for (Token t : sentence.tokens()) if (t.start() >= unit.start() && t.end() <= unit.end()) all.add(t);
        Frame frame = frame(all);
        List<Token> c = frame.content();
        // a headline in title case ("DNC Files Lawsuit Against Russia") is tagged as names throughout: its words count, its structure cannot be read
        boolean title = titleCase(all);
        int p = title ? -1 : predicate(c);
        Predicate predicate = p < 0 ? null : new Predicate(predicateLemma(c.get(p)), c.get(p).pos());
        if (p >= 0 && c.get(p).is(Upos.AUX)) {
            // a verbless statement ("the report is 46 pages long"): the noun or adjective after the copula is what it says
            int q = p + 1;
            while (q < c.size() && !(c.get(q).pos().nominal() || c.get(q).is(Upos.ADJ))) q++;
            predicate = q < c.size() ? new Predicate(predicateLemma(c.get(q)), c.get(q).pos()) : new Predicate("be", Upos.AUX);
        }
        boolean negated = frame.denial() ^ negated(c, p);
        Modality modality = hedged(all, p < 0 ? null : c.get(p)) ? Modality.HEDGED : Modality.ASSERTED;
        Argument subject = p < 0 ? Argument.NONE : subject(c, p, ctx);
        Argument object = p < 0 ? Argument.NONE : object(c, p, ctx);
        if (p >= 0 && passive(c, p)) {
            // "the memos were released by the committee": the committee released the memos
            object = subject;
            subject = agent(c, p, ctx);
        }
        List<Proposition.Predication> predications = new ArrayList<>();
        if (predicate != null) predications.add(new Proposition.Predication(predicate, subject, object, negated));
        if (!title) predications.addAll(otherPredications(c, p, frame.denial(), ctx, predications.isEmpty() ? Argument.NONE : subject));
        List<String> content = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < c.size(); i++) {
            Token t = c.get(i);
            // in title case every word looks like a name: "Files" is the verb's "file"
            String key = title && t.is(Upos.PROPN) ? contentKey(t.withPos(Upos.NOUN)) : contentKey(t);
            if (key != null) content.add(key);
            if (t.is(Upos.PROPN)) names.add(t.text().toLowerCase(Locale.ROOT));
        }
        Set<String> entities = new LinkedHashSet<>();
        for (Token t : all) {
            String e = ctx.entityAt(t.start(), t.end());
            if (e != null) entities.add(e);
        }
        String asserter = ctx.asserterOf(unit);
        if (asserter == null && frame.speaker() != null) asserter = frame.speaker().entity();
        return new Proposition(unit, predicate, subject, object, negated, negated && frame.denial() ? Modality.DENIED : modality,
                content, names, entities, Quantity.find(unit), new LinkedHashSet<>(ctx.datesIn(unit.start(), unit.end())), asserter,
                frame.framed(), predications);
    }

    /**
     * The verbs after the main one, each with its own arguments; a verb joined to the one before by
     * "and" or a comma shares that one's subject ("the party filed suit and accused the campaign").
     */
    private List<Proposition.Predication> otherPredications(List<Token> c, int main, boolean denial, Context ctx, Argument mainSubject) {
        List<Proposition.Predication> out = new ArrayList<>();
        Argument previous = mainSubject;
        for (int i = 0; i < c.size(); i++) {
            Token t = c.get(i);
            if (i == main || !t.is(Upos.VERB)) continue;
            if (LIGHT_VERBS.contains(t.lemma()) && verbWithin(c, i + 1, 4)) continue;
            Argument subject = subject(c, i, ctx);
            if (!subject.present() && joinedToVerbBefore(c, i)) subject = previous;
            Argument object = object(c, i, ctx);
            if (passive(c, i)) {
                object = subject;
                subject = agent(c, i, ctx);
            }
            out.add(new Proposition.Predication(new Predicate(t.lemma(), t.pos()), subject, object, denial ^ negated(c, i)));
            if (subject.present()) previous = subject;
        }
        return out;
    }

    /** Whether the verb at {@code i} follows "and", "or" or a comma after another verb's words, sharing its subject. */
    private static boolean joinedToVerbBefore(List<Token> c, int i) {
        int k = i - 1;
        while (k >= 0 && (c.get(k).is(Upos.ADV) || c.get(k).is(Upos.AUX) || c.get(k).is(Upos.PART))) k--;
        return k > 0 && (c.get(k).is(Upos.CCONJ) || c.get(k).text().equals(","));
    }

    /**
     * A frame of saying around the statement: its content tokens, who speaks (when a noun phrase says),
     * and whether the frame denies the content.
     */
    private record Frame(List<Token> content, @Nullable Argument speaker, boolean denial, boolean framed) {}

    private Frame frame(List<Token> t) {
        // "according to X, Y" and "Y, according to X"
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!lexicon.sourcePhrases().contains(lower(t.get(i)) + " " + lower(t.get(i + 1)))) continue;
            int end = i + 2;
            while (end < t.size() && !t.get(end).is(Upos.PUNCT)) end++;
            List<Token> source = t.subList(i + 2, end);
            List<Token> rest = new ArrayList<>(t.subList(0, i));
            if (end < t.size()) rest.addAll(t.subList(end + 1, t.size()));
            if (verbs(rest) > 0) return new Frame(rest, headOf(source, source.size(), Context.NONE), false, true);
        }
        for (int r = 0; r < t.size(); r++) {
            Token v = t.get(r);
            if (!v.is(Upos.VERB) || !lexicon.reportingVerbs().contains(v.lemma()) && !lexicon.denialVerbs().contains(v.lemma())) continue;
            boolean denial = lexicon.denialVerbs().contains(v.lemma());
            int subj = leftNounPhraseEnd(t, r);
            // "X said (that) Y": the complement after the verb, past its listener ("told reporters") and "that"
            int from = r + 1;
            if (from < t.size() && t.get(from).pos().nominal() || from < t.size() && t.get(from).is(Upos.PRON)
                    && !lower(t.get(from)).equals("it") && v.lemma().equals("tell")) {
                while (from < t.size() && (t.get(from).pos().nominal() || t.get(from).is(Upos.PRON) || t.get(from).is(Upos.DET))) from++;
            }
            while (from < t.size() && (lower(t.get(from)).equals("that") || t.get(from).is(Upos.PUNCT))) from++;
            List<Token> after = t.subList(from, t.size());
            // what follows must be a clause ("said the bridge had closed"), not the verb's object ("found a partner, ..."),
            // except after a denial, whose object is what it denies ("denied colluding", "denied the charge")
            if ((subj >= 0 || denial) && after.size() >= 2 && (clause(after) || denial && deniesWhatWasSaid(after))) {
                return new Frame(after, subj >= 0 ? headOf(t, subj + 1, Context.NONE) : null, denial, true);
            }
            // "Y, X said." and "Y, said X.": the content before the comma that opens the attribution
            int comma = r - 1;
            while (comma >= 0 && !t.get(comma).text().equals(",") && !isQuoteMark(t.get(comma)) && r - comma <= 6) comma--;
            if (comma > 2 && (t.get(comma).text().equals(",") || isQuoteMark(t.get(comma)))) {
                List<Token> before = new ArrayList<>(t.subList(0, comma));
                while (!before.isEmpty() && (before.get(before.size() - 1).is(Upos.PUNCT))) before.remove(before.size() - 1);
                if (verbs(before) > 0) {
                    // "Y, X said" names the speaker before the verb, "Y, said X" after it
                    List<Token> speaker = r > comma + 1 ? t.subList(comma + 1, r) : t.subList(r + 1, t.size());
                    return new Frame(before, headOf(speaker, speaker.size(), Context.NONE), denial, true);
                }
            }
        }
        return new Frame(t, null, false, false);
    }

    /**
     * Whether the object of a verb of denial is something said, which it then denies: an action
     * ("denied colluding") or a noun for a statement ("rejected the claims"); not a person or a thing
     * acted on ("dismissed the director", "rejected the bid").
     */
    private boolean deniesWhatWasSaid(List<Token> after) {
        Token first = after.get(0);
        if (first.is(Upos.VERB)) return true;
        for (Token t : after) {
            if (t.is(Upos.DET) || t.is(Upos.ADJ) || t.is(Upos.PRON)) continue;
            if (t.pos().nominal()) {
                // the head of the noun phrase: its last noun before anything else
                int k = after.indexOf(t);
                while (k + 1 < after.size() && after.get(k + 1).pos().nominal()) k++;
                return lexicon.deniedThings().contains(after.get(k).lemma());
            }
            return false;
        }
        return false;
    }

    private static boolean isQuoteMark(Token t) {
        String s = t.text();
        return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("''") || s.equals("``");
    }

    /**
     * The index of the last token of the noun phrase right before {@code r}, past adverbs, auxiliaries
     * and an aside between dashes or commas ("Trump has strongly – and repeatedly – denied"), or -1.
     */
    private static int leftNounPhraseEnd(List<Token> t, int r) {
        int k = r - 1;
        for (int skipped = 0; k >= 0 && skipped < 8; k--, skipped++) {
            Token x = t.get(k);
            boolean aside = x.is(Upos.ADV) || x.is(Upos.AUX) || x.is(Upos.PART) || x.is(Upos.CCONJ) || isDash(x)
                    || x.is(Upos.VERB) && LIGHT_VERBS.contains(x.lemma());
            if (!aside) break;
        }
        return k >= 0 && (t.get(k).pos().nominal() || t.get(k).is(Upos.PRON)) ? k : -1;
    }

    /** Verbs that only carry tense or aspect before another verb: "has ... denied". */
    private static final Set<String> LIGHT_VERBS = ClaimLexicon.words("light-verbs.txt");
    private static final Set<String> RELATIVE_PRONOUNS = ClaimLexicon.words("relative-pronouns.txt");
    private static final Set<String> SUBJECT_RELATIVES = ClaimLexicon.words("subject-relatives.txt");

    /** Most longer words capitalised, as in a headline or a section title. */
    /**
     * Whether the words of a sentence state nothing: no verb or copula anywhere and not a headline in
     * title case (whose verbs are tagged as names). A photo caption ("X, the party's chair, at its
     * meeting in Atlanta last February.") names people and a scene; it is not a claim a source makes.
     */
    static boolean statesNothing(Sentence sentence) {
        List<Token> all = sentence.tokens();
        for (Token t : all) if (t.is(Upos.VERB) || t.is(Upos.AUX)) return false;
        return !titleCase(all);
    }

    private static boolean titleCase(List<Token> t) {
        int words = 0;
        int capitalised = 0;
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.text().length() <= 3 || !Character.isLetter(x.text().charAt(0))) continue;
            words++;
            if (x.capitalized()) capitalised++;
        }
        return words >= 3 && capitalised >= 0.7 * words;
    }

    private static boolean isDash(Token t) {
        return t.text().equals("–") || t.text().equals("—") || t.text().equals("--") || t.text().equals("-");
    }

    /** Whether the words start with a clause: a verb comes before any punctuation, past at most a noun phrase. */
    private static boolean clause(List<Token> t) {
        for (Token x : t) {
            if (x.is(Upos.VERB) || x.is(Upos.AUX)) return true;
            if (x.is(Upos.PUNCT) || x.is(Upos.SCONJ) || x.is(Upos.CCONJ)) return false;
        }
        return false;
    }

    private static int verbs(List<Token> t) {
        int n = 0;
        for (Token x : t) if (x.is(Upos.VERB) || x.is(Upos.AUX)) n++;
        return n;
    }

    /** The main predicate's index: the first verb that is not one of saying, else any verb, else a copula, else -1. */
    private int predicate(List<Token> c) {
        int firstVerb = -1;
        for (int i = 0; i < c.size(); i++) {
            Token t = c.get(i);
            if (!t.is(Upos.VERB)) continue;
            if (LIGHT_VERBS.contains(t.lemma()) && verbWithin(c, i + 1, 4)) continue; // "has strongly denied": an auxiliary the tagger missed
            if (firstVerb < 0) firstVerb = i;
            if (!lexicon.reportingVerbs().contains(t.lemma())) return i;
        }
        if (firstVerb >= 0) return firstVerb;
        for (int i = 0; i < c.size(); i++) if (c.get(i).is(Upos.AUX) && c.get(i).lemma().equals("be")) return i;
        for (int i = 0; i < c.size(); i++) if (c.get(i).is(Upos.NOUN)) return i;
        return -1;
    }

    private static boolean verbWithin(List<Token> c, int from, int n) {
        for (int i = from; i < Math.min(c.size(), from + n); i++) {
            if (c.get(i).is(Upos.VERB)) return true;
            if (!(c.get(i).is(Upos.ADV) || c.get(i).is(Upos.PART) || isDash(c.get(i)) || c.get(i).is(Upos.CCONJ))) return false;
        }
        return false;
    }

    private static String predicateLemma(Token t) {
        return t.is(Upos.PROPN) ? t.text().toLowerCase(Locale.ROOT) : t.lemma();
    }

    /** A negation word right before the predicate (past auxiliaries and adverbs), or "no" right after a copula. */
    private boolean negated(List<Token> c, int p) {
        if (p < 0) return false;
        for (int k = p - 1; k >= 0 && k >= p - 4; k--) {
            Token t = c.get(k);
            if (lexicon.negations().contains(lower(t))) return true;
            if (!(t.is(Upos.AUX) || t.is(Upos.ADV) || t.is(Upos.PART))) break;
        }
        return p + 1 < c.size() && c.get(p).is(Upos.AUX) && lexicon.negations().contains(lower(c.get(p + 1)));
    }

    /** Whether a hedge of the lexicon occurs among the statement's words. */
    /**
     * Whether a hedge qualifies what the statement says: one before its predicate with no other verb
     * between ("officials said the strike may have killed 40"), or one after it in the same clause
     * ("the report found that the policies may amount to crimes"). A hedge in another clause does not
     * ("he assailed the deal but said he could agree to a new one"; "an argument that seemed to
     * resonate"): that clause is a statement of its own, read as its own unit.
     */
    private boolean hedged(List<Token> t, @Nullable Token predicate) {
        int p = predicate == null ? -1 : t.indexOf(predicate);
        for (int i = 0; i < t.size(); i++) {
            for (List<String> h : lexicon.hedges()) {
                if (i + h.size() > t.size()) continue;
                boolean match = true;
                for (int j = 0; j < h.size() && match; j++) match = lower(t.get(i + j)).equals(h.get(j));
                // "may" is a hedge only as the modal (the tagger says AUX), never the month
                if (match && h.size() == 1 && h.get(0).equals("may") && !t.get(i).is(Upos.AUX)) match = false;
                if (match && (p < 0 || qualifies(t, i, i + h.size(), p))) return true;
            }
        }
        return false;
    }

    /** Whether the hedge at tokens {@code [from, to)} qualifies the predicate at {@code p} (see {@link #hedged}). */
    private static boolean qualifies(List<Token> t, int from, int to, int p) {
        if (from <= p && p < to) return true;
        if (to <= p) {
            for (int k = to; k < p; k++) if (t.get(k).is(Upos.VERB)) return false;
            return true;
        }
        for (int k = p + 1; k < from; k++) {
            Token b = t.get(k);
            if (b.is(Upos.CCONJ) || b.text().equals(";")) return false;
            if (RELATIVE_PRONOUNS.contains(lower(b))) return false;
            // "that" opening a relative clause after a noun ("an argument that seemed"), not a complement after a verb ("found that")
            if (lower(b).equals("that") && k > 0 && t.get(k - 1).pos().nominal()) return false;
        }
        return true;
    }

    /** The noun phrase before the predicate, past auxiliaries, adverbs and negation. */
    private Argument subject(List<Token> c, int p, Context ctx) {
        int k = p - 1;
        while (k >= 0 && (c.get(k).is(Upos.AUX) || c.get(k).is(Upos.ADV) || c.get(k).is(Upos.PART))) k--;
        // a relative pronoun stands for the noun before it: "the office, which said ..."
        if (k >= 0 && c.get(k).is(Upos.PRON) && SUBJECT_RELATIVES.contains(lower(c.get(k)))) {
            k--;
            while (k >= 0 && c.get(k).is(Upos.PUNCT)) k--;
        }
        if (k < 0 || !(c.get(k).pos().nominal() || c.get(k).is(Upos.PRON) || c.get(k).is(Upos.NUM))) return Argument.NONE;
        return headOf(c, k + 1, ctx);
    }

    /**
     * The noun phrase ending right before {@code end}: its head is its last noun, or, in "the head of
     * the office", the noun before "of".
     */
    private Argument headOf(List<Token> c, int end, Context ctx) {
        int k = end - 1;
        while (k >= 0 && c.get(k).is(Upos.PUNCT)) k--;
        int last = k;
        int start = k;
        while (start >= 0 && inNounPhrase(c, start)) start--;
        start++;
        if (last < start) return Argument.NONE;
        int head = last;
        for (int i = start; i <= last; i++) {
            if (lower(c.get(i)).equals("of") && i > start) {
                head = i - 1;
                break;
            }
        }
        while (head > start && (!(c.get(head).pos().nominal() || c.get(head).is(Upos.PRON)) || timeWord(c.get(head)))) head--;
        Token h = c.get(head);
        if (!(h.pos().nominal() || h.is(Upos.PRON) || h.is(Upos.NUM)) || timeWord(h)) return Argument.NONE;
        Argument.Kind kind = h.is(Upos.PRON) ? Argument.Kind.PRONOUN : h.is(Upos.PROPN) ? Argument.Kind.PROPER : Argument.Kind.COMMON;
        String text = join(c, start, last + 1);
        String entity = ctx.entityAt(h.start(), h.end());
        return new Argument(predicateLemma(h), text, entity, kind);
    }

    private boolean timeWord(Token t) {
        return lexicon.timeWords().contains(lower(t));
    }

    private static boolean inNounPhrase(List<Token> c, int i) {
        Token t = c.get(i);
        if (t.pos().nominal() || t.is(Upos.ADJ) || t.is(Upos.DET) || t.is(Upos.NUM) || t.is(Upos.PRON)) return true;
        // the possessive clitic and "of" between nouns: "China's mission", "the head of the office"
        if (t.is(Upos.PART) && (t.text().equals("'s") || t.text().equals("’s"))) return true;
        return lower(t).equals("of") && i > 0 && c.get(i - 1).pos().nominal();
    }

    /** Whether the predicate is a participle after a form of "be" or "get": "were released", "has been charged". */
    private static boolean passive(List<Token> c, int p) {
        Token v = c.get(p);
        String w = v.text().toLowerCase(Locale.ROOT);
        if (!v.is(Upos.VERB) || w.equals(v.lemma()) || w.endsWith("ing")) return false;
        for (int k = p - 1; k >= 0 && k >= p - 4; k--) {
            Token x = c.get(k);
            if ((x.is(Upos.AUX) || x.is(Upos.VERB)) && (x.lemma().equals("be") || x.lemma().equals("get"))) return true;
            if (!(x.is(Upos.ADV) || x.is(Upos.PART) || x.is(Upos.AUX))) return false;
        }
        return false;
    }

    /** The agent of a passive predicate: the noun phrase after "by", or none. */
    private Argument agent(List<Token> c, int p, Context ctx) {
        for (int k = p + 1; k < c.size(); k++) {
            if (c.get(k).is(Upos.PUNCT) || c.get(k).is(Upos.VERB)) break;
            if (c.get(k).is(Upos.ADP) && lower(c.get(k)).equals("by")) return object(c, k, ctx);
        }
        return Argument.NONE;
    }

    /** The noun phrase after the predicate: its direct object, or the object of the preposition right after it. */
    private Argument object(List<Token> c, int p, Context ctx) {
        int k = p + 1;
        while (k < c.size() && (c.get(k).is(Upos.ADV) || c.get(k).is(Upos.PART) || c.get(k).is(Upos.ADP))) k++;
        int start = k;
        while (k < c.size() && (c.get(k).pos().nominal() || c.get(k).is(Upos.ADJ) || c.get(k).is(Upos.DET) || c.get(k).is(Upos.NUM)
                || c.get(k).is(Upos.PRON) || c.get(k).is(Upos.PART) && c.get(k).text().endsWith("s")
                || c.get(k).is(Upos.CCONJ) && k > start && c.get(k - 1).is(Upos.ADJ) && k + 1 < c.size() && c.get(k + 1).is(Upos.ADJ))) {
            k++; // "a willing and active partner": adjectives joined by "and" stay in the phrase
        }
        if (k == start) return Argument.NONE;
        int head = k - 1;
        while (head > start && (!(c.get(head).pos().nominal() || c.get(head).is(Upos.PRON)) || timeWord(c.get(head)))) head--;
        Token h = c.get(head);
        if (!(h.pos().nominal() || h.is(Upos.PRON) || h.is(Upos.NUM)) || timeWord(h)) return Argument.NONE;
        Argument.Kind kind = h.is(Upos.PRON) ? Argument.Kind.PRONOUN : h.is(Upos.PROPN) ? Argument.Kind.PROPER : Argument.Kind.COMMON;
        return new Argument(predicateLemma(h), join(c, start, head + 1), ctx.entityAt(h.start(), h.end()), kind);
    }

    /** The content key of a token: its lemma (a name in lower case), or null for a function word or punctuation. */
    @Nullable String contentKey(Token t) {
        Upos pos = t.pos();
        if (!(pos.nominal() || pos == Upos.VERB || pos == Upos.ADJ || pos == Upos.NUM || pos == Upos.ADV)) return null;
        String key = pos == Upos.PROPN ? t.text().toLowerCase(Locale.ROOT).replace('’', '\'') : pos == Upos.NOUN && t.capitalized()
                && t.lemma().equals(t.text().toLowerCase(Locale.ROOT)) ? Words.stem(t.lemma()) : t.lemma();
        if (key.isEmpty() || !Character.isLetterOrDigit(key.charAt(0))) return null;
        if (Words.STOP.contains(key) || LIGHT.contains(key) || lexicon.negations().contains(key)) return null;
        return key;
    }

    private static String join(List<Token> c, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && c.get(i).start() > c.get(i - 1).end()) b.append(' ');
            b.append(c.get(i).text());
        }
        return b.toString();
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
