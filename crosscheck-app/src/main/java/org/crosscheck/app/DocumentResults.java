package org.crosscheck.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.clean.DocumentFacts;
import org.crosscheck.analysis.entities.EntityResolver;
import org.crosscheck.analysis.entities.MentionFinder;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentCheckpoint;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.quotes.FoundQuote;
import org.crosscheck.analysis.quotes.QuoteFinder;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * Each document's own results kept in the workspace (gzipped JSON, one row per document, written as the document is
 * done), keyed by the SHA-256 of its original and by the analysis: a digest of the build that ran the document stages and
 * of the settings that can change what they find. A row is given back only when the document is the one analysed then
 * (same id, text and facts set), so a changed tool, setting or fact never reuses stale results. Thread-safe.
 */
final class DocumentResults implements DocumentCheckpoint {
    /** The values the standard document stages provide, with their types; a stage providing any other is not kept. */
    private static final Map<Key<?>, TypeReference<?>> KEPT = keptTypes();

    private static Map<Key<?>, TypeReference<?>> keptTypes() {
        Map<Key<?>, TypeReference<?>> m = new LinkedHashMap<>();
        m.put(BoilerplateFilter.CLEANED, new TypeReference<CleanedDocument>() { });
        m.put(DocumentFacts.FACTS, new TypeReference<DocumentFacts.Facts>() { });
        m.put(SentenceStage.SENTENCES, new TypeReference<List<Sentence>>() { });
        m.put(MentionFinder.NAMES, new TypeReference<List<NameMention>>() { });
        m.put(QuoteFinder.FOUND_QUOTES, new TypeReference<List<FoundQuote>>() { });
        m.put(EntityResolver.SPEAKER_DESCRIPTIONS, new TypeReference<List<Span>>() { });
        return Map.copyOf(m);
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final Workspace ws;
    private final String analysis;
    private final AtomicInteger restored = new AtomicInteger();

    /** The results kept in {@code ws} under {@code analysis} (see {@link #analysis}). */
    DocumentResults(Workspace ws, String analysis) {
        this.ws = ws;
        this.analysis = analysis;
    }

    /** Whether every value these stages provide is one this class can keep. */
    static boolean keepsAll(List<DocumentStage> stages) {
        return !stages.isEmpty() && stages.stream().allMatch(s -> KEPT.keySet().containsAll(s.provides()));
    }

    /** How many documents' results were given back so far. */
    int restored() {
        return restored.get();
    }

    String analysis() {
        return analysis;
    }

    /** The digest naming an analysis: the tool's version, the code of the stages and what they hold, and the reference date. */
    static String analysis(List<DocumentStage> stages, String toolVersion, @Nullable LocalDate referenceDate) {
        StringBuilder b = new StringBuilder("crosscheck document results v1\n").append(toolVersion).append('\n');
        for (DocumentStage s : stages) b.append(s.name()).append(' ').append(s.getClass().getName()).append('\n');
        b.append("reference date ").append(referenceDate).append('\n');
        for (String line : BuildFingerprint.of(stages)) b.append(line).append('\n');
        return sha256(b.toString());
    }

    /** The digest of a document as the stages see it: everything of it but when it was read. */
    static String input(SourceDocument d) {
        StringBuilder b = new StringBuilder();
        for (String s : new String[] {d.id(), d.path(), d.sha256(), d.mediaType(), d.text(), d.meta().title(), d.meta().outlet(),
                d.meta().author(), d.meta().published() == null ? null : d.meta().published().toString(), d.meta().url()}) {
            // each field with its length, so no two documents' fields run together into one string
            b.append(s == null ? -1 : s.length()).append(':').append(s == null ? "" : s);
        }
        b.append(d.flags().stream().map(DocumentFlag::label).sorted().toList()).append(d.fullLength());
        for (var o : new TreeMap<>(d.overrides()).entrySet()) b.append('|').append(o.getKey()).append('=').append(o.getValue().value());
        return sha256(b.toString());
    }

    @Override
    public Optional<DocumentAnalysis> restore(DocumentAnalysis fresh, List<DocumentStage> stages) {
        SourceDocument d = fresh.source();
        byte[] data = ws.documentResult(d.sha256(), analysis, input(d));
        if (data == null) return Optional.empty();
        try {
            JsonNode root = JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(data)));
            DocumentAnalysis a = fresh;
            for (DocumentStage s : stages) {
                for (Key<?> k : s.provides()) a = with(a, k, root.get(k.name()));
            }
            restored.incrementAndGet();
            return Optional.of(a);
        } catch (IOException | RuntimeException e) {
            // a row this build cannot read (it was keyed to this build, so it was damaged): the document is analysed again
            System.err.println("crosscheck: the kept analysis of " + d.path() + " cannot be read (" + e.getMessage() + "); analysing it again");
            return Optional.empty();
        }
    }

    private static <T> DocumentAnalysis with(DocumentAnalysis a, Key<T> key, @Nullable JsonNode value) throws IOException {
        if (value == null) throw new IOException("no '" + key + "' in it");
        JavaType type = JSON.getTypeFactory().constructType(KEPT.get(key));
        T v = JSON.readerFor(type).readValue(value);
        return a.with(key, v);
    }

    @Override
    public void keep(DocumentAnalysis done, List<DocumentStage> stages) {
        ObjectNode root = JSON.createObjectNode();
        for (DocumentStage s : stages) {
            for (Key<?> k : s.provides()) root.set(k.name(), JSON.valueToTree(done.get(k)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gz, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written to memory: cannot happen
        }
        SourceDocument d = done.source();
        ws.keepDocumentResult(d.sha256(), analysis, input(d), bytes.toByteArray());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
