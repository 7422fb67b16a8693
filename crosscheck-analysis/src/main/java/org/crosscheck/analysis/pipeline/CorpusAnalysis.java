package org.crosscheck.analysis.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** All documents of a run and what the corpus-level stages so far have found. Immutable. */
public final class CorpusAnalysis {
    private final CorpusContext context;
    private final List<DocumentAnalysis> documents;
    private final Values values;

    private CorpusAnalysis(CorpusContext context, List<DocumentAnalysis> documents, Values values) {
        this.context = context;
        this.documents = List.copyOf(documents);
        this.values = values;
    }

    public static CorpusAnalysis of(CorpusContext context, List<DocumentAnalysis> documents) {
        return new CorpusAnalysis(context, documents, Values.EMPTY);
    }

    public CorpusContext context() {
        return context;
    }

    public List<DocumentAnalysis> documents() {
        return documents;
    }

    public Optional<DocumentAnalysis> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public <T> T get(Key<T> key) {
        return values.get(key, "the corpus");
    }

    public boolean has(Key<?> key) {
        return values.has(key);
    }

    public <T> CorpusAnalysis with(Key<T> key, T value) {
        return new CorpusAnalysis(context, documents, values.with(key, value));
    }

    /** A copy whose documents are replaced by {@code f} of each; corpus values are kept. */
    public CorpusAnalysis mapDocuments(UnaryOperator<DocumentAnalysis> f) {
        return new CorpusAnalysis(context, documents.stream().map(f).toList(), values);
    }

    CorpusAnalysis withDocuments(List<DocumentAnalysis> docs) {
        return new CorpusAnalysis(context, docs, values);
    }
}
