package org.crosscheck.model;

/** Two documents that are not independent of each other. {@code a} sorts before {@code b}. */
public record Relation(String a, String b, RelationKind kind, double similarity) {
    public Relation {
        if (a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
    }

    /** Whether the relation makes the two documents one source for corroboration. */
    public boolean sharesOrigin() {
        return kind == RelationKind.SYNDICATED || kind == RelationKind.SAME_WIRE;
    }
}
