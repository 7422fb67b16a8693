package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running {@code crosscheck serve}: {@code readers} clients each request the given pages
 * in turn, as fast as the server answers, while one document is uploaded and analysed; the run
 * lasts until the upload's job is finished and at least {@code minimum} has passed. Every answer
 * other than 200 (and every failed connection) is an error. Loopback only: the base address must be
 * 127.0.0.1 or localhost.
 */
public final class ServeLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a run measured.
     *
     * @param uploadState the upload's job at the end ("done", "failed", ...)
     * @param uploaded    whether the uploaded document is listed by /api/documents afterwards
     * @param errorSamples the first few errors, for a reader to see what went wrong
     */
    public record Result(int readers, long requests, long errors, double seconds, double p50Millis, double p99Millis, double maxMillis,
            String uploadState, boolean uploaded, List<String> errorSamples) {
        public double requestsPerSecond() {
            return requests / seconds;
        }

        public String line() {
            return String.format(Locale.ROOT, "%d readers: %d requests in %.1f s = %.0f requests/s, latency p50 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms; %d errors; upload %s, %s", readers, requests, seconds, requestsPerSecond(), p50Millis, p99Millis,
                    maxMillis, errors, uploadState, uploaded ? "listed after" : "NOT listed after");
        }
    }

    private ServeLoad() {}

    /**
     * Runs the load.
     *
     * @param base      the server's address, e.g. http://127.0.0.1:7070
     * @param pages     paths the readers request in turn
     * @param fileName  the name of the document uploaded during the run
     * @param document  its bytes
     * @param expectId  the document id the upload should get
     */
    public static Result run(URI base, List<String> pages, int readers, Duration minimum, String fileName, byte[] document, String expectId)
            throws InterruptedException {
        return run(base, null, pages, readers, minimum, fileName, document, expectId);
    }

    /** Runs the load on a server that wants an access token ({@code token}, sent as a bearer token; null for none). */
    public static Result run(URI base, String token, List<String> pages, int readers, Duration minimum, String fileName, byte[] document,
            String expectId) throws InterruptedException {
        String host = base.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) throw new IllegalArgumentException("load runs on loopback only, not " + base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // the header every request carries; a harmless one when the server wants no token (the builder refuses an empty list)
        String[] auth = token == null ? new String[] {"X-Crosscheck-Load", "1"} : new String[] {"Authorization", "Bearer " + token};
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(readers);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < readers; t++) {
            int offset = t;
            Thread th = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                started.countDown();
                for (int i = offset; !stop.get(); i++) {
                    String path = pages.get(i % pages.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).headers(auth).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) error(errors, samples, path + " answered " + r.statusCode());
                    } catch (IOException e) {
                        error(errors, samples, path + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                    mine[n++] = System.nanoTime() - t0;
                }
                latencies.add(Arrays.copyOf(mine, n));
            }, "load-reader-" + t);
            th.setDaemon(true);
            threads.add(th);
        }
        threads.forEach(Thread::start);
        started.await();
        long t0 = System.nanoTime();
        String state = upload(http, base, auth, fileName, document);
        long minimumEnd = t0 + minimum.toNanos();
        while (System.nanoTime() < minimumEnd) Thread.sleep(50);
        stop.set(true);
        for (Thread th : threads) th.join(60_000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        boolean listed = listed(http, base, auth, expectId);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(readers, all.length, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, state, listed, List.copyOf(samples));
    }

    /** Uploads the document and waits for its job; returns the job's final state. */
    private static String upload(HttpClient http, URI base, String[] auth, String name, byte[] bytes) throws InterruptedException {
        String boundary = "----crosscheck-load";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/documents")).headers(auth)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202) return "refused (" + r.statusCode() + ": " + r.body() + ")";
            String job = JSON.readTree(r.body()).path("id").asText();
            long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < until) {
                JsonNode s = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/jobs/" + job)).headers(auth).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                String state = s.path("state").asText();
                if (state.equals("done") || state.equals("failed")) return state + (state.equals("failed") ? " (" + s.path("message").asText() + ")" : "");
                Thread.sleep(50);
            }
            return "unfinished after 5 minutes";
        } catch (IOException e) {
            return "upload failed: " + e;
        }
    }

    private static boolean listed(HttpClient http, URI base, String[] auth, String id) throws InterruptedException {
        try {
            JsonNode docs = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/documents")).headers(auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode d : docs) if (d.path("id").asText().equals(id)) return true;
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void error(AtomicLong errors, List<String> samples, String what) {
        errors.incrementAndGet();
        if (samples.size() < 10) samples.add(what);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
