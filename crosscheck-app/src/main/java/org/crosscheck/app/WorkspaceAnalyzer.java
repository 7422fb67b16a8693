package org.crosscheck.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentCheckpoint;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Pipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.analysis.pipeline.StageException;
import org.crosscheck.analysis.report.ReportAssembler;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Rejected;
import org.crosscheck.model.Report;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.report.HtmlReport;
import org.crosscheck.report.MarkdownBrief;
import org.crosscheck.report.ReportGeneration;
import org.crosscheck.report.ReportJson;
import org.crosscheck.workspace.NewDocument;
import org.crosscheck.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * One analysis of a workspace: the sources just read are added to those already in, all are
 * analysed together, and report.json, report.md and report.html are rewritten. The new sources are
 * analysed before they are committed, so a run that fails leaves the workspace's sources and reports as they were; a new
 * source the analysis fails on is skipped with the reason, like one that cannot be read. What each source's own analysis
 * found is kept in the workspace as soon as that source is done, so a run that is killed and started again resumes where
 * it stopped, and a later run that adds sources does not analyse the others' own text again. The
 * corpus name and reference date a run is given are remembered for later runs, so an upload
 * through the web view reads the sources as the first {@code analyze} did. Thread-safe if the
 * pipeline is; one workspace must be run by one thread at a time (the workspace is not thread-safe).
 */
public final class WorkspaceAnalyzer {
    static final String CORPUS_NAME = "corpus-name";
    static final String REFERENCE_DATE = "reference-date";

    private final Pipeline pipeline;
    private final String toolVersion;

    public WorkspaceAnalyzer(Pipeline pipeline, String toolVersion) {
        this.pipeline = pipeline;
        this.toolVersion = toolVersion;
    }

    /**
     * How a run names and dates its corpus; null fields fall back to what the workspace remembers,
     * then to the workspace folder's name and no reference date.
     */
    public record Settings(@Nullable String corpusName, @Nullable LocalDate referenceDate, List<MetaFile.Entry> meta, String metaBy) {
        public static final Settings REMEMBERED = new Settings(null, null);

        public Settings(@Nullable String corpusName, @Nullable LocalDate referenceDate) {
            this(corpusName, referenceDate, List.of(), "");
        }

        public Settings {
            meta = List.copyOf(meta);
        }

        /** The same settings with facts to set on sources, recorded as set by {@code by}. */
        public Settings withMeta(List<MetaFile.Entry> entries, String by) {
            return new Settings(corpusName, referenceDate, entries, by);
        }
    }

    /** A row of a --meta file names no source that was read or is in the workspace. */
    public static final class UnknownSourceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownSourceException(String message) {
            super(message);
        }
    }

    /**
     * What a run did.
     *
     * @param added    the sources this run added, with their ids in the workspace
     * @param known    how many sources read were already in the workspace (same SHA-256)
     * @param rejected each input that could not be read, with the reason
     * @param superseded the ids of the sources this run replaced by a newer version (the same path, changed bytes)
     * @param resumed  how many sources' own analysis (cleaning, sentences, names, quotes found) was taken from the
     *                 workspace, kept there by an earlier run (one that was killed, or one before sources were added)
     */
    public record Outcome(Report report, List<SourceDocument> added, int known, Map<String, String> rejected, List<String> superseded,
            int resumed) {
        public Outcome {
            added = List.copyOf(added);
            rejected = Map.copyOf(rejected);
            superseded = List.copyOf(superseded);
        }

        public Outcome(Report report, List<SourceDocument> added, int known, Map<String, String> rejected, List<String> superseded) {
            this(report, added, known, rejected, superseded, 0);
        }
    }

    /** The report files a run writes, in the order it writes them. */
    public static final List<String> REPORTS = List.of("report.json", "report.md", "report.html");

    /** The progress stage told just before a run commits its new sources, and the one told as each report is written. */
    public static final String COMMITTING = "committing";
    public static final String WRITING_REPORTS = "writing reports";

    /**
     * Whether every report file was made from the workspace's current generation. A workspace with no
     * source and no report is in step; a report missing beside sources, or one older than the
     * documents (a run killed between its commit and its reports), is not.
     */
    public static boolean reportsInStep(Workspace ws) {
        long generation = ws.generation();
        boolean empty = ws.documentCount() == 0;
        for (String name : REPORTS) {
            java.nio.file.Path file = ws.dir().resolve(name);
            if (!java.nio.file.Files.isRegularFile(file)) {
                if (!empty) return false;
                continue;
            }
            try {
                // only the head (or tail) that holds the number is read: a report.json can run to hundreds of megabytes
                if (ReportGeneration.of(file) != generation) return false;
            } catch (java.io.IOException e) {
                return false; // unreadable: written again
            }
        }
        return true;
    }

    /**
     * Writes the reports again from the workspace's sources when they are behind it (see
     * {@link #reportsInStep}); every entry point calls this when it opens a workspace.
     *
     * @return the fresh report, or null when the reports were in step (or there is nothing to report)
     */
    public @Nullable Report bringReportsInStep(Workspace ws, ProgressListener progress) {
        if (reportsInStep(ws) || ws.documentCount() == 0) return null;
        return run(ws, List.of(), Settings.REMEMBERED, progress).report();
    }

    /** There is nothing to analyse: no source could be read and the workspace holds none. */
    public static final class NothingToAnalyzeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingToAnalyzeException(String message) {
            super(message);
        }
    }

    private static int indexOf(List<SourceDocument> docs, String id) {
        for (int i = 0; i < docs.size(); i++) if (docs.get(i).id().equals(id)) return i;
        return -1;
    }

    /** What a --meta file sets, as requests against the sources' ids; a row naming no source stops the run before anything changes. */
    private static List<Workspace.OverrideRequest> requests(Settings settings, List<SourceDocument> all, Instant now) {
        List<Workspace.OverrideRequest> out = new ArrayList<>();
        for (MetaFile.Entry e : settings.meta()) {
            SourceDocument doc = find(all, e.file());
            if (doc == null) {
                throw new UnknownSourceException(settings.metaBy() + " row " + e.row() + ": no source read or in the workspace is named '"
                        + e.file() + "'; name it by its path, its file name or its id");
            }
            // an empty value puts the field back to what the text shows
            for (var v : e.values().entrySet()) {
                out.add(new Workspace.OverrideRequest(doc.id(), v.getKey(), v.getValue().isBlank() ? null : v.getValue(), settings.metaBy(), now));
            }
        }
        return out;
    }

    private static @Nullable SourceDocument find(List<SourceDocument> docs, String name) {
        String n = name.replace('\\', '/');
        for (SourceDocument d : docs) if (d.id().equals(n) || d.path().replace('\\', '/').equals(n)) return d;
        for (SourceDocument d : docs) {
            String p = d.path().replace('\\', '/');
            String file = p.substring(p.lastIndexOf('/') + 1);
            if (file.equals(n) || p.endsWith("/" + n)) return d;
        }
        return null;
    }

    /** The sources with the facts just set on top of those set before. */
    private static List<SourceDocument> withOverrides(List<SourceDocument> docs, List<Workspace.OverrideRequest> set) {
        if (set.isEmpty()) return docs;
        List<SourceDocument> out = new ArrayList<>();
        for (SourceDocument d : docs) {
            Map<String, org.crosscheck.model.FactOverride> o = new java.util.HashMap<>(d.overrides());
            for (Workspace.OverrideRequest r : set) {
                if (!r.document().equals(d.id())) continue;
                if (r.value() == null || r.value().isBlank()) {
                    o.remove(r.field());
                } else {
                    o.put(r.field(), new org.crosscheck.model.FactOverride(r.value().strip(), r.by(), r.at()));
                }
            }
            out.add(d.withOverrides(o));
        }
        return out;
    }

    /** The corpus name an earlier run gave this workspace, or null. */
    public static @Nullable String rememberedName(Workspace ws) {
        return ws.setting(CORPUS_NAME);
    }

    /** The settings a run on this workspace would use, given these. */
    public static Settings effective(Workspace ws, Settings given) {
        String name = given.corpusName() != null ? given.corpusName() : ws.setting(CORPUS_NAME);
        if (name == null) {
            var folder = ws.dir().toAbsolutePath().normalize().getFileName();
            name = folder == null ? "corpus" : folder.toString();
        }
        LocalDate ref = given.referenceDate();
        if (ref == null && ws.setting(REFERENCE_DATE) != null) ref = LocalDate.parse(ws.setting(REFERENCE_DATE));
        return new Settings(name, ref, given.meta(), given.metaBy());
    }

    /**
     * Adds what was read (skipping sources already in), analyses every source, and writes the
     * reports. Rejected inputs are recorded with the run.
     *
     * @throws NothingToAnalyzeException when there is no source at all; nothing is changed then
     */
    public Outcome run(Workspace ws, List<IngestResult> read, Settings given, ProgressListener progress) {
        List<NewDocument> fresh = new ArrayList<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int known = 0;
        Instant now = Instant.now();
        for (IngestResult r : read) {
            if (r instanceof Rejected x) {
                rejected.put(x.path(), x.reason());
            } else if (r instanceof Extracted x) {
                if (!seen.add(x.sha256()) || ws.contains(x.sha256())) {
                    known++;
                } else {
                    fresh.add(new NewDocument(x.suggestedId(), x.path(), x.original(), x.sha256(), x.mediaType(), now, x.text(), x.meta(),
                            x.flags(), x.fullLength(), null));
                }
            }
        }
        Settings settings = effective(ws, given);
        List<SourceDocument> existing = ws.documents();
        // a file read again with other bytes is a newer version of the same source: it replaces the old one, which is kept
        Map<String, String> currentByPath = new LinkedHashMap<>();
        for (SourceDocument d : existing) currentByPath.put(d.path(), d.id());
        for (int i = 0; i < fresh.size(); i++) {
            String old = currentByPath.get(fresh.get(i).path());
            if (old != null) fresh.set(i, fresh.get(i).superseding(old));
        }
        // each document's own results are kept in the workspace as it is done, so a killed run resumes where it stopped
        List<org.crosscheck.analysis.pipeline.DocumentStage> own = pipeline.ownStages();
        String analysis = DocumentResults.keepsAll(own) ? DocumentResults.analysis(own, toolVersion, settings.referenceDate()) : null;
        DocumentCheckpoint checkpoint = DocumentCheckpoint.NONE;
        CorpusAnalysis done;
        List<SourceDocument> added;
        List<String> superseded;
        List<Workspace.OverrideRequest> setNow = List.of();
        while (true) {
            added = ws.preview(fresh);
            superseded = fresh.stream().map(NewDocument::supersedes).filter(java.util.Objects::nonNull).toList();
            Set<String> replaced = Set.copyOf(superseded);
            List<SourceDocument> all = new ArrayList<>(existing.stream().filter(d -> !replaced.contains(d.id())).toList());
            all.addAll(added);
            setNow = requests(settings, all, now);
            all = withOverrides(all, setNow);
            if (all.isEmpty()) {
                throw new NothingToAnalyzeException(rejected.isEmpty() ? "no document to analyse"
                        : "no document could be read (" + rejected.size() + " skipped); nothing to analyse");
            }
            // counted afresh for each attempt: the documents given back are those of the attempt that succeeds
            checkpoint = analysis == null ? DocumentCheckpoint.NONE : new DocumentResults(ws, analysis);
            try {
                done = pipeline.run(CorpusAnalysis.of(new CorpusContext(settings.corpusName(), settings.referenceDate()),
                        all.stream().sorted(java.util.Comparator.comparing(SourceDocument::id)).map(DocumentAnalysis::of).toList()), progress,
                        checkpoint);
                break;
            } catch (StageException e) {
                // a new source the analysis cannot take is skipped with the reason, and the others are analysed without it
                int i = indexOf(added, e.doc());
                if (i < 0) throw e;
                rejected.put(fresh.get(i).path(), "could not be analysed (" + e.getMessage() + ")");
                fresh.remove(i);
            }
        }
        // the generation the commit below brings the workspace to; the reports carry it
        long generation = ws.generation() + (fresh.isEmpty() ? 0 : 1);
        Report report = ReportAssembler.assemble(done, Instant.now(), toolVersion).withGeneration(generation);
        byte[] json = ReportJson.write(report);
        byte[] md = MarkdownBrief.write(report);
        byte[] html = HtmlReport.write(report);
        progress.advanced(COMMITTING, 0, 1);
        // everything that can fail on the sources' account has run; now the workspace changes
        ws.add(fresh, rejected, toolVersion);
        if (!setNow.isEmpty()) ws.setOverrides(setNow);
        if (given.corpusName() != null) ws.setSetting(CORPUS_NAME, given.corpusName());
        if (given.referenceDate() != null) ws.setSetting(REFERENCE_DATE, given.referenceDate().toString());
        if (checkpoint instanceof DocumentResults kept) {
            // what an older build or other settings kept, and what was kept for sources no longer analysed, is of no more use
            ws.dropDocumentResultsExcept(kept.analysis(), done.documents().stream().map(d -> d.source().sha256())
                    .collect(java.util.stream.Collectors.toSet()));
        }
        progress.advanced(COMMITTING, 1, 1);
        // a kill from here on leaves reports behind the documents; the next open sees their generation and writes them again
        byte[][] contents = {json, md, html};
        for (int i = 0; i < REPORTS.size(); i++) {
            progress.advanced(WRITING_REPORTS, i, REPORTS.size());
            ws.writeFile(REPORTS.get(i), contents[i]);
        }
        progress.advanced(WRITING_REPORTS, REPORTS.size(), REPORTS.size());
        return new Outcome(report, added, known, rejected, superseded, checkpoint instanceof DocumentResults kept ? kept.restored() : 0);
    }
}
