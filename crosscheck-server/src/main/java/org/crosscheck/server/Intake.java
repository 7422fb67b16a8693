package org.crosscheck.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.ingest.Rejected;
import org.crosscheck.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds documents to the workspace while the server keeps serving: each submission becomes a job
 * run on one worker thread (the workspace and the ingestor are single-threaded, and analyses of one
 * workspace must not interleave), in order, with its progress readable at any time. A job whose
 * inputs cannot be read, or whose analysis fails, changes nothing; one that succeeds replaces the
 * snapshot readers see. Thread-safe.
 */
final class Intake implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
    /** Jobs waiting beyond this many are refused (the server answers 503) rather than queued without bound. */
    static final int QUEUE = 16;
    private static final int KEPT = 500;

    enum State {
        QUEUED, READING, ANALYSING, DONE, FAILED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /**
     * What a job has done so far. {@code added} are the ids of the documents it added;
     * {@code skipped} names each input it could not read, with the reason.
     */
    record Status(String id, String label, State state, @Nullable String stage, long done, long total, String message,
            List<String> added, List<String> skipped) {
        Status {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }

        Status with(State s, String m) {
            return new Status(id, label, s, stage, done, total, m, added, skipped);
        }
    }

    /** A file a user sent, already in memory (its size was bounded by the server). */
    record Upload(String name, byte[] bytes) {}

    /** The worker is busy with as many jobs as it queues. */
    static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super(QUEUE + " additions are already waiting; try again when they are done");
        }
    }

    private final Workspace ws;
    private final WorkspaceAnalyzer analyzer;
    private final Ingestor ingestor;
    private final java.util.function.Consumer<Snapshot> publish;
    private final ThreadPoolExecutor worker;
    private final Map<String, AtomicReference<Status>> jobs = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AtomicReference<Status>> eldest) {
            return size() > KEPT;
        }
    });
    private final AtomicLong ids = new AtomicLong();

    private final Duration stallLimit;
    private ExecutorService analysis = analysisThread();

    /** @param stallLimit the longest an analysis may go without finishing a document or a stage */
    /** @param publish makes a new snapshot the one every request reads (after indexing it for search) */
    Intake(Workspace ws, WorkspaceAnalyzer analyzer, Ingestor ingestor, java.util.function.Consumer<Snapshot> publish, Duration stallLimit) {
        this.ws = ws;
        this.analyzer = analyzer;
        this.ingestor = ingestor;
        this.publish = publish;
        this.stallLimit = stallLimit;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "crosscheck-intake");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues uploaded files; returns the job id. */
    String submit(List<Upload> uploads) {
        String label = uploads.size() == 1 ? uploads.get(0).name() : uploads.size() + " files";
        return submit(label, () -> {
            List<IngestResult> out = new ArrayList<>();
            for (Upload u : uploads) out.add(ingestor.read(u.name(), u.bytes()));
            return out;
        });
    }

    /**
     * Queues a file or folder on this machine, already checked to lie under {@code roots}; no symbolic
     * link inside it is followed out of them. Returns the job id.
     */
    String submit(Path path, List<Path> roots) {
        return submit(path.toString(), () -> {
            List<IngestResult> out = new ArrayList<>();
            for (Path f : ingestor.files(List.of(path), roots, false, ws.dir(), out::add)) out.addAll(ingestor.read(f));
            return out;
        });
    }

    /**
     * Queues facts a user set on one source (an empty value puts a field back to what the text shows):
     * they are recorded with who and when, and everything is analysed again with them.
     */
    String submitFacts(String docId, Map<String, String> values, String by) {
        String id = String.valueOf(ids.incrementAndGet());
        AtomicReference<Status> job = new AtomicReference<>(new Status(id, "facts of " + docId, State.QUEUED, null, 0, 0, "waiting",
                List.of(), List.of()));
        jobs.put(id, job);
        try {
            worker.execute(() -> {
                try {
                    update(job, s -> s.with(State.ANALYSING, "analysing"));
                    WorkspaceAnalyzer.Outcome outcome = analyzer.run(ws, List.of(), WorkspaceAnalyzer.Settings.REMEMBERED
                            .withMeta(List.of(new org.crosscheck.app.MetaFile.Entry(1, docId, values)), by),
                            (stage, done, total) -> update(job, s -> new Status(s.id(), s.label(), s.state(), stage, done, total, s.message(),
                                    s.added(), s.skipped())));
                    publish.accept(new Snapshot(outcome.report()));
                    update(job, s -> new Status(s.id(), s.label(), State.DONE, null, 0, 0, "recorded " + String.join(", ", values.keySet())
                            + " of " + docId + " and analysed again", List.of(), s.skipped()));
                } catch (RuntimeException e) {
                    LOG.error("setting facts of {} failed", docId, e);
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    update(job, s -> s.with(State.FAILED, why + ". Nothing was recorded unless the reports say so; the original is untouched."));
                }
            });
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new BusyException();
        }
        return id;
    }

    private String submit(String label, Supplier<List<IngestResult>> read) {
        String id = String.valueOf(ids.incrementAndGet());
        AtomicReference<Status> job = new AtomicReference<>(new Status(id, label, State.QUEUED, null, 0, 0, "waiting", List.of(), List.of()));
        jobs.put(id, job);
        try {
            worker.execute(() -> work(job, read));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new BusyException();
        }
        return id;
    }

    @Nullable Status status(String id) {
        AtomicReference<Status> job = jobs.get(id);
        return job == null ? null : job.get();
    }

    private void work(AtomicReference<Status> job, Supplier<List<IngestResult>> read) {
        List<String> added = new ArrayList<>();
        List<String> freshHashes = new ArrayList<>();
        try {
            update(job, s -> s.with(State.READING, "reading"));
            List<IngestResult> results = read.get();
            List<String> skipped = new ArrayList<>();
            int extracted = 0;
            for (IngestResult r : results) {
                if (r instanceof Rejected x) skipped.add(x.path() + ": " + x.reason());
                if (r instanceof Extracted x) {
                    extracted++;
                    if (!ws.contains(x.sha256())) freshHashes.add(x.sha256());
                }
            }
            update(job, s -> new Status(s.id(), s.label(), s.state(), s.stage(), 0, 0, s.message(), List.of(), skipped));
            if (freshHashes.isEmpty()) {
                if (extracted == 0) {
                    update(job, s -> s.with(State.FAILED, "nothing could be read" + (skipped.isEmpty() ? "" : ": " + String.join("; ", skipped))
                            + ". The workspace is unchanged."));
                } else {
                    update(job, s -> s.with(State.DONE, "already in the workspace (same SHA-256); nothing new to analyse"));
                }
                return;
            }
            update(job, s -> s.with(State.ANALYSING, "analysing"));
            WorkspaceAnalyzer.Outcome outcome = analyse(results, (stage, done, total) -> update(job, s -> new Status(s.id(), s.label(),
                    s.state(), stage, done, total, s.message(), s.added(), s.skipped())));
            publish.accept(new Snapshot(outcome.report()));
            outcome.added().forEach(d -> added.add(d.id()));
            update(job, s -> new Status(s.id(), s.label(), State.DONE, null, 0, 0, "added " + org.crosscheck.report.Wording.count(added.size(), "document") + "; "
                    + org.crosscheck.report.Wording.count(outcome.report().documents().size(), "document") + " analysed together", added, s.skipped()));
        } catch (RuntimeException e) {
            LOG.error("adding {} failed", job.get().label(), e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // the analysis commits only after everything that depends on the sources has run
            boolean committed = freshHashes.stream().anyMatch(ws::contains);
            update(job, s -> s.with(State.FAILED, why + (committed ? ". The documents were added but the reports could not be rewritten;"
                    + " they are written again when the workspace is next opened (crosscheck serve or analyze)." : ". Nothing was added; the workspace is as it was.")));
        }
    }

    /** The analysis stalled: no document or stage finished within the limit. */
    static final class StalledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StalledException(String message) {
            super(message);
        }
    }

    /**
     * Runs the analysis on a thread of its own and watches it: when no document or stage finishes
     * within the stall limit, the job fails and the worker moves on. The abandoned analysis cannot
     * commit: it is stopped at its next progress report, which comes before the commit at the latest.
     * (A Java thread cannot be killed; what it computes until then is wasted.)
     */
    private WorkspaceAnalyzer.Outcome analyse(List<IngestResult> results, ProgressListener shown) {
        AtomicLong last = new AtomicLong(System.nanoTime());
        AtomicReference<String> stage = new AtomicReference<>("starting");
        AtomicBoolean abandoned = new AtomicBoolean();
        ProgressListener watched = (name, done, total) -> {
            if (abandoned.get()) throw new java.util.concurrent.CancellationException("the analysis was abandoned");
            last.set(System.nanoTime());
            stage.set(name);
            shown.advanced(name, done, total);
        };
        Future<WorkspaceAnalyzer.Outcome> f = analysis.submit(() -> analyzer.run(ws, results, WorkspaceAnalyzer.Settings.REMEMBERED, watched));
        while (true) {
            try {
                return f.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                String now = stage.get();
                boolean committing = now.equals(WorkspaceAnalyzer.COMMITTING) || now.equals(WorkspaceAnalyzer.WRITING_REPORTS);
                if (!committing && System.nanoTime() - last.get() > stallLimit.toNanos()) {
                    abandoned.set(true);
                    f.cancel(true);
                    analysis.shutdownNow();
                    analysis = analysisThread();
                    throw new StalledException("the analysis went " + stallLimit.toSeconds() + " s without finishing a document (stage " + now
                            + "); a document this slow would hold up every other addition");
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandoned.set(true);
                throw new IllegalStateException("interrupted while analysing", e);
            }
        }
    }

    private static ExecutorService analysisThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crosscheck-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    private static void update(AtomicReference<Status> job, UnaryOperator<Status> change) {
        job.updateAndGet(change);
    }

    @Override
    public void close() {
        // the running job finishes (it commits or changes nothing); queued ones never start
        worker.getQueue().clear();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        analysis.shutdown();
    }
}
