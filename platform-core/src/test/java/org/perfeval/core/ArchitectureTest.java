package org.perfeval.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** platform-core's packages: no cycles between them, none too big to take in, authorization declared by type. */
class ArchitectureTest {

    /** The most top-level classes a package may hold before it is split by feature. */
    static final int MAX_CLASSES_PER_PACKAGE = 20;

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.perfeval.core");

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.perfeval.core.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void noPackageHoldsMoreThanTwentyClasses() {
        Map<String, Long> sizes = CORE.stream()
                .filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));

        assertThat(sizes).isNotEmpty().allSatisfy((name, size) -> assertThat(size).as(name)
                .isLessThanOrEqualTo((long) MAX_CLASSES_PER_PACKAGE));
    }

    /** Roles are named by the Roles constants in @RolesAllowed, logging in by @LoggedIn, never by an expression. */
    @Test
    void servicesDeclareWhoMayCallThemWithoutExpressions() {
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("org.perfeval.core..")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CORE);
    }
}
