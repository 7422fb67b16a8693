package org.crosscheck.server;

import org.jspecify.annotations.Nullable;

/**
 * Where one workspace's pages are served: under which path, and whether they may add to it. A
 * workspace served alone is at the root and takes additions; a story of a pile is served under
 * {@code /stories/ID}, read-only (an article joins a story through {@code analyze --stories}, which
 * keeps the index of stories up to date), and its pages link back to the index. Immutable.
 *
 * @param base     the path every page of the workspace starts with: empty at the root, else {@code /stories/ID}
 * @param editable whether the pages offer to add documents and to correct a source's facts
 * @param title    what the pages' header names the workspace by, in place of its name: a story's headline in the index; null for its name
 */
record Mount(String base, boolean editable, @Nullable String title) {
    /** A workspace served alone. */
    static final Mount ROOT = new Mount("", true, null);

    Mount {
        if (!base.isEmpty() && !base.matches("/stories/[0-9a-f]{1,64}")) throw new IllegalArgumentException("not a mount point: " + base);
    }

    /** The pages of story {@code id} of a pile. */
    static Mount story(String id, @Nullable String title) {
        return new Mount("/stories/" + id, false, title);
    }

    /** The address of a page of this workspace: {@code path} is the page's path at the root ("/", "/claims"). */
    String path(String path) {
        return base + path;
    }

    /** Whether the workspace is one story of a pile, whose pages link back to the index of stories. */
    boolean inPile() {
        return !base.isEmpty();
    }
}
