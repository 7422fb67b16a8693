package org.crosscheck.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person, organisation, place or work, under all the names the sources use.
 *
 * @param id       stable within one report: e1, e2, ...
 * @param name     the fullest name found
 * @param aliases  every other surface form, distinct, most frequent first
 * @param mentions every place it is named or referred to
 */
public record Entity(
        String id, String name, EntityType type, Gender gender, @Nullable String role,
        List<String> aliases, List<Span> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
