package org.crosscheck.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.SentenceEncoder;

/**
 * BAAI bge-small-en-v1.5 (MIT), int8-quantized, as LangChain4j ships it inside a Maven Central jar
 * and runs it with ONNX Runtime in this process. Measured on the xinjiang corpus's sentences: about
 * 220 texts/s on 2 cores, against 120 for the full-precision model, with the same ranking of
 * paraphrases within noise; so the quantized one.
 */
public final class BgeSmallEncoder implements SentenceEncoder {
    private final EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();

    @Override
    public List<float[]> encode(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(t.isBlank() ? "." : t));
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) out.add(unit(e.vector()));
        return out;
    }

    @Override
    public String model() {
        return "bge-small-en-v1.5 (int8)";
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n == 0) return v;
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / n);
        return u;
    }
}
