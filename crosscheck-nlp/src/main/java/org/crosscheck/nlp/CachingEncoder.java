package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the texts it has encoded, the least recently used dropped beyond a bound,
 * so that analysing a workspace again (a server's upload re-runs the whole corpus) encodes only the
 * new texts.
 */
final class CachingEncoder implements SentenceEncoder {
    private final SentenceEncoder encoder;
    private final Map<String, float[]> cache;

    CachingEncoder(SentenceEncoder encoder, int maxEntries) {
        this.encoder = encoder;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                float[] v = cache.get(t);
                out.add(v);
                if (v == null) missing.add(t);
            }
        }
        if (missing.isEmpty()) return out;
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(missing));
        List<float[]> fresh = encoder.encode(distinct);
        Map<String, float[]> byText = new java.util.HashMap<>();
        for (int i = 0; i < distinct.size(); i++) byText.put(distinct.get(i), fresh.get(i));
        synchronized (cache) {
            cache.putAll(byText);
        }
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) out.set(i, byText.get(texts.get(i)));
        return out;
    }

    @Override
    public String model() {
        return encoder.model();
    }
}
