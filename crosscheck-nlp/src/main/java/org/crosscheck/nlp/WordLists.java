package org.crosscheck.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists a language's rules read, as resource files at the package path of the class that reads them: one
 * entry a line, blank lines and everything from a {@code #} on left out. One reader for every stage's lists, so a
 * language pack is files, not code: the English lists live in the {@code crosscheck-lang-en} module, on the classpath
 * beside the classes that read them.
 */
public final class WordLists {
    private WordLists() {}

    /** The entries of {@code file}, beside {@code anchor}, stripped and in file order; throws naming a missing list. */
    public static List<String> entries(Class<?> anchor, String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + file + " is missing beside " + anchor.getName()
                        + "; rebuild the jar (mvn -B install -DskipTests)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) out.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + file, e);
        }
        return List.copyOf(out);
    }

    /** The entries of {@code file} in lower case, distinct, in file order; unmodifiable. */
    public static Set<String> lowerCase(Class<?> anchor, String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String e : entries(anchor, file)) out.add(e.toLowerCase(Locale.ROOT));
        return Collections.unmodifiableSet(out);
    }
}
