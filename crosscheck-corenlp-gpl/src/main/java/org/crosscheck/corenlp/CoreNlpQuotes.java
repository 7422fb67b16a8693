package org.crosscheck.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import org.crosscheck.bench.AttributionBenchmark;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.Speaker;

/**
 * CoreNLP's quotes and their speakers as crosscheck quotes: the annotators up to the dependency
 * parse and NER, then the quote annotator with attribution. CoreNLP's attribution requires a
 * coreference result; with {@code coref} false it is given an empty one (speakers did not change
 * with any coreference setting when this was measured), so the baseline runs at parser speed.
 * A quote's span is inside its quotation marks, as crosscheck's are; its speaker mention is
 * CoreNLP's speaker tokens. Thread-safe after construction (CoreNLP pipelines are).
 */
final class CoreNlpQuotes implements AttributionBenchmark.QuoteExtractor {
    private final StanfordCoreNLP parse;
    private final StanfordCoreNLP quotes;
    private final boolean coref;

    CoreNlpQuotes(boolean coref) {
        this.coref = coref;
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse" + (coref ? ",coref" : ""));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        if (coref) p.setProperty("coref.algorithm", "statistical");
        this.parse = new StanfordCoreNLP(p);
        Properties q = new Properties();
        q.setProperty("annotators", "quote");
        q.setProperty("quote.attributeQuotes", "true");
        this.quotes = new StanfordCoreNLP(q, false); // the requirements were met by the first pipeline
    }

    @Override
    public List<Quote> quotes(String id, String text) {
        Annotation a = new Annotation(text);
        parse.annotate(a);
        if (!coref) a.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        quotes.annotate(a);
        CoreDocument doc = new CoreDocument(a);
        List<Quote> out = new ArrayList<>();
        int n = 0;
        if (doc.quotes() == null) return out;
        for (CoreQuote q : doc.quotes()) {
            int start = q.quoteCharOffsets().first();
            int end = q.quoteCharOffsets().second();
            // inside the marks, as crosscheck's spans are
            if (end - start >= 2 && isMark(text.charAt(start)) && isMark(text.charAt(end - 1))) {
                start++;
                end--;
            }
            if (end <= start || end > text.length()) continue;
            Span mention = q.speakerCharOffsets().filter(o -> o.first() >= 0 && o.second() <= text.length() && o.first() < o.second())
                    .map(o -> Span.of(id, text, o.first(), o.second())).orElse(null);
            String name = q.canonicalSpeaker().orElse(q.speaker().orElse(null));
            out.add(new Quote("q" + (++n), Span.of(id, text, start, end), QuoteKind.DIRECT, new Speaker(null, name, mention), null,
                    name == null ? 0 : 1));
        }
        return out;
    }

    private static boolean isMark(char c) {
        return "\"“”'‘’«»".indexOf(c) >= 0;
    }
}
