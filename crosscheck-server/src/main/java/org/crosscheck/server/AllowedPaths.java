package org.crosscheck.server;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders under which a caller may add documents by a path on the server's machine
 * ({@code serve --allow-path DIR}); none by default. A path is taken only when both its name and its
 * real location (after every symbolic link) lie under one of them, and every refusal reads the same
 * whether or not something exists at the path, so the answers tell a caller nothing about the rest
 * of the machine. Immutable and thread-safe.
 */
final class AllowedPaths {
    private final List<Path> roots;
    private final List<Path> named;

    /** @throws IllegalArgumentException when a folder given does not exist or is not a folder */
    AllowedPaths(List<Path> folders) {
        List<Path> real = new ArrayList<>();
        List<Path> names = new ArrayList<>();
        for (Path f : folders) {
            try {
                Path r = f.toRealPath();
                if (!java.nio.file.Files.isDirectory(r)) throw new IllegalArgumentException("--allow-path " + f + " is not a folder");
                real.add(r);
                names.add(f.toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new IllegalArgumentException("--allow-path " + f + ": no such folder", e);
            }
        }
        this.roots = List.copyOf(real);
        this.named = List.copyOf(names);
    }

    boolean any() {
        return !roots.isEmpty();
    }

    /** The real folders, for the walk that must not leave them. */
    List<Path> roots() {
        return roots;
    }

    /** The refusal of a path: no document is read from it, for a reason that is the same whatever is there. */
    static final class RefusedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * The real location of {@code raw}, when it is a file or folder under the allowed folders.
     *
     * @throws RefusedException otherwise, saying only that nothing readable is there
     */
    Path resolve(String raw) {
        String given = raw.strip();
        if (!any()) {
            throw new RefusedException("adding by a path is off on this server; start crosscheck serve with --allow-path DIR to allow "
                    + "reading files under DIR, or upload the files");
        }
        RefusedException refused = new RefusedException("there is no file or folder " + given + " under the folders this server may read ("
                + String.join(", ", named.stream().map(Path::toString).toList()) + ")");
        Path p;
        try {
            p = Path.of(given);
        } catch (InvalidPathException e) {
            throw refused;
        }
        if (!p.isAbsolute()) throw refused;
        Path norm = p.normalize();
        // judged by name first, so nothing outside is ever looked at
        if (roots.stream().noneMatch(norm::startsWith) && named.stream().noneMatch(norm::startsWith)) throw refused;
        Path real;
        try {
            real = norm.toRealPath();
        } catch (IOException e) {
            throw refused;
        }
        if (roots.stream().noneMatch(real::startsWith)) throw refused;
        return real;
    }
}
