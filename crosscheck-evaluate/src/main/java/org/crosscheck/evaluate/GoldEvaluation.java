package org.crosscheck.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The figures of shared/gold/METRICS.md for one report against one gold file. Comparisons are by
 * text, never by offsets. A figure whose denominator is empty (nothing to find, nothing reported)
 * is 1.0: nothing was missed and nothing was wrong; a rate of errors ({@code speaker_wrong_rate}, wrong
 * speakers over the matched gold quotes the system gives a speaker, read from the best-matching system
 * quote closest in length) is then 0.0.
 */
public final class GoldEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode gold;
    private final JsonNode report;
    private final Path corpusDir;
    private final Map<String, JsonNode> sysDocs = new HashMap<>();
    private final Map<String, JsonNode> sysEntities = new HashMap<>();
    private final Map<String, JsonNode> goldEntities = new HashMap<>();
    /** What the report missed or got wrong, a line each, for {@link #score}. */
    private final List<String> misses = new ArrayList<>();

    private GoldEvaluation(JsonNode gold, JsonNode report, Path corpusDir) {
        this.gold = gold;
        this.report = report;
        this.corpusDir = corpusDir;
        for (JsonNode d : report.path("documents")) sysDocs.put(d.path("id").asText(), d);
        for (JsonNode e : report.path("entities")) sysEntities.put(e.path("id").asText(), e);
        for (JsonNode e : gold.path("entities")) goldEntities.put(e.path("id").asText(), e);
    }

    /** The gold file's reference date, or null. */
    public static @Nullable String referenceDate(Path goldFile) throws IOException {
        JsonNode g = JSON.readTree(goldFile.toFile());
        return g.hasNonNull("reference_date") ? g.get("reference_date").asText() : null;
    }

    /** Every figure, in METRICS.md's order; counts are whole numbers. */
    public static Map<String, Double> evaluate(Path goldFile, Path reportFile, Path corpusDir) throws IOException {
        return score(goldFile, reportFile, corpusDir).figures();
    }

    /**
     * The figures and what they count against the report, one line each: gold quotes not found or given
     * another speaker, gold cross-document claim links no claim makes, gold discrepancies and timeline
     * events not found. The lines are for finding what to work on, not a figure.
     */
    public record Scored(Map<String, Double> figures, List<String> misses) {
        public Scored {
            figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
            misses = List.copyOf(misses);
        }
    }

    /** Every figure, and what the report missed, from one reading of both files. */
    public static Scored score(Path goldFile, Path reportFile, Path corpusDir) throws IOException {
        GoldEvaluation e = new GoldEvaluation(GoldFile.read(goldFile, corpusDir), JSON.readTree(reportFile.toFile()), corpusDir);
        return new Scored(e.figures(), e.misses);
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 100 ? one.substring(0, 97) + "..." : one;
    }

    private Map<String, Double> figures() throws IOException {
        Map<String, Double> f = new LinkedHashMap<>();
        documents(f);
        cleaning(f);
        titles(f);
        entities(f);
        quotes(f);
        claims(f);
        discrepancies(f);
        syndication(f);
        timeline(f);
        return f;
    }

    private void documents(Map<String, Double> f) {
        int n = 0;
        int found = 0;
        for (JsonNode d : gold.path("documents")) {
            n++;
            if (sysDocs.containsKey(d.path("id").asText())) found++;
        }
        f.put("documents_found", ratio(found, n));
    }

    private List<String> lines(JsonNode goldDoc) throws IOException {
        Path file = corpusDir.resolve(goldDoc.path("file").asText());
        return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    }

    private void cleaning(Map<String, Double> f) throws IOException {
        int bodyLines = 0;
        int bodyKept = 0;
        int removedJunk = 0;
        int removedAll = 0;
        int junk = 0;
        for (JsonNode d : gold.path("documents")) {
            JsonNode sys = sysDocs.get(d.path("id").asText());
            List<String> lines = lines(d);
            String body = sys == null ? "" : Text.norm(sys.path("body").asText());
            Set<String> bodyLineSet = new HashSet<>();
            for (String l : (sys == null ? "" : sys.path("body").asText()).split("\n")) bodyLineSet.add(Text.norm(l));
            Set<String> goldBody = new HashSet<>();
            for (JsonNode n : d.path("body_lines")) {
                String l = lines.get(n.asInt() - 1);
                if (l.isBlank()) continue;
                goldBody.add(Text.norm(l));
                bodyLines++;
                if (body.contains(Text.norm(l))) bodyKept++;
                else removedAll++;
            }
            for (JsonNode n : d.path("boilerplate_lines")) {
                String l = lines.get(n.asInt() - 1);
                String nl = Text.norm(l);
                if (nl.isEmpty() || goldBody.contains(nl)) continue;
                junk++;
                boolean kept = bodyLineSet.contains(nl) || Text.tokens(l).size() >= 4 && body.contains(nl);
                if (!kept) {
                    removedJunk++;
                    removedAll++;
                }
            }
        }
        double p = ratio(removedJunk, removedAll);
        double r = ratio(removedJunk, junk);
        f.put("clean_body_recall", ratio(bodyKept, bodyLines));
        f.put("clean_junk_precision", p);
        f.put("clean_junk_recall", r);
        f.put("clean_junk_f1", f1(p, r));
    }

    private void titles(Map<String, Double> f) throws IOException {
        int n = 0;
        int right = 0;
        for (JsonNode d : gold.path("documents")) {
            if (d.path("title_lines").isEmpty()) continue; // a document without a headline has no title to get right
            n++;
            String want = stripHeading(lines(d).get(d.path("title_lines").get(0).asInt() - 1));
            JsonNode sys = sysDocs.get(d.path("id").asText());
            String have = sys == null || sys.path("title").isNull() ? "" : stripHeading(sys.path("title").asText());
            if (Text.norm(want).equals(Text.norm(have)) || !have.isEmpty() && Text.overlap(want, have, 0.8)) right++;
        }
        f.put("title_accuracy", ratio(right, n));
    }

    private static String stripHeading(String s) {
        return s.strip().replaceFirst("^#+\\s*", "");
    }

    private void entities(Map<String, Double> f) {
        int total = 0;
        int found = 0;
        for (JsonNode g : gold.path("entities")) {
            String type = g.path("type").asText();
            if (!type.equals("PERSON") && !type.equals("ORG")) continue;
            Set<String> names = new HashSet<>();
            names.add(Text.norm(g.path("canonical").asText()));
            for (JsonNode a : g.path("aliases")) names.add(Text.norm(a.asText()));
            total += names.size();
            int best = 0;
            Set<String> bestHave = Set.of();
            for (JsonNode e : report.path("entities")) {
                Set<String> have = new HashSet<>();
                have.add(Text.norm(e.path("name").asText()));
                for (JsonNode a : e.path("aliases")) have.add(Text.norm(a.asText()));
                for (JsonNode m : e.path("mentions")) have.add(Text.norm(m.path("text").asText()));
                int n = 0;
                for (String x : names) if (have.contains(x)) n++;
                if (n > best) {
                    best = n;
                    bestHave = have;
                }
            }
            found += best;
            Set<String> seen = bestHave;
            List<String> missed = names.stream().filter(x -> !seen.contains(x)).sorted().toList();
            if (!missed.isEmpty()) misses.add("aliases missed\t" + g.path("id").asText() + "\t" + String.join(" | ", missed));
        }
        f.put("entity_alias_recall", ratio(found, total));
    }

    private static boolean quoteKind(JsonNode q) {
        String k = q.path("kind").asText();
        return k.equals("direct") || k.equals("partial");
    }

    private void quotes(Map<String, Double> f) {
        List<JsonNode> goldQ = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) if (quoteKind(q)) goldQ.add(q);
        List<JsonNode> sysQ = new ArrayList<>();
        for (JsonNode q : report.path("quotes")) if (quoteKind(q)) sysQ.add(q);
        int recalled = 0;
        for (JsonNode g : goldQ) if (sysQ.stream().anyMatch(s -> matches(s, g, 0.6))) recalled++;
        int precise = 0;
        for (JsonNode s : sysQ) if (goldQ.stream().anyMatch(g -> matches(s, g, 0.6))) precise++;
        double p = ratio(precise, sysQ.size());
        double r = ratio(recalled, goldQ.size());
        f.put("quote_precision", p);
        f.put("quote_recall", r);
        f.put("quote_f1", f1(p, r));

        int withSpeaker = 0;
        int right = 0;
        int givenSpeaker = 0;
        int wrong = 0;
        for (JsonNode g : goldQ) {
            if (g.path("speaker").isNull() || g.path("speaker").asText().isEmpty()) continue;
            List<JsonNode> best = best(sysQ, g, 0.6);
            if (best.isEmpty()) {
                misses.add("quote missed\t" + g.path("doc").asText() + "\t" + clip(g.path("text").asText()));
                continue;
            }
            withSpeaker++;
            // containment scores 1, so a quotation and one nested in it both match best: the one closest in length
            // is the system's reading of this gold quote
            int goldLength = Text.norm(g.path("text").asText()).length();
            // a nested quotation the system reads as a term ("the 'cloud' he wanted lifted") is its reading too: words it
            // gives no speaker are not given a wrong one
            List<JsonNode> candidates = new ArrayList<>(best);
            List<JsonNode> every = new ArrayList<>();
            report.path("quotes").forEach(every::add);
            candidates.addAll(best(every, g, 0.6));
            JsonNode closest = candidates.stream().min(java.util.Comparator.comparingInt(
                    (JsonNode x) -> Math.abs(Text.norm(x.path("text").asText()).length() - goldLength))).orElseThrow();
            boolean attributed = namesSpeaker(closest);
            if (attributed) givenSpeaker++;
            if (best.stream().anyMatch(s -> rightSpeaker(s, g))) {
                right++;
            } else {
                if (attributed) wrong++;
                JsonNode shown = closest;
                misses.add((attributed ? "speaker wrong\t" : "speaker missing\t") + g.path("doc").asText() + "\t" + clip(g.path("text").asText()) + "\tgold "
                        + g.path("speaker").asText() + " (" + g.path("speaker_mention").asText() + ")\tsystem "
                        + shown.path("speaker").path("name").asText() + " (" + shown.path("speaker").path("mention").asText() + ")");
            }
        }
        f.put("speaker_accuracy", ratio(right, withSpeaker));
        // precision first: a quote given to the wrong person is worse than one left without a speaker
        f.put("speaker_wrong_rate", givenSpeaker == 0 ? 0.0 : (double) wrong / givenSpeaker);

        List<JsonNode> allSys = new ArrayList<>();
        report.path("quotes").forEach(allSys::add);
        int attributed = 0;
        int attributedRight = 0;
        for (JsonNode g : gold.path("quotes")) {
            if (g.path("speaker").isNull() || g.path("speaker").asText().isEmpty()) continue;
            attributed++;
            double t = g.path("kind").asText().equals("indirect") ? 0.5 : 0.6;
            if (best(allSys, g, t).stream().anyMatch(s -> rightSpeaker(s, g))) attributedRight++;
        }
        f.put("attributed_quote_recall", ratio(attributedRight, attributed));

        int indirect = 0;
        int indirectFound = 0;
        for (JsonNode g : gold.path("quotes")) {
            if (!g.path("kind").asText().equals("indirect")) continue;
            indirect++;
            if (allSys.stream().anyMatch(s -> matches(s, g, 0.5))) indirectFound++;
        }
        f.put("indirect_recall", ratio(indirectFound, indirect));
    }

    private static boolean matches(JsonNode sys, JsonNode g, double t) {
        return sys.path("doc").asText().equals(g.path("doc").asText())
                && Text.overlap(sys.path("text").asText(), g.path("text").asText(), t);
    }

    /** The system quotes that match a gold quote with the highest overlap. */
    private static List<JsonNode> best(List<JsonNode> sys, JsonNode g, double t) {
        double top = 0;
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : sys) {
            if (!s.path("doc").asText().equals(g.path("doc").asText())) continue;
            double sc = Text.score(s.path("text").asText(), g.path("text").asText());
            if (sc < t) continue;
            if (sc > top) {
                top = sc;
                out.clear();
            }
            if (sc == top) out.add(s);
        }
        return out;
    }

    /** Whether a system quote names someone as its speaker (a name or an entity), right or wrong. */
    private static boolean namesSpeaker(JsonNode sys) {
        JsonNode sp = sys.path("speaker");
        return !sp.path("name").isNull() && !sp.path("name").asText().isEmpty() || !sp.path("entity").isNull() && !sp.path("entity").isMissingNode();
    }

    private boolean rightSpeaker(JsonNode sys, JsonNode g) {
        JsonNode sp = sys.path("speaker");
        List<String> said = new ArrayList<>();
        if (!sp.path("name").isNull() && !sp.path("name").asText().isEmpty()) said.add(sp.path("name").asText());
        if (!sp.path("entity").isNull()) {
            JsonNode e = sysEntities.get(sp.path("entity").asText());
            if (e != null) said.add(e.path("name").asText());
        }
        if (said.isEmpty()) return false;
        String want = g.path("speaker").asText();
        Set<String> accepted = new HashSet<>();
        accepted.add(want);
        JsonNode ge = goldEntities.get(want);
        if (ge != null && ge.hasNonNull("speaks_for")) accepted.add(ge.get("speaks_for").asText());
        for (JsonNode e : gold.path("entities")) {
            if (e.hasNonNull("speaks_for") && e.get("speaks_for").asText().equals(want)) accepted.add(e.path("id").asText());
        }
        for (String id : accepted) {
            JsonNode e = goldEntities.get(id);
            if (e == null) continue;
            List<String> names = new ArrayList<>();
            names.add(e.path("canonical").asText());
            e.path("aliases").forEach(a -> names.add(a.asText()));
            for (String s : said) {
                String ns = Text.norm(s);
                List<String> st = Text.tokens(s);
                for (String n : names) {
                    if (Text.norm(n).equals(ns)) return true;
                    List<String> nt = Text.tokens(n);
                    if (e.path("type").asText().equals("PERSON") && !st.isEmpty() && !nt.isEmpty()
                            && st.get(st.size() - 1).equals(nt.get(nt.size() - 1))) return true;
                }
            }
        }
        return false;
    }

    private void claims(Map<String, Double> f) {
        List<JsonNode> sysClaims = new ArrayList<>();
        report.path("claims").forEach(sysClaims::add);
        int mentions = 0;
        int mentionFound = 0;
        for (JsonNode c : gold.path("claims")) {
            for (JsonNode m : c.path("mentions")) {
                mentions++;
                if (sysClaims.stream().anyMatch(sc -> hasMention(sc, m))) mentionFound++;
            }
        }
        f.put("claim_mention_recall", ratio(mentionFound, mentions));

        int goldLinks = 0;
        int goldLinksFound = 0;
        int joined = 0;
        int multi = 0;
        for (JsonNode c : gold.path("claims")) {
            List<JsonNode> ms = new ArrayList<>();
            c.path("mentions").forEach(ms::add);
            Set<String> docs = new HashSet<>();
            ms.forEach(m -> docs.add(m.path("doc").asText()));
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    if (ms.get(i).path("doc").asText().equals(ms.get(j).path("doc").asText())) continue;
                    goldLinks++;
                    JsonNode a = ms.get(i);
                    JsonNode b = ms.get(j);
                    if (sysClaims.stream().anyMatch(sc -> hasMention(sc, a) && hasMention(sc, b))) {
                        goldLinksFound++;
                    } else {
                        misses.add("claim link missed\t" + c.path("id").asText() + "\t" + a.path("doc").asText() + ": " + clip(a.path("text").asText())
                                + "\t" + b.path("doc").asText() + ": " + clip(b.path("text").asText()));
                    }
                }
            }
            if (docs.size() >= 2) {
                multi++;
                boolean ok = false;
                for (JsonNode sc : sysClaims) {
                    Set<String> covered = new HashSet<>();
                    for (JsonNode m : ms) if (hasMention(sc, m)) covered.add(m.path("doc").asText());
                    if (covered.size() >= 2) {
                        ok = true;
                        break;
                    }
                }
                if (ok) joined++;
            }
        }
        int sysLinks = 0;
        int sysLinksRight = 0;
        // every cross-document link the report makes, also those between statements the gold holds in no claim
        int strictLinks = 0;
        for (JsonNode sc : sysClaims) {
            List<JsonNode> ms = new ArrayList<>();
            sc.path("mentions").forEach(ms::add);
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    JsonNode a = ms.get(i);
                    JsonNode b = ms.get(j);
                    if (a.path("doc").asText().equals(b.path("doc").asText())) continue;
                    strictLinks++;
                    if (!inGold(a) || !inGold(b)) continue;
                    sysLinks++;
                    boolean right = false;
                    for (JsonNode gc : gold.path("claims")) {
                        boolean ca = false;
                        boolean cb = false;
                        for (JsonNode m : gc.path("mentions")) {
                            ca |= sameMention(a, m);
                            cb |= sameMention(b, m);
                        }
                        if (ca && cb) {
                            right = true;
                            break;
                        }
                    }
                    if (right) sysLinksRight++;
                }
            }
        }
        double p = ratio(sysLinksRight, sysLinks);
        double r = ratio(goldLinksFound, goldLinks);
        f.put("claim_link_precision", p);
        f.put("claim_link_strict_precision", ratio(sysLinksRight, strictLinks));
        f.put("claim_link_recall", r);
        f.put("claim_link_f1", f1(p, r));
        f.put("cross_source_claims_joined", ratio(joined, multi));
    }

    private boolean inGold(JsonNode sysMention) {
        for (JsonNode c : gold.path("claims")) for (JsonNode m : c.path("mentions")) if (sameMention(sysMention, m)) return true;
        return false;
    }

    private static boolean sameMention(JsonNode sys, JsonNode goldMention) {
        return sys.path("doc").asText().equals(goldMention.path("doc").asText())
                && Text.overlap(sys.path("text").asText(), goldMention.path("text").asText(), 0.5);
    }

    private static boolean hasMention(JsonNode sysClaim, JsonNode goldMention) {
        for (JsonNode m : sysClaim.path("mentions")) if (sameMention(m, goldMention)) return true;
        return false;
    }

    private void discrepancies(Map<String, Double> f) {
        int n = 0;
        int found = 0;
        for (JsonNode g : gold.path("discrepancies")) {
            n++;
            boolean hit = false;
            for (JsonNode s : report.path("discrepancies")) {
                if (matches(s, g)) {
                    found++;
                    hit = true;
                    break;
                }
            }
            if (!hit) misses.add("discrepancy missed\t" + g.path("id").asText() + "\t" + clip(g.path("description").asText()));
        }
        int reported = 0;
        int right = 0;
        for (JsonNode s : report.path("discrepancies")) {
            reported++;
            boolean ok = false;
            for (JsonNode g : gold.path("discrepancies")) ok |= matches(s, g);
            if (ok) right++;
            else misses.add("discrepancy not in the gold\t" + s.path("id").asText() + "\t" + clip(s.path("description").asText()));
        }
        f.put("discrepancy_recall", ratio(found, n));
        f.put("discrepancy_precision", ratio(right, reported));
        f.put("discrepancies_reported", (double) reported);
    }

    /** Whether a reported discrepancy puts at least two of a gold discrepancy's variants against each other. */
    private static boolean matches(JsonNode s, JsonNode g) {
        Set<Integer> variantsHit = new HashSet<>();
        int vi = 0;
        for (JsonNode gv : g.path("variants")) {
            for (JsonNode gt : gv.path("text")) {
                for (JsonNode sv : s.path("variants")) {
                    for (JsonNode sm : sv.path("mentions")) {
                        if (Text.overlap(sm.path("text").asText(), gt.asText(), 0.5)) variantsHit.add(vi);
                    }
                }
            }
            vi++;
        }
        return variantsHit.size() >= 2;
    }

    private void syndication(Map<String, Double> f) {
        Set<Set<String>> sysPairs = new HashSet<>();
        Set<Set<String>> sysSyndicated = new HashSet<>();
        for (JsonNode r : report.path("relations")) {
            Set<String> pair = Set.of(r.path("docs").get(0).asText(), r.path("docs").get(1).asText());
            sysPairs.add(pair);
            String rel = r.path("relation").asText();
            if (rel.equals("syndicated") || rel.equals("same-wire")) sysSyndicated.add(pair);
        }
        Set<Set<String>> goldAll = new HashSet<>();
        int goldSyn = 0;
        int goldSynFound = 0;
        for (JsonNode g : gold.path("shared_origin")) {
            Set<String> pair = Set.of(g.path("docs").get(0).asText(), g.path("docs").get(1).asText());
            goldAll.add(pair);
            String rel = g.path("relation").asText();
            if (rel.equals("syndicated") || rel.equals("same-wire")) {
                goldSyn++;
                if (sysPairs.contains(pair)) goldSynFound++;
            }
        }
        int right = 0;
        for (Set<String> p : sysSyndicated) if (goldAll.contains(p)) right++;
        f.put("syndication_recall", ratio(goldSynFound, goldSyn));
        f.put("syndication_precision", ratio(right, sysSyndicated.size()));
    }

    private void timeline(Map<String, Double> f) {
        int n = 0;
        int found = 0;
        for (JsonNode g : gold.path("timeline")) {
            n++;
            int before = found;
            String start = g.path("when").asText().split("/")[0];
            outer:
            for (JsonNode s : report.path("timeline")) {
                if (!s.path("when").asText().startsWith(start)) continue;
                for (JsonNode gm : g.path("mentions")) {
                    for (JsonNode sm : s.path("mentions")) {
                        if (sm.path("doc").asText().equals(gm.path("doc").asText())
                                && Text.overlap(sm.path("text").asText(), gm.path("text").asText(), 0.5)) {
                            found++;
                            break outer;
                        }
                    }
                }
                if (Text.overlap(s.path("event").asText(), g.path("event").asText(), 0.5)) {
                    found++;
                    break;
                }
            }
            if (found == before) misses.add("timeline event missed\t" + g.path("when").asText() + "\t" + clip(g.path("event").asText()));
        }
        f.put("timeline_recall", ratio(found, n));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
