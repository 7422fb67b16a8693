package org.crosscheck.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What identifies the build of some code: for each jar or class folder the code comes from, its path and the size and
 * time of every file in it. A release's version names its build, but a build from changed sources keeps the version
 * ("0.1.0-SNAPSHOT"); results kept by one build must not be taken for another's, so the code itself is fingerprinted.
 * Only file sizes and times are read (a stat per file), not contents: cheap enough for every run. No library does this:
 * build plugins stamp a commit id, which a build from uncommitted sources does not change.
 */
final class BuildFingerprint {
    /** How deep the objects a stage holds are followed to find the code it runs (a stage, its analyzer, the tagger in that). */
    private static final int DEPTH = 3;

    private BuildFingerprint() {}

    /**
     * The lines naming the code of these objects and of the objects they hold (to {@value #DEPTH} levels), and of the
     * class path the process was started with; sorted, one per jar, folder or class path entry.
     */
    static List<String> of(List<?> roots) {
        Set<Path> sources = new TreeSet<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object r : roots) collect(r, DEPTH, sources, seen);
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) sources.add(Path.of(entry).toAbsolutePath().normalize());
        }
        List<String> out = new ArrayList<>();
        for (Path p : sources) out.add(describe(p));
        return out;
    }

    private static void collect(Object o, int depth, Set<Path> sources, Set<Object> seen) {
        if (!seen.add(o)) return;
        Class<?> c = o.getClass();
        Path source = source(c);
        if (source == null) return; // the JDK's own classes: named by the Java version, not followed
        sources.add(source);
        if (depth == 0) return;
        for (Class<?> k = c; k != null && source(k) != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                Object v;
                try {
                    if (!f.trySetAccessible()) continue;
                    v = f.get(o);
                } catch (IllegalAccessException | RuntimeException e) {
                    continue; // a field a module keeps closed: its class is still fingerprinted above
                }
                if (v != null) collect(v, depth - 1, sources, seen);
            }
        }
    }

    private static @org.jspecify.annotations.Nullable Path source(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) return null;
        try {
            return Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private static String describe(Path p) {
        try {
            if (Files.isRegularFile(p)) return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
            if (!Files.isDirectory(p)) return p + " absent";
            StringBuilder b = new StringBuilder(p.toString());
            try (var files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    b.append('\n').append(p.relativize(f)).append(' ').append(Files.size(f)).append(' ')
                            .append(Files.getLastModifiedTime(f).toMillis());
                }
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + " to tell which build is running: " + e.getMessage(), e);
        }
    }
}
