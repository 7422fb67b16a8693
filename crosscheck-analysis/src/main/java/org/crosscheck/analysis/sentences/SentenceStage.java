package org.crosscheck.analysis.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.LanguageAnalyzer;
import org.crosscheck.nlp.Sentence;

/**
 * Splits the article's paragraphs (and its title) into tagged sentences through the language port, with
 * each name tagged alike throughout the document ({@link ProperNouns}).
 * Thread-safe when the analyzer is.
 */
public final class SentenceStage implements DocumentStage {
    /** Body sentences in text order; offsets into the document's text. */
    public static final Key<List<Sentence>> SENTENCES = Key.named("sentences");

    private final LanguageAnalyzer analyzer;

    public SentenceStage(LanguageAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer);
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(BoilerplateFilter.CLEANED);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(SENTENCES);
    }

    @Override
    public DocumentAnalysis apply(DocumentAnalysis doc) {
        CleanedDocument cleaned = doc.get(BoilerplateFilter.CLEANED);
        String text = doc.source().text();
        List<Sentence> out = new ArrayList<>();
        for (Span p : cleaned.paragraphs()) out.addAll(analyzer.analyze(text, p.start(), p.end()));
        return doc.with(SENTENCES, List.copyOf(ProperNouns.consistent(out)));
    }
}
