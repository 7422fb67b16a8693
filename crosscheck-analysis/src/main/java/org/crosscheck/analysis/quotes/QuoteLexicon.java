package org.crosscheck.analysis.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The English words the quotation rules read clauses by, loaded from this package's resource files
 * (one entry a line, {@code #} starts a comment), so a language pack can replace them without touching
 * the rules. Immutable.
 *
 * @param subordinators  words that open a subordinate clause ("when", "although", "because")
 * @param statementNouns nouns for what someone says that take a "that" clause ("claim", "warning")
 */
record QuoteLexicon(Set<String> subordinators, Set<String> statementNouns) {
    QuoteLexicon {
        subordinators = Set.copyOf(subordinators);
        statementNouns = Set.copyOf(statementNouns);
    }

    /** The English lexicon, read once per class loader. */
    static final QuoteLexicon ENGLISH = new QuoteLexicon(list("subordinators.txt"), list("statement-nouns.txt"));

    boolean subordinator(String word) {
        return subordinators.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean statementNoun(String word) {
        return statementNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> list(String name) {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = QuoteLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the word list " + name + " is missing from the crosscheck-analysis jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty()) out.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + name, e);
        }
        return out;
    }
}
