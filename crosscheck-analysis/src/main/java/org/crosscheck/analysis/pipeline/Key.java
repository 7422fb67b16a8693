package org.crosscheck.analysis.pipeline;

import java.util.Objects;

/**
 * A typed name for one value an analysis carries. Keys compare by identity: declare each once,
 * as a constant beside the stage that provides it.
 *
 * @param <T> the value's type
 */
public final class Key<T> {
    private final String name;

    private Key(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static <T> Key<T> named(String name) {
        return new Key<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
