package org.crosscheck.wordnet;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.crosscheck.nlp.Upos;
import org.crosscheck.nlp.WordRelations;

/**
 * Verb senses from WordNet 3.1 through extJWNL: a verb's synonyms in its first {@link #SENSES}
 * senses, and for a noun the verbs WordNet derives it from or to ("publication" - "publish",
 * "detention" - "detain"). Only the first senses count, since news uses words in their common
 * senses and the later ones join nearly everything ("say" and "order" share a rare sense).
 * Answers are cached; lookups are serialised on the dictionary (which {@link WordNet} shares between
 * its ports), since its thread safety is not documented.
 */
public final class WordNetRelations implements WordRelations {
    /** How many of a word's senses (most frequent first) are read. */
    static final int SENSES = 2;

    private final Dictionary dictionary;
    /** Answers by part of speech, then by the lemma as asked (so a repeated question costs one look-up, no key to build). */
    private final Map<POS, Map<String, Set<String>>> cache = new java.util.EnumMap<>(POS.class);

    /** Loads the dictionary from the classpath (about half a second). */
    public WordNetRelations() {
        this(WordNetDictionary.load());
    }

    WordNetRelations(Dictionary dictionary) {
        this.dictionary = dictionary;
        for (POS p : POS.values()) cache.put(p, new ConcurrentHashMap<>());
    }

    @Override
    public Set<String> senses(String lemma, Upos pos) {
        POS p = pos == Upos.VERB || pos == Upos.AUX ? POS.VERB : pos == Upos.NOUN || pos == Upos.PROPN ? POS.NOUN
                : pos == Upos.ADJ ? POS.ADJECTIVE : null;
        if (p == null) {
            String key = lemma.toLowerCase(Locale.ROOT).strip();
            return key.isEmpty() ? Set.of() : Set.of(key);
        }
        Map<String, Set<String>> byLemma = cache.get(p);
        Set<String> known = byLemma.get(lemma);
        if (known != null) return known;
        String key = lemma.toLowerCase(Locale.ROOT).strip();
        Set<String> out = key.isEmpty() ? Set.of() : byLemma.computeIfAbsent(key, k -> lookUp(k, p));
        byLemma.putIfAbsent(lemma, out);
        return out;
    }

    private Set<String> lookUp(String lemma, POS pos) {
        synchronized (dictionary) {
            return lookUpLocked(lemma, pos);
        }
    }

    private Set<String> lookUpLocked(String lemma, POS pos) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        try {
            IndexWord w = dictionary.lookupIndexWord(pos, lemma);
            if (w == null) return Collections.unmodifiableSet(out);
            List<Synset> senses = w.getSenses();
            for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
                Synset s = senses.get(i);
                if (pos == POS.VERB) {
                    for (Word x : s.getWords()) if (!x.getLemma().contains(" ")) out.add(x.getLemma().toLowerCase(Locale.ROOT));
                } else {
                    // a noun or adjective of action stands for the verbs it is derived from: "release" (n.) for "release" (v.)
                    for (Word x : s.getWords()) {
                        if (!x.getLemma().equalsIgnoreCase(lemma)) continue;
                        for (Pointer ptr : x.getPointers(PointerType.DERIVATION)) {
                            if (ptr.getTargetPOS() == POS.VERB && ptr.getTarget() instanceof Word v && !v.getLemma().contains(" ")) {
                                out.add(v.getLemma().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            // an unreadable entry: the word stands for itself, as an unknown word does
        }
        return Collections.unmodifiableSet(out);
    }
}
