package org.perfeval.workflow.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.BUREAU;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.document.EvaluationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: prints how long the finance bureau takes to open a round for 500 departments (and the directory's
 * two) on a real MariaDB, each draft pre-filled from the template with its process started; the goal is under
 * 30 s. Run with -Pbench; -Dperfeval.bench.departments=N to change 500.
 */
@ExtendWith(MariaDb.class)
@SpringBootTest(properties = "logging.level.root=WARN")
@DirtiesContext
@WithTestDirectory
class RoundBenchmark {

    private static final int DEPARTMENTS = Integer.getInteger("perfeval.bench.departments", 500);

    @Autowired
    RoundService rounds;
    @Autowired
    TemplateService templates;
    @Autowired
    DepartmentService departments;
    @Autowired
    UserDetailsService users;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @Test
    void openingARoundForFiveHundredDepartments() {
        TestDirectory.as(users, ADMIN, () -> {
            templates.keep(EvaluationKind.DEPARTMENT_OVERALL, Forms.submittable());
            for (int i = 0; i < DEPARTMENTS; i++) {
                departments.registerDepartment("B" + i, "金水区基准部门" + i, BUREAU);
            }
        });
        LocalDate due = LocalDate.now().plusMonths(3);
        long start = System.nanoTime();
        RoundView round = TestDirectory.as(users, FINANCE_REVIEWER,
                () -> rounds.open(new OpenRound(2030, EvaluationKind.DEPARTMENT_OVERALL, List.of(), due)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(round.evaluations()).hasSizeGreaterThanOrEqualTo(DEPARTMENTS);
        System.out.printf("%n[bench] round opened for %d departments on MariaDB in %.1f s (goal: under 30 s)%n%n",
                round.evaluations().size(), seconds);
    }
}
