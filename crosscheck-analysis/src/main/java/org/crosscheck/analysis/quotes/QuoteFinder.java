package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.entities.MentionFinder;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.analysis.text.SentenceStage;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.NounSenses;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * Finds who says what in one document: every quotation with its kind and the words naming its
 * speaker, and, through {@link ReportedSpeech}, the reported speech without quotation marks ("X said
 * that ...", "..., X said.", "according to X, ..."). The speaker is read off the sentence's structure
 * around the reporting verb (the noun phrase before it, or after it when inverted, by
 * {@link SpeakerReader}), never taken from proximity alone; when the sentence has no reporting verb, a
 * quote paragraph continues the previous speaker's quote, and otherwise the speaker is left unknown.
 * Stateless and thread-safe.
 */
public final class QuoteFinder implements DocumentStage {
    public static final Key<List<FoundQuote>> FOUND_QUOTES = Key.named("found-quotes");

    private final SpeakerReader speakers;
    private final ReportedSpeech reported;
    private final ClauseReader clauses;

    /** Speakers described by the nouns of the built-in list only. */
    public QuoteFinder() {
        this(NounSenses.NONE);
    }

    /** Speakers described by the built-in list or by any noun {@code senses} takes for a person, group or document. */
    public QuoteFinder(NounSenses senses) {
        this.speakers = new SpeakerReader(senses);
        this.reported = new ReportedSpeech(speakers, QuoteLexicon.ENGLISH);
        this.clauses = new ClauseReader(QuoteLexicon.ENGLISH);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(BoilerplateFilter.CLEANED, SentenceStage.SENTENCES, MentionFinder.NAMES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(FOUND_QUOTES);
    }

    @Override
    public DocumentAnalysis apply(DocumentAnalysis doc) {
        return doc.with(FOUND_QUOTES, List.copyOf(find(doc)));
    }

    private List<FoundQuote> find(DocumentAnalysis doc) {
        SourceDocument src = doc.source();
        String text = src.text();
        List<Sentence> sentences = doc.get(SentenceStage.SENTENCES);
        List<NameMention> names = doc.get(MentionFinder.NAMES);
        List<FoundQuote> out = new ArrayList<>();
        // subheadings first: their words are neither quotes nor speakers
        List<Span> subheadings = Subheadings.find(doc.get(BoilerplateFilter.CLEANED).paragraphs(), sentences);
        List<QuoteMarks.Inside> marks = new ArrayList<>();
        for (Span p : doc.get(BoilerplateFilter.CLEANED).paragraphs()) {
            if (!subheadings.contains(p)) marks.addAll(QuoteMarks.find(text, p.start(), p.end()));
        }

        List<Span> transcript = new ArrayList<>();
        // a name inside a quotation is what someone said, not someone the text goes on to call "he" or "it"
        List<NameMention> outside = names.stream().filter(n -> marks.stream().noneMatch(m -> m.start() <= n.span().start()
                && n.span().end() <= m.end()) && !Subheadings.inside(subheadings, n.span().start(), n.span().end())).toList();
        FoundQuote previous = null;
        for (QuoteMarks.Inside q : marks) {
            Sentence s = sentenceAt(sentences, q.start());
            Span span = src.span(q.start(), q.end());
            QuoteMarks.Inside enclosing = enclosing(marks, q);
            if (enclosing != null) {
                // a quotation inside another is what the quoted speaker quotes: its speaker is read inside the outer one
                out.add(nested(src, s, sentences, names, span, enclosing, marks));
                continue;
            }
            FoundQuote f = attribute(src, s, sentences, outside, span, marks, previous);
            out.add(f);
            if (f.kind() != QuoteKind.TERM) previous = f;
        }
        for (Span p : doc.get(BoilerplateFilter.CLEANED).paragraphs()) {
            // an interview transcript: "PENCE: Well, look, ..." is the labelled speaker's own words
            java.util.regex.Matcher m = LABEL.matcher(p.text());
            if (!m.find() || marks.stream().anyMatch(q -> q.start() < p.end() && p.start() < q.end())) continue;
            Span said = Tokens.trimmed(src, p.start() + m.end(), p.end());
            if (Words.count(said.text()) < 3) continue;
            Span label = src.span(p.start() + m.start(1), p.start() + m.end(1));
            out.add(new FoundQuote(said, QuoteKind.DIRECT, label, SpeakerForm.DESCRIPTION, List.of(), ":", 0.9));
            transcript.add(p);
        }
        List<QuoteMarks.Inside> top = marks.stream().filter(m -> enclosing(marks, m) == null).toList();
        for (Sentence s : sentences) {
            // a sentence that is mostly quotation is direct speech; one with a quoted fragment can still report speech
            int quotedChars = top.stream().mapToInt(m -> Math.max(0, Math.min(m.end(), s.end()) - Math.max(m.start(), s.start()))).sum();
            boolean quoted = quotedChars * 2 > s.end() - s.start()
                    || transcript.stream().anyMatch(p -> p.start() <= s.start() && s.end() <= p.end())
                    || Subheadings.inside(subheadings, s.start(), s.end());
            if (quoted) continue;
            for (FoundQuote f : reported.find(src, s, sentences, outside)) {
                // reported speech that is mostly a quotation already found is that quotation, not a second statement
                int inMarks = top.stream().mapToInt(m -> Math.max(0, Math.min(m.end(), f.span().end())
                        - Math.max(m.start(), f.span().start()))).sum();
                if (inMarks * 2 < f.span().length()) out.add(f);
            }
        }
        out.sort(Comparator.comparing(FoundQuote::span));
        return out;
    }

    private FoundQuote attribute(SourceDocument src, @Nullable Sentence s, List<Sentence> sentences, List<NameMention> names,
            Span span, List<QuoteMarks.Inside> marks, @Nullable FoundQuote previous) {
        if (s == null) return new FoundQuote(span, QuoteKind.DIRECT, null, SpeakerForm.NONE, List.of(), null, 0.0);
        // the sentences the quotation runs through, and the tokens outside every quotation carry the attribution
        List<Token> all = new ArrayList<>();
        Sentence lastIn = s;
        for (Sentence x : sentences) {
            if (x.end() > s.start() && x.start() <= Math.max(span.end(), s.start())) {
                all.addAll(x.tokens());
                lastIn = x;
            }
        }
        Sentence tail = attributionAfter(src, sentences, lastIn, span);
        if (tail != null) all.addAll(tail.tokens());
        List<Token> frame = all.stream().filter(t -> marks.stream().noneMatch(m -> t.start() >= m.start() && t.end() <= m.end())).toList();
        int words = Words.count(span.text());
        // the second of two apostrophes that open ''a quote'' is part of the mark, not of the words before it
        String before = src.text().substring(s.start(), Math.max(s.start(), span.start() - 1)).replaceFirst("'$", "").strip();
        String lastWordBefore = lastWord(before);
        boolean termMarker = Cues.TERM_MARKERS.contains(lastWordBefore)
                || before.toLowerCase(Locale.ROOT).endsWith("known as") || before.toLowerCase(Locale.ROOT).endsWith("so-called");

        Attribution a = transcriptLabel(src, span, names);
        if (a == null) a = signature(src, span, names);
        if (a == null) a = statementOwner(src, s, span, names);
        if (a == null) a = findCue(src, frame, span, names, sentences, s);
        // a verb of saying in the quotation's own sentence whose speaker could not be read means someone else speaks
        if (a == null && previous != null && previous.speakerForm() != SpeakerForm.NONE && !termMarker && !hasOwnCue(frame, s, span)
                && (isWholeSentence(src, s, span) && isNear(sentences, previous.span(), s, 3) || isNear(sentences, previous.span(), s, 1))) {
            // news convention: a quotation with no verb of its own, right after someone's quotation, is theirs
            a = new Attribution(previous.speakerMention(), previous.speakerForm(), previous.antecedents(), previous.cue(), 0.6);
        }
        if (a == null && before.endsWith(":")) {
            NounPhrase subject = NounPhrase.after(frame, 0);
            if (subject != null && subject.end() <= span.start()) a = speakers.read(src, subject, names, ":", 0.75);
        }
        if (a == null) {
            a = colonLead(src, sentences, s, names);
        }
        if (a == null && !termMarker && words >= 2) {
            // no verb of saying: the quotation sits in what the sentence's subject does ("Reid called him a
            // 'spoiled brat'", "Blige sings to Clinton before asking her, '...'"); a named subject owns it
            NounPhrase subject = NounPhrase.after(frame, mainClauseStart(frame, s));
            boolean dateline = subject != null && src.text().substring(subject.start(), subject.end()).equals(
                    src.text().substring(subject.start(), subject.end()).toUpperCase(Locale.ROOT));
            if (subject != null && subject.end() <= span.start() && !subject.pronoun() && !dateline) {
                Attribution x = speakers.read(src, subject, names, null, 0.5);
                if (x != null && x.form() == SpeakerForm.NAME) a = x;
            }
        }
        QuoteKind kind;
        if (words <= 4 && (termMarker || a == null && !endsWithStop(span.text()))) {
            kind = QuoteKind.TERM;
        } else if (before.isEmpty() || before.endsWith(":") || before.endsWith(",") && a != null
                || Character.isUpperCase(span.text().charAt(0)) && words >= 8 && endsWithStop(span.text())) {
            kind = QuoteKind.DIRECT;
        } else {
            kind = QuoteKind.PARTIAL;
        }
        if (a == null) return new FoundQuote(span, kind, null, SpeakerForm.NONE, List.of(), null, 0.0);
        return new FoundQuote(span, kind, a.mention(), a.form(), a.antecedents(), a.cue(), a.confidence());
    }

    /** The quotation that holds {@code q} inside its marks, or null when {@code q} stands on its own. */
    private static QuoteMarks.@Nullable Inside enclosing(List<QuoteMarks.Inside> marks, QuoteMarks.Inside q) {
        for (QuoteMarks.Inside m : marks) {
            if (m != q && m.start() <= q.start() && q.end() <= m.end() && m.end() - m.start() > q.end() - q.start()) return m;
        }
        return null;
    }

    /**
     * A quotation inside another ("'The mayor said the plan was "dead on arrival,"' Ana Berg said."): the outer
     * speaker reports someone else's words, so the speaker is read only from the verb of saying inside the outer
     * quotation, around the inner one; without one the inner quotation has no speaker rather than the outer one's.
     */
    private FoundQuote nested(SourceDocument src, @Nullable Sentence s, List<Sentence> sentences, List<NameMention> names, Span span,
            QuoteMarks.Inside enclosing, List<QuoteMarks.Inside> marks) {
        if (s == null) return new FoundQuote(span, QuoteKind.PARTIAL, null, SpeakerForm.NONE, List.of(), null, 0.0);
        List<Token> frame = new ArrayList<>();
        for (Sentence x : sentences) {
            if (x.end() <= s.start() || x.start() > span.end()) continue;
            for (Token t : x.tokens()) {
                boolean inOuter = t.start() >= enclosing.start() && t.end() <= enclosing.end();
                boolean inInner = marks.stream().anyMatch(m -> m != enclosing && m.start() >= enclosing.start() && m.end() <= enclosing.end()
                        && t.start() >= m.start() && t.end() <= m.end());
                if (inOuter && !inInner) frame.add(t);
            }
        }
        String before = src.text().substring(Math.max(s.start(), enclosing.start()), Math.max(Math.max(s.start(), enclosing.start()), span.start() - 1)).strip();
        int words = Words.count(span.text());
        boolean termMarker = Cues.TERM_MARKERS.contains(lastWord(before));
        Attribution a = termMarker ? null : findCue(src, frame, span, names, sentences, s);
        QuoteKind kind = words <= 4 && (termMarker || a == null && !endsWithStop(span.text())) ? QuoteKind.TERM
                : before.isEmpty() || before.endsWith(":") || before.endsWith(",") && a != null ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        if (a == null) return new FoundQuote(span, kind, null, SpeakerForm.NONE, List.of(), null, 0.0);
        return new FoundQuote(span, kind, a.mention(), a.form(), a.antecedents(), a.cue(), a.confidence());
    }

    /**
     * '"Why not?" Ana Berg asked.': the splitter ends a sentence at a question or exclamation closing a
     * quotation, and the short sentence that follows on the same line, with a verb of saying, is the
     * quotation's attribution. Null when there is none.
     */
    private static @Nullable Sentence attributionAfter(SourceDocument src, List<Sentence> sentences, Sentence last, Span quote) {
        int i = sentences.indexOf(last);
        if (i < 0 || i + 1 >= sentences.size() || last.end() > quote.end() + 2) return null;
        Sentence next = sentences.get(i + 1);
        String between = src.text().substring(Math.min(quote.end(), next.start()), next.start());
        if (between.contains("\n") || next.start() - quote.end() > 3 || next.tokens().size() > 12) return null;
        if (QuoteMarks.OPENERS.indexOf(src.text().charAt(next.start())) >= 0) return null;
        String closing = src.text().substring(Math.max(0, quote.end() - 1), Math.min(src.text().length(), quote.end() + 2));
        if (!closing.contains("?") && !closing.contains("!")) return null;
        for (Token t : next.tokens()) {
            if (t.text().equals(",") || t.text().equals(";")) break;
            if (Cues.speech(t.text()) && (t.is(Upos.VERB) || t.is(Upos.AUX))) return next;
        }
        return null;
    }

    /** A verb of saying outside the quotation, in the sentence the quotation starts in. */
    private static boolean hasOwnCue(List<Token> frame, Sentence s, Span quote) {
        return frame.stream().anyMatch(t -> t.start() >= s.start() && Cues.speech(t.text()) && t.is(Upos.VERB)
                && (t.start() >= quote.end() || t.end() <= quote.start()));
    }

    /** The reporting cue of the sentence nearest the quotation, and the noun phrase it frames. */
    private @Nullable Attribution findCue(SourceDocument src, List<Token> frame, Span quote, List<NameMention> names,
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

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):\\s");

    /** A transcript: "PENCE: Well, look, ..." names its speaker in capitals before a colon. */
    private @Nullable Attribution transcriptLabel(SourceDocument src, Span quote, List<NameMention> names) {
        java.util.regex.Matcher m = LABEL.matcher(quote.text());
        if (!m.find()) return null;
        Span label = src.span(quote.start() + m.start(1), quote.start() + m.end(1));
        return new Attribution(label, SpeakerForm.DESCRIPTION, List.of(), ":", 0.9);
    }

    /** After a quotation's closing mark, a dash and a name that ends the line, on the same line or the next: "“...” ― Carla Ruiz". */
    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile(
            "^[\"”’'.,!?\\h]{0,4}(?:\n\\s*)?[―—–-]\\h?(\\p{Lu}[\\p{L}.'’-]*(?:\\h\\p{Lu}[\\p{L}.'’-]*){0,4})[.,]?\\h*(?:\n|$)");

    /** A quotation signed after a dash, as reader comments and lists of reactions are: the name is the speaker. */
    private @Nullable Attribution signature(SourceDocument src, Span quote, List<NameMention> names) {
        String text = src.text();
        java.util.regex.Matcher m = SIGNED.matcher(text.substring(quote.end(), Math.min(text.length(), quote.end() + 80)));
        if (!m.find()) return null;
        int start = quote.end() + m.start(1);
        int end = quote.end() + m.end(1);
        // "Edwin G. Monroy." keeps its initial's dot, not the sentence's
        while (end > start && text.charAt(end - 1) == '.' && !Character.isUpperCase(text.charAt(end - 2))) end--;
        for (NameMention n : names) {
            if (n.span().start() == start) return new Attribution(n.span(), SpeakerForm.NAME, List.of(), "―", 0.85);
        }
        return new Attribution(src.span(start, end), SpeakerForm.DESCRIPTION, List.of(), "―", 0.8);
    }

    /**
     * "Mayor Berg's claim that the bridge was 'never at risk' drew criticism": a quotation inside the "that" clause
     * of a noun for a statement quotes the noun's owner, whatever verb the sentence goes on with. Null when the
     * quotation is in no such clause or its owner cannot speak.
     */
    private @Nullable Attribution statementOwner(SourceDocument src, @Nullable Sentence s, Span quote, List<NameMention> names) {
        if (s == null) return null;
        ClauseReader.StatementClause c = clauses.statementHolding(s.tokens(), quote);
        if (c == null) return null;
        return speakers.read(src, c.owner(), names, s.tokens().get(c.noun()).text(), 0.8);
    }

    /** Where the main clause of {@code s} starts in {@code frame}: past a subordinate clause that opens the sentence, or at 0. */
    private int mainClauseStart(List<Token> frame, Sentence s) {
        int opening = clauses.openingClauseEnd(s.tokens());
        if (opening < 0) return 0;
        int comma = s.tokens().get(opening).end();
        for (int k = 0; k < frame.size(); k++) if (frame.get(k).start() >= comma) return k;
        return 0;
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

    /** "X said:" closing the sentence before a quote paragraph attributes the quote to X. */
    private @Nullable Attribution colonLead(SourceDocument src, List<Sentence> sentences, Sentence s, List<NameMention> names) {
        int idx = sentences.indexOf(s);
        if (idx <= 0) return null;
        Sentence prev = sentences.get(idx - 1);
        String pt = prev.text(src.text()).strip();
        if (!pt.endsWith(":")) return null;
        List<Token> t = prev.tokens();
        for (int i = t.size() - 1; i >= 0; i--) {
            if (Cues.speech(t.get(i).text())) {
                NounPhrase np = NounPhrase.before(t, i);
                if (np == null) np = NounPhrase.after(t, i + 1);
                if (np != null) return speakers.read(src, np, names, t.get(i).text(), 0.8);
            }
        }
        return null;
    }

    private static @Nullable Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (s.start() <= offset && offset < s.end()) return s;
        // a quote opening mark may sit just before the sentence start
        for (Sentence s : sentences) if (s.start() <= offset + 1 && offset < s.end()) return s;
        return null;
    }

    private static boolean isWholeSentence(SourceDocument src, Sentence s, Span quote) {
        return quote.length() >= 0.8 * (s.end() - s.start()) - 4;
    }

    private static boolean isNear(List<Sentence> sentences, Span previous, Sentence s, int reach) {
        int i = sentences.indexOf(s);
        for (int k = Math.max(0, i - reach); k <= i; k++) {
            Sentence p = sentences.get(k);
            if (p.start() <= previous.end() && previous.start() < p.end()) return true;
        }
        return false;
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

    private static boolean endsWithStop(String s) {
        return s.matches("(?s).*[.!?…][\"”’]?$");
    }

    private static String lastWord(String s) {
        List<String> w = Words.tokens(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }
}
