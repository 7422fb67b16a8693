package org.crosscheck.analysis;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;

/**
 * Test kit: the contract every stage keeps, whatever it finds. Walks any value a stage provides (records, lists,
 * maps, optionals, plain objects of this project) and collects what breaks the contract: a {@link Span} whose
 * document is unknown, that lies outside its document's text or whose text is not the characters it covers; and a
 * list of spanned items (spans, or records holding a span) of one document that is not in text order.
 *
 * <p>Written by hand because no library checks a project's own offsets; reflection keeps it from having to
 * know each stage's output types, so a new stage is covered as soon as it is in the pipeline.
 */
public final class StageContract {
    private final Map<String, String> texts;
    private final Set<String> ranked;
    private final List<String> problems = new ArrayList<>();
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private int spans;
    private String doc;

    /**
     * @param texts     each document's id and full text
     * @param ranked names of record components whose lists are ranked rather than in text order (named in the
     *               test, with why)
     */
    public StageContract(Map<String, String> texts, Set<String> ranked) {
        this.texts = Map.copyOf(texts);
        this.ranked = Set.copyOf(ranked);
    }

    /** The contract's breaches found in {@code value}, each naming where it was found. */
    public List<String> check(String where, Object value) {
        return check(where, null, value);
    }

    /**
     * As {@link #check(String, Object)}, for a value of one document, {@code doc}: its tagged sentences and tokens,
     * which carry bare offsets rather than spans, are checked against that document's text too.
     */
    public List<String> check(String where, String doc, Object value) {
        problems.clear();
        seen.clear();
        this.doc = doc;
        walk(where, value);
        return List.copyOf(problems);
    }

    private void walk(String path, Object v) {
        if (v == null || v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?> || v.getClass().isPrimitive()) {
            return;
        }
        if (v.getClass().isArray()) {
            if (v.getClass().getComponentType().isPrimitive()) return;
            if (seen.put(v, Boolean.TRUE) != null) return;
            for (int i = 0; i < Array.getLength(v); i++) walk(path + "[" + i + "]", Array.get(v, i));
            return;
        }
        if (seen.put(v, Boolean.TRUE) != null) return;
        if (v instanceof Span s) {
            span(path, s);
            return;
        }
        if (doc != null && v instanceof Sentence s) {
            sentence(path, s);
            return;
        }
        if (v instanceof Optional<?> o) {
            o.ifPresent(x -> walk(path, x));
        } else if (v instanceof List<?> list) {
            if (!ranked.contains(path.substring(path.lastIndexOf('.') + 1))) ordered(path, list);
            for (int i = 0; i < list.size(); i++) walk(path + "[" + i + "]", list.get(i));
        } else if (v instanceof Collection<?> c) {
            int i = 0;
            for (Object x : c) walk(path + "{" + i++ + "}", x);
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(path + "{key " + e.getKey() + "}", e.getKey());
                walk(path + "{" + e.getKey() + "}", e.getValue());
            }
        } else if (v instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) walk(path + "." + c.getName(), component(r, c));
        } else if (v.getClass().getName().startsWith("org.crosscheck.")) {
            for (Class<?> k = v.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) continue;
                    walk(path + "." + f.getName(), field(v, f));
                }
            }
        }
    }

    /** How many spans the checks so far have read: a check that read none proved nothing. */
    public int spansRead() {
        return spans;
    }

    private void span(String path, Span s) {
        spans++;
        String text = texts.get(s.doc());
        if (text == null) {
            problems.add(path + ": span of unknown document '" + s.doc() + "'");
        } else if (s.end() > text.length()) {
            problems.add(path + ": span [" + s.start() + ", " + s.end() + ") beyond the " + text.length() + " characters of " + s.doc());
        } else if (!text.substring(s.start(), s.end()).equals(s.text())) {
            problems.add(path + ": span text '" + s.text() + "' is not " + s.doc() + "'s characters at [" + s.start() + ", " + s.end() + ")");
        }
    }

    /** A sentence lies in the text, its tokens inside it, in order, each the characters it covers. */
    private void sentence(String path, Sentence s) {
        String text = texts.get(doc);
        spans++;
        if (text == null || s.start() < 0 || s.end() > text.length() || s.end() < s.start()) {
            problems.add(path + ": sentence [" + s.start() + ", " + s.end() + ") outside the text of " + doc);
            return;
        }
        int previous = s.start();
        for (Token t : s.tokens()) {
            if (t.start() < previous || t.end() > s.end() || t.end() < t.start()) {
                problems.add(path + ": token '" + t.text() + "' [" + t.start() + ", " + t.end() + ") out of order or outside its sentence");
                return;
            }
            if (!text.substring(t.start(), t.end()).equals(t.text())) {
                problems.add(path + ": token '" + t.text() + "' is not " + doc + "'s characters at [" + t.start() + ", " + t.end() + ")");
                return;
            }
            previous = t.end();
        }
    }

    /** A list of spanned items of one document reads in text order (non-decreasing start). */
    private void ordered(String path, List<?> list) {
        if (!list.isEmpty() && list.get(0) instanceof Sentence) {
            for (int i = 1; i < list.size(); i++) {
                if (((Sentence) list.get(i)).start() < ((Sentence) list.get(i - 1)).end()) {
                    problems.add(path + "[" + i + "]: sentence starts before the one above it ends");
                    return;
                }
            }
            return;
        }
        Span previous = null;
        for (int i = 0; i < list.size(); i++) {
            Object x = list.get(i);
            if (x == null) return;
            Span s = spanOf(x);
            if (s == null) return;
            if (previous != null && previous.doc().equals(s.doc()) && s.start() < previous.start()) {
                problems.add(path + "[" + i + "]: starts at " + s.start() + " before the item above it (" + previous.start()
                        + ") in " + s.doc());
                return;
            }
            previous = s;
        }
    }

    /** The item's own span: itself, or a record's first component of type Span. */
    private static Span spanOf(Object x) {
        if (x instanceof Span s) return s;
        if (x instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == Span.class) return (Span) component(r, c);
            }
        }
        return null;
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            var m = c.getAccessor();
            m.setAccessible(true);
            return m.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static Object field(Object o, Field f) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
