package org.crosscheck.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Gender;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * Finds names in tagged sentences: runs of proper nouns (with "of", "for" and "the" inside, as in
 * "Office of the High Commissioner"), split into a title and a person where a title leads
 * ("Foreign Minister Wang Yi"), with honorifics, appositive roles ("Ana Duarte, the city's mayor,")
 * and acronyms the text defines ("World Health Organization (WHO)"). Stateless and thread-safe.
 */
public final class MentionFinder implements DocumentStage {
    public static final Key<List<NameMention>> NAMES = Key.named("names");

    private static final Set<String> CONNECTORS = Lexicon.NAME_CONNECTORS;
    private static final Set<String> NOT_NAMES = Lexicon.NOT_NAMES;

    @Override
    public String name() {
        return "names";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(SentenceStage.SENTENCES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(NAMES);
    }

    @Override
    public DocumentAnalysis apply(DocumentAnalysis doc) {
        List<NameMention> out = new ArrayList<>();
        for (Sentence s : doc.get(SentenceStage.SENTENCES)) find(doc.source(), s, out);
        return doc.with(NAMES, List.copyOf(out));
    }

    void find(SourceDocument doc, Sentence sentence, List<NameMention> out) {
        List<Token> t = sentence.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!startsName(t, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < t.size() && !possessive(t.get(end - 1))) {
                if (hyphenedSyllable(t, end)) {
                    end += 2; // "Kim Jong-un", "Moon Jae-in": the tokenizer cut the given name at its hyphen
                } else if (namePart(t, end)) {
                    end++;
                } else if (personBeforeOrg(t, i, end)) {
                    break; // "Dilxat Raxit of the World Uyghur Congress": a person, then the organisation
                } else if (lower(t.get(end)).equals("of") && hasMiddleInitial(t, i, end)) {
                    break; // "Elijah E. Cummings of Maryland": a name with a middle initial is a person's, and "of" says where from
                } else if (CONNECTORS.contains(lower(t.get(end))) && end + 1 < t.size() && namePart(t, end + 1)
                        && !lower(t.get(end)).equals("the")) {
                    end += 2;
                    while (end < t.size() && lower(t.get(end - 1)).equals("the") && namePart(t, end)) end++;
                } else if (lower(t.get(end)).equals("of") && end + 2 < t.size() && lower(t.get(end + 1)).equals("the")
                        && namePart(t, end + 2)) {
                    end += 3;
                } else {
                    break;
                }
            }
            emit(doc, t, i, end, out);
            i = end;
        }
    }

    /**
     * A hyphen and a short lower-case syllable written right after a name word, with no space
     * ("Jong" "-" "un"): the rest of a hyphenated given name, which the tokenizer cut.
     */
    private static boolean hyphenedSyllable(List<Token> t, int i) {
        if (i + 1 >= t.size() || !t.get(i).text().equals("-")) return false;
        Token before = t.get(i - 1);
        Token after = t.get(i + 1);
        return before.end() == t.get(i).start() && t.get(i).end() == after.start() && after.text().matches("\\p{Ll}{2,3}")
                && before.capitalized();
    }

    /** "I'm", "I've", "We're": a pronoun and a verb run together, which the tagger may call a proper noun. */
    private static boolean contraction(Token tok) {
        return tok.text().matches("(?i)\\p{L}+['\u2019](m|ve|ll|d|re)");
    }

    /** "China's" ends a name: what follows belongs to the thing China has. */
    private static boolean possessive(Token tok) {
        return tok.text().endsWith("'s") || tok.text().endsWith("’s");
    }

    private static final Set<String> LOCATIVE = Lexicon.LOCATIVE_PREPOSITIONS;

    /**
     * A run of one to three person-like words, after any title words ("Representative Dana Nunez"), followed by
     * "of"/"at" and an organisation's name.
     */
    private static boolean personBeforeOrg(List<Token> t, int start, int end) {
        int first = start;
        while (first < end && isTitle(t.get(first))) first++;
        if (end - first < 1 || end - first > 3 || end + 1 >= t.size()) return false;
        String link = lower(t.get(end));
        if (!link.equals("of") && !link.equals("at")) return false;
        for (int k = first; k < end; k++) if (!personWord(t.get(k))) return false;
        boolean orgAfter = false;
        for (int k = end + 1; k < Math.min(t.size(), end + 7); k++) {
            if (!t.get(k).capitalized() && !lower(t.get(k)).equals("the")) break;
            orgAfter |= Lexicon.ORG_WORDS.contains(lower(t.get(k))) || Lexicon.isAcronym(t.get(k).text());
        }
        return orgAfter;
    }

    private void emit(SourceDocument doc, List<Token> t, int start, int end, List<NameMention> out) {
        Gender gender = Gender.UNKNOWN;
        boolean locative = start > 0 && LOCATIVE.contains(lower(t.get(start - 1)));
        String honorific = null;
        int s = start;
        // a leading capitalised adjective only belongs to the name before a title ("Chinese President Xi")
        while (s < end && (isHonorific(t.get(s)) || lower(t.get(s)).equals("the"))) {
            if (isHonorific(t.get(s))) {
                gender = Lexicon.honorificGender(t.get(s).text());
                honorific = t.get(s).text();
            }
            s++;
        }
        if (s >= end) return;
        if (end - s == 1 && t.get(s).is(Upos.ADJ)) return; // "Chinese" alone is a demonym, not a name
        // "Florida Sen." before "Marco Rubio": a title cut at its abbreviation's dot is the next name's role, not a name
        if (isTitle(t.get(end - 1)) && abbreviationDot(t, end)) return;
        EntityType type = null;
        String role = null;
        Span roleSpan = null;
        int personStart = splitTitle(t, s, end);
        if (personStart > s) {
            roleSpan = doc.span(t.get(s).start(), t.get(personStart - 1).end());
            role = roleSpan.text();
            s = personStart;
            type = EntityType.PERSON;
        }
        if (gender != Gender.UNKNOWN) type = EntityType.PERSON;
        if (type == null) type = typeFromWords(t, s, end);
        // "WASHINGTON —" opening a story is its dateline: a place, never the surname of a person named later
        if (type == null && start == 0 && end - s == 1 && end < t.size() && DATELINE_MARKS.contains(t.get(end).text())
                && t.get(s).text().matches("\\p{Lu}{3,}")) type = EntityType.GPE;
        String acronym = null;
        if (end + 2 < t.size() && t.get(end).text().equals("(") && t.get(end + 2).text().equals(")")
                && Lexicon.isAcronym(t.get(end + 1).text()) && end - s > 1) {
            acronym = t.get(end + 1).text();
        }
        if (role == null && (type == EntityType.PERSON || type == null)) {
            Span before = titleBefore(doc, t, start);
            if (before != null) {
                roleSpan = before;
                role = before.text();
                type = EntityType.PERSON;
            }
        }
        if (type == EntityType.PERSON || type == null) {
            Span appositive = appositive(doc, t, end);
            if (appositive != null && role == null) {
                roleSpan = appositive;
                role = appositive.text();
            }
        }
        int nameEnd = t.get(end - 1).end();
        // "U.N." at a sentence end loses its last dot to the sentence: give it back
        if (t.get(end - 1).text().matches("(\\p{Lu}\\.)+\\p{Lu}") && nameEnd < doc.text().length() && doc.text().charAt(nameEnd) == '.') nameEnd++;
        Span name = doc.span(t.get(s).start(), nameEnd);
        // a possessive belongs to the sentence, not the name: "China's" names China
        if (name.text().endsWith("'s") || name.text().endsWith("’s")) {
            if (name.length() <= 2) return;
            name = doc.span(name.start(), name.end() - 2);
        }
        String honorificForm = honorific == null ? null : honorific + " " + name.text();
        out.add(new NameMention(name, type, gender, role, roleSpan, acronym, honorificForm, locative));
        if (acronym != null) {
            Token a = t.get(end + 1);
            out.add(new NameMention(doc.span(a.start(), a.end()), type, Gender.UNKNOWN, null, null, name.text(), null, false));
        }
    }

    /**
     * Where the person starts in a run that opens with a title ("UN High Commissioner for Human Rights
     * Ana Duarte", "President Biden"), or {@code start} when the run has no leading title.
     */
    private static int splitTitle(List<Token> t, int start, int end) {
        int len = end - start;
        if (len < 2) return start;
        int nameLen = len >= 3 && isInitial(t.get(end - 2)) ? 3 : 2;
        for (int n : new int[] {nameLen, 1}) {
            int p = end - n;
            if (p <= start) continue;
            boolean titled = false;
            for (int k = start; k < p; k++) titled |= isTitle(t.get(k));
            boolean nameLike = true;
            for (int k = p; k < end; k++) nameLike &= personWord(t.get(k));
            // a one-word name follows its title ("President Biden"); after an organisation's name
            // ("... for Human Rights") the last word is the organisation's, not a person
            if (n == 1 && !isTitle(t.get(p - 1))) continue;
            if (titled && nameLike && isTitleOrOrgEnd(t.get(p - 1))) return p;
        }
        return start;
    }

    /** The word before a person's name in a titled run ends the title: a title word or a capitalised noun. */
    private static boolean isTitleOrOrgEnd(Token tok) {
        return !CONNECTORS.contains(lower(tok));
    }

    /** Whether a run of name words has an initial between its first and last word: "Vladimir V. Putin". */
    private static boolean hasMiddleInitial(List<Token> t, int start, int end) {
        for (int k = start + 1; k < end - 1; k++) if (isInitial(t.get(k))) return true;
        return false;
    }

    private static boolean isInitial(Token tok) {
        return tok.text().matches("\\p{Lu}\\.");
    }

    private static boolean personWord(Token tok) {
        String w = lower(tok);
        return tok.capitalized() && !Lexicon.ORG_WORDS.contains(w) && !isTitle(tok) && !Lexicon.PLACE_WORDS.contains(w)
                && !Lexicon.isAcronym(tok.text()) && !Lexicon.isCountry(tok.text()) && !CONNECTORS.contains(w);
    }

    private static boolean isTitle(Token tok) {
        String w = lower(tok);
        // "Sen." as one token: the tokenizer keeps an abbreviated title's dot before a name
        if (w.length() > 2 && w.endsWith(".") && w.indexOf('.') == w.length() - 1) w = w.substring(0, w.length() - 1);
        for (String part : w.split("-")) {
            if (Lexicon.TITLES.contains(part)) return true;
        }
        return false;
    }

    /**
     * A title written before a name in lower case ("foreign ministry spokesman Zhao Lijian", "UN human
     * rights chief Ana Duarte") or set off by a comma ("China's UN ambassador, Zhang Jun"): the noun
     * phrase that ends in a title word right before the name.
     */
    private static @Nullable Span titleBefore(SourceDocument doc, List<Token> t, int start) {
        int e = start - 1;
        if (e >= 1 && t.get(e).text().equals(",")) e--;
        int roleEnd = e >= 0 ? t.get(e).end() : 0;
        // "Florida Sen. Marco Rubio": the abbreviation's dot ends the title
        if (e >= 1 && isTitle(t.get(e - 1)) && abbreviationDot(t, e)) e--;
        if (e < 0 || !isTitle(t.get(e)) || t.get(e).is(Upos.VERB)) return null;
        int s = e;
        while (s - 1 >= 0 && s > e - 8) {
            Token p = t.get(s - 1);
            boolean part = p.is(Upos.ADJ) || p.is(Upos.NOUN) || p.is(Upos.PROPN) || p.text().equals("'s") || p.text().equals("’s")
                    || Lexicon.isAcronym(p.text()) || p.text().equals(".") && s - 2 >= 0 && Lexicon.isAcronym(t.get(s - 2).text() + ".");
            if (!part) break;
            s--;
        }
        if (e == s && start - 1 != e && roleEnd == t.get(e).end()) return null; // a bare ", spokesman," is too little to be a role
        return doc.span(t.get(s).start(), Math.max(roleEnd, t.get(e).end()));
    }

    /** ", the city's mayor," after a name: a short noun phrase between commas that opens with a determiner. */
    private static @Nullable Span appositive(SourceDocument doc, List<Token> t, int end) {
        if (end + 2 >= t.size() || !t.get(end).text().equals(",")) return null;
        Token first = t.get(end + 1);
        String w = lower(first);
        boolean titled = false;
        for (int k = end + 1; k < t.size() && k <= end + 10 && !t.get(k).text().equals(","); k++) titled |= isTitle(t.get(k));
        // ", the city's mayor," / ", a spokeswoman," / ", China director at Human Rights Watch,"
        if (!(Lexicon.ARTICLE_WORDS.contains(w) || titled)) return null;
        boolean noun = false;
        for (int k = end + 1; k < t.size() && k <= end + 14; k++) {
            Token tok = t.get(k);
            if (tok.text().equals(",") || tok.text().equals(".") && k == t.size() - 1) {
                if (!noun || k == end + 1) return null;
                return doc.span(first.start(), t.get(k - 1).end());
            }
            if (tok.is(Upos.VERB) || tok.is(Upos.AUX) || tok.is(Upos.PRON) && !isPossessivePronoun(tok)) return null;
            noun |= tok.is(Upos.NOUN) || tok.is(Upos.PROPN);
        }
        return null;
    }

    private static boolean isPossessivePronoun(Token t) {
        return Lexicon.POSSESSIVE_DETERMINERS.contains(lower(t));
    }

    private static @Nullable EntityType typeFromWords(List<Token> t, int start, int end) {
        StringBuilder sb = new StringBuilder();
        boolean org = false;
        boolean place = false;
        for (int k = start; k < end; k++) {
            String w = lower(t.get(k));
            org |= Lexicon.ORG_WORDS.contains(w);
            place |= Lexicon.PLACE_WORDS.contains(w) && k == end - 1;
            if (k > start) sb.append(' ');
            sb.append(t.get(k).text());
        }
        String name = sb.toString();
        if (Lexicon.isCountry(name) || Lexicon.isCountry(name.replace(".", ""))) return EntityType.GPE;
        if (org) return EntityType.ORG;
        if (place) return EntityType.GPE;
        if (end - start == 1 && Lexicon.isAcronym(name)) return EntityType.ORG;
        return null;
    }

    /** What may follow a story's opening place name in a dateline. */
    private static final Set<String> DATELINE_MARKS = Set.of("\u2014", "\u2013", "-", "--", ",", "(");

    /** A dot written right after the word before it ("Sen."), which the tokenizer gave a token of its own. */
    private static boolean abbreviationDot(List<Token> t, int i) {
        return i < t.size() && i > 0 && t.get(i).text().equals(".") && t.get(i).start() == t.get(i - 1).end() && i + 1 < t.size()
                && t.get(i + 1).capitalized();
    }

    private static boolean startsName(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!tok.capitalized() || NOT_NAMES.contains(lower(tok)) && !isHonorific(tok) || contraction(tok)) return false;
        if (tok.is(Upos.PROPN) || isHonorific(tok) || Lexicon.isAcronym(tok.text()) && !tok.is(Upos.PUNCT)) return true;
        if (!tok.is(Upos.ADJ) && !tok.is(Upos.NOUN)) return false;
        // a capitalised adjective or noun opens a name only when a proper noun follows ("Chinese President Xi"),
        // or, wherever it stands, when it starts a person the tagger does not know who is "of" an organisation
        // ("Dilxat Raxit of the World Uyghur Congress")
        if (i > 0 && i + 1 < t.size() && t.get(i + 1).is(Upos.PROPN) && t.get(i + 1).capitalized()) return true;
        int e = i;
        while (e < t.size() && e < i + 3 && t.get(e).capitalized() && (t.get(e).is(Upos.ADJ) || t.get(e).is(Upos.NOUN) || t.get(e).is(Upos.PROPN))) e++;
        return e - i >= 2 && personBeforeOrg(t, i, e);
    }

    private static boolean namePart(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!tok.capitalized() || NOT_NAMES.contains(lower(tok))) return false;
        return tok.is(Upos.PROPN) || tok.is(Upos.NOUN) || tok.is(Upos.ADJ) || tok.is(Upos.X) || Lexicon.isAcronym(tok.text());
    }

    private static boolean isHonorific(Token tok) {
        return Lexicon.isHonorific(tok.text());
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
