package org.crosscheck.analysis.timeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The English words the date rules look for, read once from the resource files beside this class
 * (one a line, {@code #} comments), so a language pack can replace them without touching the rules.
 */
final class TimelineLexicon {
    private TimelineLexicon() {}

    static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        try (InputStream in = TimelineLexicon.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("word list " + file + " is missing from the crosscheck-analysis jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + file, e);
        }
        return Set.copyOf(out);
    }
}
