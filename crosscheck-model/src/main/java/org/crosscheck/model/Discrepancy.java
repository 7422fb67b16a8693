package org.crosscheck.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sources that disagree, with every variant and where each is said.
 *
 * @param claim the claim id the variants belong to, null when the disagreement is not about one claim
 * @param approximate true when the variants differ only as a rounding or an approximation would
 */
public record Discrepancy(
        String id, DiscrepancyType type, @Nullable String claim, String description,
        List<Variant> variants, boolean approximate) {
    public Discrepancy {
        variants = List.copyOf(variants);
    }

    /** One value and every place it is given. */
    public record Variant(String value, List<Span> mentions) {
        public Variant {
            mentions = List.copyOf(mentions);
        }

        public List<String> docs() {
            return mentions.stream().map(Span::doc).distinct().toList();
        }
    }
}
