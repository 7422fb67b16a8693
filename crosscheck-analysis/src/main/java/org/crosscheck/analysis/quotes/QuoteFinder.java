package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.entities.EntityResolver;
import org.crosscheck.analysis.entities.MentionFinder;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.analysis.text.Words;
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
 * Each way of reading a quotation's speaker is a named {@link Sieve}, tried in the order {@link #sieveNames()}
 * gives; the one that found the speaker goes with the quote ({@link FoundQuote#sieve()}).
 * Stateless and thread-safe.
 */
public final class QuoteFinder implements DocumentStage {
    public static final Key<List<FoundQuote>> FOUND_QUOTES = Key.named("found-quotes");

    private final ReportedSpeech reported;
    private final CueVerbSieve cueVerb;
    /** Who speaks a quotation, in the order tried: the first sieve that reads a speaker wins. */
    private final List<Sieve> sieves;

    /** The names of the sieves that read who speaks a quotation, in the order they are tried. */
    public List<String> sieveNames() {
        return sieves.stream().map(Sieve::name).toList();
    }

    /** Speakers described by the nouns of the built-in list only. */
    public QuoteFinder() {
        this(NounSenses.NONE);
    }

    /** Speakers described by the built-in list or by any noun {@code senses} takes for a person, group or document. */
    public QuoteFinder(NounSenses senses) {
        SpeakerReader speakers = new SpeakerReader(senses);
        ClauseReader clauses = new ClauseReader(QuoteLexicon.ENGLISH);
        this.reported = new ReportedSpeech(speakers, QuoteLexicon.ENGLISH);
        this.cueVerb = new CueVerbSieve(speakers, clauses);
        this.sieves = List.of(new TranscriptLabelSieve(), new SignatureSieve(), new StatementOwnerSieve(speakers, clauses), cueVerb,
                new ContinuationSieve(), new ColonSubjectSieve(speakers), new ColonLeadSieve(speakers),
                new SentenceSubjectSieve(speakers, clauses));
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
        return Set.of(FOUND_QUOTES, EntityResolver.SPEAKER_DESCRIPTIONS);
    }

    @Override
    public DocumentAnalysis apply(DocumentAnalysis doc) {
        List<FoundQuote> found = List.copyOf(find(doc));
        // the speakers named by a description, for the entity stage to resolve, in text order, each once
        List<Span> described = found.stream().filter(f -> f.speakerForm() == FoundQuote.SpeakerForm.DESCRIPTION && f.speakerMention() != null)
                .map(FoundQuote::speakerMention).distinct().sorted().toList();
        return doc.with(FOUND_QUOTES, found).with(EntityResolver.SPEAKER_DESCRIPTIONS, described);
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
            java.util.regex.Matcher m = TranscriptLabelSieve.LABEL.matcher(p.text());
            if (!m.find() || marks.stream().anyMatch(q -> q.start() < p.end() && p.start() < q.end())) continue;
            Span said = Tokens.trimmed(src, p.start() + m.end(), p.end());
            if (Words.count(said.text()) < 3) continue;
            Span label = src.span(p.start() + m.start(1), p.start() + m.end(1));
            out.add(new FoundQuote(said, QuoteKind.DIRECT, label, SpeakerForm.DESCRIPTION, List.of(), ":", 0.9, TranscriptLabelSieve.NAME));
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
        if (s == null) return FoundQuote.unattributed(span, QuoteKind.DIRECT);
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

        QuoteContext c = new QuoteContext(src, s, sentences, names, span, frame, before, termMarker, words, previous);
        Attribution a = null;
        for (Sieve sieve : sieves) {
            a = sieve.attribute(c);
            if (a != null) {
                a = a.by(sieve.name());
                break;
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
        return a == null ? FoundQuote.unattributed(span, kind) : a.quote(span, kind);
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
        if (s == null) return FoundQuote.unattributed(span, QuoteKind.PARTIAL);
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
        // only a verb of saying inside the outer quotation speaks for the inner one: no other sieve looks inside
        Attribution a = termMarker ? null
                : cueVerb.attribute(new QuoteContext(src, s, sentences, names, span, frame, before, termMarker, words, null));
        if (a != null) a = a.by(cueVerb.name());
        QuoteKind kind = words <= 4 && (termMarker || a == null && !endsWithStop(span.text())) ? QuoteKind.TERM
                : before.isEmpty() || before.endsWith(":") || before.endsWith(",") && a != null ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        return a == null ? FoundQuote.unattributed(span, kind) : a.quote(span, kind);
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

    private static @Nullable Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (s.start() <= offset && offset < s.end()) return s;
        // a quote opening mark may sit just before the sentence start
        for (Sentence s : sentences) if (s.start() <= offset + 1 && offset < s.end()) return s;
        return null;
    }

    private static boolean endsWithStop(String s) {
        return s.matches("(?s).*[.!?…][\"”’]?$");
    }

    private static String lastWord(String s) {
        List<String> w = Words.tokens(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }
}
