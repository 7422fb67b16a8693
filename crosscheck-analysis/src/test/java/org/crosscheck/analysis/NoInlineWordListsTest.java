package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Language lives in data: the English word lists of this module are resource files read into each package's
 * lexicon, so a language pack is files, not code. This test reads the module's main sources and names every
 * file and line that still spells a word list inline: a {@code Set.of(}, {@code List.of(} or {@code case} with
 * three or more string literals of letters, or a string literal that alternates three or more words as a regex
 * ({@code "(?:published|posted|updated)"}).
 */
class NoInlineWordListsTest {
    /** The module's main sources; surefire runs with the module directory as working directory. */
    private static final Path MAIN = Path.of("src", "main", "java");

    /** Files whose lists are not yet moved: none. */
    private static final List<String> EXCLUDED = List.of();

    private static final Pattern COLLECTION = Pattern.compile("\\b(?:Set|List)\\.of\\(|\\bcase\\s+\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CASE_LABEL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*,?\\s*");
    /** A string literal of words: letters, with spaces, apostrophes, dots, hyphens or '&' inside. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L} '’.&-]*");
    /** Three or more words in a row separated by '|', as a regex alternation spells them. */
    private static final Pattern ALTERNATION = Pattern.compile(
            "(?<![\\p{L}\\\\])\\p{L}[\\p{L}' ]*(?:\\|\\p{L}[\\p{L}' ]*){2,}(?![\\p{L}])");

    @Test
    void noMainSourceSpellsAnEnglishWordListInline() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = MAIN.relativize(f).toString().replace('\\', '/');
                if (EXCLUDED.stream().anyMatch(rel::startsWith)) continue;
                found.addAll(inlineLists(rel, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).as("English word lists belong in resource files read by the package's lexicon").isEmpty();
    }

    @Test
    void theCheckFindsAnInlineSetAListACaseAndAnAlternation() {
        String source = """
                class Invented {
                    // a comment may say Set.of("one", "two", "three") and (?:red|green|blue) freely
                    static final Set<String> A = Set.of("harbour", "quay",
                            "pier");
                    static final List<String> B = List.of("north", "south", "east");
                    static final Set<String> C = Set.of(";", ":", "--", "x");
                    static final Set<String> F = Set.copyOf(List.of(words("north.txt"), words("south.txt"), words("east.txt")));
                    static final Pattern D = Pattern.compile("\\\\b(?:docked|moored|anchored)\\\\b");
                    static final Pattern E = Pattern.compile("\\\\d+(?:st|nd|rd|th)");
                    int f(String w) { return switch (w) { case "ebb", "flood", "slack" -> 1; default -> 0; }; }
                }
                """;
        assertThat(inlineLists("Invented.java", source)).containsExactly(
                "Invented.java:3: Set.of( with 3 word literals",
                "Invented.java:5: List.of( with 3 word literals",
                "Invented.java:10: case with 3 word literals",
                "Invented.java:8: regex alternation \"docked|moored|anchored\"");
    }

    /** Every inline word list of one source file, as "file:line: what". */
    static List<String> inlineLists(String file, String source) {
        String code = withoutComments(source);
        List<String> out = new ArrayList<>();
        Matcher c = COLLECTION.matcher(code);
        while (c.find()) {
            boolean isCase = c.group().startsWith("case");
            int words = 0;
            if (isCase) {
                // the labels of one case: literals separated by commas
                Matcher l = CASE_LABEL.matcher(code).region(c.end() - 1, code.length());
                while (l.lookingAt()) {
                    if (WORDS.matcher(l.group(1)).matches()) words++;
                    l.region(l.end(), code.length());
                }
            } else {
                for (String literal : arguments(code, c.end() - 1)) if (WORDS.matcher(literal).matches()) words++;
            }
            if (words >= 3) {
                out.add(file + ":" + line(code, c.start()) + ": " + (isCase ? "case" : c.group()) + " with " + words + " word literals");
            }
        }
        Matcher l = LITERAL.matcher(code);
        while (l.find()) {
            Matcher a = ALTERNATION.matcher(l.group(1));
            while (a.find()) {
                // two-letter pieces ("st|nd|rd|th") are suffixes, not words
                if (Stream.of(a.group().split("\\|")).noneMatch(w -> w.strip().length() > 2)) continue;
                out.add(file + ":" + line(code, l.start()) + ": regex alternation \"" + a.group() + "\"");
            }
        }
        return out;
    }

    /** The source with comments blanked out (line breaks kept, so lines still count) and string literals kept. */
    private static String withoutComments(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                b.append(s, i, end);
                i = end;
            } else if (ch == '"' || ch == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != ch && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j + 1, s.length());
                b.append(s, i, j);
                i = j;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    b.append(' ');
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (int k = i; k < end; k++) b.append(s.charAt(k) == '\n' ? '\n' : ' ');
                i = end;
            } else {
                b.append(ch);
                i++;
            }
        }
        return b.toString();
    }

    /**
     * The string literals passed straight to the call whose parenthesis opens at {@code open}; those of calls
     * nested inside it ({@code List.of(words("titles.txt"))}) are that call's business.
     */
    private static List<String> arguments(String code, int open) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '"') {
                Matcher l = LITERAL.matcher(code).region(i, code.length());
                if (!l.lookingAt()) break;
                if (depth == 1) out.add(l.group(1));
                i = l.end() - 1;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                break;
            }
        }
        return out;
    }

    private static int line(String code, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) if (code.charAt(i) == '\n') n++;
        return n;
    }
}
