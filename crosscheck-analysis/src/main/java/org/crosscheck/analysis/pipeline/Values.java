package org.crosscheck.analysis.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map from keys to values. Adding a key twice is an error, so a stage that runs twice
 * is caught instead of silently overwriting its first result.
 */
final class Values {
    static final Values EMPTY = new Values(Map.of());

    private final Map<Key<?>, Object> map;

    private Values(Map<Key<?>, Object> map) {
        this.map = map;
    }

    <T> Values with(Key<T> key, T value) {
        if (map.containsKey(key)) {
            throw new IllegalStateException("'" + key + "' is already set: two stages provide it, or one ran twice");
        }
        var copy = new LinkedHashMap<Key<?>, Object>(map);
        copy.put(key, value);
        return new Values(java.util.Collections.unmodifiableMap(copy));
    }

    @SuppressWarnings("unchecked")
    <T> T get(Key<T> key, String where) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalStateException("'" + key + "' is not available in " + where
                    + ": add the stage that provides it before the stage that requires it");
        }
        return (T) v;
    }

    boolean has(Key<?> key) {
        return map.containsKey(key);
    }

    Set<Key<?>> keys() {
        return map.keySet();
    }
}
