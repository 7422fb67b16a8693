package org.crosscheck.analysis.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;

/**
 * Definite descriptions of one document ("the commission", "the chair", "the special counsel") read
 * against the entities the document named before them: a description refers to the entity one of
 * whose names or stated roles in this document ("Federal Harbour Commission"; "Lena Vik, the
 * board's chair"; "Special Counsel Omar Haddad") has the description's head noun as its own head,
 * and whose words hold the description's other words that tell entities apart. When two different
 * entities fit, the description refers to neither: no speaker is better than a wrong one. The words
 * compared are the document's own, so no word list decides which nouns can refer. Immutable; one per
 * document.
 */
final class NominalCoreference {
    /** What a description refers to. */
    sealed interface Referent permits One, Several, NoneNamed {}

    /** The one entity that fits. */
    record One(Entity entity) implements Referent {}

    /** Two or more entities fit: the description is left unresolved. */
    record Several(List<String> ids) implements Referent {
        Several {
            ids = List.copyOf(ids);
        }
    }

    /** No entity named before it fits, or the phrase is not a definite singular description. */
    record NoneNamed() implements Referent {}

    private static final Referent NONE = new NoneNamed();

    /** A description bound to the person it is set off before. */
    record Bound(Span description, Entity entity) {}

    /** One way the document names an entity before a description: where, and the words it uses. */
    private record Naming(Entity entity, int start, String head, Set<String> words) {}

    /** Prepositions that end the head of a name ("Ministry of Justice", "Commissioner for Human Rights"). */
    private static final Set<String> POST_HEAD = Lexicon.POST_HEAD_PREPOSITIONS;

    private final List<Naming> namings;
    private final Set<String> heads;

    private NominalCoreference(List<Naming> namings) {
        this.namings = List.copyOf(namings);
        Set<String> h = new HashSet<>();
        for (Naming n : namings) h.add(n.head());
        this.heads = Set.copyOf(h);
    }

    /** The namings of the entities in document {@code doc}: each mention (name or role) with its head and words. */
    static NominalCoreference of(String doc, List<Entity> entities) {
        List<Naming> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (!m.doc().equals(doc)) continue;
                List<String> w = words(m.text());
                String head = head(w);
                if (head.isEmpty()) continue;
                Set<String> all = new HashSet<>(w);
                all.addAll(words(e.name()));
                out.add(new Naming(e, m.start(), head, all));
            }
        }
        return new NominalCoreference(out);
    }

    /** Whether some entity of the document is named with this head noun (lower case). */
    boolean namesHead(String head) {
        return heads.contains(head);
    }

    /**
     * What the description at {@code description} refers to. Only "the" descriptions are read: an
     * indefinite one ("a report", "a spokesman") introduces someone new.
     */
    Referent resolve(Span description) {
        List<String> w = words(description.text());
        if (w.size() < 2 || !w.get(0).equals("the")) return NONE;
        List<String> body = w.subList(1, w.size());
        String head = head(body);
        if (head.isEmpty() || plural(head)) return NONE;
        int headAt = headIndex(body);
        List<String> modifiers = new ArrayList<>();
        for (String m : body.subList(0, headAt)) if (telling(m)) modifiers.add(m);
        // "the president of Harbourland": what the title is of tells its holders apart as a modifier does
        for (String m : body.subList(headAt + 1, body.size())) if (telling(m) && !POST_HEAD.contains(m)) modifiers.add(m);
        Set<Entity> fits = new LinkedHashSet<>();
        for (Naming n : namings) {
            if (n.start() < description.start() && n.head().equals(head)) fits.add(n.entity());
        }
        if (fits.isEmpty()) return NONE;
        List<String> original = originalWords(description.text());
        for (String m : modifiers) {
            boolean proper = original.stream().anyMatch(o -> o.equalsIgnoreCase(m) && Character.isUpperCase(o.charAt(0)));
            Set<Entity> having = new LinkedHashSet<>();
            for (Entity e : fits) if (wordsBefore(e, description.start()).contains(m)) having.add(e);
            // a capitalised modifier ("the Russian ambassador") must be the entity's; a lower-case one
            // ("the outgoing chief") only tells apart the entities that have it from those that do not
            if (proper || !having.isEmpty()) fits = having;
            if (fits.isEmpty()) return NONE;
        }
        if (fits.size() == 1) return new One(fits.iterator().next());
        return new Several(fits.stream().map(Entity::id).toList());
    }

    /**
     * The definite descriptions of a sentence whose head noun heads one of the document's namings: "the"
     * and modifiers before a common noun that ends the phrase ("the special counsel", "the 46-page
     * report"). The head must be a noun in lower case; a capitalised run is a name, read elsewhere.
     */
    List<Span> descriptions(org.crosscheck.model.SourceDocument src, Sentence s) {
        List<Span> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).text().equalsIgnoreCase("the")) continue;
            int j = phraseEnd(t, i + 1);
            int last = j - 1;
            if (last <= i || last - i > 6) continue;
            Token h = t.get(last);
            if (!h.is(Upos.NOUN) || h.capitalized() || !namesHead(h.text().toLowerCase(Locale.ROOT))) continue;
            int end = h.end();
            // "the White House chief of staff": what the title is of belongs to it
            if (j + 1 < t.size() && t.get(j).text().equalsIgnoreCase("of")) {
                int k = j + 1;
                if (k < t.size() && t.get(k).text().equalsIgnoreCase("the")) k++;
                int ofEnd = phraseEnd(t, k);
                if (ofEnd > k && ofEnd - k <= 4 && (t.get(ofEnd - 1).is(Upos.NOUN) || t.get(ofEnd - 1).is(Upos.PROPN))) {
                    end = t.get(ofEnd - 1).end();
                }
            }
            out.add(src.span(t.get(i).start(), end));
        }
        return out;
    }

    /** Where a run of modifiers and nouns starting at {@code from} ends: "board's chair", "46-page report". */
    private static int phraseEnd(List<Token> t, int from) {
        int j = from;
        while (j < t.size() && (t.get(j).is(Upos.ADJ) || t.get(j).is(Upos.NOUN) || t.get(j).is(Upos.PROPN) || t.get(j).is(Upos.NUM)
                || t.get(j).text().matches("\\d[\\d,.]*-\\p{L}+") || j > from && t.get(j).text().matches("['’]s"))) {
            j++;
        }
        return j;
    }

    /**
     * Descriptions set off before a person's name ("the deputy attorney general, Ana Duarte, said"): the
     * description is that person's role, and refers to them. The name must end its own phrase (a comma, a
     * stop or a bracket after it), so a list ("the chair, Lena Vik and Tomas Ekdahl") binds no one.
     */
    List<Bound> appositions(org.crosscheck.model.SourceDocument src, Sentence s) {
        List<Bound> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String det = t.get(i).text().toLowerCase(Locale.ROOT);
            if (!Lexicon.ARTICLE_WORDS.contains(det)) continue;
            // "Hours before the release, China's ambassador, Zhang Jun, said": a phrase that only sets the time or place
            // (a preposition not governed by a verb) is not set off before the name; "wrote to the deputy ..." is
            if (i > 0 && t.get(i - 1).is(Upos.ADP) && (i < 2 || !t.get(i - 2).is(Upos.VERB))) continue;
            int j = phraseEnd(t, i + 1);
            if (j <= i + 1 || j - i > 7 || j + 1 >= t.size() || !t.get(j).text().equals(",")) continue;
            Token h = t.get(j - 1);
            if (!h.is(Upos.NOUN) || h.capitalized() || plural(h.text().toLowerCase(Locale.ROOT))) continue;
            int nameStart = t.get(j + 1).start();
            for (Naming n : namings) {
                if (n.start() != nameStart || n.entity().type() != org.crosscheck.model.EntityType.PERSON) continue;
                int nameEnd = nameStart;
                boolean name = true;
                for (Span m : n.entity().mentions()) {
                    if (!m.doc().equals(src.id()) || m.start() != nameStart) continue;
                    nameEnd = Math.max(nameEnd, m.end());
                    // a role written there ("China's UN ambassador, Zhang Jun") is not the name itself
                    for (String w : m.text().split("\\s+")) name &= !w.isEmpty() && !Character.isLowerCase(w.charAt(0));
                }
                if (!name) break;
                String after = src.text().substring(nameEnd, Math.min(src.text().length(), nameEnd + 1));
                if (after.isEmpty() || ",.;:)".contains(after)) out.add(new Bound(src.span(t.get(i).start(), h.end()), n.entity()));
                break;
            }
        }
        return out;
    }

    private Set<String> wordsBefore(Entity e, int at) {
        Set<String> out = new HashSet<>();
        for (Naming n : namings) if (n.entity() == e && n.start() < at) out.addAll(n.words());
        return out;
    }

    /** Lower-case words of a text, dots of acronyms and possessive endings dropped: "the U.N.'s chief" -> the, un, chief. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String o : originalWords(text)) out.add(o.toLowerCase(Locale.ROOT));
        return out;
    }

    private static List<String> originalWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.replace('’', '\'').split("[\\s\u00a0]+")) {
            String x = w.replaceAll("'s$", "").replace(".", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!x.isEmpty()) out.add(x);
        }
        return out;
    }

    /** The head of a name or description: its last word before a preposition that goes on to name something. */
    private static String head(List<String> w) {
        int i = headIndex(w);
        return i < 0 ? "" : w.get(i);
    }

    private static int headIndex(List<String> w) {
        for (int i = 1; i < w.size(); i++) if (POST_HEAD.contains(w.get(i))) return i - 1;
        return w.size() - 1;
    }

    /** Modifiers that can tell entities apart: not a number ("46-page", "three") nor an article. */
    private static boolean telling(String m) {
        return !m.equals("the") && !Character.isDigit(m.charAt(0));
    }

    /** A plural head names several: "the chairmen", "the officials". */
    private static boolean plural(String head) {
        return head.endsWith("men") || head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is")
                && head.length() > 3;
    }
}
