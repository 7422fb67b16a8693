package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The public sentence-pair sets of {@code ../shared/bench/claim-linking}, read as pairs with a label:
 * MRPC (paraphrase or not), the STS Benchmark (similarity 0-5) and ECB+ (two sentences of different
 * documents of one topic that mention one cross-document event with a shared participant). Stateless.
 */
public final class ClaimLinkingData {
    private ClaimLinkingData() {}

    /**
     * Two sentences and how alike they are: 1 or 0 for a paraphrase set, 0-5 for a similarity set.
     *
     * @param group where the pair comes from (a genre, a topic), for figures by part
     */
    public record Pair(String a, String b, double label, String group) {}

    /** MRPC's {@code msr_paraphrase_train.txt} or {@code _test.txt}: quoted, tab-separated, five fields a row. */
    public static List<Pair> mrpc(Path file) {
        List<Pair> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = quotedFields(lines.get(i), '\t');
            if (f.size() < 5) continue;
            // this copy stores some commas of a quoted string as tabs: the sentences are the last two fields
            // only when the row has exactly five, else the fields past the ids rejoin into two by their quoting
            if (f.size() != 5) throw new IllegalArgumentException(file + " line " + (i + 1) + " has " + f.size() + " fields, not 5");
            out.add(new Pair(f.get(3), f.get(4), Double.parseDouble(f.get(0)), "mrpc"));
        }
        return out;
    }

    /** An STS Benchmark split: genre, file, year, id, score, sentence 1, sentence 2 (tab-separated). */
    public static List<Pair> sts(Path file) {
        List<Pair> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] f = line.split("\t");
            if (f.length < 7) continue;
            out.add(new Pair(f[5], f[6], Double.parseDouble(f[4]), f[0]));
        }
        return out;
    }

    /** ECB+'s usual split (Cybulska and Vossen 2015; Barhom et al. 2019): dev and test topics; train is the rest. */
    public enum EcbSplit {
        TRAIN, DEV, TEST;

        static final Set<Integer> DEV_TOPICS = Set.of(2, 5, 12, 18, 21, 23, 34, 35);

        boolean holds(int topic) {
            return switch (this) {
                case TEST -> topic >= 36;
                case DEV -> DEV_TOPICS.contains(topic);
                case TRAIN -> topic < 36 && !DEV_TOPICS.contains(topic);
            };
        }
    }

    /** One annotated ECB+ sentence: its text and the cross-document chains of its events and participants. */
    record EcbSentence(int topic, String doc, int number, String text, Set<String> actions, Set<String> participants) {}

    /**
     * Pairs of annotated sentences of different documents of each topic of {@code split}: 1 when
     * they mention one cross-document event chain and share a participant chain (a person,
     * place or time), else 0. At most {@code maxNegativesPerPositive} negatives per positive are kept
     * (at random, seeded), since most pairs of one topic are about different events.
     */
    public static List<Pair> ecb(Path dir, EcbSplit split, int maxNegativesPerPositive, long seed) {
        List<EcbSentence> sentences = ecbSentences(dir, split);
        Map<Integer, List<EcbSentence>> byTopic = new TreeMap<>();
        for (EcbSentence s : sentences) byTopic.computeIfAbsent(s.topic(), k -> new ArrayList<>()).add(s);
        List<Pair> positives = new ArrayList<>();
        List<Pair> negatives = new ArrayList<>();
        for (var e : byTopic.entrySet()) {
            List<EcbSentence> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    EcbSentence x = list.get(i);
                    EcbSentence y = list.get(j);
                    if (x.doc().equals(y.doc())) continue;
                    boolean linked = shares(x.actions(), y.actions()) && shares(x.participants(), y.participants());
                    (linked ? positives : negatives).add(new Pair(x.text(), y.text(), linked ? 1 : 0, "ecb+" + e.getKey()));
                }
            }
        }
        if (maxNegativesPerPositive > 0 && negatives.size() > positives.size() * maxNegativesPerPositive) {
            java.util.Collections.shuffle(negatives, new Random(seed));
            negatives = negatives.subList(0, positives.size() * maxNegativesPerPositive);
        }
        List<Pair> out = new ArrayList<>(positives);
        out.addAll(negatives);
        return out;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    /** One ECB+ document as text, with its topic and sub-topic (each topic holds two similar events, "ecb" and "ecbplus"). */
    public record EcbDocument(String id, String subtopic, String text) {}

    /** Every document of the topics of {@code split}, as text, in order of topic and file name. */
    public static List<EcbDocument> ecbDocuments(Path dir, EcbSplit split) {
        List<EcbDocument> out = new ArrayList<>();
        for (EcbFile f : ecbFiles(dir, split)) {
            String text = String.join("\n", ecbDocument(f.path(), f.topic(), f.doc(), null).stream().map(EcbSentence::text).toList());
            out.add(new EcbDocument(f.doc(), f.topic() + (f.doc().endsWith("plus") ? "plus" : ""), text));
        }
        return out;
    }

    /** The sentences ECB+ annotated ({@code ECBplus_coreference_sentences.csv}) in the topics of {@code split}. */
    static List<EcbSentence> ecbSentences(Path dir, EcbSplit split) {
        Map<String, Set<Integer>> annotated = new HashMap<>();
        for (String line : lines(dir.resolve("ECBplus_coreference_sentences.csv"))) {
            String[] f = line.split(",");
            if (f.length < 3 || !f[0].matches("\\d+")) continue;
            annotated.computeIfAbsent(f[0] + "_" + f[1], k -> new HashSet<>()).add(Integer.parseInt(f[2].strip()));
        }
        List<EcbSentence> out = new ArrayList<>();
        for (EcbFile f : ecbFiles(dir, split)) {
            Set<Integer> wanted = annotated.getOrDefault(f.doc(), Set.of());
            if (!wanted.isEmpty()) out.addAll(ecbDocument(f.path(), f.topic(), f.doc(), wanted));
        }
        return out;
    }

    private record EcbFile(Path path, int topic, String doc) {}

    /** The XML files of the topics of {@code split}, in order of topic and file name. */
    private static List<EcbFile> ecbFiles(Path dir, EcbSplit split) {
        List<EcbFile> out = new ArrayList<>();
        try (Stream<Path> topics = Files.list(dir)) {
            for (Path t : topics.filter(Files::isDirectory).sorted().toList()) {
                int topic = Integer.parseInt(t.getFileName().toString());
                if (!split.holds(topic)) continue;
                try (Stream<Path> files = Files.list(t)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                        out.add(new EcbFile(f, topic, f.getFileName().toString().replace(".xml", "")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ECB+ in " + dir, e);
        }
        return out;
    }

    /** The sentences numbered in {@code wanted} of one ECB+ file, or all of them when it is null. */
    private static List<EcbSentence> ecbDocument(Path file, int topic, String doc, @org.jspecify.annotations.Nullable Set<Integer> wanted) {
        Document x;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            x = f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        Map<String, Integer> sentenceOf = new HashMap<>();
        Map<Integer, StringBuilder> text = new TreeMap<>();
        NodeList tokens = x.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            int s = Integer.parseInt(t.getAttribute("sentence"));
            sentenceOf.put(t.getAttribute("t_id"), s);
            StringBuilder b = text.computeIfAbsent(s, k -> new StringBuilder());
            if (b.length() > 0) b.append(' ');
            b.append(t.getTextContent());
        }
        // markables: their kind and the sentences of their tokens
        Map<String, String> kindOf = new HashMap<>();
        Map<String, Set<Integer>> sentencesOf = new HashMap<>();
        Node markables = x.getElementsByTagName("Markables").item(0);
        for (Node n = markables == null ? null : markables.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element m) || !m.hasAttribute("m_id")) continue;
            NodeList anchors = m.getElementsByTagName("token_anchor");
            if (anchors.getLength() == 0) continue;
            kindOf.put(m.getAttribute("m_id"), m.getTagName());
            Set<Integer> ss = new HashSet<>();
            for (int i = 0; i < anchors.getLength(); i++) {
                Integer s = sentenceOf.get(((Element) anchors.item(i)).getAttribute("t_id"));
                if (s != null) ss.add(s);
            }
            sentencesOf.put(m.getAttribute("m_id"), ss);
        }
        Map<Integer, Set<String>> actions = new HashMap<>();
        Map<Integer, Set<String>> participants = new HashMap<>();
        NodeList rel = x.getElementsByTagName("CROSS_DOC_COREF");
        for (int i = 0; i < rel.getLength(); i++) {
            Element r = (Element) rel.item(i);
            String chain = r.getAttribute("note");
            NodeList sources = r.getElementsByTagName("source");
            for (int k = 0; k < sources.getLength(); k++) {
                String m = ((Element) sources.item(k)).getAttribute("m_id");
                String kind = kindOf.get(m);
                if (kind == null) continue;
                boolean action = kind.startsWith("ACTION") || kind.startsWith("NEG_ACTION");
                boolean participant = kind.startsWith("HUMAN") || kind.startsWith("LOC") || kind.startsWith("TIME");
                for (int s : sentencesOf.getOrDefault(m, Set.of())) {
                    if (action) actions.computeIfAbsent(s, z -> new HashSet<>()).add(chain);
                    if (participant) participants.computeIfAbsent(s, z -> new HashSet<>()).add(chain);
                }
            }
        }
        List<EcbSentence> out = new ArrayList<>();
        for (int s : wanted == null ? text.keySet() : wanted) {
            StringBuilder b = text.get(s);
            if (b == null) continue;
            out.add(new EcbSentence(topic, doc, s, detokenize(b.toString()), actions.getOrDefault(s, Set.of()),
                    participants.getOrDefault(s, Set.of())));
        }
        return out;
    }

    /** ECB+ stores tokens; the analysis reads text: spaces before punctuation and clitics go. */
    static String detokenize(String s) {
        return s.replaceAll(" ([.,;:!?%)'])", "$1").replaceAll(" (n't|'s|'re|'ve|'ll|'d|'m)\\b", "$1").replaceAll("\\( ", "(")
                .replace("`` ", "\"").replace(" ''", "\"");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The fields of one line of a quoted, delimited file ("" inside quotes is one quotation mark). */
    static List<String> quotedFields(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c == sep ? ',' : c); // a separator inside quotes is one of this copy's commas stored as a tab
                }
            } else if (c == '"' && b.length() == 0) {
                quoted = true;
            } else if (c == sep) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    /** Pairs grouped by their group, in first-seen order. */
    static Map<String, List<Pair>> byGroup(List<Pair> pairs) {
        Map<String, List<Pair>> out = new LinkedHashMap<>();
        for (Pair p : pairs) out.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(p);
        return out;
    }
}
