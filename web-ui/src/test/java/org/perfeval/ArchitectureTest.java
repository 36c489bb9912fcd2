package org.perfeval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module rules of DEVELOPERS.md: web-ui → workflow → platform-core → scoring, never back; only workflow touches
 * Flowable, only web-ui touches Vaadin; the scorer is plain Java; screens reach data through services only.
 */
class ArchitectureTest {

    private static final JavaClasses PERFEVAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.perfeval");

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
}
