package org.crosscheck.nlp;

/**
 * What kind of thing a common noun names in its first (most frequent) sense: whether "the announcer",
 * "the ministry" or "the memo" can be the one who says something. Implementations are thread-safe.
 */
@FunctionalInterface
public interface NounSenses {
    /** The kinds a speaker can be, and the rest. */
    enum Kind {
        /** a person by role or relation: announcer, widow, ally */
        PERSON,
        /** a group or organisation: ministry, crowd, union */
        GROUP,
        /** a document or message: memo, letter, broadcast */
        DOCUMENT,
        /** anything else the lexicon knows: evidence, goal, water */
        OTHER,
        /** not in the lexicon */
        UNKNOWN
    }

    /** The kind of the noun's first sense; {@code noun} may be plural. */
    Kind kind(String noun);

    /** No lexicon: every noun is {@link Kind#UNKNOWN}. */
    NounSenses NONE = noun -> Kind.UNKNOWN;

    /** True for the kinds that can speak. */
    static boolean canSpeak(Kind k) {
        return k == Kind.PERSON || k == Kind.GROUP || k == Kind.DOCUMENT;
    }
}
