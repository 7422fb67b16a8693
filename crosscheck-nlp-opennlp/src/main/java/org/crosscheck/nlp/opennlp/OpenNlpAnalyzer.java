package org.crosscheck.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.crosscheck.nlp.LanguageAnalyzer;
import org.crosscheck.nlp.PartOfSpeechTagger;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.TaggedWord;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * English sentences and tokens from Apache OpenNLP's UD-EWT models, which come as Maven artifacts on
 * the class path, tagged with Universal Dependencies parts of speech by OpenNLP's own UD tagger or by
 * a {@link PartOfSpeechTagger} given to the constructor. Models load once in the constructor (about a
 * second); OpenNLP's tools are not thread-safe, so each thread gets its own, sharing the models.
 * Thread-safe when the given tagger is.
 */
public final class OpenNlpAnalyzer implements LanguageAnalyzer {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * Scraped text often glues two paragraphs into one line ("by the West.Despite pressure"), which the
     * statistical splitter keeps whole; a lower-case word, a full stop and a capitalised word with no
     * space between them is a sentence end in running English prose.
     */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"”’]?)(?=\\p{Lu}\\p{Ll})");

    private final SentenceJoiner joiner = SentenceJoiner.english();

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final @Nullable ThreadLocal<POSTaggerME> tagger;
    private final @Nullable PartOfSpeechTagger external;

    /** Loads the three models from the class path; throws naming the missing artifact. */
    public OpenNlpAnalyzer() {
        SentenceModel sm = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tm = load(TOKEN_MODEL, TokenizerModel::new);
        POSModel pm = load(POS_MODEL, POSModel::new);
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sm));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tm));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pm));
        external = null;
    }

    /**
     * OpenNLP's sentences and tokens, tagged by {@code tagger} instead of OpenNLP's own tagger; clitics
     * are split off their words first ("Trump" "'s"), as taggers trained on the Penn Treebank expect.
     */
    public OpenNlpAnalyzer(PartOfSpeechTagger tagger) {
        SentenceModel sm = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tm = load(TOKEN_MODEL, TokenizerModel::new);
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sm));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tm));
        this.tagger = null;
        this.external = java.util.Objects.requireNonNull(tagger);
    }

    @Override
    public List<Sentence> analyze(String text, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        String region = text.substring(start, end);
        // lines are hard boundaries: scraped text puts one paragraph, caption or header per line
        int lineStart = 0;
        for (int i = 0; i <= region.length(); i++) {
            if (i == region.length() || region.charAt(i) == '\n') {
                analyzeLine(text, region.substring(lineStart, i), start + lineStart, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private void analyzeLine(String text, String line, int offset, List<Sentence> out) {
        if (line.isBlank()) return;
        List<Span> merged = new ArrayList<>();
        for (Span s : sentences.get().sentPosDetect(line)) {
            if (!merged.isEmpty()) {
                Span prev = merged.get(merged.size() - 1);
                int marks = joiner.closingMarks(line.substring(0, s.getStart()), line.substring(s.getStart(), s.getEnd()));
                if (marks > 0) {
                    // a quotation's closing mark ends the sentence it closes, never starts the next one
                    prev = new Span(prev.getStart(), s.getStart() + marks);
                    merged.set(merged.size() - 1, prev);
                    if (line.substring(s.getStart() + marks, s.getEnd()).isBlank()) continue;
                    s = new Span(s.getStart() + marks, s.getEnd());
                }
                String before = line.substring(prev.getStart(), prev.getEnd());
                String after = line.substring(s.getStart(), s.getEnd());
                if (joiner.joins(before, after) || joiner.continuesQuotation(line.substring(0, s.getStart()), before, line.substring(s.getStart()))) {
                    merged.set(merged.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            merged.add(s);
        }
        for (Span s : merged) {
            String sent = line.substring(s.getStart(), s.getEnd());
            Matcher m = GLUED.matcher(sent);
            int from = 0;
            while (m.find()) {
                addSentence(text, sent.substring(from, m.start()), offset + s.getStart() + from, out);
                from = m.start();
            }
            addSentence(text, sent.substring(from), offset + s.getStart() + from, out);
        }
    }

    private void addSentence(String text, String sent, int offset, List<Sentence> out) {
        int lead = 0;
        while (lead < sent.length() && Character.isWhitespace(sent.charAt(lead))) lead++;
        int trail = sent.length();
        while (trail > lead && Character.isWhitespace(sent.charAt(trail - 1))) trail--;
        if (trail <= lead) return;
        String s = sent.substring(lead, trail);
        int base = offset + lead;
        Span[] spans = joinAcronymDots(s, splitDashes(s, tokenizer.get().tokenizePos(s)), joiner);
        String[] words;
        String[] tags;
        List<TaggedWord> tagged = null;
        if (external != null) {
            spans = splitClitics(s, spans, null);
            words = words(s, spans);
            tagged = external.tag(List.of(words));
            tags = new String[words.length];
            for (int i = 0; i < tags.length; i++) tags[i] = tagged.get(i).pos().name();
        } else {
            words = words(s, spans);
            tags = tagger.get().tag(words);
            Span[] apart = splitClitics(s, spans, tags);
            if (apart.length != spans.length) {
                // a word and its clitic the tagger did not see as such ("Trump's" a verb, "hadn't" punctuation): tagged again apart
                spans = apart;
                words = words(s, spans);
                tags = tagger.get().tag(words);
            }
        }
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            int ts = base + spans[i].getStart();
            int te = base + spans[i].getEnd();
            String clitic = CLITIC_TAGS.get(words[i].toLowerCase(java.util.Locale.ROOT));
            if (clitic != null && external == null && i > 0 && spans[i - 1].getEnd() == spans[i].getStart()) {
                tokens.add(new Token(ts, te, text.substring(ts, te), Upos.of(clitic)));
                continue;
            }
            String tag = tags[i];
            int plus = tag.indexOf('+');
            if (plus > 0) {
                // the UD model tags a word and its clitic together ("mayor's" NOUN+PART): give each its own token
                int split = cliticStart(text, ts, te);
                if (split > ts) {
                    tokens.add(new Token(ts, split, text.substring(ts, split), Upos.of(tag.substring(0, plus))));
                    tokens.add(new Token(split, te, text.substring(split, te), Upos.of(tag.substring(plus + 1))));
                    continue;
                }
                tag = tag.substring(0, plus);
            }
            // OpenNLP's own tagger gives no lemma: the word in lower case stands for it
            tokens.add(tagged == null ? new Token(ts, te, text.substring(ts, te), Upos.of(tag))
                    : new Token(ts, te, text.substring(ts, te), tagged.get(i).pos(), tagged.get(i).lemma()));
        }
        out.add(new Sentence(base, base + s.length(), tokens));
    }

    /**
     * The tokenizer cuts the last dot off a dotted acronym ("U.N" "." Office): the dot goes back, so
     * "U.N." is one word and a name it starts ("the U.N. Office of ...") is not broken by a full
     * stop. At a sentence's end the dot stays a token of its own, since it ends the sentence too.
     */
    private static Span[] joinAcronymDots(String s, Span[] spans, SentenceJoiner joiner) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span sp = spans[i];
            // "48-" "page": the tokenizer sometimes cuts a hyphenated word after its hyphen; it is one word ("48-page")
            if (s.charAt(sp.getEnd() - 1) == '-' && sp.getEnd() - sp.getStart() > 1 && i + 1 < spans.length
                    && spans[i + 1].getStart() == sp.getEnd() && Character.isLetterOrDigit(s.charAt(spans[i + 1].getStart()))) {
                out.add(new Span(sp.getStart(), spans[i + 1].getEnd()));
                i++;
                continue;
            }
            boolean acronym = s.substring(sp.getStart(), sp.getEnd()).matches("(?:\\p{L}\\.)+\\p{L}");
            if (acronym && i + 2 < spans.length && spans[i + 1].getStart() == sp.getEnd()
                    && s.substring(spans[i + 1].getStart(), spans[i + 1].getEnd()).equals(".")) {
                out.add(new Span(sp.getStart(), spans[i + 1].getEnd()));
                i++;
                continue;
            }
            if (middleInitial(s, spans, i, joiner)) {
                out.add(new Span(sp.getStart(), spans[i + 1].getEnd()));
                i++;
                continue;
            }
            out.add(sp);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * A middle initial or an abbreviated title and its dot before a capitalised word ("Paul" "G" "." "Marsh", "Mrs" "."
     * "Lind"): the tokenizer sometimes cuts the dot off as if it ended the sentence, and the name then falls apart.
     * Not at the sentence's end, where the dot ends the sentence too.
     */
    private static boolean middleInitial(String s, Span[] spans, int i, SentenceJoiner joiner) {
        if (i + 2 >= spans.length) return false;
        Span word = spans[i];
        Span dot = spans[i + 1];
        if (dot.getStart() != word.getEnd() || dot.getEnd() - dot.getStart() != 1 || s.charAt(dot.getStart()) != '.') return false;
        String w = s.substring(word.getStart(), word.getEnd());
        String after = s.substring(spans[i + 2].getStart(), spans[i + 2].getEnd());
        if (after.length() < 2 || !Character.isUpperCase(after.charAt(0)) || !Character.isUpperCase(w.charAt(0))) return false;
        if (w.length() > 1) return w.chars().allMatch(Character::isLetter) && joiner.abbreviation(w);
        if (i < 1) return false;
        String before = s.substring(spans[i - 1].getStart(), spans[i - 1].getEnd());
        return before.length() > 1 && Character.isUpperCase(before.charAt(0)) && before.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /**
     * Scraped text drops the spaces around dashes ("statistics—the report said"); the tokenizer keeps
     * "statistics—the" whole. Each dash becomes a token of its own.
     */
    private static Span[] splitDashes(String s, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span sp : spans) {
            int from = sp.getStart();
            for (int i = sp.getStart(); i < sp.getEnd(); i++) {
                char c = s.charAt(i);
                if ((c == '—' || c == '–') && sp.getEnd() - sp.getStart() > 1) {
                    if (i > from) out.add(new Span(from, i));
                    out.add(new Span(i, i + 1));
                    from = i + 1;
                }
            }
            if (from < sp.getEnd()) out.add(new Span(from, sp.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    /** The words of {@code spans}, with the straight apostrophes the models learned ("Trump’s" is read as "Trump's"). */
    private static String[] words(String s, Span[] spans) {
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) words[i] = s.substring(spans[i].getStart(), spans[i].getEnd()).replace('’', '\'');
        return words;
    }

    /** Clitics written onto the word before them, and their tags: "'s" marks a possessive (or is "is"), "n't" negates. */
    private static final java.util.Map<String, String> CLITIC_TAGS = java.util.Map.of("'s", "PART", "n't", "PART", "'re", "AUX",
            "'ll", "AUX", "'ve", "AUX", "'d", "AUX", "'m", "AUX");

    /**
     * The tokenizer keeps some clitics on their word ("Trump's", "hadn't"); where the tagger then read
     * the two as one unknown word ("Trump's" a verb, "hadn't" punctuation) rather than a word and its
     * clitic ("NOUN+PART"), the clitic becomes a token of its own.
     */
    private static Span[] splitClitics(String s, Span[] spans, String @Nullable [] tags) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span sp = spans[i];
            if (tags != null && tags[i].contains("+")) {
                out.add(sp);
                continue;
            }
            String w = s.substring(sp.getStart(), sp.getEnd()).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            int cut = -1;
            for (String c : CLITIC_TAGS.keySet()) {
                if (w.length() > c.length() + 1 && w.endsWith(c) && Character.isLetter(w.charAt(w.length() - c.length() - 1))) {
                    cut = sp.getEnd() - c.length();
                }
            }
            if (cut > sp.getStart()) {
                out.add(new Span(sp.getStart(), cut));
                out.add(new Span(cut, sp.getEnd()));
            } else {
                out.add(sp);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Where a clitic ('s, 're, n't, 'll, 've, 'd, 'm) starts at the end of a token, or -1. */
    private static int cliticStart(String text, int start, int end) {
        String w = text.substring(start, end).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        for (String c : new String[] {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "'"}) {
            if (w.length() > c.length() && w.endsWith(c)) return end - c.length();
        }
        return -1;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path: "
                        + "the org.apache.opennlp:opennlp-models-*-en artifacts must be dependencies of the build");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
