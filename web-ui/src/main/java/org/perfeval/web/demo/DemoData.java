package org.perfeval.web.demo;

import java.util.Set;

import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.workflow.round.TemplateService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty embedded database with the seed: 郑州市金水区人民政府办公室 and its 2021 self-evaluation (also the
 * template new overall forms start from when a department has no form of the year before), a second
 * department, their finance bureau, and one local account per role. Never in the mysql profile; in the keycloak
 * profile the users are the realm's (deploy/keycloak/perfeval-realm.json has the same demo users), so only the
 * departments and the report are created.
 */
@Component
@Profile("!mysql")
@ConditionalOnProperty(name = "perfeval.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String BUREAU = "JSCZ";
    static final String OFFICE = "JSZF";
    static final String EDUCATION = "JSJY";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DepartmentService departments;
    private final AccountService accounts;
    private final EvaluationService evaluations;
    private final DemoProperties properties;
    private final TemplateService templates;

    DemoData(DepartmentService departments, AccountService accounts, EvaluationService evaluations,
             DemoProperties properties, TemplateService templates) {
        this.templates = templates;
        this.departments = departments;
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (departments.byCode(BUREAU).isPresent()) {
                return;
            }
            departments.registerBureau(BUREAU, "郑州市金水区财政局");
            departments.registerDepartment(OFFICE, "郑州市金水区人民政府办公室", BUREAU);
            departments.registerDepartment(EDUCATION, "郑州市金水区教育局", BUREAU);
            evaluations.importJson(Samples.jinshui2021Json());
            templates.keep(EvaluationKind.DEPARTMENT_OVERALL, Samples.jinshui2021Json());
            if (!"local".equals(accounts.directoryName())) {
                log.info("Demo data created: departments {}, {}, {}; users come from Keycloak", BUREAU, OFFICE,
                        EDUCATION);
                return;
            }
            account("drafter", "王晓填", OFFICE, Role.DRAFTER);
            account("reviewer", "李审文", OFFICE, Role.DEPT_REVIEWER);
            account("edu-drafter", "赵教填", EDUCATION, Role.DRAFTER);
            account("edu-reviewer", "钱教审", EDUCATION, Role.DEPT_REVIEWER);
            account("finance", "孙财审", BUREAU, Role.FINANCE_REVIEWER);
            account("admin", "周管理", BUREAU, Role.ADMIN);
            log.info("Demo data created: departments {}, {}, {}; accounts drafter, reviewer, edu-drafter, "
                    + "edu-reviewer, finance, admin", BUREAU, OFFICE, EDUCATION);
        });
    }

    private void account(String username, String name, String department, Role role) {
        accounts.create(new NewAccount(username, name, username + "@demo.perfeval.org", properties.password(),
                department, Set.of(role)));
    }
}
