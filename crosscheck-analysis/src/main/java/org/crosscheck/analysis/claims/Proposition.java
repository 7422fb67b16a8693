package org.crosscheck.analysis.claims;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * What one statement says, read from its words rather than a parse: the predicate with its polarity
 * and modality, who or what it is about, the values it gives, and who asserts it. Two statements
 * can be one claim only when these agree; how alike their words are only ranks the candidates.
 *
 * @param span       the statement's words (a sentence, a clause, or the words someone is reported to say)
 * @param predicate  the main verb (or the noun or adjective of a verbless statement), null when none is found
 * @param subject    who or what the predicate is about: the noun phrase before it
 * @param object     the noun phrase after the predicate
 * @param negated    the statement says the predicate does not hold ("did not", "denied that")
 * @param modality   how firmly it is put: asserted, hedged ("may", "reportedly") or denied
 * @param content    the lemmas of its content words (names in lower case), in order, with repeats
 * @param names      the proper nouns in it, lower case
 * @param entities   the ids of the entities it names
 * @param quantities the numbers it gives with what they count
 * @param dates      the dates it gives, resolved ("2018-04-19", "2018-04")
 * @param asserter   the entity id of who asserts it when the text says (a quote's speaker, "X said"), else null
 * @param framed     true when the statement was read out of a frame of saying ("X said that ...")
 * @param predications every verb of the statement with its own subject, object and polarity, the main one first:
 *                   a sentence can state several things, and another source may report any one of them
 */
record Proposition(Span span, @Nullable Predicate predicate, Argument subject, Argument object, boolean negated, Modality modality,
        List<String> content, Set<String> names, Set<String> entities, List<Quantity> quantities, Set<String> dates,
        @Nullable String asserter, boolean framed, List<Predication> predications) {
    Proposition {
        predications = List.copyOf(predications);
        content = List.copyOf(content);
        names = Set.copyOf(names);
        entities = Set.copyOf(entities);
        quantities = List.copyOf(quantities);
        dates = Set.copyOf(dates);
    }

    /** One verb of the statement with what it says of whom: "the committee / release / the memos", negated or not. */
    record Predication(Predicate predicate, Argument subject, Argument object, boolean negated) {}

    /**
     * A predicate: its lemma and part of speech (a verb, or a noun or adjective when the statement
     * has no verb of its own: "the report is 46 pages long").
     */
    record Predicate(String lemma, Upos pos) {}

    /**
     * A noun phrase the predicate is about.
     *
     * @param head   the lemma of its head noun (a name in lower case), null when there is none
     * @param text   its words as written, null when there is none
     * @param entity the entity its head names, null when none is known
     */
    record Argument(@Nullable String head, @Nullable String text, @Nullable String entity, Kind kind) {
        static final Argument NONE = new Argument(null, null, null, Kind.NONE);

        /** What the head is. */
        enum Kind {
            NONE, PRONOUN, COMMON, PROPER
        }

        boolean present() {
            return kind != Kind.NONE;
        }
    }

    @Override
    public String toString() {
        return (negated ? "NOT " : "") + (modality == Modality.HEDGED ? "MAYBE " : "") + (subject.text() == null ? "_" : subject.text())
                + " / " + (predicate == null ? "_" : predicate.lemma()) + " / " + (object.text() == null ? "_" : object.text())
                + (asserter == null ? "" : " (by " + asserter + ")");
    }
}
