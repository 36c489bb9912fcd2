package org.perfeval;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.web.ui.layout.LoginView;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;

/**
 * The module rules of DEVELOPERS.md: web-ui → workflow → platform-core → scoring, never back; only workflow touches
 * Flowable, only web-ui touches Vaadin; the scorer is plain Java; screens reach data through services only. Inside
 * web-ui: one package per feature, no cycles between them, the frame depending on none, views package-private.
 */
class ArchitectureTest {

    private static final JavaClasses PERFEVAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.perfeval");

    /** The views another package must name, and why; every other view is its own package's. */
    private static final Map<Class<?>, String> PUBLIC_VIEWS = Map.of(
            LoginView.class, "the security configuration names it as the login view");

    @Test
    void theScorerDependsOnNothingOfOursAndNoFramework() {
        noClasses().that().resideInAPackage("org.perfeval.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.perfeval.core..", "org.perfeval.workflow..",
                        "org.perfeval.web..", "org.springframework..", "jakarta..", "org.flowable..", "com.vaadin..")
                .check(PERFEVAL);
    }

    @Test
    void platformCoreDoesNotDependOnTheModulesAboveIt() {
        noClasses().that().resideInAPackage("org.perfeval.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.perfeval.workflow..", "org.perfeval.web..")
                .check(PERFEVAL);
        noClasses().that().resideInAPackage("org.perfeval.core..")
                .should().dependOnClassesThat().belongToAnyOf(PerfEvalApplication.class)
                .check(PERFEVAL);
    }

    @Test
    void theWorkflowDoesNotDependOnTheScreens() {
        noClasses().that().resideInAPackage("org.perfeval.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.perfeval.web..")
                .check(PERFEVAL);
    }

    @Test
    void onlyTheWorkflowImportsFlowable() {
        noClasses().that().resideOutsideOfPackage("org.perfeval.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(PERFEVAL);
    }

    @Test
    void onlyTheWebModuleImportsVaadin() {
        noClasses().that().resideOutsideOfPackage("org.perfeval.web..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(PERFEVAL);
    }

    @Test
    void screensUseServicesNeverRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("org.perfeval.web..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(PERFEVAL);
    }

    @Test
    void onlyTheWorkflowMovesAnEvaluationFromStageToStage() {
        noClasses().that().resideOutsideOfPackages("org.perfeval.workflow..", "org.perfeval.core..")
                .should().callMethod(EvaluationStages.class, "move", long.class, EvaluationStatus.class,
                        EvaluationStatus.class)
                .check(PERFEVAL);
    }

    @Test
    void servicesOwnTheirTransactions() {
        classes().that().resideInAPackage("org.perfeval.core..").and().haveSimpleNameEndingWith("Service")
                .and().areAnnotatedWith(Service.class)
                .should().beAnnotatedWith(Transactional.class)
                .check(PERFEVAL);
    }

    @Test
    void noPackagesOfAnyModuleFormACycle() {
        slices().matching("org.perfeval.(**)").should().beFreeOfCycles()
                .check(PERFEVAL);
    }

    @Test
    void theFrameDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.perfeval.web.ui.layout")
                .should().dependOnClassesThat(resideInAPackage("org.perfeval.web.ui..")
                        .and(resideOutsideOfPackage("org.perfeval.web.ui.layout")))
                .check(PERFEVAL);
    }

    @Test
    void viewsArePackagePrivateUnlessAReasonIsListed() {
        classes().that().areAnnotatedWith(Route.class)
                .and().doNotBelongToAnyOf(PUBLIC_VIEWS.keySet().toArray(Class<?>[]::new))
                .should().notBePublic()
                .because("Vaadin creates views through Spring, which needs no public class; public only: "
                        + PUBLIC_VIEWS)
                .check(PERFEVAL);
    }

    @Test
    void noPackageOfAnyModuleHoldsMoreThanTwentyClasses() {
        Map<String, Long> sizes = PERFEVAL.stream().filter(JavaClass::isTopLevelClass)
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
        assertThat(sizes).containsKeys("org.perfeval.scoring.engine", "org.perfeval.core.evaluation",
                "org.perfeval.workflow.process", "org.perfeval.web.ui.evaluation");
        assertThat(sizes).allSatisfy((name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(20));
    }
}
