package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI description is valid, declares how to authenticate and what can be asked, and types every field the live API sends. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {
    @TempDir
    static Path tmp;

    DemoServer demo;
    OpenAPI api;

    @BeforeAll
    void start() {
        demo = DemoServer.start(tmp.resolve("server"));
        String spec = demo.get("/api/openapi.json").body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec, null, null);
        assertThat(parsed.getMessages()).as("what swagger-parser finds wrong").isEmpty();
        api = parsed.getOpenAPI();
    }

    @AfterAll
    void stop() {
        if (demo != null) demo.close();
    }

    @Test
    void everyRequestIsDeclaredToNeedTheBearerToken() {
        assertThat(api.getComponents().getSecuritySchemes().get("token").getScheme()).isEqualTo("bearer");
        assertThat(api.getSecurity()).hasSize(1);
        assertThat(api.getSecurity().get(0)).containsKey("token");
    }

    @Test
    void listsDeclareTheirFiltersAndPagingAndSearchItsQuery() {
        for (String list : List.of("/api/claims", "/api/quotes", "/api/entities", "/api/discrepancies", "/api/timeline", "/api/relations")) {
            List<String> names = new ArrayList<>();
            for (Parameter p : api.getPaths().get(list).getGet().getParameters()) names.add(resolve(p).getName());
            assertThat(names).as(list).containsExactlyInAnyOrder("doc", "offset", "limit");
        }
        List<String> search = api.getPaths().get("/api/search").getGet().getParameters().stream().map(p -> resolve(p).getName()).toList();
        assertThat(search).contains("q", "source", "speaker", "entity", "modality", "kind", "single", "disputed");
    }

    @Test
    void everyFieldOfTheLiveReportIsDeclaredWithItsType() {
        List<String> problems = new ArrayList<>();
        check(demo.json("/api/report"), schema("Report"), "report", problems);
        check(demo.json("/api/overview"), schema("Overview"), "overview", problems);
        check(demo.json("/api/search?q=bridge"), new io.swagger.v3.oas.models.media.ArraySchema().items(schema("SearchHit")), "search", problems);
        assertThat(demo.json("/api/search?q=bridge")).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    private Parameter resolve(Parameter p) {
        if (p.get$ref() == null) return p;
        return api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
    }

    private Schema<?> schema(String name) {
        return api.getComponents().getSchemas().get(name);
    }

    private Schema<?> deref(Schema<?> s) {
        while (s != null && s.get$ref() != null) s = schema(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1));
        return s;
    }

    /** The properties a schema declares, its allOf parts' included. */
    private Map<String, Schema> properties(Schema<?> s) {
        Map<String, Schema> out = new LinkedHashMap<>();
        s = deref(s);
        if (s instanceof ComposedSchema c && c.getAllOf() != null) for (Schema<?> part : c.getAllOf()) out.putAll(properties(part));
        if (s.getProperties() != null) out.putAll(s.getProperties());
        return out;
    }

    private void check(JsonNode value, Schema<?> declared, String where, List<String> problems) {
        Schema<?> s = deref(declared);
        if (value.isNull()) {
            if (!Boolean.TRUE.equals(s.getNullable())) problems.add(where + " is null but not declared nullable");
            return;
        }
        String type = s.getType() != null ? s.getType() : s instanceof ComposedSchema ? "object" : null;
        if (type == null) {
            problems.add(where + " has no declared type");
            return;
        }
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(where + " is not an object");
                    return;
                }
                Map<String, Schema> props = properties(s);
                Object extra = s.getAdditionalProperties();
                for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    Schema<?> p = props.get(f);
                    if (p == null && extra instanceof Schema<?> e) p = e;
                    if (p == null) problems.add(where + "." + f + " is not declared");
                    else check(value.get(f), p, where + "." + f, problems);
                }
            }
            case "array" -> {
                if (!value.isArray()) problems.add(where + " is not an array");
                else if (!value.isEmpty()) check(value.get(0), s.getItems(), where + "[0]", problems); // the first item stands for all
                if (value.size() > 1) check(value.get(value.size() - 1), s.getItems(), where + "[last]", problems);
            }
            case "string" -> { if (!value.isTextual()) problems.add(where + " is not a string"); }
            case "integer" -> { if (!value.isIntegralNumber()) problems.add(where + " is not an integer"); }
            case "number" -> { if (!value.isNumber()) problems.add(where + " is not a number"); }
            case "boolean" -> { if (!value.isBoolean()) problems.add(where + " is not a boolean"); }
            default -> problems.add(where + " has the unknown type " + type);
        }
    }
}
