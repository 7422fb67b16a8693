package org.crosscheck.analysis.pipeline;

import org.crosscheck.model.SourceDocument;

/** One document and what the stages so far have found in it. Immutable. */
public final class DocumentAnalysis {
    private final SourceDocument source;
    private final Values values;

    private DocumentAnalysis(SourceDocument source, Values values) {
        this.source = source;
        this.values = values;
    }

    public static DocumentAnalysis of(SourceDocument source) {
        return new DocumentAnalysis(source, Values.EMPTY);
    }

    public SourceDocument source() {
        return source;
    }

    public String id() {
        return source.id();
    }

    /** The value a stage provided; throws naming the key when no stage did. */
    public <T> T get(Key<T> key) {
        return values.get(key, "document " + source.id());
    }

    public boolean has(Key<?> key) {
        return values.has(key);
    }

    /** A copy with one more value; throws if the key is already set. */
    public <T> DocumentAnalysis with(Key<T> key, T value) {
        return new DocumentAnalysis(source, values.with(key, value));
    }
}
