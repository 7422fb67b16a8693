package org.crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * Scores quote and attribution extraction against PolNeAR (brat standoff: Source, Cue, Content and
 * the Attribution events tying them), the fair way shared/corpora/polnear/README.md describes:
 * a system statement matches an annotated Content when their tokens overlap by half of the shorter,
 * counting only tokens at the same place in the text (a fragment repeated in a headline does not match
 * the quote in the body);
 * its source is right when the speaker's words overlap the annotated Source span or name the same
 * person (surname). Figures are given for direct quotes (content inside quotation marks) and for all
 * attributions. Where several annotators annotated one article, the first file in name order is used.
 */
public final class AttributionBenchmark {
    /** Finds the quotes in one document's text. */
    @FunctionalInterface
    public interface QuoteExtractor {
        List<Quote> quotes(String id, String text);
    }

    record Gold(String doc, String content, List<int[]> contentRanges, @Nullable String source, List<int[]> sourceRanges,
            @Nullable String cue, boolean direct) {}

    /**
     * Figures of one set: content precision, recall and F1, and source accuracy over matched contents that have a
     * source; {@code sourceErrors} lists each matched content whose source the system got wrong, as tab-separated
     * document, content, annotated source, and the system's speaker and mention; {@code sieves} splits the source
     * figures by the rule that found the speaker ({@link Quote#sieve()}), most used first, "none" last.
     */
    public record Figures(double precision, double recall, double f1, double sourceAccuracy, int gold, int system,
            List<String> sourceErrors, List<String> missed, List<SieveFigures> sieves) {
        public Figures {
            sourceErrors = List.copyOf(sourceErrors);
            missed = List.copyOf(missed);
            sieves = List.copyOf(sieves);
        }
    }

    /** The rule named when a matched statement's speaker was found by none ({@link Quote#sieve()} null). */
    public static final String NO_SIEVE = "none";

    /**
     * One rule's share of the matched contents that have an annotated source: how many of them its statements
     * match ({@code attributed}), how many of those it gave the right source, and {@code attributed} over all
     * such contents ({@code share}; the shares of a set add up to 1).
     */
    public record SieveFigures(String sieve, int attributed, int right, double share) {
        /** The fraction of its contents this rule gave the right source. */
        public double precision() {
            return attributed == 0 ? 0 : (double) right / attributed;
        }
    }

    /** Both sets of figures, and the throughput of the extractor. */
    public record Result(Figures direct, Figures all, int documents, long words, double seconds) {
        public double wordsPerSecond() {
            return words / seconds;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String QUOTES = "\"“”‘’'";

    private AttributionBenchmark() {}

    /** Scores the extractor on {@code split/text/*.txt} against {@code split/attributions/*.ann}. */
    public static Result run(Path split, QuoteExtractor extractor, int limit) throws IOException {
        List<Path> texts = texts(split, limit);
        List<Gold> gold = new ArrayList<>();
        Map<String, List<Quote>> system = new HashMap<>();
        Map<String, String> textOf = new HashMap<>();
        long words = 0;
        long nanos = 0;
        for (Path t : texts) {
            String id = t.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(t, StandardCharsets.UTF_8);
            words += TOKEN.matcher(text).results().count();
            long start = System.nanoTime();
            system.put(id, extractor.quotes(id, text));
            nanos += System.nanoTime() - start;
            textOf.put(id, text);
            gold.addAll(gold(split, id, text));
        }
        Figures direct = score(gold.stream().filter(Gold::direct).toList(), gold, system, textOf, true);
        Figures all = score(gold, gold, system, textOf, false);
        return new Result(direct, all, texts.size(), words, nanos / 1e9);
    }

    /** The split's articles, in name order, at most {@code limit}. */
    static List<Path> texts(Path split, int limit) throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
        }
        if (texts.isEmpty()) throw new IOException("no text/*.txt under " + split + ": give a PolNeAR split folder such as polnear/dev");
        return texts;
    }

    /** The annotated attributions of one article of the split (none when it has no annotation file). */
    static List<Gold> gold(Path split, String id, String text) throws IOException {
        Path ann = annotation(split.resolve("attributions"), id);
        return ann == null ? List.of() : parse(id, text, Files.readAllLines(ann, StandardCharsets.UTF_8));
    }

    private static @Nullable Path annotation(Path dir, String id) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(id + "_") || p.getFileName().toString().equals(id + ".ann"))
                    .sorted().findFirst().orElse(null);
        }
    }

    static List<Gold> parse(String doc, String text, List<String> lines) {
        Map<String, List<int[]>> ranges = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            if (f[0].startsWith("T")) {
                String[] head = f[1].split(" ", 2);
                kinds.put(f[0], head[0]);
                List<int[]> rs = new ArrayList<>();
                for (String r : head[1].split(";")) {
                    String[] se = r.trim().split(" ");
                    rs.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                ranges.put(f[0], rs);
            } else if (f[0].startsWith("E")) {
                events.add(f[1]);
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String e : events) {
            String content = null;
            String source = null;
            String cue = null;
            for (String part : e.split(" ")) {
                String[] kv = part.split(":");
                if (kv.length != 2) continue;
                if (kv[0].equals("Content")) content = kv[1];
                if (kv[0].equals("Source")) source = kv[1];
                if (kv[0].equals("Cue")) cue = kv[1];
            }
            if (content == null || !ranges.containsKey(content)) continue;
            List<int[]> cr = ranges.get(content);
            String ct = join(text, cr);
            List<int[]> sr = source == null || !ranges.containsKey(source) ? List.of() : ranges.get(source);
            String cueText = cue == null || !ranges.containsKey(cue) ? null : join(text, ranges.get(cue));
            out.add(new Gold(doc, ct, cr, sr.isEmpty() ? null : join(text, sr), sr, cueText, direct(text, cr)));
        }
        return out;
    }

    private static String join(String text, List<int[]> rs) {
        StringBuilder sb = new StringBuilder();
        for (int[] r : rs) sb.append(text, Math.max(0, r[0]), Math.min(text.length(), r[1])).append(' ');
        return sb.toString().strip();
    }

    /** Content inside quotation marks: a mark at (or just outside) both of its ends. */
    static boolean direct(String text, List<int[]> rs) {
        int s = rs.get(0)[0];
        int e = rs.get(rs.size() - 1)[1];
        return quoteNear(text, s, true) && quoteNear(text, e, false);
    }

    private static boolean quoteNear(String text, int at, boolean start) {
        for (int k = 0; k <= 2; k++) {
            int i = start ? at - 1 + k : at - 1 - k + 1;
            int j = start ? at - k : at + k - 1;
            for (int x : new int[] {i, j}) {
                if (x >= 0 && x < text.length() && QUOTES.indexOf(text.charAt(x)) >= 0) return true;
            }
        }
        return false;
    }

    /**
     * Recall over {@code gold}; precision of the system's statements against {@code anyGold}, every
     * annotated content: a quoted fragment inside an annotated paraphrase is a right answer even
     * though that content is not itself a direct quote.
     */
    static Figures score(List<Gold> gold, List<Gold> anyGold, Map<String, List<Quote>> system, Map<String, String> textOf,
            boolean directOnly) {
        List<Quote> sys = new ArrayList<>();
        system.values().forEach(l -> l.stream().filter(q -> q.kind() != QuoteKind.TERM)
                .filter(q -> !directOnly || q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.PARTIAL).forEach(sys::add));
        int recalled = 0;
        int withSource = 0;
        int sourceRight = 0;
        List<String> errors = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Map<String, int[]> bySieve = new HashMap<>();
        for (Gold g : gold) {
            Quote best = best(g, system.getOrDefault(g.doc(), List.of()), textOf.get(g.doc()), directOnly);
            if (best == null) {
                missed.add(String.join("\t", g.doc(), String.valueOf(g.cue()), clip(String.valueOf(g.source())), clip(g.content())));
                continue;
            }
            recalled++;
            if (g.source() == null) continue;
            withSource++;
            boolean right = rightSource(best, g);
            int[] tally = bySieve.computeIfAbsent(best.sieve() == null ? NO_SIEVE : best.sieve(), k -> new int[2]);
            tally[0]++;
            if (right) tally[1]++;
            if (right) {
                sourceRight++;
            } else {
                var m = best.speaker().mention();
                errors.add(String.join("\t", g.doc(), clip(g.content()), clip(g.source()), String.valueOf(best.speaker().name()),
                        m == null ? "" : clip(m.text()), String.valueOf(best.sieve())));
            }
        }
        int precise = 0;
        for (Quote q : sys) {
            String doc = q.span().doc();
            if (anyGold.stream().anyMatch(g -> g.doc().equals(doc) && overlap(textOf.get(doc), q, g) >= 0.5)) precise++;
        }
        double p = sys.isEmpty() ? 0 : (double) precise / sys.size();
        double r = gold.isEmpty() ? 0 : (double) recalled / gold.size();
        return new Figures(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), withSource == 0 ? 0 : (double) sourceRight / withSource,
                gold.size(), sys.size(), errors, missed, sieves(bySieve, withSource));
    }

    private static List<SieveFigures> sieves(Map<String, int[]> tallies, int withSource) {
        List<SieveFigures> out = new ArrayList<>();
        tallies.forEach((name, t) -> out.add(new SieveFigures(name, t[0], t[1], (double) t[0] / withSource)));
        out.sort(java.util.Comparator.comparing((SieveFigures f) -> f.sieve().equals(NO_SIEVE))
                .thenComparing(SieveFigures::attributed, java.util.Comparator.reverseOrder()).thenComparing(SieveFigures::sieve));
        return out;
    }

    /** The system statement that matches annotated content {@code g}: the one overlapping it most, by half or more. */
    static @Nullable Quote best(Gold g, List<Quote> quotes, String text, boolean directOnly) {
        Quote best = null;
        double bestScore = 0;
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.TERM || directOnly && q.kind() == QuoteKind.INDIRECT) continue;
            double sc = overlap(text, q, g);
            if (sc >= 0.5 && sc > bestScore) {
                best = q;
                bestScore = sc;
            }
        }
        return best;
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 117) + "..." : one;
    }

    /** Whether the system's speaker is the annotated source: the words overlap, or the surname is the same. */
    static boolean rightSource(Quote q, Gold g) {
        var m = q.speaker().mention();
        if (m != null) {
            for (int[] r : g.sourceRanges()) if (m.start() < r[1] && r[0] < m.end()) return true;
        }
        String name = q.speaker().name();
        if (name == null) return false;
        List<String> have = tokens(name);
        List<String> want = tokens(g.source());
        return !have.isEmpty() && !want.isEmpty() && Character.isUpperCase(name.strip().charAt(0))
                && want.contains(have.get(have.size() - 1));
    }

    private static List<String> tokens(@Nullable String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * Tokens of the annotated content that lie inside the system's span, over the token count of the
     * shorter of the two. Positions, not words, are compared: the same words elsewhere in the article
     * (a headline repeating a quote) are not an overlap.
     */
    static double overlap(String text, Quote q, Gold g) {
        int sysTokens = 0;
        Matcher m = TOKEN.matcher(text);
        m.region(Math.min(q.span().start(), text.length()), Math.min(q.span().end(), text.length()));
        while (m.find()) sysTokens++;
        int goldTokens = 0;
        int shared = 0;
        for (int[] r : g.contentRanges()) {
            Matcher gm = TOKEN.matcher(text);
            gm.region(Math.max(0, Math.min(r[0], text.length())), Math.max(0, Math.min(r[1], text.length())));
            while (gm.find()) {
                goldTokens++;
                if (gm.start() >= q.span().start() && gm.end() <= q.span().end()) shared++;
            }
        }
        int shorter = Math.min(sysTokens, goldTokens);
        return shorter == 0 ? 0 : (double) shared / shorter;
    }
}
