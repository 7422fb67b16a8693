package org.crosscheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.FactOverride;

/**
 * A file of facts a user sets on sources ({@code crosscheck analyze --meta FILE}): CSV with a header
 * row ({@code file,outlet,published,title,url}) or JSON (an array of such objects, or an object from
 * file to its fields). {@code file} names a source by its path as given, its file name or its id.
 * Empty cells set nothing. A malformed file is refused whole, naming the row and the reason.
 */
public final class MetaFile {
    /**
     * One row: which source, and the fields it sets.
     *
     * @param row where in the file it stands (1-based, header not counted), for messages
     */
    public record Entry(int row, String file, Map<String, String> values) {
        public Entry {
            values = Map.copyOf(values);
        }
    }

    /** The file cannot be used; the message names it, the row and what to fix. */
    public static final class MetaFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MetaFileException(String message, Throwable cause) {
            super(message, cause);
        }

        MetaFileException(String message) {
            super(message);
        }
    }

    private MetaFile() {}

    /** What is wrong with {@code value} for {@code field}, or null when it may be set. */
    public static @org.jspecify.annotations.Nullable String problem(String field, String value) {
        if (!FactOverride.FIELDS.contains(field)) return "unknown field '" + field + "'; the fields are " + String.join(", ", FactOverride.FIELDS);
        if (value.length() > 500) return field + " is longer than 500 characters";
        if (field.equals("published")) {
            try {
                java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException x) {
                return "published must be a date as YYYY-MM-DD, not '" + value + "'";
            }
        }
        if (field.equals("url") && !value.matches("(?i)https?://\\S+")) return "url must start with http:// or https://, not '" + value + "'";
        return null;
    }

    public static List<Entry> read(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                if (root.isArray()) {
                    for (JsonNode n : root) rows.add(fields(n, null, file));
                } else if (root.isObject()) {
                    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
                    while (it.hasNext()) {
                        var e = it.next();
                        rows.add(fields(e.getValue(), e.getKey(), file));
                    }
                } else {
                    throw new MetaFileException(file + ": expected a JSON array of {file, outlet, published, title, url} objects");
                }
            } else {
                CsvMapper csv = new CsvMapper();
                try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(Files.newBufferedReader(file))) {
                    while (it.hasNext()) rows.add(it.next());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MetaFileException m) throw m;
            throw new MetaFileException(file + " cannot be read as CSV or JSON (" + e.getMessage()
                    + "); write a header row file,outlet,published,title,url and one row per source", e);
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String name = row.get("file");
            if (name == null || name.isBlank()) throw new MetaFileException(file + " row " + (i + 1) + ": no 'file' naming the source");
            Map<String, String> values = new LinkedHashMap<>();
            for (var e : row.entrySet()) {
                String k = e.getKey().strip().toLowerCase(Locale.ROOT);
                if (k.equals("file") || e.getValue() == null || e.getValue().isBlank()) continue;
                if (!FactOverride.FIELDS.contains(k)) {
                    throw new MetaFileException(file + " row " + (i + 1) + ": unknown column '" + e.getKey() + "'; the columns are file, "
                            + String.join(", ", FactOverride.FIELDS));
                }
                String v = e.getValue().strip();
                if (k.equals("published") && !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new MetaFileException(file + " row " + (i + 1) + ": published must be a date as YYYY-MM-DD, not '" + v + "'");
                }
                if (k.equals("published")) {
                    try {
                        java.time.LocalDate.parse(v);
                    } catch (java.time.format.DateTimeParseException x) {
                        throw new MetaFileException(file + " row " + (i + 1) + ": '" + v + "' is not a calendar date", x);
                    }
                }
                if (k.equals("url") && !v.matches("(?i)https?://\\S+")) {
                    throw new MetaFileException(file + " row " + (i + 1) + ": url must start with http:// or https://, not '" + v + "'");
                }
                if (v.length() > 500) throw new MetaFileException(file + " row " + (i + 1) + ": " + k + " is longer than 500 characters");
                values.put(k, v);
            }
            out.add(new Entry(i + 1, name.strip(), values));
        }
        return out;
    }

    private static Map<String, String> fields(JsonNode n, String file, Path source) {
        if (!n.isObject()) throw new MetaFileException(source + ": each entry must be an object of file, outlet, published, title, url");
        Map<String, String> m = new LinkedHashMap<>();
        if (file != null) m.put("file", file);
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return m;
    }
}
