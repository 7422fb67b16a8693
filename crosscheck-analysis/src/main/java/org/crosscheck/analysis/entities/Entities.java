package org.crosscheck.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Span;

/** The corpus's entities and a lookup from each mention to its entity. Immutable. */
public record Entities(List<Entity> all, Map<Span, String> byMention) {
    public Entities {
        all = List.copyOf(all);
        byMention = Map.copyOf(byMention);
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
        String want = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "").strip();
        if (want.isEmpty()) return Optional.empty();
        for (Entity e : all) { // all is sorted by mentions, most first
            if (!types.isEmpty() && !types.contains(e.type())) continue;
            if (matches(e.name(), want) || e.role() != null && containsWords(e.role(), want)) return Optional.of(e);
            for (String a : e.aliases()) if (matches(a, want)) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static boolean matches(String name, String want) {
        String n = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        return n.equals(want) || n.endsWith(" " + want);
    }

    private static boolean containsWords(String text, String want) {
        String n = " " + text.toLowerCase(Locale.ROOT) + " ";
        return n.contains(" " + want + " ");
    }
}
