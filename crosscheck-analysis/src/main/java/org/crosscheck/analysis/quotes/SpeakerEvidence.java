package org.crosscheck.analysis.quotes;

import java.util.List;
import org.crosscheck.model.Speaker;

/**
 * What the speaker judge weighed for one quote: the speaker the sieves linked (kept or not), the features, and
 * the probability that speaker is right. {@code crosscheck bench train-speakers} learns from these.
 *
 * @param quote       the id of the quote in {@link SpeakerLinker#QUOTES}
 * @param candidate   the speaker linked before the judge decided
 * @param features    in {@link SpeakerJudge#featureNames()}' order
 * @param probability the judge's probability that the candidate is right
 */
public record SpeakerEvidence(String quote, Speaker candidate, List<Double> features, double probability) {
    public SpeakerEvidence {
        features = List.copyOf(features);
    }
}
