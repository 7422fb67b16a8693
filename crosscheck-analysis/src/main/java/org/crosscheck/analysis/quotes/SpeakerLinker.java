package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.entities.Entities;
import org.crosscheck.analysis.entities.EntityResolver;
import org.crosscheck.analysis.entities.GenderConsistency;
import org.crosscheck.analysis.entities.Lexicon;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Gender;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Span;

/**
 * Links each quote's speaker words to a corpus entity: a name to its entity; "he"/"she" to the
 * nearest earlier person whose gender agrees (never to one whose gender disagrees); "it"/"they" to
 * the nearest earlier organisation or the last non-person speaker; a description ("the office", "the
 * high commissioner") to the entity whose name or role it abbreviates, or kept as written when none
 * does. Then a {@link SpeakerJudge} weighs each linked speaker: its probability becomes the quote's confidence,
 * and under the judge's floor the quote keeps its words and kind but has no speaker. Stateless and thread-safe.
 */
public final class SpeakerLinker implements CorpusStage {
    public static final Key<List<Quote>> QUOTES = Key.named("quotes");
    /** For each quote the sieves gave a speaker, what the judge weighed and concluded. */
    public static final Key<List<SpeakerEvidence>> SPEAKER_EVIDENCE = Key.named("speaker-evidence");

    private final SpeakerJudge judge;

    /** The linker with the shipped speaker judge. */
    public SpeakerLinker() {
        this(SpeakerJudge.shipped());
    }

    /** The linker with another judge ({@link SpeakerJudge#neutral()} keeps every speaker the sieves find). */
    public SpeakerLinker(SpeakerJudge judge) {
        this.judge = judge.checked();
    }

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(QuoteFinder.FOUND_QUOTES, EntityResolver.ENTITIES, BoilerplateFilter.CLEANED, GenderConsistency.GENDER_FLIPS,
                SentenceStage.SENTENCES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(QUOTES, SPEAKER_EVIDENCE);
    }

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        Entities entities = corpus.get(EntityResolver.ENTITIES);
        java.util.Map<String, java.util.TreeMap<Integer, List<Span>>> mentionsByDoc = new java.util.HashMap<>();
        for (Span s : entities.byMention().keySet()) {
            mentionsByDoc.computeIfAbsent(s.doc(), k -> new java.util.TreeMap<>()).computeIfAbsent(s.start(), k -> new ArrayList<>()).add(s);
        }
        List<Quote> out = new ArrayList<>();
        List<SpeakerEvidence> evidence = new ArrayList<>();
        for (DocumentAnalysis d : corpus.documents()) {
            Speaker lastThing = null;
            boolean translated = d.get(BoilerplateFilter.CLEANED).flags().contains(DocumentFlag.MACHINE_TRANSLATED);
            // people this document calls by the other gender's pronouns: "he" here may mean one of them
            java.util.Map<String, Gender> flipped = new java.util.HashMap<>();
            for (GenderConsistency.Flip f : corpus.get(GenderConsistency.GENDER_FLIPS)) {
                if (f.doc().equals(d.id())) flipped.put(f.entity(), f.expected() == Gender.FEMALE ? Gender.MALE : Gender.FEMALE);
            }
            if (!flipped.isEmpty()) translated = true;
            List<FoundQuote> found = d.get(QuoteFinder.FOUND_QUOTES);
            List<Speaker> candidates = new ArrayList<>(found.size());
            for (FoundQuote f : found) {
                Speaker s = within(f, entities, mentionsByDoc.get(d.id()));
                if (s == null) s = link(f, entities, lastThing, translated, flipped);
                if (s.known() && f.speakerForm() != FoundQuote.SpeakerForm.PRONOUN
                        && s.entity() != null && entities.byId(s.entity()).map(e -> e.type() != EntityType.PERSON).orElse(false)
                        || s.known() && f.speakerForm() == FoundQuote.SpeakerForm.DESCRIPTION && s.entity() == null) {
                    lastThing = s;
                }
                candidates.add(s);
            }
            SpeakerFeatures.Document doc = document(d, entities, mentionsByDoc.getOrDefault(d.id(), new java.util.TreeMap<>()), candidates);
            for (int i = 0; i < found.size(); i++) {
                FoundQuote f = found.get(i);
                Speaker s = candidates.get(i);
                String id = "q" + (out.size() + 1);
                double confidence = 0.0;
                if (s.known()) {
                    List<Double> x = SpeakerFeatures.of(f, s, doc);
                    double p = judge.probability(x);
                    evidence.add(new SpeakerEvidence(id, s, x, p));
                    // a wrong speaker is worse than none: below the floor the words stay, the speaker goes
                    if (p < judge.floor()) {
                        s = Speaker.UNKNOWN;
                    } else {
                        confidence = p;
                    }
                }
                out.add(new Quote(id, f.span(), f.kind(), s, f.cue(), confidence, s.known() ? f.sieve() : null));
            }
        }
        return corpus.with(QUOTES, List.copyOf(out)).with(SPEAKER_EVIDENCE, List.copyOf(evidence));
    }

    private static SpeakerFeatures.Document document(DocumentAnalysis d, Entities entities, java.util.TreeMap<Integer, List<Span>> mentions,
            List<Speaker> candidates) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int linked = 0;
        for (Speaker s : candidates) {
            if (!s.known()) continue;
            linked++;
            counts.merge(SpeakerFeatures.key(s), 1, Integer::sum);
        }
        java.util.Map<String, Integer> entityMentions = new java.util.HashMap<>();
        for (List<Span> at : mentions.values()) {
            for (Span s : at) entities.at(s).ifPresent(e -> entityMentions.merge(e.id(), 1, Integer::sum));
        }
        return new SpeakerFeatures.Document(d.source().text(), d.get(SentenceStage.SENTENCES), entities, mentions, counts, linked,
                entityMentions);
    }

    /**
     * The entity of a longer mention the speaker's words are part of ("Secretary" in "Secretary of Ports Ana Lind",
     * a role written before the name): that person, not another the bare words could describe; null when there is none.
     */
    private static @org.jspecify.annotations.Nullable Speaker within(FoundQuote f, Entities entities,
            java.util.@org.jspecify.annotations.Nullable TreeMap<Integer, List<Span>> mentions) {
        Span m = f.speakerMention();
        if (m == null || mentions == null || f.speakerForm() == FoundQuote.SpeakerForm.PRONOUN
                || f.speakerForm() == FoundQuote.SpeakerForm.NONE) {
            return null;
        }
        // a name that is one entity's own stays it; only bare words (a title, a description, an unresolved name) defer
        if (f.speakerForm() == FoundQuote.SpeakerForm.NAME && entities.at(m).isPresent() && !Entities.onlyTitle(m.text())) return null;
        int looked = 0;
        for (List<Span> at : mentions.headMap(m.start(), true).descendingMap().values()) {
            for (Span longer : at) {
                if (longer.end() >= m.end() && longer.length() > m.length()) {
                    return entities.at(longer).map(e -> new Speaker(e.id(), e.name(), m)).orElse(null);
                }
            }
            if (++looked == 4) break;
        }
        return null;
    }

    private static Speaker link(FoundQuote f, Entities entities, Speaker lastThing, boolean translated,
            java.util.Map<String, Gender> flipped) {
        Span m = f.speakerMention();
        if (m == null) return Speaker.UNKNOWN;
        return switch (f.speakerForm()) {
            case NAME -> entities.at(m).map(e -> new Speaker(e.id(), e.name(), m)).orElse(new Speaker(null, m.text(), m));
            case PRONOUN -> pronoun(f, m, entities, lastThing, translated, flipped);
            case DESCRIPTION -> description(m, entities);
            case NONE -> Speaker.UNKNOWN;
        };
    }

    /**
     * A pronoun's speaker. In a machine-translated copy "he" and "she" are unreliable (translation
     * flips them), so there the most mentioned person before the pronoun is taken, whatever the gender.
     */
    private static Speaker pronoun(FoundQuote f, Span m, Entities entities, Speaker lastThing, boolean translated,
            java.util.Map<String, Gender> flipped) {
        String p = m.text().toLowerCase(Locale.ROOT);
        // "we" and "I" are the writer or a quoted speaker; the text around does not say which name they are
        if (p.equals("we") || p.equals("i") || p.equals("you")) return new Speaker(null, null, m);
        Gender g = Lexicon.pronounGender(p);
        boolean person = g != Gender.UNKNOWN;
        // "it said" after "the report said" is the report: the last non-person speaker comes first
        if (!person && lastThing != null) return new Speaker(lastThing.entity(), lastThing.name(), m);
        if (person && !flipped.isEmpty()) {
            // the corpus showed this copy flips someone's gender: a pronoun of the flipped gender goes to the nearest of them
            for (Span a : f.antecedents()) {
                Optional<Entity> e = entities.at(a);
                if (e.isPresent() && flipped.get(e.get().id()) == g) return new Speaker(e.get().id(), e.get().name(), m);
            }
        }
        if (person && translated) {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (Span a : f.antecedents()) {
                entities.at(a).filter(x -> x.type() == EntityType.PERSON).ifPresent(x -> counts.merge(x.id(), 1, Integer::sum));
            }
            Optional<Entity> salient = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .flatMap(e -> entities.byId(e.getKey()));
            if (salient.isPresent()) return new Speaker(salient.get().id(), salient.get().name(), m);
        }
        for (Span a : f.antecedents()) {
            Optional<Entity> e = entities.at(a);
            if (e.isEmpty()) continue;
            Entity x = e.get();
            if (person && x.type() == EntityType.PERSON && (x.gender() == g || x.gender() == Gender.UNKNOWN)) {
                return new Speaker(x.id(), x.name(), m);
            }
            if (!person && x.type() == EntityType.PERSON) continue;
            if (!person && (x.type() == EntityType.ORG || x.type() == EntityType.WORK || x.type() == EntityType.NORP)) {
                if (lastThing != null && lastThing.entity() == null) return new Speaker(null, lastThing.name(), m);
                return new Speaker(x.id(), x.name(), m);
            }
        }
        if (!person && lastThing != null) return new Speaker(lastThing.entity(), lastThing.name(), m);
        return new Speaker(null, null, m);
    }

    /** Whether a description names several: a plural head ("the chairmen", "officials") or a list joined by "and". */
    static boolean plural(String description) {
        String d = description.strip().toLowerCase(Locale.ROOT);
        if (d.matches("(?s).*(?:,|\\s)(?:and|&)\\s.*")) return true;
        String head = d.replaceAll("^.*\\s", "");
        return head.endsWith("men") || head.equals("people") || head.equals("police")
                || head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is") && head.length() > 3;
    }

    /** A description ending in a title of one person: "the foreign ministry's spokesman". */
    private static final java.util.regex.Pattern PERSON_TITLE = java.util.regex.Pattern.compile(
            ".*\\b(" + String.join("|", QuoteLexicon.words("person-titles.txt")) + ")$");

    private static Speaker description(Span m, Entities entities) {
        Optional<Entity> known = entities.at(m);
        if (known.isPresent()) return new Speaker(known.get().id(), known.get().name(), m);
        String d = m.text();
        // two entities named before it fit ("the chair" after two chairs): the description stays as written
        if (entities.isUndecided(m)) return new Speaker(null, d, m);
        String head = d.toLowerCase(Locale.ROOT);
        List<EntityType> types = PERSON_TITLE.matcher(head).matches() ? List.of(EntityType.PERSON) : List.of();
        // a description of a person names one only when the title is specific: one word ("the official") is not
        if (!types.isEmpty() && d.split("\\s+").length < 3) types = List.of(EntityType.ORG);
        // "the chairmen", "officials", "Goodlatte, Gowdy and Nunes": many people are never one person
        if (plural(d)) types = List.of(EntityType.ORG, EntityType.NORP, EntityType.GPE);
        // an "entity" named by one common word ("report") is no better than the words the text uses
        return entities.describedAs(d, types).filter(e -> e.name().contains(" ") || Character.isUpperCase(e.name().charAt(0)))
                .map(e -> new Speaker(e.id(), e.name(), m)).orElse(new Speaker(null, d, m));
    }
}
