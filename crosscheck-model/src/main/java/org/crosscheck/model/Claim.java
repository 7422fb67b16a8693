package org.crosscheck.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One statement made by one or more sources.
 *
 * @param statement          a readable wording of the claim: the whole sentence of its most representative mention
 * @param attributedTo       entity id of who asserts it, null for the reporters' own statement
 * @param independentSources how many independent sources carry it (copies of one story count once)
 * @param support            how many independent sources put it each way (asserted, hedged); a source that
 *                           puts it two ways counts under each
 */
public record Claim(
        String id, String statement, @Nullable String attributedTo, Modality modality,
        int independentSources, List<ClaimMention> mentions, Map<Modality, Integer> support) {
    public Claim {
        mentions = List.copyOf(mentions);
        support = support.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(support));
    }

    /** A claim whose sources all put it as {@code modality}. */
    public Claim(String id, String statement, @Nullable String attributedTo, Modality modality, int independentSources,
            List<ClaimMention> mentions) {
        this(id, statement, attributedTo, modality, independentSources, mentions, Map.of(modality, independentSources));
    }

    /** The documents that carry the claim, in mention order, each once. */
    public List<String> docs() {
        return mentions.stream().map(m -> m.span().doc()).distinct().toList();
    }

    /** The same claim under another id. */
    public Claim withId(String newId) {
        return new Claim(newId, statement, attributedTo, modality, independentSources, mentions, support);
    }

    /** How many independent sources put it as {@code m}. */
    public int sources(Modality m) {
        return support.getOrDefault(m, 0);
    }
}
