package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * Reported speech without quotation marks, read off one sentence's tags: "X said (that) CLAUSE",
 * "CLAUSE, X said", "PART, X said, REST", "according to X", what someone wants, calls for or takes a
 * position on ("urged X to", "criticised the plan"), a noun for a statement owned by its maker ("her
 * claim that ..."), and a headline's "Name: statement". A statement is reported only when a speaker
 * frames it; otherwise the sentence is the reporter's own. Stateless and thread-safe.
 */
final class ReportedSpeech {
    private final SpeakerReader speakers;
    private final QuoteLexicon lexicon;

    /** The rule names the statements found here carry as their evidence ({@link FoundQuote#sieve()}). */
    static final String SPEECH = "reported-speech";
    static final String CLAIM = "reported-claim";
    static final String HEADLINE = "reported-headline";

    ReportedSpeech(SpeakerReader speakers, QuoteLexicon lexicon) {
        this.speakers = Objects.requireNonNull(speakers);
        this.lexicon = Objects.requireNonNull(lexicon);
    }


    /** The reported statements of sentence {@code s}, each with its speaker; none when no speaker frames one. */
    List<FoundQuote> find(SourceDocument src, Sentence s, List<Sentence> sentences, List<NameMention> names) {
        List<FoundQuote> out = new ArrayList<>(reported(src, s, sentences, names));
        for (FoundQuote n : claimed(src, s, sentences, names)) {
            if (out.stream().noneMatch(f -> f.span().equals(n.span()))) out.add(n);
        }
        return out;
    }


    /**
     * "The mayor's claim that the bridge was safe drew criticism", "his warning that the piers would fail": a
     * noun for a statement, owned by whoever made it, reports the clause after "that".
     */
    private List<FoundQuote> claimed(SourceDocument src, Sentence s, List<Sentence> sentences, List<NameMention> names) {
        List<Token> t = s.tokens();
        List<FoundQuote> out = new ArrayList<>();
        for (int i = 1; i < t.size() - 3; i++) {
            Token w = t.get(i);
            if (!w.is(Upos.NOUN) || !lexicon.statementNoun(w.text())
                    || !t.get(i + 1).text().equalsIgnoreCase("that")) {
                continue;
            }
            NounPhrase np = ClauseReader.owner(t, i);
            if (np == null) continue;
            int from = i + 2;
            int end = clauseEnd(t, from);
            if (end - from < 3 || !Tokens.hasVerb(t.subList(from, end))) continue;
            Span content = Tokens.trimmed(src, t.get(from).start(), t.get(end - 1).end());
            indirectQuote(src, content, np, names, w.text(), CLAIM).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The end (exclusive) of the clause starting at {@code from}: at a comma, a semicolon or the sentence's
     * end, or before a second verb that follows the clause's own verb and a word of something else
     * ("that the bridge was safe drew criticism": the clause ends before "drew").
     */
    static int clauseEnd(List<Token> t, int from) {
        boolean verbSeen = false;
        boolean afterVerb = false;
        for (int k = from; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.text().equals(",") || x.text().equals(";") || x.text().equals(".") || x.text().equals(":")) return k;
            boolean verb = x.is(Upos.VERB) || x.is(Upos.AUX);
            if (verb && afterVerb) return k;
            // "that the ferry would return was dashed": an auxiliary right after a full verb starts the next verb
            if (x.is(Upos.AUX) && k > from && t.get(k - 1).is(Upos.VERB)) return k;
            if (verb) verbSeen = true;
            if (verbSeen && !verb && !x.is(Upos.ADV) && !x.is(Upos.PART)) afterVerb = true;
            // a conjunction, relative word or preposition may bring verbs of the clause's own
            if (x.is(Upos.CCONJ) || x.is(Upos.SCONJ) || x.is(Upos.ADP) || x.is(Upos.PRON) || x.text().equalsIgnoreCase("to")) afterVerb = false;
            // "that the bridge was sound and the inspectors were liars", "were alike in that both harboured pirates": a
            // conjunction may join a second clause, with a verb of its own
            if (x.is(Upos.CCONJ) || x.is(Upos.SCONJ) || x.text().equalsIgnoreCase("that")) {
                verbSeen = false;
                afterVerb = false;
            }
        }
        return t.size();
    }

    /** A headline's "Ana Berg: Bridge will reopen in May": the name before the colon says what follows it. */
    private static java.util.Optional<FoundQuote> headline(SourceDocument src, Sentence s, List<NameMention> names) {
        List<Token> t = s.tokens();
        for (int k = 1; k < Math.min(t.size() - 3, 7); k++) {
            if (!t.get(k).text().equals(":")) continue;
            Token last = t.get(k - 1);
            for (NameMention n : names) {
                if (n.span().start() == s.start() && n.span().end() == last.end() && n.type() != EntityType.GPE) {
                    Span content = Tokens.trimmed(src, t.get(k + 1).start(), s.end());
                    if (Words.count(content.text()) >= 3 && Tokens.hasVerb(t.subList(k + 1, t.size()))) {
                        return java.util.Optional.of(new FoundQuote(content, QuoteKind.INDIRECT, n.span(), SpeakerForm.NAME, List.of(), ":", 0.8, HEADLINE));
                    }
                }
            }
            break;
        }
        return java.util.Optional.empty();
    }

    private List<FoundQuote> reported(SourceDocument src, Sentence s, List<Sentence> sentences, List<NameMention> names) {
        List<Token> t = s.tokens();
        java.util.Optional<FoundQuote> headline = headline(src, s, names);
        if (headline.isPresent()) return List.of(headline.get());
        if (t.size() < 6) return List.of();
        String text = src.text();
        // "According to X, CLAUSE"
        if (t.get(0).text().equalsIgnoreCase("according") && t.size() > 2 && t.get(1).text().equalsIgnoreCase("to")) {
            NounPhrase np = NounPhrase.after(t, 2);
            if (np != null) {
                int comma = Tokens.indexOf(t, ",", 2);
                if (comma > 0 && comma + 4 < t.size()) {
                    Span content = Tokens.trimmed(src, t.get(comma + 1).start(), s.end());
                    return indirectQuote(src, content, np, names, sentences, s, "according to").stream().toList();
                }
            }
        }
        java.util.Optional<FoundQuote> tail = attributionTail(src, s, sentences, names, false);
        if (tail.isPresent()) return List.of(tail.get());
        List<FoundQuote> found = new ArrayList<>();
        // "X said (that) CLAUSE", "X asked whether CLAUSE", "X urged Y to VP", "X called for NP"
        for (int i = 1; i < t.size() - 2; i++) {
            Token w = t.get(i);
            String verb = w.text().toLowerCase(Locale.ROOT);
            // "Clinton plans/NOUN to ...", "the statement calls/NOUN on ...": a verb in -s the tagger took for a noun, read by
            // the word that follows it
            // "Some Republicans doubt/NOUN that ...": so is any cue between a subject and "that"
            String following = i + 1 < t.size() ? t.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            boolean verbAsNoun = w.is(Upos.NOUN) && (verb.endsWith("s") && NOUN_VERB_FOLLOWERS.contains(following)
                    || following.equals("that") && Cues.indirect(verb))
                    && (t.get(i - 1).is(Upos.PROPN) || t.get(i - 1).is(Upos.NOUN) || t.get(i - 1).is(Upos.PRON));
            if (!w.is(Upos.VERB) && !verbAsNoun || !(Cues.indirect(verb) || Cues.INTENT.contains(verb) || Cues.stance(verb))) continue;
            NounPhrase np = statementSubject(t, i, names);
            if (np == null) continue;
            int c = complement(t, i);
            if (c < 0 || c >= t.size() - 2) continue;
            // "Ana said the bridge was safe, but Omar said it was not": a second speaker's statement ends the first's
            int next = nextStatement(t, c);
            int end = next < 0 ? s.end() : t.get(Math.max(0, clauseStart(t, next) - 1)).start();
            int aside = relativeAsideEnd(t, i, c);
            if (aside > 0 && (next < 0 || aside < clauseStart(t, next))) {
                // "The union, which has endorsed Dana Wells, said ...": a statement inside a relative clause ends with
                // the clause, and the sentence's own verb comes after it
                end = t.get(aside).start();
                next = aside + 1;
            }
            NounPhrase objectPhrase = c == afterWhen(t, i + 1) && Cues.stance(verb) ? NounPhrase.after(t, c) : null;
            if (objectPhrase != null && !NounPhrase.followedByVerb(t, objectPhrase)) {
                // "confirmed the meeting on condition of anonymity because they were not authorized": a position's object
                // ends where a subordinate clause of the sentence's own begins
                for (int k = c + 1; k < t.size() && t.get(k).start() < end; k++) {
                    if (t.get(k).is(Upos.SCONJ) && !t.get(k).text().equalsIgnoreCase("that")) {
                        end = t.get(k).start();
                        break;
                    }
                }
            }
            Span content = Tokens.trimmed(src, t.get(c).start(), Math.max(t.get(c).start(), end));
            // a position's object may be a single name ("endorsed Trump"), and what someone wants or calls for a word or
            // two ("called for the ban", "declined to comment"); a reported clause has a few words at least
            boolean object = c == afterWhen(t, i + 1) && Cues.stance(verb)
                    && t.stream().noneMatch(x -> x.start() >= content.start() && x.end() <= content.end() && (x.is(Upos.VERB) || x.is(Upos.AUX)));
            boolean wanted = Cues.INTENT.contains(verb) && c > i && c - 1 < t.size()
                    && Set.of("to", "for").contains(t.get(c - 1).text().toLowerCase(Locale.ROOT));
            if (Words.count(content.text()) < (object || wanted ? 1 : 3)) {
                if (next < 0) continue;
                i = next - 1;
                continue;
            }
            indirectQuote(src, content, np, names, sentences, s, w.text()).ifPresent(found::add);
            if (next < 0) return found;
            i = next - 1;
        }
        if (!found.isEmpty()) return found;
        // a long "according to" tail is the source only when the clause before it reports no one else
        return attributionTail(src, s, sentences, names, true).stream().toList();
    }

    private static final Set<String> QUESTION_WORDS = QuoteLexicon.words("question-words.txt");
    private static final Set<String> RELATIVES = QuoteLexicon.words("relatives.txt");

    /** The relative pronoun that is the subject of the verb at {@code i} ("who has long argued"), or -1. */
    private static int relativeBefore(List<Token> t, int i) {
        int r = i - 1;
        while (r > 0 && (t.get(r).is(Upos.ADV) || t.get(r).is(Upos.AUX) || t.get(r).text().equalsIgnoreCase("also"))) r--;
        return r >= 1 && RELATIVES.contains(t.get(r).text().toLowerCase(Locale.ROOT)) && !t.get(r).is(Upos.SCONJ) ? r : -1;
    }

    /**
     * Who makes the statement whose verb is token {@code i}: the noun phrase before it; the noun a relative
     * pronoun stands for ("dock workers who say", "Dana Wells, who has argued"); or, for a verb joined to
     * another by "and"/"but" or a participle set off by a comma ("..., saying"), the sentence's subject.
     */
    private static @Nullable NounPhrase statementSubject(List<Token> t, int i, List<NameMention> names) {
        NounPhrase np = NounPhrase.before(t, i);
        if (np != null) return np;
        int r = relativeBefore(t, i);
        if (r >= 1) {
            int end = t.get(r - 1).text().equals(",") ? r - 1 : r;
            if (end < 1) return null;
            np = NounPhrase.before(t, end);
            Token last = t.get(end - 1);
            for (NameMention n : names) {
                // "drew fire from Dana Wells, who said": the name itself, not the phrase it ends
                if (n.span().end() == last.end()) np = new NounPhrase(n.span().start(), n.span().end(), false, n.span().end(),
                        last.text().toLowerCase(Locale.ROOT));
            }
            return np;
        }
        boolean joined = Cues.joinsVerbs(t.get(i - 1).text());
        boolean participle = t.get(i).text().endsWith("ing") && t.get(i - 1).text().equals(",");
        if (joined || participle) {
            // "He claimed vast wealth and said it kept him free", "The firm defended the plan, saying it was needed"
            NounPhrase subject = NounPhrase.subject(t);
            if (subject != null && subject.end() <= t.get(i - 1).start()) return subject;
        }
        return null;
    }

    /**
     * The comma that closes a relative clause set off by commas around the verb at {@code i} ("X, which
     * has endorsed Y, said"), when the sentence goes on with a verb after it; -1 otherwise.
     */
    private static int relativeAsideEnd(List<Token> t, int i, int from) {
        int r = relativeBefore(t, i);
        if (r < 2 || !t.get(r - 1).text().equals(",")) return -1;
        for (int k = from; k < t.size() - 1; k++) {
            if (t.get(k).text().equals(",")) {
                int v = k + 1;
                while (v < t.size() && (t.get(v).is(Upos.ADV) || t.get(v).is(Upos.AUX))) v++;
                return v < t.size() && t.get(v).is(Upos.VERB) ? k : -1;
            }
        }
        return -1;
    }

    private static final Set<String> CLAUSE_JOINS = QuoteLexicon.words("clause-joins.txt");
    /** Words after a plural noun that make it a verb of saying ("Some Republicans doubt that ..."). */
    private static final Set<String> NOUN_VERB_FOLLOWERS = QuoteLexicon.words("noun-verb-followers.txt");
    /** An opening participle ("Asked about it, ..."). */
    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "\\p{L}+(?:" + String.join("|", QuoteLexicon.words("participle-endings.txt")) + ")");

    /**
     * The index of the verb of the next reported statement after token {@code from}: a verb of saying
     * whose subject follows a comma, a semicolon or a joining word ("..., but Omar said"); -1 when none.
     */
    private static int nextStatement(List<Token> t, int from) {
        for (int v = from + 2; v < t.size() - 2; v++) {
            Token w = t.get(v);
            if (!w.is(Upos.VERB) || !Cues.indirect(w.text()) && !Cues.stance(w.text())) continue;
            // "criticised the council but praised the mayor": a second verb of the same subject; "defended the plan,
            // saying it was needed": a participle of saying set off by a comma
            if (v - 1 > from + 1 && Cues.joinsVerbs(t.get(v - 1).text())) return v;
            if (v - 1 > from + 1 && t.get(v - 1).text().equals(",") && w.text().endsWith("ing")) return v;
            NounPhrase np = NounPhrase.before(t, v);
            if (np == null || np.pronoun() && np.start() <= t.get(from).start()) continue;
            int k = clauseStart(t, v);
            if (k > from + 1 && k < v && CLAUSE_JOINS.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT))) return v;
        }
        return -1;
    }

    /** The first token of the subject of the verb at {@code v}, after any joining words before it. */
    private static int clauseStart(List<Token> t, int v) {
        if (Cues.joinsVerbs(t.get(v - 1).text())) return v - 1 > 0 && t.get(v - 2).text().equals(",") ? v - 1 : v;
        if (t.get(v - 1).text().equals(",") && t.get(v).text().endsWith("ing")) return v; // "..., saying"
        NounPhrase np = NounPhrase.before(t, v);
        int k = v;
        while (k > 0 && np != null && t.get(k - 1).start() >= np.start()) k--;
        while (k > 1 && CLAUSE_JOINS.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT))
                && CLAUSE_JOINS.contains(t.get(k - 2).text().toLowerCase(Locale.ROOT))) k--;
        return k;
    }

    /**
     * "CLAUSE, X said." / "CLAUSE, said X, a professor at ..." / "PART, X said, REST." / "CLAUSE, according to X.";
     * with {@code longTail}, also a long "according to" source.
     */
    private java.util.Optional<FoundQuote> attributionTail(SourceDocument src, Sentence s, List<Sentence> sentences, List<NameMention> names,
            boolean longTail) {
        List<Token> t = s.tokens();
        int lastComma = -1;
        for (int i = t.size() - 1; i > 3; i--) if (t.get(i).text().equals(",")) { lastComma = i; break; }
        // "CLAUSE, according to a poll of 900 voters released last week by the paper": a source may take many words
        boolean according = lastComma > 3 && lastComma + 3 < t.size() && t.get(lastComma + 1).text().equalsIgnoreCase("according")
                && t.get(lastComma + 2).text().equalsIgnoreCase("to");
        if (according && (t.size() - lastComma <= 9 || longTail)) {
            NounPhrase np = NounPhrase.after(t, lastComma + 3);
            if (np != null && Tokens.hasVerb(t.subList(0, lastComma))) {
                return indirectQuote(src, Tokens.trimmed(src, s.start(), t.get(lastComma).start()), np, names, sentences, s, "according to");
            }
        }
        for (int c = 2; c < t.size() - 2; c++) {
            if (!t.get(c).text().equals(",")) continue;
            int v = c + 1;
            while (v < t.size() && t.get(v).is(Upos.ADV)) v++;
            NounPhrase np;
            int cue;
            int rest;
            if (v + 2 < t.size() && t.get(v).text().equalsIgnoreCase("according") && t.get(v + 1).text().equalsIgnoreCase("to")) {
                // ", according to a person close to the talks, ...": the source runs to the next comma
                cue = v;
                np = NounPhrase.after(t, v + 2);
                if (np == null) continue;
                int close = v + 2;
                while (close < t.size() && !t.get(close).text().equals(",")) close++;
                boolean clauseBefore = Tokens.hasVerb(t.subList(0, c)) && Words.count(src.text().substring(s.start(), t.get(c).start())) >= 3;
                boolean runsOn = close < t.size() && close + 3 < t.size() && Tokens.hasVerb(t.subList(close + 1, t.size()));
                // a long source at the end is taken only when the clause before it reports no one else (longTail)
                if (runsOn) return indirectQuote(src, Tokens.trimmed(src, s.start(), s.end()), np, names, sentences, s, "according to");
                if (clauseBefore && (longTail || close - v <= 8)) {
                    return indirectQuote(src, Tokens.trimmed(src, s.start(), t.get(c).start()), np, names, sentences, s, "according to");
                }
                continue;
            }
            if (v < t.size() && tailCue(t.get(v))) {
                // ", said X": the speaker after the verb, not followed by a verb of its own
                cue = v;
                np = NounPhrase.after(t, v + 1);
                if (np == null || NounPhrase.followedByVerb(t, np) || NounPhrase.possessive(src.text(), np)) continue;
                rest = Tokens.indexAt(t, np.end());
            } else {
                // ", X said": the first verb of saying after the comma, whose subject starts right after it
                cue = -1;
                for (int k = c + 2; k < t.size() && cue < 0; k++) if (tailCue(t.get(k))) cue = k;
                if (cue < 0) continue;
                np = NounPhrase.before(t, cue);
                if (np == null || np.start() != t.get(c + 1).start()) continue;
                rest = cue + 1;
                // ", a spokesman told ABC News.": the listener is part of the attribution
                if (Cues.TAKES_LISTENER.contains(t.get(cue).text().toLowerCase(Locale.ROOT))) {
                    NounPhrase listener = NounPhrase.after(t, rest);
                    if (listener != null) rest = Math.max(rest, Tokens.indexAt(t, listener.end()));
                    if (rest < 0) rest = t.size();
                }
            }
            if (rest < 0) rest = t.size();
            int close = frameEnd(t, rest);
            if (close < 0) continue;
            // a clause of its own, not an opening phrase ("Asked about it, the mother replied, '...'")
            // a clause before the comma has a verb of its own past an opening participle ("Asked about it, the mother
            // replied" has none; "Seeing him suffer led him to quit, he said" has one)
            Token first = t.get(0);
            boolean participleFirst = first.is(Upos.VERB) && PARTICIPLE.matcher(first.text()).matches();
            boolean clauseBefore = Tokens.hasVerb(t.subList(participleFirst ? 1 : 0, c))
                    && Words.count(src.text().substring(s.start(), t.get(c).start())) >= 3;
            Span content;
            if (clauseBefore) {
                content = Tokens.trimmed(src, s.start(), t.get(c).start());
            } else if (!participleFirst && close < t.size() && t.get(close).text().equals(",") && close + 3 < t.size()
                    && Tokens.hasVerb(t.subList(close + 1, t.size())) && QuoteMarks.OPENERS.indexOf(t.get(close + 1).text().charAt(0)) < 0) {
                // "The new bridge, Dana Wells said, will open in May": the statement runs on around its attribution
                content = Tokens.trimmed(src, s.start(), s.end());
            } else {
                continue;
            }
            return indirectQuote(src, content, np, names, sentences, s, t.get(cue).text());
        }
        return java.util.Optional.empty();
    }

    /** A verb of saying that can close a sentence as its attribution. */
    private static boolean tailCue(Token w) {
        return Cues.indirect(w.text()) && (w.is(Upos.VERB) || w.is(Upos.AUX)) && !w.text().toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /**
     * Where the words after an attribution's verb and speaker end, when they only say where, when or how it
     * was said ("in a statement", "on Tuesday", "in answering a question"): the index of the comma that
     * ends them, or the token count at the sentence's end; -1 when they go on with words of their own.
     */
    private static int frameEnd(List<Token> t, int from) {
        boolean inPhrase = false;
        for (int k = from; k < t.size(); k++) {
            Token w = t.get(k);
            if (w.text().equals(",")) return k;
            if (w.is(Upos.PUNCT)) {
                if (w.text().equals(".") || w.text().equals("!") || w.text().equals("?")) return k + 1 >= t.size() ? t.size() : -1;
                continue;
            }
            if (w.is(Upos.ADP) || w.is(Upos.ADV)) {
                inPhrase = inPhrase || w.is(Upos.ADP);
                continue;
            }
            if (w.is(Upos.VERB) || w.is(Upos.AUX)) {
                if (!inPhrase || !w.text().toLowerCase(Locale.ROOT).endsWith("ing")) return -1;
                continue;
            }
            if (k == from && !NounPhrase.TIME_WORDS.contains(w.text().toLowerCase(Locale.ROOT))) return -1;
        }
        return t.size();
    }

    /**
     * Where the reported content starts after the cue at {@code i}: after "that" within a few words
     * ("said on Tuesday that"), at "whether/if/how/why/what", at the object of "urged X to", after
     * "for" ("called for"), or straight after "said"/"says" (a bare clause); -1 when the verb frames
     * nothing that can be reported.
     */
    private int complement(List<Token> t, int i) {
        String verb = t.get(i).text().toLowerCase(Locale.ROOT);
        // "said that", "told Fox News on Sunday that", "said on the radio show ''Morning Edition'' on Tuesday that": the
        // words between the verb and "that" are its listener and when and where it was said, never another verb
        for (int k = i + 1; k < Math.min(t.size(), i + 14); k++) {
            String x = t.get(k).text().toLowerCase(Locale.ROOT);
            if (x.equals("that") && k + 1 < t.size() && Tokens.hasVerb(t.subList(k + 1, t.size()))) {
                // "rejected his warning that ...": the clause is the noun's, and the verb's object is the whole phrase
                boolean nounsClause = k > i + 1 && lexicon.statementNoun(t.get(k - 1).text());
                return nounsClause && Cues.stance(verb) ? i + 1 : k + 1;
            }
            if (QUESTION_WORDS.contains(x) && k <= i + 3) return k;
            if (x.equals(",") || x.equals(".") || x.equals(";") || x.equals(":") || k > i + 1 && (t.get(k).is(Upos.VERB) || t.get(k).is(Upos.AUX))) break;
        }
        // "told the council the piers had failed", "assured voters he would stay": past the listener, a clause
        if (Cues.TAKES_LISTENER.contains(verb) && i + 1 < t.size()) {
            NounPhrase listener = NounPhrase.after(t, i + 1);
            int k = listener == null ? -1 : Tokens.indexAt(t, listener.end());
            if (k > 0 && k < t.size() - 2) {
                NounPhrase subject = NounPhrase.after(t, k);
                if (subject != null && NounPhrase.followedByVerb(t, subject)) return k;
            }
        }
        if (Cues.INTENT.contains(verb)) {
            // "urged Trump to stop", "wants to build", "called for an inquiry"
            // the object may carry a clause of its own: "urged the council, whose session is in May, to investigate"
            for (int k = i + 1; k < Math.min(t.size(), i + 20); k++) {
                String x = t.get(k).text().toLowerCase(Locale.ROOT);
                if (x.equals("to") && k + 1 < t.size() && t.get(k + 1).is(Upos.VERB)) return k == i + 1 ? k + 1 : i + 1;
                if (x.equals("for") && k == i + 1) return k + 1;
                if (x.equals(".") || x.equals(";")) break;
            }
            if (!Cues.stance(verb)) return -1;
        }
        // what is said starts after any words of when: "said last week the bridge", "confirmed on Tuesday the closure"
        int o = afterWhen(t, i + 1);
        // "complained about the fees", "warned of a collapse", "commented on the vote": what the words were about
        // ("said of the plan" names what a quotation nearby is about, not a statement)
        if (o + 1 < t.size() && TOPIC.contains(t.get(o).text().toLowerCase(Locale.ROOT)) && Cues.speech(verb) && !verb.startsWith("sa")
                && (t.get(o + 1).is(Upos.DET) || t.get(o + 1).is(Upos.NOUN) || t.get(o + 1).is(Upos.PROPN) || t.get(o + 1).is(Upos.ADJ)
                        || t.get(o + 1).is(Upos.PRON) && !t.get(o + 1).text().equalsIgnoreCase("it"))) {
            return o + 1;
        }
        if ((verb.startsWith("sa") || verb.equals("says")) && o < t.size() && Tokens.hasVerb(t.subList(o, t.size()))) {
            // "said, adding that ...": what is reported starts after the participle's "that", not at the comma
            if (t.get(i + 1).text().equals(",") && i + 3 < t.size() && t.get(i + 2).text().endsWith("ing")
                    && t.get(i + 3).text().equalsIgnoreCase("that")) {
                return i + 4;
            }
            return t.get(i + 1).text().equals(",") && i + 2 < t.size() ? i + 2 : o;
        }
        // "she thinks the plan will fail", "the poll shows Ana Berg leads", "he complained the fees had doubled": a clause
        // whose subject has its own verb
        if ((Cues.BARE_CLAUSE.contains(verb) || Cues.indirect(verb)) && o < t.size()) {
            NounPhrase subject = NounPhrase.after(t, o);
            if (subject != null && NounPhrase.followedByVerb(t, subject)) return o;
        }
        // "the senator cited the figures", "she called the plan a mistake": a position's object is what it is about
        if (Cues.stance(verb) && o < t.size()) {
            Token x = t.get(o);
            boolean object = x.is(Upos.NOUN) || x.is(Upos.PROPN) || x.is(Upos.ADJ) || x.is(Upos.NUM)
                    || x.is(Upos.DET) && !x.text().equalsIgnoreCase("that") || x.is(Upos.PRON) && !x.text().equalsIgnoreCase("it");
            if (object) return o;
        }
        // "..., noting hundreds of groups had written": a participle of saying takes a bare clause
        if (verb.endsWith("ing") && i > 0 && t.get(i - 1).text().equals(",") && i + 1 < t.size() && Tokens.hasVerb(t.subList(i + 1, t.size()))) {
            return i + 1;
        }
        return -1;
    }

    private java.util.Optional<FoundQuote> indirectQuote(SourceDocument src, Span content, NounPhrase np, List<NameMention> names,
            List<Sentence> sentences, Sentence s, String cue) {
        return indirectQuote(src, content, np, names, cue, SPEECH);
    }

    private java.util.Optional<FoundQuote> indirectQuote(SourceDocument src, Span content, NounPhrase np, List<NameMention> names,
            String cue, String rule) {
        Attribution a = speakers.read(src, np, names, cue, 0.8);
        // reported speech needs a speaker: without one it is the reporter's own sentence
        if (a == null) return java.util.Optional.empty();
        return java.util.Optional.of(a.by(rule).quote(content, QuoteKind.INDIRECT));
    }

    /** Prepositions after a verb of saying that introduce what was said about: "complained about", "warned of". */
    private static final Set<String> TOPIC = QuoteLexicon.words("topic-prepositions.txt");

    private static final Set<String> WHEN_OPENERS = QuoteLexicon.words("when-openers.txt");
    private static final Set<String> WHEN_WORDS = QuoteLexicon.words("when-words.txt");

    /** The first token at or after {@code k} past words of when ("last week", "on Tuesday", "Tuesday", "earlier"). */
    private static int afterWhen(List<Token> t, int k) {
        int j = k;
        while (j < t.size()) {
            String x = t.get(j).text().toLowerCase(Locale.ROOT);
            if (WHEN_OPENERS.contains(x) && j + 1 < t.size() && NounPhrase.TIME_WORDS.contains(t.get(j + 1).text().toLowerCase(Locale.ROOT))) {
                j += 2;
            } else if (NounPhrase.TIME_WORDS.contains(x) && !x.equals("may") || WHEN_WORDS.contains(x)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
