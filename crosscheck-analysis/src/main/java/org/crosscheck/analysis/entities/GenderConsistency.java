package org.crosscheck.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Gender;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;

/**
 * Finds documents that refer to a person with the other gender's pronouns than the rest of the
 * corpus does ("Bachelet ... he said" where every other source says "she"). Each pronoun is read as
 * referring to the one person named in its sentence and the two before (when two people are named
 * there, the pronoun is left out as ambiguous); a document where at least
 * two pronouns for one person disagree with the majority of the other documents (one vote each), and
 * outnumber its agreeing ones, is a flip.
 * Such a flip is a sign of machine translation and a disagreement between sources.
 * Stateless and thread-safe.
 */
public final class GenderConsistency implements CorpusStage {
    public static final Key<List<Flip>> GENDER_FLIPS = Key.named("gender-flips");

    /**
     * One document that flips one person's gender.
     *
     * @param expected the gender the other documents use
     * @param flipped  the pronouns in this document that say otherwise
     * @param agreeing pronouns in other documents that use the expected gender
     */
    public record Flip(String entity, String doc, Gender expected, List<Span> flipped, List<Span> agreeing) {
        public Flip {
            flipped = List.copyOf(flipped);
            agreeing = List.copyOf(agreeing);
        }
    }

    @Override
    public String name() {
        return "gender";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(EntityResolver.ENTITIES, MentionFinder.NAMES, SentenceStage.SENTENCES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(GENDER_FLIPS);
    }

    private record Use(String entity, String doc, Gender gender, Span pronoun) {}

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        Entities entities = corpus.get(EntityResolver.ENTITIES);
        List<Use> uses = new ArrayList<>();
        for (DocumentAnalysis d : corpus.documents()) uses.addAll(uses(d, entities));
        List<Flip> flips = new ArrayList<>();
        Map<String, List<Use>> byEntity = new HashMap<>();
        for (Use u : uses) byEntity.computeIfAbsent(u.entity, k -> new ArrayList<>()).add(u);
        for (var e : byEntity.entrySet()) {
            Map<String, int[]> perDoc = new TreeMap<>(); // doc -> [female, male]
            for (Use u : e.getValue()) perDoc.computeIfAbsent(u.doc, k -> new int[2])[u.gender == Gender.FEMALE ? 0 : 1]++;
            for (String doc : perDoc.keySet()) {
                // what the other documents say, one vote each: a long article does not outvote two short ones
                int f = 0;
                int m = 0;
                for (var o : perDoc.entrySet()) {
                    if (o.getKey().equals(doc)) continue;
                    if (o.getValue()[0] > o.getValue()[1]) f++;
                    else if (o.getValue()[1] > o.getValue()[0]) m++;
                }
                if (f == m) continue;
                Gender expected = f > m ? Gender.FEMALE : Gender.MALE;
                int[] here = perDoc.get(doc);
                int against = expected == Gender.FEMALE ? here[1] : here[0];
                int with = expected == Gender.FEMALE ? here[0] : here[1];
                if (against >= 2 && against > with) {
                    List<Span> flipped = e.getValue().stream().filter(u -> u.doc.equals(doc) && u.gender != expected).map(Use::pronoun).toList();
                    List<Span> agreeing = e.getValue().stream().filter(u -> !u.doc.equals(doc) && u.gender == expected).map(Use::pronoun).toList();
                    flips.add(new Flip(e.getKey(), doc, expected, flipped, agreeing));
                }
            }
        }
        return corpus.with(GENDER_FLIPS, List.copyOf(flips));
    }

    private static List<Use> uses(DocumentAnalysis d, Entities entities) {
        TreeMap<Integer, String> persons = new TreeMap<>(); // start offset -> entity id
        for (NameMention n : d.get(MentionFinder.NAMES)) {
            entities.at(n.span()).filter(x -> x.type() == EntityType.PERSON).map(Entity::id)
                    .ifPresent(id -> persons.put(n.span().start(), id));
        }
        List<Use> out = new ArrayList<>();
        List<Sentence> sentences = d.get(SentenceStage.SENTENCES);
        for (int i = 0; i < sentences.size(); i++) {
            // the pronoun reaches back three sentences: "Ana Duarte spoke. She said... She thanked..."
            int from = sentences.get(Math.max(0, i - 2)).start();
            for (Token t : sentences.get(i).tokens()) {
                Gender g = Lexicon.pronounGender(t.text());
                if (g == Gender.UNKNOWN || !t.is(Upos.PRON)) continue;
                var before = persons.subMap(from, true, t.start(), false);
                if (before.isEmpty()) continue;
                // only an unambiguous antecedent counts: one person named in reach
                if (before.values().stream().distinct().count() != 1) continue;
                out.add(new Use(before.lastEntry().getValue(), d.id(), g, d.source().span(t.start(), t.end())));
            }
        }
        return out;
    }
}
