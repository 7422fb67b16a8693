package org.crosscheck.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement made by one or more sources.
 *
 * @param statement          a neutral, attributed wording of the claim
 * @param attributedTo       entity id of who asserts it, null for the reporters' own statement
 * @param independentSources how many independent sources carry it (copies of one story count once)
 */
public record Claim(
        String id, String statement, @Nullable String attributedTo, Modality modality,
        int independentSources, List<ClaimMention> mentions) {
    public Claim {
        mentions = List.copyOf(mentions);
    }

    /** The documents that carry the claim, in mention order, each once. */
    public List<String> docs() {
        return mentions.stream().map(m -> m.span().doc()).distinct().toList();
    }
}
