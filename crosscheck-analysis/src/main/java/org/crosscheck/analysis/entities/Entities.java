package org.crosscheck.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Span;

/**
 * The corpus's entities, a lookup from each mention to its entity, and the descriptions that more
 * than one entity named before them in their document fits ("the chair" after two chairs), which
 * refer to none. Immutable.
 */
public record Entities(List<Entity> all, Map<Span, String> byMention, java.util.Set<Span> undecided) {
    public Entities {
        all = List.copyOf(all);
        byMention = Map.copyOf(byMention);
        undecided = java.util.Set.copyOf(undecided);
    }

    public Entities(List<Entity> all, Map<Span, String> byMention) {
        this(all, byMention, java.util.Set.of());
    }

    /** Whether the description at this span fits several entities named before it, so it names none of them. */
    public boolean isUndecided(Span description) {
        return undecided.contains(description);
    }

    public Optional<Entity> byId(String id) {
        return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entity a name mention belongs to. */
    public Optional<Entity> at(Span mention) {
        String id = byMention.get(mention);
        return id == null ? Optional.empty() : byId(id);
    }

    /**
     * The most mentioned entity one of whose names or roles ends with the words of {@code description}
     * ("the office" finds "UN Human Rights Office"; "the high commissioner" finds the person whose
     * role is "UN High Commissioner for Human Rights").
     */
    public Optional<Entity> describedAs(String description, List<EntityType> types) {
        String want = description.toLowerCase(Locale.ROOT).replaceFirst("^(" + Lexicon.ARTICLES + ")\\s+", "").strip();
        if (want.isEmpty()) return Optional.empty();
        for (Entity e : all) { // all is sorted by mentions, most first
            if (!types.isEmpty() && !types.contains(e.type())) continue;
            if (matches(e.name(), want) || e.role() != null && containsWords(e.role(), want)) return Optional.of(e);
            for (String a : e.aliases()) if (matches(a, want)) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> PERSON_HEADS = Lexicon.PERSON_HEADS;
    private static final java.util.Set<String> ORG_HEADS = Lexicon.ORG_HEADS;

    /**
     * A looser reading of a description ("UN human rights chief", "the UN rights agency"): the entity
     * whose name, aliases or role share at least two content words with it, when its head is that
     * entity's kind of noun (a title for a person, an institution for an organisation), and only one
     * entity shares the most.
     */
    public Optional<Entity> looselyDescribedAs(String description) {
        List<String> words = org.crosscheck.analysis.text.Words.content(description);
        if (words.size() < 2) return Optional.empty();
        String head = words.get(words.size() - 1);
        boolean personHead = PERSON_HEADS.contains(head);
        boolean orgHead = ORG_HEADS.contains(head);
        if (!personHead && !orgHead) return Optional.empty();
        Entity best = null;
        int bestScore = 1;
        boolean tie = false;
        for (Entity e : all) {
            if (personHead && (e.type() != EntityType.PERSON || e.role() == null)) continue;
            if (orgHead && e.type() != EntityType.ORG) continue;
            List<String> texts = new java.util.ArrayList<>(e.aliases());
            texts.add(e.name());
            if (e.role() != null) texts.add(e.role());
            int score = 0;
            for (String t : texts) {
                java.util.Set<String> tw = new java.util.HashSet<>(org.crosscheck.analysis.text.Words.content(t));
                int shared = (int) words.stream().filter(tw::contains).distinct().count();
                score = Math.max(score, shared);
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && best != null) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static boolean matches(String name, String want) {
        String n = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        return n.equals(want) || n.endsWith(" " + want);
    }

    private static boolean containsWords(String text, String want) {
        String n = " " + text.toLowerCase(Locale.ROOT) + " ";
        return n.contains(" " + want + " ");
    }

    /**
     * Whether a name is only a title or role ("President", "the Chief Justice"): it says which office
     * speaks, not which person, so two such names, or one and a person's name, may be one person.
     */
    public static boolean onlyTitle(String name) {
        boolean any = false;
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty() || Lexicon.ARTICLE_WORDS.contains(w)) continue;
            if (!Lexicon.TITLES.contains(w)) return false;
            any = true;
        }
        return any;
    }
}
