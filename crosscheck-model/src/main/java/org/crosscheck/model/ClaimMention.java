package org.crosscheck.model;

import org.jspecify.annotations.Nullable;

/** One place a claim is made, with the value it gives when the claim has a variable slot. */
public record ClaimMention(Span span, @Nullable String value, Modality modality) {}
