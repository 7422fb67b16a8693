package org.crosscheck.analysis.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Groups a mixed pile of articles into stories (events), one article at a time, as topic detection
 * and tracking systems do: each article is a vector of its content words and names weighted by how
 * rare they are in the pile, and it joins the story whose centroid it is closest to when that
 * closeness reaches {@link #threshold}, else it starts a story of its own. Names weigh double, since
 * two stories on one topic ("North Korea") differ most in who and what they name beside it, and an
 * article more than {@link #MAX_DAYS} days away from every article of a story does not join it.
 *
 * <p>Incremental: {@link #add} places a new article among the stories already formed and never moves
 * an earlier one, so a firehose can be grouped as it arrives. {@link #group} primes the word rarities
 * with the whole pile first and adds the articles in order of date, then id, so the same pile always
 * gives the same stories. Not thread-safe.
 *
 * <p>Written here rather than taken from a library: what is needed is a few dozen lines of sparse
 * vectors over the project's own content words; the clustering libraries on Maven Central (Smile,
 * ELKI) cluster a fixed batch and would not place one new article.
 */
public final class StoryGrouper {
    /**
     * The closeness (cosine) from which an article joins a story: the lowest at which articles put
     * together belong together nine times in ten (B-cubed precision 0.90) on both of ECB+'s tuning
     * parts (train and dev topics, each topic two similar events to tell apart); precision first, as
     * for claims, since two events taken for one mix their claims. Checked on ECB+'s test topics and
     * on mixed piles of the project's corpora (README, "Stories").
     */
    public static final double THRESHOLD = 0.3;
    /** An article this many days from every article of a story is another story, whatever its words. */
    static final long MAX_DAYS = 30;
    /** A story's centroid keeps its heaviest terms only, so comparing with it costs the same however long it runs. */
    static final int CENTROID_TERMS = 300;
    /** How many of an article's heaviest terms find the stories it is compared with. */
    static final int LOOKUP_TERMS = 20;
    private static final double NAME_WEIGHT = 2;
    /** A name: a capitalised word that does not open a sentence (or a run of them). */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}’'-]+(?:[ \\t]+\\p{Lu}[\\p{L}’'-]+)*");

    /** An article to place: its id, its text (already cleaned) and its date when known. */
    public record Article(String id, String text, @Nullable LocalDate published) {}

    /** A story: its id (its first article's) and its articles in the order they joined. */
    public record Story(String id, List<String> articles) {
        public Story {
            articles = List.copyOf(articles);
        }
    }

    private final double threshold;
    private final Background background;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final List<Group> groups = new ArrayList<>();
    /** Which stories hold a term among their centroid's heaviest: the only stories an article is compared with. */
    private final Map<String, Set<Integer>> groupsByTerm = new HashMap<>();

    private static final class Group {
        final String id;
        final List<String> articles = new ArrayList<>();
        final Map<String, Double> sum = new HashMap<>();
        Map<String, Double> centroid = Map.of();
        @Nullable LocalDate first;
        @Nullable LocalDate last;

        Group(String id) {
            this.id = id;
        }
    }

    /**
     * How many news articles hold each term, counted on public news beforehand and added to the
     * pile's own counts, so that a word's rarity, and with it the threshold, means the same in a pile
     * of twenty articles as in one of ten thousand. {@code crosscheck bench train-stories} makes the
     * shipped one ({@link #RESOURCE}). Terms are kept as 64-bit hashes ({@link #key}): the counts
     * carry no word of the articles they were made from.
     *
     * @param documentFrequency each term's count of articles holding it, by the term's hash
     * @param documents         how many articles were counted
     */
    public record Background(Map<Long, Integer> documentFrequency, int documents) {
        /** The resource the shipped counts live in, beside this class. */
        public static final String RESOURCE = "story-background.txt";
        /** No counts beforehand: rarities from the pile alone. */
        public static final Background NONE = new Background(Map.of(), 0);

        public Background {
            documentFrequency = Map.copyOf(documentFrequency);
        }

        /** How many counted articles hold {@code term}. */
        public int count(String term) {
            return documentFrequency.getOrDefault(key(term), 0);
        }

        /** A term's hash: 64-bit FNV-1a over its UTF-8 bytes (fixed, so counts made once keep working). */
        static long key(String term) {
            long h = 0xcbf29ce484222325L;
            for (byte b : term.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                h ^= b & 0xff;
                h *= 0x100000001b3L;
            }
            return h;
        }

        /** Counts the terms of {@code articles}, keeping those at least {@code minCount} articles hold. */
        public static Background of(List<String> articles, int minCount) {
            Map<Long, Integer> df = new HashMap<>();
            for (String a : articles) for (String t : terms(a).keySet()) df.merge(key(t), 1, Integer::sum);
            df.values().removeIf(c -> c < minCount);
            return new Background(df, articles.size());
        }

        /** The shipped counts. */
        public static Background shipped() {
            try (java.io.InputStream in = StoryGrouper.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the story grouper's counts (" + RESOURCE + ") are missing from the jar");
                return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the story grouper's counts", e);
            }
        }

        /** Reads counts written by {@link #write}: a {@code documents N} line and {@code hash count} lines (hex hashes); {@code #} comments. */
        public static Background read(String text) {
            Map<Long, Integer> df = new HashMap<>();
            int n = -1;
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] kv = l.split(" ");
                if (kv.length != 2) throw new IllegalArgumentException("bad line in the story grouper's counts: " + line);
                int count = Integer.parseInt(kv[1]);
                if (kv[0].equals("documents")) n = count;
                else df.put(Long.parseUnsignedLong(kv[0], 16), count);
            }
            if (n < 0) throw new IllegalArgumentException("the story grouper's counts need a 'documents' line");
            return new Background(df, n);
        }

        /** The counts as {@link #read} reads them, after a comment saying where they come from; hashes in order. */
        public String write(String comment) {
            StringBuilder b = new StringBuilder();
            comment.lines().forEach(l -> b.append("# ").append(l).append('\n'));
            b.append("documents ").append(documents).append('\n');
            documentFrequency.entrySet().stream().sorted(Map.Entry.comparingByKey(Long::compareUnsigned))
                    .forEach(e -> b.append(String.format("%016x", e.getKey())).append(' ').append(e.getValue()).append('\n'));
            return b.toString();
        }
    }

    /** A grouper with the shipped threshold and counts. */
    public StoryGrouper() {
        this(THRESHOLD);
    }

    /** A grouper whose articles join a story from {@code threshold} cosine with its centroid, with the shipped counts. */
    public StoryGrouper(double threshold) {
        this(threshold, Shipped.BACKGROUND);
    }

    /** A grouper whose articles join a story from {@code threshold} cosine with its centroid, word rarities counted on {@code background} too. */
    public StoryGrouper(double threshold, Background background) {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        this.threshold = threshold;
        this.background = background;
    }

    /** The shipped counts, read once. */
    private static final class Shipped {
        static final Background BACKGROUND = Background.shipped();
    }

    /** An article grouped in an earlier run, and its story. */
    public record Placed(Article article, String story) {}

    /** Groups {@code pile} with the shipped counts: word rarities from them and the whole pile, articles added by date, then id. */
    public static List<Story> group(List<Article> pile, double threshold) {
        return group(pile, threshold, Shipped.BACKGROUND);
    }

    /** Groups {@code pile} with {@code background}'s counts. */
    public static List<Story> group(List<Article> pile, double threshold, Background background) {
        StoryGrouper g = new StoryGrouper(threshold, background);
        g.extend(List.of(), pile);
        return g.stories();
    }

    /**
     * Puts the articles of earlier runs back into their stories, then places {@code fresh} among
     * them (word rarities from all of them; fresh articles by date, then id), so that no earlier
     * article moves. Returns each fresh article's story.
     */
    public Map<String, String> extend(List<Placed> earlier, List<Article> fresh) {
        Map<String, Map<String, Integer>> terms = new HashMap<>();
        for (Placed p : earlier) terms.put(p.article().id(), terms(p.article().text()));
        for (Article a : fresh) terms.put(a.id(), terms(a.text()));
        terms.values().forEach(t -> count(t.keySet()));
        for (Placed p : earlier) {
            int index = -1;
            for (int i = 0; i < groups.size() && index < 0; i++) if (groups.get(i).id.equals(p.story())) index = i;
            if (index < 0) {
                groups.add(new Group(p.story()));
                index = groups.size() - 1;
            }
            join(groups.get(index), index, p.article(), vector(terms.get(p.article().id())));
        }
        List<Article> ordered = new ArrayList<>(fresh);
        ordered.sort(Comparator.comparing((Article a) -> a.published() == null ? LocalDate.MAX : a.published()).thenComparing(Article::id));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Article a : ordered) out.put(a.id(), place(a, terms.get(a.id())));
        return out;
    }

    /** Places one more article: it joins the closest story or starts one. Returns the story's id. */
    public String add(Article a) {
        Map<String, Integer> t = terms(a.text());
        count(t.keySet());
        return place(a, t);
    }

    /** The stories so far, each with its articles, in the order they started. */
    public List<Story> stories() {
        return groups.stream().map(g -> new Story(g.id, g.articles)).toList();
    }

    private void count(Set<String> terms) {
        documents++;
        for (String t : terms) documentFrequency.merge(t, 1, Integer::sum);
    }

    private String place(Article a, Map<String, Integer> counts) {
        Map<String, Double> v = vector(counts);
        // a story close enough to join shares some of the article's heaviest terms
        Set<Integer> near = new TreeSet<>();
        v.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(LOOKUP_TERMS).forEach(e -> near.addAll(groupsByTerm.getOrDefault(e.getKey(), Set.of())));
        Group best = null;
        int bestIndex = -1;
        double bestScore = 0;
        for (int i : near) {
            Group g = groups.get(i);
            if (!withinDays(g, a.published())) continue;
            double s = dot(v, g.centroid);
            if (s > bestScore) {
                bestScore = s;
                best = g;
                bestIndex = i;
            }
        }
        int index = best == null ? -1 : bestIndex;
        if (best == null || bestScore < threshold) {
            best = new Group(a.id());
            groups.add(best);
            index = groups.size() - 1;
        }
        join(best, index, a, v);
        return best.id;
    }

    private static boolean withinDays(Group g, @Nullable LocalDate d) {
        if (d == null || g.first == null) return true;
        return ChronoUnit.DAYS.between(d, g.first) <= MAX_DAYS && ChronoUnit.DAYS.between(g.last, d) <= MAX_DAYS;
    }

    private void join(Group g, int index, Article a, Map<String, Double> v) {
        g.articles.add(a.id());
        if (a.published() != null) {
            if (g.first == null || a.published().isBefore(g.first)) g.first = a.published();
            if (g.last == null || a.published().isAfter(g.last)) g.last = a.published();
        }
        v.forEach((t, w) -> g.sum.merge(t, w, Double::sum));
        recentre(g, index);
    }

    private void recentre(Group g, int index) {
        for (String t : g.centroid.keySet()) groupsByTerm.get(t).remove(index);
        List<Map.Entry<String, Double>> top = new ArrayList<>(g.sum.entrySet());
        top.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        Map<String, Double> c = new HashMap<>();
        for (var e : top.subList(0, Math.min(CENTROID_TERMS, top.size()))) c.put(e.getKey(), e.getValue());
        g.centroid = unit(c);
        for (String t : g.centroid.keySet()) groupsByTerm.computeIfAbsent(t, k -> new HashSet<>()).add(index);
    }

    /** An article's terms and how often each occurs: its content words, and its names marked apart. */
    static Map<String, Integer> terms(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : Words.content(text)) if (w.length() > 2 && !w.chars().allMatch(Character::isDigit)) out.merge(w, 1, Integer::sum);
        Matcher m = NAME.matcher(text);
        while (m.find()) if (!opensSentence(text, m.start())) out.merge("name:" + Words.normalize(m.group()), 1, Integer::sum);
        return out;
    }

    /** Whether a capitalised word at {@code at} opens a line or a sentence, where every word is capitalised. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        return c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '”' || c == '—';
    }

    /** The article's unit vector: sublinear term frequency times rarity, names weighing double. */
    private Map<String, Double> vector(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        int n = documents + background.documents();
        for (var e : counts.entrySet()) {
            int own = documentFrequency.getOrDefault(e.getKey(), 1);
            // a term every article of the pile holds says nothing of which story an article belongs to
            if (documents > 2 && own == documents) continue;
            int df = own + background.count(e.getKey());
            double idf = Math.log((double) (n + 1) / df);
            double w = (1 + Math.log(e.getValue())) * idf * (e.getKey().startsWith("name:") ? NAME_WEIGHT : 1);
            if (w > 0) v.put(e.getKey(), w);
        }
        return unit(v);
    }

    private static Map<String, Double> unit(Map<String, Double> v) {
        double n = 0;
        for (double x : v.values()) n += x * x;
        if (n == 0) return v;
        double norm = Math.sqrt(n);
        Map<String, Double> out = new HashMap<>();
        v.forEach((t, x) -> out.put(t, x / norm));
        return out;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double s = 0;
        for (var e : small.entrySet()) {
            Double x = large.get(e.getKey());
            if (x != null) s += e.getValue() * x;
        }
        return s;
    }
}
