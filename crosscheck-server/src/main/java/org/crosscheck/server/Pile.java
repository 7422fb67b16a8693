package org.crosscheck.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.app.StoryPile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories of a pile ({@code analyze --stories --out DIR}) as the server opens them: a story's
 * workspace is opened the first time its pages are asked for, and kept open until {@link #close}.
 * A story is opened only when the index lists its id and its folder is a real folder directly in
 * {@code DIR/stories} (not a link, not anywhere else), so no path in a request reaches outside the
 * pile. Thread-safe.
 */
final class Pile implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pile.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{1,64}");
    private static final Pattern IN_STORY = Pattern.compile("/stories/([^/]+)(/.*)?");

    /** A story's pages, and what to close when the server stops. */
    record Story(CrosscheckServer.View view, AutoCloseable resources) {}

    /** Opens the story with the given id (checked) in its workspace; the caller closes what it returns. */
    interface Opener {
        Story open(String id);
    }

    /** A story that cannot be shown: unknown (404), or in use by another run (503). */
    static final class UnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        UnavailableException(int status, String message, @Nullable Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final Path dir;
    private final Path stories;
    private final Opener opener;
    private final Map<String, Story> open = new LinkedHashMap<>();
    private boolean closed;

    /** @throws IllegalArgumentException when {@code dir} holds no index of stories, or it cannot be read */
    Pile(Path dir, Opener opener) {
        this.dir = dir;
        this.opener = opener;
        try {
            if (!Files.isRegularFile(dir.resolve("stories.json"))) {
                throw new IllegalArgumentException(dir + " holds no stories.json: it is not the --out of analyze --stories");
            }
            StoryPile.readIndex(dir);
            this.stories = dir.resolve("stories").toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the stories in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The stories as the index lists them now (an {@code analyze --stories} run may have added some since the server started). */
    List<StoryPile.Entry> stories() {
        try {
            return StoryPile.readIndex(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index of stories in " + dir, e);
        }
    }

    /**
     * The pages of story {@code id}, opened on first use.
     *
     * @throws UnavailableException when the index lists no such story, its folder is not a real folder of the pile, or another run holds it
     */
    CrosscheckServer.View view(String id) {
        if (!ID.matcher(id).matches()) throw unknown(id);
        synchronized (open) {
            if (closed) throw new UnavailableException(503, "The server is stopping.", null);
            Story s = open.get(id);
            if (s != null) return s.view();
            if (stories().stream().noneMatch(e -> e.id().equals(id))) throw unknown(id);
            Path folder = stories.resolve(id);
            try {
                // a link (to a folder inside the pile or out of it) is refused: what is served is the pile's own folders
                if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        || !folder.toRealPath().equals(folder)) {
                    throw unknown(id);
                }
            } catch (IOException e) {
                throw unknown(id);
            }
            try {
                s = opener.open(id);
            } catch (org.crosscheck.workspace.WorkspaceException e) {
                LOG.warn("story {} cannot be opened", id, e);
                throw new UnavailableException(503, "Story " + id + " cannot be opened now (another crosscheck run may be adding to it); "
                        + "try again when it has finished.", e);
            }
            open.put(id, s);
            return s.view();
        }
    }

    /** The pages of the story a request's path is in, when it is in one that can be shown. */
    CrosscheckServer.@Nullable View viewOf(Context ctx) {
        Matcher m = IN_STORY.matcher(ctx.path());
        if (!m.matches()) return null;
        try {
            return view(m.group(1));
        } catch (UnavailableException e) {
            return null;
        }
    }

    private static UnavailableException unknown(String id) {
        return new UnavailableException(HttpStatus.NOT_FOUND.getCode(), "There is no story " + id + " in this pile.", null);
    }

    /** Closes every story opened. */
    @Override
    public void close() {
        synchronized (open) {
            closed = true;
            for (var e : open.entrySet()) {
                try {
                    e.getValue().resources().close();
                } catch (Exception x) {
                    LOG.warn("closing story {} failed", e.getKey(), x);
                }
            }
            open.clear();
        }
    }
}
