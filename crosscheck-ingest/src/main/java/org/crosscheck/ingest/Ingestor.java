package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.SourceDocument.SourceMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files and folders a user names into documents. Folders are walked (hidden files and
 * the workspace's own files skipped, symbolic-link loops reported, depth bounded); each file is read
 * within the size limit, typed by its content, and extracted within the time limit. Whatever goes
 * wrong with one input becomes a {@link Rejected} naming it and the reason; the others are read.
 * One instance may be used by one thread at a time; it owns a worker thread, so close it.
 */
public final class Ingestor implements AutoCloseable {
    private final IngestLimits limits;
    private final TikaReader tika = new TikaReader();
    private ExecutorService current = newWorker();

    public Ingestor(IngestLimits limits) {
        this.limits = limits;
    }

    /**
     * The files under {@code paths}, in a stable order, with a rejection for each path that cannot be
     * walked. No symbolic link is followed out of the paths given.
     */
    public List<Path> files(List<Path> paths, Path skip, Consumer<Rejected> rejected) {
        return files(paths, paths, false, skip, rejected);
    }

    /**
     * The files under {@code paths}, in a stable order. Inside a folder, a symbolic link is read only
     * when it leads to a regular file under one of {@code roots} (or anywhere, with {@code followLinks});
     * every other link, and every FIFO, device or socket, is named to {@code rejected} with the reason,
     * as is each path that cannot be walked. A path named directly is taken as it is: the caller decided
     * it may be read. Hidden files and anything under {@code skip} (the workspace) are passed over.
     */
    public List<Path> files(List<Path> paths, List<Path> roots, boolean followLinks, Path skip, Consumer<Rejected> rejected) {
        List<Path> realRoots = new ArrayList<>();
        for (Path r : roots) {
            try {
                realRoots.add(r.toRealPath());
            } catch (IOException e) {
                // a root that does not exist holds nothing a link could lead to
            }
        }
        List<Path> out = new ArrayList<>();
        Path skipAbs = skip.toAbsolutePath().normalize();
        for (Path p : paths) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                rejected.accept(new Rejected(p.toString(), "no such file or folder"));
                continue;
            }
            if (!Files.exists(p)) {
                rejected.accept(new Rejected(p.toString(), "dangling symbolic link (its target does not exist)"));
                continue;
            }
            if (!Files.isDirectory(p)) {
                if (Files.isRegularFile(p)) out.add(p);
                else rejected.accept(new Rejected(p.toString(), notRegular(p) + ", not read"));
                continue;
            }
            try {
                Path start = Files.isSymbolicLink(p) ? p.toRealPath() : p;
                List<Path> found = new ArrayList<>();
                Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
                Files.walkFileTree(start, options, limits.maxDepth(), new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path abs = dir.toAbsolutePath().normalize();
                        if (abs.startsWith(skipAbs) || !dir.equals(start) && hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (hidden(file)) return FileVisitResult.CONTINUE;
                        if (attrs.isRegularFile()) {
                            found.add(file);
                        } else if (attrs.isSymbolicLink()) {
                            String why = link(file, realRoots);
                            if (why == null) found.add(file);
                            else rejected.accept(new Rejected(file.toString(), why));
                        } else if (attrs.isOther()) {
                            rejected.accept(new Rejected(file.toString(), notRegular(file) + ", not read"));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                                : e instanceof AccessDeniedException ? "permission denied"
                                : e instanceof NoSuchFileException && Files.isSymbolicLink(file) ? "dangling symbolic link (its target does not exist)"
                                : "cannot be read: " + e.getMessage();
                        rejected.accept(new Rejected(file.toString(), why));
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(null);
                out.addAll(found);
            } catch (IOException e) {
                rejected.accept(new Rejected(p.toString(), "cannot walk folder: " + e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Why a symbolic link met in a folder is not read, or null when it is: it leads to a regular file
     * inside the roots. A link whose target lies outside the roots by its very name is refused without
     * looking at the target, so the reason never tells whether something exists out there.
     */
    private static @Nullable String link(Path link, List<Path> roots) {
        String outside = "symbolic link leading out of the folders given, not followed (name its target itself, or use --follow-links)";
        try {
            Path named = link.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(link)).normalize();
            if (roots.stream().noneMatch(r -> named.startsWith(r) || named.toAbsolutePath().startsWith(r))) return outside;
            Path real;
            try {
                real = link.toRealPath();
            } catch (NoSuchFileException e) {
                return "dangling symbolic link (its target does not exist)";
            }
            if (roots.stream().noneMatch(real::startsWith)) return outside;
            if (Files.isDirectory(real)) {
                return link.toRealPath().equals(real) && link.toAbsolutePath().normalize().startsWith(real)
                        || link.toAbsolutePath().getParent().toRealPath().startsWith(real) ? "symbolic link loop, not followed"
                        : "symbolic link to a folder, not followed (name that folder itself to read it)";
            }
            if (!Files.isRegularFile(real)) return "symbolic link to " + notRegular(real) + ", not read";
            return null;
        } catch (IOException e) {
            return "symbolic link that cannot be resolved (" + e.getMessage() + "), not followed";
        }
    }

    /** What a path that is neither a file nor a folder is, in words. */
    private static String notRegular(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            switch (mode & 0170000) {
                case 0010000: return "a FIFO (named pipe), not a regular file";
                case 0020000: return "a character device, not a regular file";
                case 0060000: return "a block device, not a regular file";
                case 0140000: return "a socket, not a regular file";
                default: return "not a regular file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file";
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Reads one file: one result, or several for a web archive. Never throws for bad input. */
    public List<IngestResult> read(Path file) {
        String path = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return List.of(new Rejected(path, Files.isDirectory(file) ? "a folder, not a file" : notRegular(file) + ", not read"));
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return List.of(new Rejected(path, "too large: " + size + " bytes, the limit is " + limits.maxBytes()
                        + " (raise it with --max-bytes)"));
            }
            if (size == 0) return List.of(new Rejected(path, "empty file"));
            String name = file.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).matches(".*\\.warc(\\.gz)?$")) return warc(file);
            byte[] bytes = Files.readAllBytes(file);
            return List.of(withTimeout(path, () -> extract(path, name, bytes)));
        } catch (NoSuchFileException e) {
            return List.of(new Rejected(path, "no such file"));
        } catch (AccessDeniedException e) {
            return List.of(new Rejected(path, "permission denied"));
        } catch (IOException e) {
            return List.of(new Rejected(path, "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Reads an input that is already in memory (an upload, a page from a benchmark), named as a file
     * would be so its type can be told. Never throws for bad input.
     */
    public IngestResult read(String name, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return new Rejected(name, "too large: " + bytes.length + " bytes, the limit is " + limits.maxBytes());
        }
        if (bytes.length == 0) return new Rejected(name, "empty file");
        return withTimeout(name, () -> extract(name, name, bytes));
    }

    private List<IngestResult> warc(Path file) {
        String path = file.toString();
        List<IngestResult> out = new ArrayList<>();
        String base = idOf(file.getFileName().toString());
        try {
            int n = 0;
            for (WarcReader.Page page : WarcReader.pages(file, limits)) {
                n++;
                String id = base + "-" + n;
                String pagePath = path + "#" + page.uri();
                out.add(withTimeout(pagePath, () -> html(id, pagePath, page.payload(), page.charset(), page.uri())));
            }
            if (n == 0) out.add(new Rejected(path, "web archive holds no HTML pages"));
        } catch (IOException | RuntimeException e) {
            out.add(new Rejected(path, "not a readable web archive: " + e.getMessage()));
        }
        return out;
    }

    private interface Extraction {
        IngestResult run() throws Exception;
    }

    private IngestResult withTimeout(String path, Extraction x) {
        Future<IngestResult> f = current.submit(x::run);
        try {
            return f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            // the stuck thread may never stop: abandon it and read the next file on a fresh one
            current.shutdownNow();
            current = newWorker();
            return new Rejected(path, "extraction took longer than " + limits.timeout().toSeconds() + " s (raise it with --timeout)");
        } catch (ExecutionException e) {
            return new Rejected(path, explain(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Rejected(path, "interrupted");
        }
    }

    /** The reason a parser gave, from the deepest cause that says something, in one line. */
    static String explain(Throwable t) {
        String deepest = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (c instanceof OutOfMemoryError) return "too much memory needed to read it";
            String lm = m == null ? "" : m.toLowerCase(Locale.ROOT);
            if (c.getClass().getSimpleName().contains("ZipBomb") || lm.contains("zip bomb") || lm.contains("maximum length for this record")
                    || lm.contains("max. ratio")) {
                return "refused as a zip bomb (it expands to far more than its size)";
            }
            if (m != null && !m.isBlank() && !m.startsWith("Unexpected RuntimeException")) deepest = m;
            if (c.getCause() == c) break;
        }
        String msg = deepest == null ? t.getClass().getSimpleName() : deepest;
        return "could not be parsed: " + msg.lines().findFirst().orElse(msg).strip();
    }

    private IngestResult extract(String path, String name, byte[] bytes) throws Exception {
        String id = idOf(name);
        String lower = name.toLowerCase(Locale.ROOT);
        String type = tika.detect(bytes, name);
        if (type.equals("text/html") || type.equals("application/xhtml+xml") || lower.endsWith(".html") || lower.endsWith(".htm")) {
            return html(id, path, bytes, null, "");
        }
        if (type.startsWith("text/") && !type.equals("text/rtf") || lower.endsWith(".txt") || lower.endsWith(".md")) {
            try {
                TextDecoder.Decoded decoded = TextDecoder.read(bytes);
                if (decoded.text().isBlank()) return new Rejected(path, "no text in it (only white space)");
                return extracted(id, path, bytes, "text/plain", decoded.text(), SourceMetadata.NONE, decoded.flags());
            } catch (TextDecoder.NotTextException e) {
                return new Rejected(path, e.getMessage() + "; if it is a document of another format, give it the right extension");
            }
        }
        if (type.equals("application/octet-stream")) {
            return new Rejected(path, "unknown binary format (" + bytes.length + " bytes); crosscheck reads text, HTML, PDF, "
                    + "Word, ODT, e-mail and WARC files");
        }
        TikaReader.Result r = tika.read(bytes, name, limits.maxChars());
        if (r.text().isBlank()) return new Rejected(path, "no text could be extracted from this " + r.mediaType() + " file");
        return extracted(id, path, bytes, r.mediaType(), r.text(), r.meta(), r.cut() ? Set.of(DocumentFlag.TRUNCATED) : Set.of());
    }

    private IngestResult html(String id, String path, byte[] bytes, Charset charset, String uri) throws TextDecoder.NotTextException {
        TextDecoder.Decoded decoded = charset != null ? new TextDecoder.Decoded(new String(bytes, charset), Set.of()) : TextDecoder.read(bytes);
        HtmlReader.Page page = HtmlReader.read(decoded.text(), uri);
        if (page.text().isBlank()) return new Rejected(path, "the page has no readable text");
        return extracted(id, path, bytes, "text/html", page.text(), page.meta(), decoded.flags());
    }

    /**
     * The document with its text as analysed: line ends made {@code \n}, NUL bytes removed, and cut to
     * the most characters analysed. Nothing is cut silently: a cut text is flagged with its full length,
     * and the report and the web view say how much of it was read.
     */
    private Extracted extracted(String id, String path, byte[] bytes, String mediaType, String raw, SourceMetadata meta,
            Set<DocumentFlag> found) {
        Set<DocumentFlag> flags = EnumSet.noneOf(DocumentFlag.class);
        flags.addAll(found);
        String t = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (t.indexOf('\u0000') >= 0) {
            t = t.replace("\u0000", "");
            flags.add(DocumentFlag.NUL_REMOVED);
        }
        long full = t.length();
        if (t.length() > limits.maxChars()) {
            int cut = limits.maxChars();
            // never split a surrogate pair: a span must not end inside a character
            if (Character.isHighSurrogate(t.charAt(cut - 1))) cut--;
            t = t.substring(0, cut);
            flags.add(DocumentFlag.TRUNCATED);
        }
        return new Extracted(id, path, bytes, Hashes.sha256(bytes), mediaType, t, meta, flags, full);
    }

    /** A document id from a file name: the name without its extension, safe in a URL and a file name. */
    static String idOf(String fileName) {
        String base = fileName.replaceFirst("(\\.warc)?\\.[A-Za-z0-9]{1,5}$", "");
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        return safe.isEmpty() ? "document" : safe.length() > 100 ? safe.substring(0, 100) : safe;
    }

    @Override
    public void close() {
        current.shutdownNow();
    }

    /** The daemon thread extractions run on, so a stuck parser can be abandoned without holding up exit. */
    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crosscheck-extract");
            t.setDaemon(true);
            return t;
        });
    }
}
