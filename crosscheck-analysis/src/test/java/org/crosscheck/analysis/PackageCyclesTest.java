package org.crosscheck.analysis;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The analysis packages depend on each other one way only: quotations are read before entities and speakers after
 * both, so no package needs one that needs it (a cycle would make the stages' order a matter of luck).
 */
class PackageCyclesTest {
    private static final JavaClasses ANALYSIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck.analysis");

    @Test
    void theAnalysisPackagesHaveNoCycle() {
        slices().matching("org.crosscheck.analysis.(*)..").should().beFreeOfCycles().check(ANALYSIS);
    }
}
