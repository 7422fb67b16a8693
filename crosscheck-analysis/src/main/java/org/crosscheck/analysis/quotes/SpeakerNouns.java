package org.crosscheck.analysis.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that can head the description of a speaker: people by role, groups, organisations and
 * documents. "The ministry said" has a speaker; "the evidence showed" does not, and a quote framed
 * by it is left without one rather than given to a thing.
 */
final class SpeakerNouns {
    private static final Set<String> NOUNS = QuoteLexicon.words("speaker-nouns.txt");
    /** Endings of nouns for people by what they do or are: spokesman, businesswoman, strategist, historian, volunteer. */
    private static final java.util.List<String> AGENT_ENDINGS = java.util.List.copyOf(QuoteLexicon.words("agent-endings.txt"));

    private SpeakerNouns() {}

    /** True when the list has the noun, or else when {@code senses} says it names a person, a group or a document. */
    static boolean canSpeak(String head, org.crosscheck.nlp.NounSenses senses) {
        return canSpeak(head) || org.crosscheck.nlp.NounSenses.canSpeak(senses.kind(head));
    }

    static boolean canSpeak(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (NOUNS.contains(h)) return true;
        if (h.endsWith("s") && NOUNS.contains(h.substring(0, h.length() - 1))) return true;
        if (h.endsWith("ies") && NOUNS.contains(h.substring(0, h.length() - 3) + "y")) return true;
        if (h.endsWith("men") && NOUNS.contains(h.substring(0, h.length() - 3) + "man")) return true;
        String singular = h.endsWith("men") ? h.substring(0, h.length() - 3) + "man" : h.endsWith("s") ? h.substring(0, h.length() - 1) : h;
        // the ending must follow a stem of its own ("businessman", not "man" or "ian")
        return AGENT_ENDINGS.stream().anyMatch(e -> singular.endsWith(e) && singular.length() >= e.length() + 4);
    }
}
