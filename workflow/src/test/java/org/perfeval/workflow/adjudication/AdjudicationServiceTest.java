package org.perfeval.workflow.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.evaluation.EvaluationNotFoundException;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.evaluation.adjudication.StoredAdjudication;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.workflow.audit.AuditService;
import org.perfeval.workflow.audit.AuditView;
import org.perfeval.workflow.disclosure.DisclosureService;
import org.perfeval.workflow.disclosure.PublicReport;
import org.perfeval.workflow.disclosure.PublicReports;
import org.perfeval.workflow.history.HistoryService;
import org.perfeval.workflow.history.ScoreSnapshotView;
import org.perfeval.workflow.process.WorkflowAction;
import org.perfeval.workflow.process.WorkflowRefusedException;
import org.perfeval.workflow.process.WorkflowService;
import org.perfeval.workflow.rectification.RectificationRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 认定 on the real engine, database and scorer: who may decide, when, within what, and what it leaves behind. */
@SpringBootTest
@WithTestDirectory
class AdjudicationServiceTest {

    static final String OTHER_BUREAU_REVIEWER = "other.bureau.reviewer";
    static final String PURCHASES = "办公用品采购数量";
    static final String PURCHASE_RATE = "办公用品采购完成率";

    @Autowired
    AdjudicationService adjudications;
    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    AuditService audit;
    @Autowired
    HistoryService history;
    @Autowired
    DisclosureService disclosures;
    @Autowired
    PublicReports reports;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    /** A second finance bureau with a reviewer of its own, who has no say over 金水区's forms. */
    @BeforeEach
    void otherBureau() {
        SystemUser.run(() -> {
            if (departments.byCode("GXCZ").isEmpty()) {
                departments.registerBureau("GXCZ", "郑州市高新区财政局");
                accounts.create(new NewAccount(OTHER_BUREAU_REVIEWER, "郑财政", null, TestDirectory.PASSWORD, "GXCZ",
                        Set.of(Role.FINANCE_REVIEWER)));
            }
        });
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private void as(String user, Runnable work) {
        TestDirectory.as(users, user, work);
    }

    /** The seed with the targets of 办公用品采购数量 (6 of 6) and 办公用品采购完成率 (7 of 7) lost in a scan. */
    static String garbled() {
        return Forms.submittable().replace("\"target\": \"≥150\"", "\"target\": \"(OCR-garbled)\"")
                .replace("\"level3\": \"" + PURCHASE_RATE + "\", \"target\": \"≥99\"",
                        "\"level3\": \"" + PURCHASE_RATE + "\", \"target\": \"(OCR-garbled)\"");
    }

    private long atFinanceCheck() {
        long id = as(OFFICE_DRAFTER, () -> evaluations.importJson(garbled())).id();
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        return id;
    }

    private int row(long id, String level3) {
        List<String> names = as(ADMIN, () -> evaluations.export(id)).indicators().stream()
                .map(indicator -> indicator.level3()).toList();
        return names.indexOf(level3);
    }

    private AdjudicationOutcome decide(long id, String level3, String score, String reason) {
        return as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row(id, level3), new BigDecimal(score),
                reason));
    }

    private void refusedAt(Runnable work, String pointer) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(AdjudicationRefusedException.class, refused -> {
            assertThat(refused.kind().status().value()).isEqualTo(400);
            assertThat(refused.fields()).extracting(FieldRefusal::pointer).containsExactly(pointer);
        });
    }

    @Test
    void onceEveryUnverifiedRowIsDecidedTheTotalIsFinalEverywhere() {
        long id = atFinanceCheck();
        ScoreResult before = as(FINANCE_REVIEWER, () -> evaluations.score(id));
        assertThat(before.provisional()).isTrue();
        assertThat(before.unverifiedCount()).isEqualTo(2);
        assertThat(before.total()).isEqualByComparingTo("97.20");
        assertThat(as(FINANCE_REVIEWER, () -> adjudications.mayAdjudicate(id))).isTrue();
        assertThat(as(OFFICE_DRAFTER, () -> adjudications.mayAdjudicate(id))).isFalse();

        AdjudicationOutcome first = decide(id, PURCHASES, "4.5", "佐证材料显示仅采购 120 件，按比例认定");
        assertThat(first.provisional()).isTrue();
        assertThat(first.unverified()).isEqualTo(1);
        assertThat(first.total()).isEqualByComparingTo("95.70");
        AdjudicationOutcome second = decide(id, PURCHASE_RATE, "6", "采购计划完成率约 90%");

        assertThat(second.provisional()).isFalse();
        assertThat(second.unverified()).isZero();
        assertThat(second.total()).isEqualByComparingTo("94.70");
        ScoreResult after = as(OFFICE_DRAFTER, () -> evaluations.score(id));
        assertThat(after.provisional()).isFalse();
        assertThat(after.total()).isEqualByComparingTo("94.70");
        assertThat(as(OFFICE_DRAFTER, () -> evaluations.summary(id)).computedTotal()).isEqualByComparingTo("94.70");
        assertThat(as(OFFICE_DRAFTER, () -> adjudications.adjudications(id)))
                .extracting(StoredAdjudication::indicator, StoredAdjudication::reason, StoredAdjudication::decidedBy)
                .containsExactly(
                        tuple(PURCHASES, "佐证材料显示仅采购 120 件，按比例认定",
                                FINANCE_REVIEWER),
                        tuple(PURCHASE_RATE, "采购计划完成率约 90%",
                                FINANCE_REVIEWER));
    }

    @Test
    void eachDecisionIsInTheAuditTrailAndTheFinanceApprovalsSnapshotHoldsThemAndTheFinalTotal() {
        long id = atFinanceCheck();
        decide(id, PURCHASES, "4.5", "佐证材料显示仅采购 120 件");
        decide(id, PURCHASE_RATE, "6", "采购计划完成率约 90%");
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));

        List<AuditView> timeline = as(ADMIN, () -> audit.timeline(id));
        assertThat(timeline).filteredOn(entry -> entry.action() == WorkflowAction.ADJUDICATE).hasSize(2)
                .allSatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo(FINANCE_REVIEWER);
                    assertThat(entry.fromStage()).isEqualTo(EvaluationStatus.FINANCE_CHECK);
                    assertThat(entry.toStage()).isEqualTo(EvaluationStatus.FINANCE_CHECK);
                })
                .first().satisfies(entry -> assertThat(entry.reason()).contains(PURCHASES, "4.5", "分值 6",
                        "佐证材料显示仅采购 120 件"));
        ScoreSnapshotView approval = as(ADMIN, () -> history.financeApproval(id)).orElseThrow();
        assertThat(approval.total()).isEqualByComparingTo("94.70");
        assertThat(approval.findingsJson()).contains("ROW_ADJUDICATED", "佐证材料显示仅采购 120 件",
                "采购计划完成率约 90%").doesNotContain("ROW_UNVERIFIED");

        as(OFFICE_REVIEWER, () -> disclosures.publish(id));
        PublicReport report = reports.report(id).orElseThrow();
        assertThat(report.total()).isEqualByComparingTo("94.70");
        assertThat(report.adjudicated()).extracting(PublicReport.Adjudicated::indicator,
                PublicReport.Adjudicated::reason).containsExactly(
                tuple(PURCHASES, "佐证材料显示仅采购 120 件"),
                tuple(PURCHASE_RATE, "采购计划完成率约 90%"));
    }

    @Test
    void onlyAFinanceReviewerOfTheFormsBureauDecidesAndAnotherBureausReviewerDoesNotSeeTheForm() {
        long id = atFinanceCheck();
        int row = row(id, PURCHASES);
        BigDecimal score = new BigDecimal("3");

        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> adjudications.adjudicate(id, row, score, "理由")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> adjudications.adjudicate(id, row, score, "理由")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ADMIN, () -> adjudications.adjudicate(id, row, score, "理由")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(OTHER_BUREAU_REVIEWER, () -> adjudications.adjudicate(id, row, score, "理由")))
                .isInstanceOf(EvaluationNotFoundException.class);
        assertThat(as(ADMIN, () -> adjudications.adjudications(id))).isEmpty();
        assertThat(as(ADMIN, () -> audit.timeline(id))).noneMatch(e -> e.action() == WorkflowAction.ADJUDICATE);
    }

    @Test
    void aRowIsDecidedOnlyAtTheFinanceCheck() {
        long id = as(OFFICE_DRAFTER, () -> evaluations.importJson(garbled())).id();
        int row = row(id, PURCHASES);
        as(OFFICE_DRAFTER, () -> workflow.submit(id));

        assertThatThrownBy(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, BigDecimal.ONE,
                "理由"))).isInstanceOf(WorkflowRefusedException.class);
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
        assertThatThrownBy(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, BigDecimal.ONE,
                "理由"))).isInstanceOf(WorkflowRefusedException.class);
        assertThat(as(FINANCE_REVIEWER, () -> adjudications.mayAdjudicate(id))).isFalse();
        assertThat(as(ADMIN, () -> evaluations.score(id)).provisional()).isTrue();
    }

    @Test
    void theScoreIsWithinTheRowsWeightAndAReasonIsRequiredAndARuleDecidedRowIsNotAdjudicated() {
        long id = atFinanceCheck();
        int row = row(id, PURCHASES);

        refusedAt(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, new BigDecimal("6.01"),
                "超出分值")), "/score");
        refusedAt(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, new BigDecimal("-1"),
                "负分")), "/score");
        refusedAt(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, null, "无分")), "/score");
        refusedAt(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, new BigDecimal("3"),
                "  ")), "/reason");
        refusedAt(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, 999, new BigDecimal("3"),
                "理由")), "/row");
        assertThatThrownBy(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, 0, BigDecimal.ONE,
                "按规则可评分的行"))).isInstanceOfSatisfying(AdjudicationRefusedException.class, refused ->
                assertThat(refused.kind().status().value()).isEqualTo(409));
        assertThat(as(ADMIN, () -> adjudications.adjudications(id))).isEmpty();

        AdjudicationOutcome full = as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, new BigDecimal("6"),
                "满分"));
        assertThat(full.adjudication().score()).isEqualByComparingTo("6");
    }

    @Test
    void aWithdrawnDecisionLeavesTheRowUnverifiedAgainAndIsAudited() {
        long id = atFinanceCheck();
        decide(id, PURCHASES, "2", "初步认定");
        decide(id, PURCHASES, "5", "补充佐证后重新认定");
        assertThat(as(ADMIN, () -> adjudications.adjudications(id))).singleElement()
                .satisfies(decision -> assertThat(decision.score()).isEqualByComparingTo("5"));

        AdjudicationOutcome withdrawn = as(FINANCE_REVIEWER, () -> adjudications.withdraw(id, row(id, PURCHASES)));

        assertThat(withdrawn.adjudication()).isNull();
        assertThat(withdrawn.unverified()).isEqualTo(2);
        assertThat(as(ADMIN, () -> evaluations.score(id)).total()).isEqualByComparingTo("97.20");
        assertThat(as(ADMIN, () -> audit.timeline(id))).extracting(AuditView::action)
                .containsSubsequence(WorkflowAction.ADJUDICATE, WorkflowAction.ADJUDICATE,
                        WorkflowAction.WITHDRAW_ADJUDICATION);
    }

    @Test
    void aChineseReasonOfTheLongestLengthBeyondTheBmpRoundTripsExactly() {
        long id = atFinanceCheck();
        String head = "经复核佐证材料（𡈽𠀋），采购台账记载 120 件，按比例认定；";
        String kept = head + "核".repeat(2000 - head.codePointCount(0, head.length()));
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(2000);

        decide(id, PURCHASES, "4.25", kept);

        assertThat(as(OFFICE_DRAFTER, () -> adjudications.adjudications(id))).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(kept);
            assertThat(d.score()).isEqualByComparingTo("4.25");
        });
        assertThat(as(ADMIN, () -> audit.timeline(id))).last()
                .satisfies(entry -> assertThat(entry.reason()).contains("𡈽𠀋"));
        refusedAt(() -> as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row(id, PURCHASES),
                BigDecimal.ONE, "长".repeat(2001))), "/reason");
    }

    @Test
    void aDecisionStaysThroughARectificationThatKeepsItsRowAndTheRulesWinOnceTheyDecideTheRow() {
        long id = atFinanceCheck();
        decide(id, PURCHASES, "4.5", "佐证材料显示仅采购 120 件");
        decide(id, PURCHASE_RATE, "6", "采购计划完成率约 90%");
        as(FINANCE_REVIEWER, () -> workflow.sendBack(id, "请补正指标值", List.of(
                new RectificationRequest(row(id, PURCHASES), null, "请补正办公用品采购数量的指标值"))));

        SelfEvaluationDocument form = as(OFFICE_DRAFTER, () -> evaluations.export(id));
        List<Indicator> rows = new ArrayList<>(form.indicators());
        Indicator garbled = rows.get(row(id, PURCHASES));
        rows.set(row(id, PURCHASES), new Indicator(garbled.level1(), garbled.level2(), garbled.level3(), "≥150",
                garbled.unit(), garbled.actual(), garbled.weight(), garbled.selfScore(), garbled.tier(),
                garbled.deviationReason(), garbled.notApplicable(), garbled.direction()));
        long version = as(OFFICE_DRAFTER, () -> evaluations.summary(id)).version();
        as(OFFICE_DRAFTER, () -> evaluations.update(id, version, new SelfEvaluationDocument(form.kind(),
                form.scheme(), form.department(), form.project(), form.year(), form.amountUnit(), form.annualGoal(),
                form.tasks(), form.budget(), form.level1(), rows, form.selfReported(), form.report())));

        ScoreResult rectified = as(OFFICE_DRAFTER, () -> evaluations.score(id));
        assertThat(rectified.indicators().get(row(id, PURCHASES)).adjudicated()).isFalse();
        assertThat(rectified.indicators().get(row(id, PURCHASES)).score()).isEqualByComparingTo("6");
        assertThat(rectified.indicators().get(row(id, PURCHASE_RATE)).adjudicated()).isTrue();
        assertThat(rectified.provisional()).isFalse();
        assertThat(rectified.total()).isEqualByComparingTo("96.20");
        assertThat(as(OFFICE_DRAFTER, () -> evaluations.summary(id)).computedTotal()).isEqualByComparingTo("96.20");
    }
}
