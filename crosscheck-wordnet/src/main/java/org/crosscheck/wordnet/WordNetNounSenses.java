package org.crosscheck.wordnet;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
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
import net.sf.extjwnl.dictionary.Dictionary;
import org.crosscheck.nlp.NounSenses;

/**
 * Noun kinds from WordNet 3.1 through extJWNL, which reads the dictionary from a Maven Central jar:
 * the hypernyms of a noun's first sense say whether it is a person ("announcer" is a person, a causal
 * agent), a group ("ministry" is an organisation, a social group) or a document or message. Only the
 * first sense counts, so "paper" (a material first) is not a speaker though one of its senses is a
 * newspaper. Answers are cached; lookups are serialised on the dictionary (which {@link WordNet}
 * shares between its ports), since its thread safety is not documented.
 */
public final class WordNetNounSenses implements NounSenses {
    private static final Set<String> PEOPLE = Set.of("person");
    private static final Set<String> GROUPS = Set.of("social group");
    private static final Set<String> DOCUMENTS = Set.of("document", "written communication", "message", "publication", "broadcast");

    private final Dictionary dictionary;
    private final Map<String, Kind> cache = new ConcurrentHashMap<>();

    /** Loads the dictionary from the classpath (about half a second). */
    public WordNetNounSenses() {
        this(WordNetDictionary.load());
    }

    /** Reads {@code dictionary}, which another WordNet port of this module may share. */
    WordNetNounSenses(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public Kind kind(String noun) {
        String key = noun.toLowerCase(Locale.ROOT).strip();
        if (key.isEmpty()) return Kind.UNKNOWN;
        return cache.computeIfAbsent(key, this::lookUp);
    }

    private Kind lookUp(String noun) {
        synchronized (dictionary) {
            return lookUpLocked(noun);
        }
    }

    private Kind lookUpLocked(String noun) {
        try {
            IndexWord w = dictionary.lookupIndexWord(POS.NOUN, noun);
            if (w == null || w.getSenses().isEmpty()) return Kind.UNKNOWN;
            Set<String> above = hypernyms(w.getSenses().get(0));
            if (above.stream().anyMatch(PEOPLE::contains)) return Kind.PERSON;
            if (above.stream().anyMatch(GROUPS::contains)) return Kind.GROUP;
            if (above.stream().anyMatch(DOCUMENTS::contains)) return Kind.DOCUMENT;
            return Kind.OTHER;
        } catch (JWNLException e) {
            return Kind.UNKNOWN;
        }
    }

    /** The lemmas of every synset above {@code s}, itself included. */
    private static Set<String> hypernyms(Synset s) throws JWNLException {
        Set<String> out = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<Synset> todo = new ArrayDeque<>();
        todo.add(s);
        while (!todo.isEmpty()) {
            Synset x = todo.poll();
            if (!seen.add(x.getOffset())) continue;
            x.getWords().forEach(word -> out.add(word.getLemma().toLowerCase(Locale.ROOT)));
            for (Pointer p : x.getPointers(PointerType.HYPERNYM)) todo.add(p.getTargetSynset());
            for (Pointer p : x.getPointers(PointerType.INSTANCE_HYPERNYM)) todo.add(p.getTargetSynset());
        }
        return out;
    }
}
