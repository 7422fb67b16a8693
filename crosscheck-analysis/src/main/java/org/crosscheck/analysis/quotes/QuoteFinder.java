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
import org.jspecify.annotations.Nullable;

/**
 * Finds who says what in one document: every quotation with its kind and the words naming its
 * speaker, and the clear cases of reported speech without quotation marks ("X said that ...",
 * "..., X said.", "according to X, ..."). The speaker is read off the sentence's structure around the
 * reporting verb (the noun phrase before it, or after it when inverted), never taken from proximity
 * alone; when the sentence has no reporting verb, a quote paragraph continues the previous
 * speaker's quote, and otherwise the speaker is left unknown. Stateless and thread-safe.
 */
public final class QuoteFinder implements DocumentStage {
    public static final Key<List<FoundQuote>> FOUND_QUOTES = Key.named("found-quotes");

    /** Those who make a work, who speak as the work when a phrase names it as theirs. */
    private static final Set<String> MAKERS = Set.of("authors", "author", "researchers", "drafters", "writers", "editors", "investigators");
    /** A possessor before the head: "The report's" or "its". */
    private static final java.util.regex.Pattern POSSESSOR = java.util.regex.Pattern.compile("^(?:(its|their)|(.+?)['’]s)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Things said that belong to whoever said them, unlike reports and studies, which speak as works. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "remarks", "comments", "letter",
            "tweet", "post", "message", "email", "speech", "response", "reply", "recommendation", "recommendations");
    /** A name owning the statement noun after it: "China's statement", "the ministry's written response". */
    private static final java.util.regex.Pattern OWNS = java.util.regex.Pattern.compile("['’]s\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?");
    /** The maker of a statement after it: "a statement issued by", "the recommendations made by". */
    private static final java.util.regex.Pattern MADE_BY = java.util.regex.Pattern.compile(
            "\\s+(?:(?:made|issued|released|published|written|sent|signed|posted)\\s+)?by\\s+");

    private final NounSenses senses;

    /** Speakers described by the nouns of the built-in list only. */
    public QuoteFinder() {
        this(NounSenses.NONE);
    }

    /** Speakers described by the built-in list or by any noun {@code senses} takes for a person, group or document. */
    public QuoteFinder(NounSenses senses) {
        this.senses = java.util.Objects.requireNonNull(senses);
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
        List<QuoteMarks.Inside> marks = new ArrayList<>();
        for (Span p : doc.get(BoilerplateFilter.CLEANED).paragraphs()) marks.addAll(QuoteMarks.find(text, p.start(), p.end()));

        List<Span> transcript = new ArrayList<>();
        FoundQuote previous = null;
        for (QuoteMarks.Inside q : marks) {
            Sentence s = sentenceAt(sentences, q.start());
            Span span = src.span(q.start(), q.end());
            FoundQuote f = attribute(src, s, sentences, names, span, marks, previous);
            out.add(f);
            if (f.kind() != QuoteKind.TERM) previous = f;
        }
        for (Span p : doc.get(BoilerplateFilter.CLEANED).paragraphs()) {
            // an interview transcript: "PENCE: Well, look, ..." is the labelled speaker's own words
            java.util.regex.Matcher m = LABEL.matcher(p.text());
            if (!m.find() || marks.stream().anyMatch(q -> q.start() < p.end() && p.start() < q.end())) continue;
            Span said = trimmed(src, p.start() + m.end(), p.end());
            if (Words.count(said.text()) < 3) continue;
            Span label = src.span(p.start() + m.start(1), p.start() + m.end(1));
            out.add(new FoundQuote(said, QuoteKind.DIRECT, label, SpeakerForm.DESCRIPTION, List.of(), ":", 0.9));
            transcript.add(p);
        }
        for (Sentence s : sentences) {
            // a sentence that is mostly quotation is direct speech; one with a quoted fragment can still report speech
            int quotedChars = marks.stream().mapToInt(m -> Math.max(0, Math.min(m.end(), s.end()) - Math.max(m.start(), s.start()))).sum();
            boolean quoted = quotedChars * 2 > s.end() - s.start()
                    || transcript.stream().anyMatch(p -> p.start() <= s.start() && s.end() <= p.end());
            if (quoted) continue;
            for (FoundQuote f : indirect(src, s, sentences, names)) {
                // reported speech that is mostly a quotation already found is that quotation, not a second statement
                int inMarks = marks.stream().mapToInt(m -> Math.max(0, Math.min(m.end(), f.span().end())
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
        if (a == null) a = findCue(src, frame, span, names, sentences, s);
        // a verb of saying in the quotation's own sentence whose speaker could not be read means someone else speaks
        if (a == null && previous != null && previous.speakerForm() != SpeakerForm.NONE && !termMarker && !hasOwnCue(frame, s, span)
                && (isWholeSentence(src, s, span) && isNear(sentences, previous.span(), s, 3) || isNear(sentences, previous.span(), s, 1))) {
            // news convention: a quotation with no verb of its own, right after someone's quotation, is theirs
            a = new Attribution(previous.speakerMention(), previous.speakerForm(), previous.antecedents(), previous.cue(), 0.6);
        }
        if (a == null && before.endsWith(":")) {
            NounPhrase subject = NounPhrase.after(frame, 0);
            if (subject != null && subject.end() <= span.start()) a = speaker(src, subject, names, sentences, s, ":", 0.75);
        }
        if (a == null) {
            a = colonLead(src, sentences, s, names);
        }
        if (a == null && !termMarker && words >= 2) {
            // no verb of saying: the quotation sits in what the sentence's subject does ("Reid called him a
            // 'spoiled brat'", "Blige sings to Clinton before asking her, '...'"); a named subject owns it
            NounPhrase subject = NounPhrase.after(frame, 0);
            boolean dateline = subject != null && src.text().substring(subject.start(), subject.end()).equals(
                    src.text().substring(subject.start(), subject.end()).toUpperCase(Locale.ROOT));
            if (subject != null && subject.end() <= span.start() && !subject.pronoun() && !dateline) {
                Attribution x = speaker(src, subject, names, sentences, s, null, 0.5);
                if (x != null && x.form == SpeakerForm.NAME) a = x;
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
        return new FoundQuote(span, kind, a.mention, a.form, a.antecedents, a.cue, a.confidence);
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
        if (QUOTE_OPENERS.indexOf(src.text().charAt(next.start())) >= 0) return null;
        String closing = src.text().substring(Math.max(0, quote.end() - 1), Math.min(src.text().length(), quote.end() + 2));
        if (!closing.contains("?") && !closing.contains("!")) return null;
        for (Token t : next.tokens()) {
            if (t.text().equals(",") || t.text().equals(";")) break;
            if (Cues.speech(t.text()) && (t.is("VERB") || t.is("AUX"))) return next;
        }
        return null;
    }

    /** A verb of saying outside the quotation, in the sentence the quotation starts in. */
    private static boolean hasOwnCue(List<Token> frame, Sentence s, Span quote) {
        return frame.stream().anyMatch(t -> t.start() >= s.start() && Cues.speech(t.text()) && t.is("VERB")
                && (t.start() >= quote.end() || t.end() <= quote.start()));
    }

    private static final String QUOTE_OPENERS = "\"“‘'«";

    /** A speaker found around a cue. */
    private record Attribution(@Nullable Span mention, SpeakerForm form, List<Span> antecedents, @Nullable String cue,
            double confidence) {}

    /** The reporting cue of the sentence nearest the quotation, and the noun phrase it frames. */
    private @Nullable Attribution findCue(SourceDocument src, List<Token> frame, Span quote, List<NameMention> names,
            List<Sentence> sentences, Sentence s) {
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int i = 0; i < frame.size(); i++) {
            Token t = frame.get(i);
            // "... a narrator in the ad asks.": a verb of saying that closes the sentence after the quotation is one,
            // though the tagger read it as a plural noun
            boolean closing = t.is("NOUN") && t.start() >= quote.end() && t.text().endsWith("s")
                    && (i + 1 == frame.size() || frame.get(i + 1).is("PUNCT"));
            boolean cue = Cues.speech(t.text()) && (t.is("VERB") || t.is("AUX") || closing)
                    || t.text().equalsIgnoreCase("according") && i + 1 < frame.size() && frame.get(i + 1).text().equalsIgnoreCase("to");
            if (!cue) continue;
            int dist = t.start() >= quote.end() ? t.start() - quote.end() : quote.start() >= t.end() ? quote.start() - t.end() : 0;
            if (dist < bestDist) {
                best = i;
                bestDist = dist;
            }
        }
        if (best > 0 && frame.get(best - 1).text().equalsIgnoreCase("to")) {
            // "they add that it is reasonable to conclude that '...'": an infinitive has no speaker of its own; the
            // finite verb of saying before it, with its subject, frames the quotation
            for (int j = best - 2; j >= 0 && frame.get(j).start() >= s.start(); j--) {
                Token w = frame.get(j);
                if (Cues.speech(w.text()) && w.is("VERB") && !frame.get(Math.max(0, j - 1)).text().equalsIgnoreCase("to")
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
            for (int j = best - 1; j >= 0 && inner != null && !mainClause && frame.get(j).start() >= s.start(); j--) {
                Token w = frame.get(j);
                if (Cues.indirect(w.text()) && w.is("VERB") && w.end() <= inner.start() && NounPhrase.before(frame, j) != null) {
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
                NounPhrase subject = subject(frame.stream().filter(x -> x.start() >= s.start()).toList());
                if (subject != null && subject.end() <= cue.start()) {
                    Attribution a = speaker(src, subject, names, sentences, s, cue.text(), 0.8);
                    if (a != null) return a;
                }
                // '"...," the statement said, adding that ...': the participle shares the subject of the verb of saying before it
                for (int j = best - 2; j > 0 && frame.get(j).start() >= s.start(); j--) {
                    if (!Cues.speech(frame.get(j).text()) || !frame.get(j).is("VERB")) continue;
                    NounPhrase np2 = NounPhrase.before(frame, j);
                    Attribution a = np2 == null ? null : speaker(src, np2, names, sentences, s, cue.text(), 0.8);
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
                boolean coordinated = best > 0 && frame.get(best - 1).is("CCONJ");
                if (np == null && coordinated) {
                    // "The report looked at ... and found evidence that '...'": the verb shares the sentence's subject,
                    // which comes before any phrase after the verb
                    NounPhrase subject = subject(frame.stream().filter(x -> x.start() >= s.start()).toList());
                    if (subject != null && subject.end() <= cue.start()) np = subject;
                }
                if (np == null && !Cues.TAKES_LISTENER.contains(cue.text().toLowerCase(Locale.ROOT))) {
                    NounPhrase after = NounPhrase.after(frame, best + 1);
                    // "said Beijing remained ...": a noun phrase followed by its own verb is the reported clause's subject;
                    // "praised China's 'achievements'": a possessor is the object's, not a speaker
                    if (after != null && !followedByVerb(frame, after) && !possessive(src, after)) np = after;
                }
                if (np == null) np = before;
                if (np == null && (cue.text().endsWith("ing") || coordinated)) {
                    // "She hinted ..., saying it was 'trying'": a participle's speaker is the sentence's subject, and so is
                    // that of a verb joined to the first ("she expressed concern ... but praised ...")
                    NounPhrase subject = subject(frame);
                    if (subject != null && subject.end() <= cue.start()) np = subject;
                }
            }
            if (np != null) {
                String cueText = according ? "according to" : cue.text();
                Attribution a = speaker(src, np, names, sentences, s, cueText, 0.9);
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

    /** The sentence's subject: its first noun phrase, or the first after an opening phrase set off by a comma ("At the end of her visit, she"). */
    private static @Nullable NounPhrase subject(List<Token> frame) {
        int from = 0;
        while (from < frame.size() && from < 2 && (frame.get(from).is("CCONJ") || frame.get(from).is("ADV"))) from++; // "And its authors"
        NounPhrase first = NounPhrase.after(frame, from);
        if (first != null) return first;
        for (int k = 1; k < Math.min(frame.size(), 12); k++) {
            if (frame.get(k).text().equals(",")) return NounPhrase.after(frame, k + 1);
        }
        return null;
    }

    private static boolean possessive(SourceDocument src, NounPhrase np) {
        String t = src.text();
        return np.end() + 2 <= t.length() && (t.startsWith("'s", np.end()) || t.startsWith("’s", np.end()));
    }

    private static boolean followedByVerb(List<Token> frame, NounPhrase np) {
        for (int i = 0; i < frame.size(); i++) {
            if (frame.get(i).start() >= np.end()) return frame.get(i).is("VERB") || frame.get(i).is("AUX");
        }
        return false;
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
                if (np != null) return speaker(src, np, names, sentences, prev, t.get(i).text(), 0.8);
            }
        }
        return null;
    }

    /**
     * The speaker a noun phrase names, or null when its head cannot speak ("the evidence", "the goal"):
     * a name that is the phrase's head ("Ana Duarte", "Ana Duarte at the ministry"), a pronoun, or a
     * description headed by a noun for people, organisations or documents ("the ministry", "rights
     * groups", "the report"). A name that only modifies the head ("the UN rights agency") does not
     * make the name the speaker; the description is resolved later.
     */
    private @Nullable Attribution speaker(SourceDocument src, NounPhrase np, List<NameMention> names, List<Sentence> sentences,
            Sentence s, String cue, double confidence) {
        Span mention = src.span(np.start(), np.end());
        // "the report's authors say", "its authors suggest": the makers of a work speak as the work
        if (MAKERS.contains(np.head())) {
            String phrase = src.text().substring(np.start(), np.headEnd());
            java.util.regex.Matcher own = POSSESSOR.matcher(phrase);
            if (own.find()) {
                boolean pronoun = own.group(1) != null;
                Span owner = src.span(np.start(), np.start() + (pronoun ? own.end(1) : own.end(2)));
                return new Attribution(owner, pronoun ? SpeakerForm.PRONOUN : SpeakerForm.DESCRIPTION, antecedents(names, owner.start()),
                        cue, confidence - 0.2);
            }
        }
        if (np.pronoun()) {
            return new Attribution(mention, SpeakerForm.PRONOUN, antecedents(names, mention.start()), cue, confidence - 0.1);
        }
        for (NameMention n : names) {
            if (n.span().start() >= np.start() && n.span().end() == np.headEnd()) {
                return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence);
            }
        }
        // "China's statement said", "a statement issued by the ministry said": a statement speaks for whoever made it
        if (STATEMENT_NOUNS.contains(np.head())) {
            for (NameMention n : names) {
                if (n.span().start() >= np.start() && n.span().end() < np.headEnd()) {
                    return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence - 0.1);
                }
            }
            // "The statement calls on ...", after "China's statement said": the statement is the one whose maker was named before
            if (np.start() == np.headEnd() - np.head().length() - 4 && src.text().regionMatches(true, np.start(), "the ", 0, 4)) {
                for (int k = names.size() - 1; k >= 0; k--) {
                    NameMention n = names.get(k);
                    if (n.span().end() > np.start()) continue;
                    java.util.regex.Matcher own = OWNS.matcher(src.text()).region(n.span().end(), Math.min(src.text().length(), n.span().end() + 40));
                    if (own.lookingAt() && (np.head().equalsIgnoreCase(own.group(1)) || np.head().equalsIgnoreCase(own.group(2)))) {
                        return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence - 0.2);
                    }
                }
            }
            java.util.regex.Matcher by = MADE_BY.matcher(src.text()).region(np.end(), Math.min(src.text().length(), np.end() + 40));
            if (by.lookingAt()) {
                for (NameMention n : names) {
                    if (n.span().start() == by.end() || n.span().start() == by.end() + 4 && src.text().startsWith("the ", by.end())) {
                        return new Attribution(n.span(), SpeakerForm.NAME, List.of(), cue, confidence - 0.1);
                    }
                }
            }
        }
        boolean properHead = Character.isUpperCase(src.text().charAt(np.headEnd() - np.head().length()));
        // "according to the FBI's data", "according to exit polls": the phrase itself makes its noun a source
        boolean according = "according to".equals(cue);
        if (!properHead && !according && !np.share(src.text()) && !SpeakerNouns.canSpeak(np.head(), senses)) return null;
        Span core = src.span(np.start(), np.headEnd());
        return new Attribution(core, SpeakerForm.DESCRIPTION, antecedents(names, mention.start()), cue, confidence - 0.1);
    }

    /** Names before {@code offset}, nearest first, for resolving a pronoun or a description. */
    private static List<Span> antecedents(List<NameMention> names, int offset) {
        List<Span> out = new ArrayList<>();
        for (int i = names.size() - 1; i >= 0 && out.size() < 40; i--) {
            NameMention n = names.get(i);
            if (n.span().end() <= offset && n.type() != EntityType.GPE) out.add(n.span());
        }
        return out;
    }

    private List<FoundQuote> indirect(SourceDocument src, Sentence s, List<Sentence> sentences, List<NameMention> names) {
        List<FoundQuote> out = new ArrayList<>(reported(src, s, sentences, names));
        for (FoundQuote n : claimed(src, s, sentences, names)) {
            if (out.stream().noneMatch(f -> f.span().equals(n.span()))) out.add(n);
        }
        return out;
    }

    /** Nouns for what someone says, claims or thinks, which report a clause after "that": "her claim that the bridge was safe". */
    private static final Set<String> STATEMENT_OF = Set.of("claim", "claims", "assertion", "assertions", "allegation", "allegations",
            "argument", "belief", "beliefs", "view", "warning", "warnings", "promise", "promises", "pledge", "insistence", "suggestion",
            "fear", "fears", "hope", "hopes", "concern", "concerns", "contention", "charge", "charges", "accusation", "accusations",
            "prediction", "predictions", "announcement", "admission", "denial", "complaint", "complaints", "threat", "vow", "assurance",
            "assurances", "conclusion", "estimate", "suspicion", "doubts", "opinion", "position", "recollection", "boast", "theory");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our");

    /**
     * "The mayor's claim that the bridge was safe drew criticism", "his warning that the piers would fail": a
     * noun for a statement, owned by whoever made it, reports the clause after "that".
     */
    private List<FoundQuote> claimed(SourceDocument src, Sentence s, List<Sentence> sentences, List<NameMention> names) {
        List<Token> t = s.tokens();
        List<FoundQuote> out = new ArrayList<>();
        for (int i = 1; i < t.size() - 3; i++) {
            Token w = t.get(i);
            if (!w.is("NOUN") || !STATEMENT_OF.contains(w.text().toLowerCase(Locale.ROOT))
                    || !t.get(i + 1).text().equalsIgnoreCase("that")) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && t.get(k).is("ADJ")) k--; // "her repeated claim"
            Token owner = t.get(k);
            NounPhrase np;
            if (owner.is("PRON") && POSSESSIVE_PRONOUNS.contains(owner.text().toLowerCase(Locale.ROOT))) {
                String p = owner.text().toLowerCase(Locale.ROOT);
                np = new NounPhrase(owner.start(), owner.end(), true, owner.end(), p.equals("his") ? "he" : p.equals("her") ? "she" : "they");
            } else if ((owner.text().equals("'s") || owner.text().equals("’s")) && k > 0) {
                np = NounPhrase.before(t, k);
            } else {
                continue;
            }
            if (np == null) continue;
            int from = i + 2;
            int end = clauseEnd(t, from);
            if (end - from < 3 || !hasVerb(t.subList(from, end))) continue;
            Span content = trimmed(src, t.get(from).start(), t.get(end - 1).end());
            indirectQuote(src, content, np, names, sentences, s, w.text()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The end (exclusive) of the clause starting at {@code from}: at a comma, a semicolon or the sentence's
     * end, or before a second verb that follows the clause's own verb and a word of something else
     * ("that the bridge was safe drew criticism": the clause ends before "drew").
     */
    private static int clauseEnd(List<Token> t, int from) {
        boolean verbSeen = false;
        boolean afterVerb = false;
        for (int k = from; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.text().equals(",") || x.text().equals(";") || x.text().equals(".") || x.text().equals(":")) return k;
            boolean verb = x.is("VERB") || x.is("AUX");
            if (verb && afterVerb) return k;
            // "that the ferry would return was dashed": an auxiliary right after a full verb starts the next verb
            if (x.is("AUX") && k > from && t.get(k - 1).is("VERB")) return k;
            if (verb) verbSeen = true;
            if (verbSeen && !verb && !x.is("ADV") && !x.is("PART")) afterVerb = true;
            // a conjunction, relative word or preposition may bring verbs of the clause's own
            if (x.is("CCONJ") || x.is("SCONJ") || x.is("ADP") || x.is("PRON") || x.text().equalsIgnoreCase("to")) afterVerb = false;
        }
        return t.size();
    }

    private List<FoundQuote> reported(SourceDocument src, Sentence s, List<Sentence> sentences, List<NameMention> names) {
        List<Token> t = s.tokens();
        // a headline's "Ana Berg: Bridge will reopen in May": the name before the colon says it
        for (int k = 1; k < Math.min(t.size() - 3, 7); k++) {
            if (!t.get(k).text().equals(":")) continue;
            Token last = t.get(k - 1);
            for (NameMention n : names) {
                if (n.span().start() == s.start() && n.span().end() == last.end() && n.type() != EntityType.GPE) {
                    Span content = trimmed(src, t.get(k + 1).start(), s.end());
                    if (Words.count(content.text()) >= 3 && hasVerb(t.subList(k + 1, t.size()))) {
                        return List.of(new FoundQuote(content, QuoteKind.INDIRECT, n.span(), SpeakerForm.NAME, List.of(), ":", 0.8));
                    }
                }
            }
            break;
        }
        if (t.size() < 6) return List.of();
        String text = src.text();
        // "According to X, CLAUSE"
        if (t.get(0).text().equalsIgnoreCase("according") && t.size() > 2 && t.get(1).text().equalsIgnoreCase("to")) {
            NounPhrase np = NounPhrase.after(t, 2);
            if (np != null) {
                int comma = indexOf(t, ",", 2);
                if (comma > 0 && comma + 4 < t.size()) {
                    Span content = trimmed(src, t.get(comma + 1).start(), s.end());
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
            boolean verbAsNoun = w.is("NOUN") && (verb.endsWith("s") && Set.of("to", "on", "for", "that").contains(following)
                    || following.equals("that") && Cues.indirect(verb))
                    && (t.get(i - 1).is("PROPN") || t.get(i - 1).is("NOUN") || t.get(i - 1).is("PRON"));
            if (!w.is("VERB") && !verbAsNoun || !(Cues.indirect(verb) || Cues.INTENT.contains(verb) || Cues.stance(verb))) continue;
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
            Span content = trimmed(src, t.get(c).start(), Math.max(t.get(c).start(), end));
            // a position's object may be a single name ("endorsed Trump"), and what someone wants or calls for a word or
            // two ("called for the ban", "declined to comment"); a reported clause has a few words at least
            boolean object = c == afterWhen(t, i + 1) && Cues.stance(verb)
                    && t.stream().noneMatch(x -> x.start() >= content.start() && x.end() <= content.end() && (x.is("VERB") || x.is("AUX")));
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

    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /**
     * Who makes the statement whose verb is token {@code i}: the noun phrase before it; the noun a relative
     * pronoun stands for ("dock workers who say", "Dana Wells, who has argued"); or, for a verb joined to
     * another by "and"/"but" or a participle set off by a comma ("..., saying"), the sentence's subject.
     */
    private static @Nullable NounPhrase statementSubject(List<Token> t, int i, List<NameMention> names) {
        NounPhrase np = NounPhrase.before(t, i);
        if (np != null) return np;
        int r = i - 1;
        while (r > 0 && (t.get(r).is("ADV") || t.get(r).is("AUX") || t.get(r).text().equalsIgnoreCase("also"))) r--;
        if (r >= 1 && RELATIVES.contains(t.get(r).text().toLowerCase(Locale.ROOT)) && !t.get(r).is("SCONJ")) {
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
            NounPhrase subject = subject(t);
            if (subject != null && subject.end() <= t.get(i - 1).start()) return subject;
        }
        return null;
    }

    /**
     * The comma that closes a relative clause set off by commas around the verb at {@code i} ("X, which
     * has endorsed Y, said"), when the sentence goes on with a verb after it; -1 otherwise.
     */
    private static int relativeAsideEnd(List<Token> t, int i, int from) {
        int r = i - 1;
        while (r > 0 && (t.get(r).is("ADV") || t.get(r).is("AUX") || t.get(r).text().equalsIgnoreCase("also"))) r--;
        if (r < 2 || !RELATIVES.contains(t.get(r).text().toLowerCase(Locale.ROOT)) || !t.get(r - 1).text().equals(",")) return -1;
        for (int k = from; k < t.size() - 1; k++) {
            if (t.get(k).text().equals(",")) {
                int v = k + 1;
                while (v < t.size() && (t.get(v).is("ADV") || t.get(v).is("AUX"))) v++;
                return v < t.size() && t.get(v).is("VERB") ? k : -1;
            }
        }
        return -1;
    }

    private static final Set<String> CLAUSE_JOINS = Set.of(",", ";", "and", "but", "while", "whereas");

    /**
     * The index of the verb of the next reported statement after token {@code from}: a verb of saying
     * whose subject follows a comma, a semicolon or a joining word ("..., but Omar said"); -1 when none.
     */
    private static int nextStatement(List<Token> t, int from) {
        for (int v = from + 2; v < t.size() - 2; v++) {
            Token w = t.get(v);
            if (!w.is("VERB") || !Cues.indirect(w.text()) && !Cues.stance(w.text())) continue;
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
            if (np != null && hasVerb(t.subList(0, lastComma))) {
                return indirectQuote(src, trimmed(src, s.start(), t.get(lastComma).start()), np, names, sentences, s, "according to");
            }
        }
        for (int c = 2; c < t.size() - 2; c++) {
            if (!t.get(c).text().equals(",")) continue;
            int v = c + 1;
            while (v < t.size() && t.get(v).is("ADV")) v++;
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
                boolean clauseBefore = hasVerb(t.subList(0, c)) && Words.count(src.text().substring(s.start(), t.get(c).start())) >= 3;
                boolean runsOn = close < t.size() && close + 3 < t.size() && hasVerb(t.subList(close + 1, t.size()));
                // a long source at the end is taken only when the clause before it reports no one else (longTail)
                if (runsOn) return indirectQuote(src, trimmed(src, s.start(), s.end()), np, names, sentences, s, "according to");
                if (clauseBefore && (longTail || close - v <= 8)) {
                    return indirectQuote(src, trimmed(src, s.start(), t.get(c).start()), np, names, sentences, s, "according to");
                }
                continue;
            }
            if (v < t.size() && tailCue(t.get(v))) {
                // ", said X": the speaker after the verb, not followed by a verb of its own
                cue = v;
                np = NounPhrase.after(t, v + 1);
                if (np == null || followedByVerb(t, np) || possessive(src, np)) continue;
                rest = indexAt(t, np.end());
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
                    if (listener != null) rest = Math.max(rest, indexAt(t, listener.end()));
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
            boolean participleFirst = first.is("VERB") && first.text().matches("\\p{L}+(ed|ing|en)");
            boolean clauseBefore = hasVerb(t.subList(participleFirst ? 1 : 0, c))
                    && Words.count(src.text().substring(s.start(), t.get(c).start())) >= 3;
            Span content;
            if (clauseBefore) {
                content = trimmed(src, s.start(), t.get(c).start());
            } else if (!participleFirst && close < t.size() && t.get(close).text().equals(",") && close + 3 < t.size()
                    && hasVerb(t.subList(close + 1, t.size())) && QUOTE_OPENERS.indexOf(t.get(close + 1).text().charAt(0)) < 0) {
                // "The new bridge, Dana Wells said, will open in May": the statement runs on around its attribution
                content = trimmed(src, s.start(), s.end());
            } else {
                continue;
            }
            return indirectQuote(src, content, np, names, sentences, s, t.get(cue).text());
        }
        return java.util.Optional.empty();
    }

    /** A verb of saying that can close a sentence as its attribution. */
    private static boolean tailCue(Token w) {
        return Cues.indirect(w.text()) && (w.is("VERB") || w.is("AUX")) && !w.text().toLowerCase(Locale.ROOT).endsWith("ing");
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
            if (w.is("PUNCT")) {
                if (w.text().equals(".") || w.text().equals("!") || w.text().equals("?")) return k + 1 >= t.size() ? t.size() : -1;
                continue;
            }
            if (w.is("ADP") || w.is("ADV")) {
                inPhrase = inPhrase || w.is("ADP");
                continue;
            }
            if (w.is("VERB") || w.is("AUX")) {
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
    private static int complement(List<Token> t, int i) {
        String verb = t.get(i).text().toLowerCase(Locale.ROOT);
        // "said that", "told Fox News on Sunday that", "said on the radio show ''Morning Edition'' on Tuesday that": the
        // words between the verb and "that" are its listener and when and where it was said, never another verb
        for (int k = i + 1; k < Math.min(t.size(), i + 14); k++) {
            String x = t.get(k).text().toLowerCase(Locale.ROOT);
            if (x.equals("that") && k + 1 < t.size() && hasVerb(t.subList(k + 1, t.size()))) {
                // "rejected his warning that ...": the clause is the noun's, and the verb's object is the whole phrase
                boolean nounsClause = k > i + 1 && STATEMENT_OF.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT));
                return nounsClause && Cues.stance(verb) ? i + 1 : k + 1;
            }
            if (Set.of("whether", "if", "how", "why", "what", "when", "where", "who").contains(x) && k <= i + 3) return k;
            if (x.equals(",") || x.equals(".") || x.equals(";") || x.equals(":") || k > i + 1 && (t.get(k).is("VERB") || t.get(k).is("AUX"))) break;
        }
        // "told the council the piers had failed", "assured voters he would stay": past the listener, a clause
        if (Cues.TAKES_LISTENER.contains(verb) && i + 1 < t.size()) {
            NounPhrase listener = NounPhrase.after(t, i + 1);
            int k = listener == null ? -1 : indexAt(t, listener.end());
            if (k > 0 && k < t.size() - 2) {
                NounPhrase subject = NounPhrase.after(t, k);
                if (subject != null && followedByVerb(t, subject)) return k;
            }
        }
        if (Cues.INTENT.contains(verb)) {
            // "urged Trump to stop", "wants to build", "called for an inquiry"
            // the object may carry a clause of its own: "urged the council, whose session is in May, to investigate"
            for (int k = i + 1; k < Math.min(t.size(), i + 20); k++) {
                String x = t.get(k).text().toLowerCase(Locale.ROOT);
                if (x.equals("to") && k + 1 < t.size() && t.get(k + 1).is("VERB")) return k == i + 1 ? k + 1 : i + 1;
                if (x.equals("for") && k == i + 1) return k + 1;
                if (x.equals(".") || x.equals(";")) break;
            }
            if (!Cues.stance(verb)) return -1;
        }
        // what is said starts after any words of when: "said last week the bridge", "confirmed on Tuesday the closure"
        int o = afterWhen(t, i + 1);
        // "complained about the fees", "warned of a collapse", "commented on the vote": what the words were about
        if (o + 1 < t.size() && TOPIC.contains(t.get(o).text().toLowerCase(Locale.ROOT)) && Cues.speech(verb)
                && (t.get(o + 1).is("DET") || t.get(o + 1).is("NOUN") || t.get(o + 1).is("PROPN") || t.get(o + 1).is("ADJ")
                        || t.get(o + 1).is("PRON") && !t.get(o + 1).text().equalsIgnoreCase("it"))) {
            return o + 1;
        }
        if ((verb.startsWith("sa") || verb.equals("says")) && o < t.size() && hasVerb(t.subList(o, t.size()))) {
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
            if (subject != null && followedByVerb(t, subject)) return o;
        }
        // "the senator cited the figures", "she called the plan a mistake": a position's object is what it is about
        if (Cues.stance(verb) && o < t.size()) {
            Token x = t.get(o);
            boolean object = x.is("NOUN") || x.is("PROPN") || x.is("ADJ") || x.is("NUM")
                    || x.is("DET") && !x.text().equalsIgnoreCase("that") || x.is("PRON") && !x.text().equalsIgnoreCase("it");
            if (object) return o;
        }
        // "..., noting hundreds of groups had written": a participle of saying takes a bare clause
        if (verb.endsWith("ing") && i > 0 && t.get(i - 1).text().equals(",") && i + 1 < t.size() && hasVerb(t.subList(i + 1, t.size()))) {
            return i + 1;
        }
        return -1;
    }

    private java.util.Optional<FoundQuote> indirectQuote(SourceDocument src, Span content, NounPhrase np, List<NameMention> names,
            List<Sentence> sentences, Sentence s, String cue) {
        Attribution a = speaker(src, np, names, sentences, s, cue, 0.8);
        // reported speech needs a speaker: without one it is the reporter's own sentence
        if (a == null) return java.util.Optional.empty();
        return java.util.Optional.of(new FoundQuote(content, QuoteKind.INDIRECT, a.mention, a.form, a.antecedents, a.cue, a.confidence));
    }

    /** The span without trailing sentence punctuation and white space. */
    private static Span trimmed(SourceDocument src, int start, int end) {
        String text = src.text();
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".;".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return src.span(start, end);
    }

    /** Prepositions after a verb of saying that introduce what was said about: "complained about", "warned of". */
    private static final Set<String> TOPIC = Set.of("about", "of", "on");

    private static final Set<String> WHEN_OPENERS = Set.of("last", "next", "this", "on", "early", "late", "earlier", "later", "that");
    private static final Set<String> WHEN_WORDS = Set.of("earlier", "later", "recently", "again", "also", "publicly", "privately",
            "repeatedly", "today", "yesterday");

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

    /** The index of the first token that starts at or after {@code offset}, or -1. */
    private static int indexAt(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) if (t.get(i).start() >= offset) return i;
        return -1;
    }

    private static boolean hasVerb(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.is("VERB") || t.is("AUX"));
    }

    private static int indexOf(List<Token> t, String text, int from) {
        for (int i = from; i < t.size(); i++) if (t.get(i).text().equals(text)) return i;
        return -1;
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

    private static boolean endsWithStop(String s) {
        return s.matches("(?s).*[.!?…][\"”’]?$");
    }

    private static String lastWord(String s) {
        List<String> w = Words.tokens(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }
}
