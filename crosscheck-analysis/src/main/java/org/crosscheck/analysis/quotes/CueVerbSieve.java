package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * A verb of saying frames the quotation: the one nearest it in the sentence it runs through, and the noun phrase
 * that verb's structure makes its speaker ('"...," Ana Berg said', '"...," said Ana Berg', "Ana Berg said the plan
 * was 'dead'", "according to Ana Berg, '...'"), read by {@link SpeakerReader}, never taken from proximity alone.
 */
final class CueVerbSieve implements Sieve {
    private final SpeakerReader speakers;
    private final ClauseReader clauses;

    CueVerbSieve(SpeakerReader speakers, ClauseReader clauses) {
        this.speakers = Objects.requireNonNull(speakers);
        this.clauses = Objects.requireNonNull(clauses);
    }

    @Override
    public String name() {
        return "cue-verb";
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        return read(c.src(), c.frame(), c.quote(), c.names(), c.sentences(), c.sentence());
    }

    /** The reporting cue of the sentence nearest the quotation, and the noun phrase it frames. */
    private @Nullable Attribution read(SourceDocument src, List<Token> frame, Span quote, List<NameMention> names,
            List<Sentence> sentences, Sentence s) {
        // "When Berg announced the closure, Haddad called it '...'": a verb in a clause opening the sentence frames
        // nothing its main clause quotes
        List<Token> sentenceTokens = s.tokens();
        int opening = clauses.openingClauseEnd(sentenceTokens);
        int openingEnd = opening < 0 ? -1 : sentenceTokens.get(opening).end();
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        boolean asideBest = false;
        for (int i = 0; i < frame.size(); i++) {
            Token t = frame.get(i);
            // "... a narrator in the ad asks.": a verb of saying that closes the sentence after the quotation is one,
            // though the tagger read it as a plural noun
            boolean closing = t.is(Upos.NOUN) && t.start() >= quote.end() && t.text().endsWith("s")
                    && (i + 1 == frame.size() || frame.get(i + 1).is(Upos.PUNCT));
            boolean cue = Cues.speechAt(frame, i) && (t.is(Upos.VERB) || t.is(Upos.AUX) || closing)
                    || t.text().equalsIgnoreCase("according") && i + 1 < frame.size() && frame.get(i + 1).text().equalsIgnoreCase("to");
            // "... 'did nothing wrong' in calling the embassy": a gerund after a preposition, past the quotation, is what
            // was done, not who said it
            if (cue && t.start() >= quote.end() && t.text().endsWith("ing") && i > 0 && frame.get(i - 1).is(Upos.ADP)) cue = false;
            // "the figures in the report published by the agency were": a participle describing a noun says nothing
            if (cue && clauses.describesPrepositionalObject(frame, i, quote)) cue = false;
            // ... unless it stands right before the quotation ("... ― as was true ― Trump boasted, '...'"), whose verb it is
            if (cue && openingEnd > 0 && t.start() >= s.start() && t.end() <= openingEnd && quote.start() >= openingEnd
                    && !(t.end() <= quote.start() && introducesQuote(src.text(), t.end(), quote.start()))) {
                cue = false;
            }
            if (!cue) continue;
            int dist = t.start() >= quote.end() ? t.start() - quote.end() : quote.start() >= t.end() ? quote.start() - t.end() : 0;
            // '"..." - and engineers had warned of it - Lind said': a verb in an aside set off by dashes yields to one outside it
            boolean aside = ClauseReader.inDashAside(src.text(), frame, i, quote);
            if (best < 0 || aside == asideBest && dist < bestDist || asideBest && !aside) {
                best = i;
                bestDist = dist;
                asideBest = aside;
            }
        }
        if (best > 0 && frame.get(best - 1).text().equalsIgnoreCase("to")) {
            // "they add that it is reasonable to conclude that '...'": an infinitive has no speaker of its own; the
            // finite verb of saying before it, with its subject, frames the quotation
            for (int j = best - 2; j >= 0 && frame.get(j).start() >= s.start(); j--) {
                Token w = frame.get(j);
                if (Cues.speech(w.text()) && w.is(Upos.VERB) && !frame.get(Math.max(0, j - 1)).text().equalsIgnoreCase("to")
                        && NounPhrase.before(frame, j) != null) {
                    best = j;
                    break;
                }
            }
        }
        if (best >= 0 && frame.get(best).end() <= quote.start()) {
            // "X said the report confirmed 'solid evidence'": marks inside a reported clause quote the one who reports it
            NounPhrase inner = NounPhrase.before(frame, best);
            // "When Ana noted that ..., Omar boasted, '...'", "She said ..., and when pressed, the mother replied, '...'":
            // a subject after a comma starts a clause of its own, whose verb it is
            List<Token> own = frame.stream().filter(x -> x.start() >= s.start()).toList();
            boolean mainClause = inner != null && own.stream().anyMatch(x -> x.text().equals(",") && x.end() <= inner.start()
                    && inner.start() - x.end() <= 1);
            // "Ana said Omar told her, '...'", "Ana wrote that Omar said he had 'doubts'": a verb of uttering hands the words
            // to its own subject, whose words the reporter passes on
            boolean uttered = Cues.UTTERANCE.contains(frame.get(best).text().toLowerCase(Locale.ROOT));
            boolean attached = introducesQuote(src.text(), frame.get(best).end(), quote.start());
            for (int j = best - 1; j >= 0 && inner != null && !mainClause && !uttered && frame.get(j).start() >= s.start(); j--) {
                Token w = frame.get(j);
                // "When Ana noted that ..., Omar boasted, '...'": a verb in a clause opening the sentence reports nothing the main clause says
                if (Cues.indirect(w.text()) && w.is(Upos.VERB) && w.end() <= inner.start() && NounPhrase.before(frame, j) != null
                        && !(attached && clauses.inOpeningClause(sentenceTokens, w))) {
                    best = j;
                    break;
                }
            }
        }
        if (best >= 0) {
            Token cue = frame.get(best);
            boolean according = cue.text().equalsIgnoreCase("according");
            NounPhrase np = according ? NounPhrase.after(frame, best + 2) : null;
            // "its authors suggest China was not forthcoming with information, saying ...": a participle set off by a
            // comma has the sentence's subject for its speaker, not the noun before the comma
            boolean participle = !according && cue.text().endsWith("ing") && best > 0 && frame.get(best - 1).text().equals(",")
                    && cue.end() <= quote.start();
            if (participle) {
                NounPhrase subject = NounPhrase.subject(frame.stream().filter(x -> x.start() >= s.start()).toList());
                if (subject != null && subject.end() <= cue.start()) {
                    Attribution a = speakers.read(src, subject, names, cue.text(), 0.8);
                    if (a != null) return a;
                }
                // '"...," the statement said, adding that ...': the participle shares the subject of the verb of saying before it
                for (int j = best - 2; j > 0 && frame.get(j).start() >= s.start(); j--) {
                    if (!Cues.speech(frame.get(j).text()) || !frame.get(j).is(Upos.VERB)) continue;
                    NounPhrase np2 = NounPhrase.before(frame, j);
                    Attribution a = np2 == null ? null : speakers.read(src, np2, names, cue.text(), 0.8);
                    if (a != null) return a;
                    break;
                }
            }
            if (!according) {
                // '"...," X said' names X before the verb; '"...," said X' after it. Verbs that take the
                // listener as object ("told reporters") never take the speaker after them.
                NounPhrase before = NounPhrase.before(frame, best);
                boolean beforeInFrame = before != null && (cue.start() < quote.start() || before.start() >= quote.end());
                np = beforeInFrame ? before : null;
                boolean coordinated = best > 0 && frame.get(best - 1).is(Upos.CCONJ);
                if (np == null && coordinated) {
                    // "The report looked at ... and found evidence that '...'": the verb shares the sentence's subject,
                    // which comes before any phrase after the verb
                    NounPhrase subject = NounPhrase.subject(frame.stream().filter(x -> x.start() >= s.start()).toList());
                    if (subject != null && subject.end() <= cue.start()) np = subject;
                }
                if (np == null && !Cues.TAKES_LISTENER.contains(cue.text().toLowerCase(Locale.ROOT))) {
                    NounPhrase after = NounPhrase.after(frame, best + 1);
                    // "said Beijing remained ...": a noun phrase followed by its own verb is the reported clause's subject;
                    // "praised China's 'achievements'": a possessor is the object's, not a speaker
                    // "..., said Ana Berg" / "said Ana Berg: '...'": the speaker after the verb stands next to the quotation;
                    // a phrase after a verb away from it is the verb's object ("branded the inquiry a 'witch hunt'")
                    boolean inverted = after != null && (cue.start() >= quote.end() && onlyMarksBetween(src.text(), quote.end(), cue.start())
                            || after.end() <= quote.start() && introduces(src.text(), after.end(), quote.start()));
                    if (inverted && !NounPhrase.followedByVerb(frame, after) && !NounPhrase.possessive(src.text(), after)) np = after;
                }
                if (np == null) np = before;
                if (np == null && (cue.text().endsWith("ing") || coordinated)) {
                    // "She hinted ..., saying it was 'trying'": a participle's speaker is the sentence's subject, and so is
                    // that of a verb joined to the first ("she expressed concern ... but praised ...")
                    NounPhrase subject = NounPhrase.subject(frame);
                    if (subject != null && subject.end() <= cue.start()) np = subject;
                }
                if (np == null && cue.text().endsWith("ing") && cue.start() - s.start() < 12 && cue.end() <= quote.start()) {
                    // "After saying her foot was 'so swollen ...', she was taken ...": a participle in an opening phrase has the
                    // main clause's subject, after the comma that closes the phrase
                    int k = best + 1;
                    while (k < frame.size() && frame.get(k).start() < quote.end()) k++;
                    // the comma may stand inside the closing mark ("'so swollen,' she") or after it
                    while (k < frame.size() && (frame.get(k).text().equals(",") || QuoteMarks.OPENERS.indexOf(frame.get(k).text().charAt(0)) >= 0
                            || "”’\"'".indexOf(frame.get(k).text().charAt(0)) >= 0)) {
                        k++;
                    }
                    if (k < frame.size() && (src.text().substring(quote.end(), frame.get(k).start()).contains(",")
                            || quote.text().strip().endsWith(","))) {
                        np = NounPhrase.after(frame, k);
                    }
                }
            }
            if (np != null) {
                String cueText = according ? "according to" : cue.text();
                Attribution a = speakers.read(src, np, names, cueText, 0.9);
                // '"...," said a spokesman, Tom Reyes.': a description after the verb, then the name it stands for
                if (a != null && a.form() == SpeakerForm.DESCRIPTION && np.start() >= quote.end()) {
                    NameMention named = appositiveName(src.text(), np, names);
                    if (named != null) return new Attribution(named.span(), SpeakerForm.NAME, List.of(), cueText, 0.85);
                }
                if (a == null && cue.text().endsWith("ing") && cue.start() - np.end() <= 1) {
                    // "footage of Ana Berg asking, '...'": the name right before the participle is who asks
                    for (NameMention n : names) {
                        if (n.span().end() == np.end() && n.type() != EntityType.GPE) {
                            return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cueText, 0.8);
                        }
                    }
                }
                return a;
            }
        }
        return null;
    }

    /**
     * The person named right after a description and a comma, closing the clause ("a spokesman, Tom Reyes." or
     * "a spokesman, Tom Reyes, who ..."): the name the description stands for. Null when there is none.
     */
    private static @Nullable NameMention appositiveName(String text, NounPhrase np, List<NameMention> names) {
        int i = np.end();
        if (i >= text.length() || text.charAt(i) != ',') return null;
        int from = i + 1;
        while (from < text.length() && text.charAt(from) == ' ') from++;
        for (NameMention n : names) {
            if (n.span().start() != from || n.type() == EntityType.GPE || n.type() == EntityType.LOC) continue;
            int e = n.span().end();
            if (e >= text.length() || ".,;\n".indexOf(text.charAt(e)) >= 0) return n;
        }
        return null;
    }

    /** Whether only punctuation, quotation marks and spaces lie between two offsets. */
    private static boolean onlyMarksBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    /** Whether only a comma or a colon, quotation marks and spaces lie between a verb and the quotation it opens. */
    private static boolean introducesQuote(String text, int from, int to) {
        return text.substring(from, to).matches("[\\s,:\"“‘']*");
    }

    /** Whether the words between a phrase and a quotation only set the phrase off and open the quotation: ":", ", the mayor, ". */
    private static boolean introduces(String text, int from, int to) {
        if (onlyMarksBetween(text, from, to)) return true;
        String between = text.substring(from, to).replaceAll("[\"“”‘’'\\s]+$", "");
        return between.startsWith(",") && (between.endsWith(",") || between.endsWith(":")) && !between.contains(".");
    }
}
