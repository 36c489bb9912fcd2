package org.perfeval.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The workflow's features each have one home: no cycles between them (a feature that only reacts to another listens
 * to its events), each serves its own HTTP calls, and none grows past twenty classes.
 */
class WorkflowArchitectureTest {

    private static final JavaClasses WORKFLOW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.perfeval.workflow");

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("org.perfeval.workflow.(*)..").should().beFreeOfCycles().check(WORKFLOW);
    }

    @Test
    void theProcessKnowsNothingOfTheFeaturesThatReactToIt() {
        noClasses().that().resideInAPackage("org.perfeval.workflow.process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.perfeval.workflow.audit..",
                        "org.perfeval.workflow.history..", "org.perfeval.workflow.notification..",
                        "org.perfeval.workflow.disclosure..", "org.perfeval.workflow.inbox..",
                        "org.perfeval.workflow.deadline..")
                .check(WORKFLOW);
    }

    @Test
    void controllersLiveInTheirFeatureAndAreNotPublic() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic()
                .andShould().resideOutsideOfPackage("org.perfeval.workflow.api..").check(WORKFLOW);
    }

    @Test
    void noFeatureHoldsMoreThanTwentyClasses() {
        Map<String, Long> sizes = WORKFLOW.stream().filter(c -> !c.isNestedClass() && !c.isAnonymousClass())
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
        assertThat(sizes).allSatisfy((pkg, count) -> assertThat(count).as(pkg).isLessThanOrEqualTo(20));
        assertThat(sizes.keySet()).contains("org.perfeval.workflow.process", "org.perfeval.workflow.inbox",
                "org.perfeval.workflow.rectification", "org.perfeval.workflow.audit", "org.perfeval.workflow.history",
                "org.perfeval.workflow.disclosure", "org.perfeval.workflow.deadline",
                "org.perfeval.workflow.notification");
    }
}
