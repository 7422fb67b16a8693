package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.analysis.stories.StoryGrouper;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;

/**
 * Story grouping on a mixed pile whose stories are known: every folder named as a story holds the
 * articles of one event, every file under a folder of singletons is a story of its own. Scored with
 * B-cubed precision and recall (Bagga and Baldwin 1998): for each article, the share of its
 * predicted story that belongs to its true story, and the share of its true story found in its
 * predicted one, averaged over articles.
 */
public final class StoryBenchmark {
    /** One article of the pile and the story it truly belongs to. */
    public record Labelled(StoryGrouper.Article article, String story) {}

    /** B-cubed figures of one grouping. */
    /**
     * B-cubed figures of one grouping, over all articles and over the articles of true stories of two
     * or more (where a singleton-heavy pile would hide how well real stories are kept together).
     */
    public record Score(double precision, double recall, int stories, int predicted, double sharedPrecision, double sharedRecall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private StoryBenchmark() {}

    /** The pile: the files of each story folder under that folder's name, each file of each singleton folder alone. */
    public static List<Labelled> pile(List<Path> storyDirs, List<Path> singletonDirs) throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS)) {
            for (Path d : storyDirs) for (Path f : files(d)) read(ingestor, f).forEach(a -> out.add(new Labelled(a, d.toString())));
            for (Path d : singletonDirs) for (Path f : files(d)) read(ingestor, f).forEach(a -> out.add(new Labelled(a, a.id())));
        }
        return out;
    }

    /** ECB+'s documents of {@code split}, each labelled with its sub-topic: two similar events per topic, told apart. */
    public static List<Labelled> ecb(Path dir, ClaimLinkingData.EcbSplit split) {
        return ClaimLinkingData.ecbDocuments(dir, split).stream()
                .map(d -> new Labelled(new StoryGrouper.Article(d.id(), d.text(), null), d.subtopic())).toList();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static List<StoryGrouper.Article> read(Ingestor ingestor, Path f) {
        List<StoryGrouper.Article> out = new ArrayList<>();
        for (IngestResult r : ingestor.read(f)) {
            // README files and the like are not articles; a file the reader refuses is left out of the pile
            if (r instanceof Extracted e && !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("readme")) {
                out.add(new StoryGrouper.Article(f.toString() + (r.path().equals(f.toString()) ? "" : "#" + out.size()), e.text(), null));
            }
        }
        return out;
    }

    /**
     * The counts of terms the grouper starts from, made from ECB+'s train and dev topics (the test
     * topics stay unseen); terms fewer than two articles hold are left out.
     */
    public static StoryGrouper.Background background(Path ecbDir) {
        List<String> texts = new ArrayList<>();
        for (var split : List.of(ClaimLinkingData.EcbSplit.TRAIN, ClaimLinkingData.EcbSplit.DEV)) {
            ClaimLinkingData.ecbDocuments(ecbDir, split).forEach(d -> texts.add(d.text()));
        }
        return StoryGrouper.Background.of(texts, 2);
    }

    /** Groups the pile at {@code threshold} with {@code background}'s counts and scores the stories against the true ones. */
    public static Score score(List<Labelled> pile, double threshold, StoryGrouper.Background background) {
        List<StoryGrouper.Story> stories = StoryGrouper.group(pile.stream().map(Labelled::article).toList(), threshold, background);
        Map<String, String> predicted = new HashMap<>();
        for (StoryGrouper.Story s : stories) for (String a : s.articles()) predicted.put(a, s.id());
        Map<String, String> truth = new HashMap<>();
        for (Labelled l : pile) truth.put(l.article().id(), l.story());
        return bCubed(truth, predicted);
    }

    /** B-cubed precision and recall of {@code predicted} against {@code truth} (article id to story id, the same articles). */
    static Score bCubed(Map<String, String> truth, Map<String, String> predicted) {
        Map<String, List<String>> byTruth = new HashMap<>();
        Map<String, List<String>> byPredicted = new HashMap<>();
        truth.forEach((a, s) -> byTruth.computeIfAbsent(s, k -> new ArrayList<>()).add(a));
        predicted.forEach((a, s) -> byPredicted.computeIfAbsent(s, k -> new ArrayList<>()).add(a));
        double p = 0;
        double r = 0;
        double sp = 0;
        double sr = 0;
        int shared = 0;
        for (String a : truth.keySet()) {
            List<String> mine = byPredicted.get(predicted.get(a));
            List<String> real = byTruth.get(truth.get(a));
            long both = mine.stream().filter(o -> truth.get(o).equals(truth.get(a))).count();
            p += (double) both / mine.size();
            r += (double) both / real.size();
            if (real.size() > 1) {
                shared++;
                sp += (double) both / mine.size();
                sr += (double) both / real.size();
            }
        }
        int n = truth.size();
        return new Score(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, byTruth.size(), byPredicted.size(), shared == 0 ? 0 : sp / shared,
                shared == 0 ? 0 : sr / shared);
    }
}
