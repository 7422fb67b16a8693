package org.crosscheck.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    static Entity named(String name, String... idsAndTexts) {
        return Docs.analyze(LocalDate.of(2025, 3, 12), idsAndTexts).get(EntityResolver.ENTITIES).all().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no entity " + name));
    }

    @Test
    void aTitleWrittenBeforeTheNameIsKeptWithTheNameAsAnAlias() {
        Entity e = named("Ana Duarte", "a", "On Tuesday, Harbour Minister Ana Duarte opened the new bridge.\n");
        assertThat(e.aliases()).contains("Harbour Minister Ana Duarte");
    }

    @Test
    void anOrganisationsNameJoinsTheOneLongerNameThatOnlyAddsALeadingAcronym() {
        Entity e = named("UN Maritime Safety Council", "a", "The UN Maritime Safety Council met in Geneva on Monday.\n",
                "b", "The Maritime Safety Council said the harbour was unsafe.\n");
        assertThat(e.aliases()).contains("Maritime Safety Council");
    }
}
