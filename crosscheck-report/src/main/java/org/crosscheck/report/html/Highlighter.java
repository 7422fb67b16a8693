package org.crosscheck.report.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Writes a stretch of a document's text into a DOM element with some of its spans marked. Marks
 * may nest (an entity inside a quote inside a claim); a mark that crosses the end of the one it
 * starts in is cut there, since HTML elements cannot overlap. Text enters as text nodes only, so
 * nothing from a document can become markup. Written by hand because it is the few lines of
 * interval nesting that no HTML library offers over jsoup's DOM. Stateless.
 */
final class Highlighter {
    /** A span of the text (absolute offsets) to wrap in {@code tag} with these attributes. */
    record Mark(int start, int end, String tag, String cls, @Nullable String title, @Nullable String href, @Nullable String id) {
        Mark clippedTo(int from, int to) {
            return new Mark(Math.max(start, from), Math.min(end, to), tag, cls, title, href, id);
        }
    }

    private Highlighter() {}

    /** Appends {@code text[from, to)} to {@code parent}, marked. Marks listed first enclose equal later ones. */
    static void render(Element parent, String text, int from, int to, List<Mark> marks) {
        List<Mark> inside = new ArrayList<>();
        for (Mark m : marks) {
            if (m.end() > from && m.start() < to) {
                Mark c = m.clippedTo(from, to);
                if (c.end() > c.start()) inside.add(c);
            }
        }
        // outer marks first: by start, then longest; the stable sort keeps the caller's order for ties
        inside.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        Node root = new Node(new Mark(from, to, "", "", null, null, null));
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (Mark m : inside) {
            while (open.peek() != root && open.peek().mark.end() <= m.start()) open.pop();
            Node parentNode = open.peek();
            Mark fitted = m.end() > parentNode.mark.end() ? m.clippedTo(m.start(), parentNode.mark.end()) : m;
            if (fitted.end() <= fitted.start()) continue;
            Node n = new Node(fitted);
            parentNode.children.add(n);
            open.push(n);
        }
        write(parent, text, root);
    }

    private static void write(Element el, String text, Node node) {
        int pos = node.mark.start();
        for (Node child : node.children) {
            if (child.mark.start() > pos) el.appendText(text.substring(pos, child.mark.start()));
            Mark m = child.mark;
            Element c = el.appendElement(m.tag()).addClass(m.cls());
            if (m.title() != null) c.attr("title", m.title());
            if (m.href() != null) c.attr("href", m.href());
            if (m.id() != null) c.id(m.id());
            write(c, text, child);
            pos = m.end();
        }
        if (node.mark.end() > pos) el.appendText(text.substring(pos, node.mark.end()));
    }

    private static final class Node {
        final Mark mark;
        final List<Node> children = new ArrayList<>();

        Node(Mark mark) {
            this.mark = mark;
        }
    }
}
