package org.crosscheck.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold file as {@code ../shared/gold/SCHEMA.md} has it, read either way it may be kept: with
 * its texts copied from the corpus, or in stand-off form, where a text is
 * {@code {"ref": "doc:line:start-end"}} (line 1-based, character offsets in that line) and is read
 * from the corpus here. The project keeps its own golds in stand-off form, since the corpora are
 * other people's writing. Stateless.
 */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {}

    /** The gold with every reference replaced by the text it points at in {@code corpusDir}. */
    public static JsonNode read(Path goldFile, Path corpusDir) throws IOException {
        JsonNode gold = JSON.readTree(goldFile.toFile());
        Map<String, List<String>> lines = new HashMap<>();
        for (JsonNode d : gold.path("documents")) {
            String id = d.path("id").asText();
            Path file = corpusDir.resolve(d.path("file").asText());
            if (Files.isRegularFile(file)) lines.put(id, List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
        }
        return resolve(gold, lines, goldFile);
    }

    private static JsonNode resolve(JsonNode node, Map<String, List<String>> lines, Path goldFile) {
        if (node instanceof ObjectNode o) {
            if (o.size() == 1 && o.has("ref") && o.get("ref").isTextual()) return new TextNode(text(o.get("ref").asText(), lines, goldFile));
            var names = o.fieldNames();
            List<String> keys = new java.util.ArrayList<>();
            names.forEachRemaining(keys::add);
            for (String k : keys) o.set(k, resolve(o.get(k), lines, goldFile));
            return o;
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) a.set(i, resolve(a.get(i), lines, goldFile));
        }
        return node;
    }

    private static String text(String ref, Map<String, List<String>> lines, Path goldFile) {
        String[] parts = ref.split(":");
        String[] range = parts.length == 3 ? parts[2].split("-") : new String[0];
        List<String> doc = parts.length == 3 ? lines.get(parts[0]) : null;
        if (doc == null || range.length != 2) {
            throw new IllegalArgumentException(goldFile + ": the reference " + ref + " names no document of the corpus "
                    + "(give --corpus the folder the gold was made on)");
        }
        int line = Integer.parseInt(parts[1]);
        int start = Integer.parseInt(range[0]);
        int end = Integer.parseInt(range[1]);
        if (line < 1 || line > doc.size() || end > doc.get(line - 1).length() || start > end) {
            throw new IllegalArgumentException(goldFile + ": the reference " + ref + " lies outside its document; "
                    + "is the corpus the one the gold was made on?");
        }
        return doc.get(line - 1).substring(start, end);
    }
}
