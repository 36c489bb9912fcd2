package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.as;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.form.ColumnLimits;
import org.perfeval.core.evaluation.records.CommentView;
import org.perfeval.core.evaluation.records.EvaluationRecordsService;
import org.perfeval.core.evaluation.records.NewAttachment;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.DocumentWriter;
import org.perfeval.scoring.document.json.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the store must do on every database it runs on: H2 ({@code EvaluationStoreTest}) and real MariaDB
 * ({@code EvaluationStoreIT}).
 */
@WithTestDirectory
abstract class EvaluationStoreContract {

    @Autowired
    EvaluationService evaluations;
    @Autowired
    SelfEvaluationRepository repository;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;
    @Autowired
    EvaluationRecordsService records;

    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc = new JdbcTemplate(dataSource);
        repository.deleteAll();
    }

    EvaluationSummary importSeed() {
        return as(users, OFFICE_DRAFTER, () -> evaluations.importJson(Samples.jinshui2021Json()));
    }

    @Test
    void theSeedFixtureComesBackExactlyAsImported() {
        EvaluationSummary imported = importSeed();

        String exported = as(users, OFFICE_DRAFTER, () -> evaluations.exportJson(imported.id()));

        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(exported)).isEqualTo(json.readTree(Samples.jinshui2021Json()));
        assertThat(imported.computedTotal()).isEqualByComparingTo("97.20");
        assertThat(imported.selfTotal()).isEqualByComparingTo("95.92");
        assertThat(imported.status()).isEqualTo(EvaluationStatus.DRAFTING);
    }

    @Test
    void aDirectionGivenInChineseIsKeptAndExportedByName() {
        String json = Samples.jinshui2021Json().replace("\"level3\": \"结转结余率\",",
                "\"level3\": \"结转结余率\", \"direction\": \"反向\",");
        EvaluationSummary imported = as(users, OFFICE_DRAFTER, () -> evaluations.importJson(json));

        String exported = as(users, OFFICE_DRAFTER, () -> evaluations.exportJson(imported.id()));
        String stored = jdbc.queryForObject("select direction from indicator where evaluation_id = ? and row_no = 7",
                String.class, imported.id());

        assertThat(JsonMapper.builder().build().readTree(exported).get("indicators").get(7).get("direction")
                .stringValue()).isEqualTo("LOWER");
        assertThat(stored).isEqualTo("LOWER");
        assertThat(imported.computedTotal()).isEqualByComparingTo("97.20");
    }

    @Test
    void chineseTextIsStoredAsChineseInTheDatabase() {
        EvaluationSummary imported = importSeed();

        String department = jdbc.queryForObject("select d.name from self_evaluation e join department d "
                + "on d.id = e.department_id where e.id = ?", String.class, imported.id());
        String level3 = jdbc.queryForObject("select level3 from indicator where evaluation_id = ? and row_no = 8",
                String.class, imported.id());
        String unit = jdbc.queryForObject("select amount_unit from self_evaluation where id = ?", String.class,
                imported.id());

        assertThat(department).isEqualTo("郑州市金水区人民政府办公室");
        assertThat(level3).isEqualTo("“三公经费”控制率");
        assertThat(unit).isEqualTo("万元");
    }

    @Test
    void aSecondEvaluationOfTheSameDepartmentYearAndKindIsRefused() {
        importSeed();

        assertThatThrownBy(this::importSeed).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).fields())
                        .anyMatch(refusal -> refusal.pointer().equals("/year")));
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesADuplicate() {
        EvaluationSummary imported = importSeed();

        assertThatThrownBy(() -> jdbc.update("insert into self_evaluation (department_id, fiscal_year, kind, "
                + "project_name, amount_unit, status, version, created_at, created_by, updated_at, updated_by) "
                + "select department_id, fiscal_year, kind, project_name, amount_unit, status, 0, created_at, "
                + "created_by, updated_at, updated_by from self_evaluation where id = ?", imported.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anEditChangesEveryRowItTouchesAndKeepsTheRest() {
        EvaluationSummary imported = importSeed();
        SelfEvaluationDocument edited = withRow(seed(), 7, "0", "结转结余率已压降");

        EvaluationSummary saved = as(users, OFFICE_DRAFTER,
                () -> evaluations.update(imported.id(), imported.version(), edited));

        assertThat(saved.version()).isGreaterThan(imported.version());
        SelfEvaluationDocument stored = as(users, OFFICE_DRAFTER, () -> evaluations.export(imported.id()));
        assertThat(json(stored)).isEqualTo(json(edited));
    }

    @Test
    void ofTwoConcurrentEditsOneWinsAndTheOtherIsToldOfTheConflict() throws Exception {
        EvaluationSummary imported = importSeed();
        SelfEvaluationDocument first = withRow(seed(), 7, "18", "第一位填报人的修改");
        SelfEvaluationDocument second = withRow(seed(), 7, "19", "第二位填报人的修改");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Object>> results = new ArrayList<>();
            for (SelfEvaluationDocument document : List.of(first, second)) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        return as(users, OFFICE_DRAFTER,
                                () -> evaluations.update(imported.id(), imported.version(), document));
                    } catch (EditConflictException e) {
                        return e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            List<Object> outcomes = new ArrayList<>();
            for (CompletableFuture<Object> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(EditConflictException.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(EvaluationSummary.class::isInstance).hasSize(1);
            SelfEvaluationDocument winner = outcomes.get(0) instanceof EvaluationSummary ? first : second;
            SelfEvaluationDocument stored = as(users, OFFICE_DRAFTER, () -> evaluations.export(imported.id()));
            assertThat(json(stored)).isEqualTo(json(winner));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEditOnAnOutdatedVersionIsRefusedAndChangesNothing() {
        EvaluationSummary imported = importSeed();
        as(users, OFFICE_DRAFTER, () -> evaluations.update(imported.id(), imported.version(),
                withRow(seed(), 7, "18", "先保存的修改")));

        assertThatThrownBy(() -> as(users, OFFICE_DRAFTER, () -> evaluations.update(imported.id(),
                imported.version(), withRow(seed(), 7, "30", "过时的修改"))))
                .isInstanceOf(EditConflictException.class);
        SelfEvaluationDocument stored = as(users, OFFICE_DRAFTER, () -> evaluations.export(imported.id()));
        assertThat(stored.indicators().get(7).deviationReason()).isEqualTo("先保存的修改");
    }

    @Test
    void aRefusedEditStoresNothingOfIt() {
        EvaluationSummary imported = importSeed();
        SelfEvaluationDocument tooLong = withRow(seed(), 29, "95", "长".repeat(ColumnLimits.DEVIATION_REASON + 1));

        assertThatThrownBy(() -> as(users, OFFICE_DRAFTER,
                () -> evaluations.update(imported.id(), imported.version(), tooLong)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("/indicators/29/deviationReason");
        SelfEvaluationDocument stored = as(users, OFFICE_DRAFTER, () -> evaluations.export(imported.id()));
        assertThat(json(stored)).isEqualTo(json(seed()));
    }

    @Test
    void commentsAndAttachmentsAreKeptWithTheEvaluationInChinese() {
        EvaluationSummary imported = importSeed();

        CommentView comment = as(users, TestDirectory.FINANCE_REVIEWER,
                () -> records.comment(imported.id(), 7, "结转结余率未完成，请说明原因并整改。"));
        as(users, OFFICE_DRAFTER, () -> records.attach(imported.id(),
                new NewAttachment("2021年度绩效自评报告.pdf", "application/pdf", 123_456, "a".repeat(64))));

        List<CommentView> comments = as(users, TestDirectory.OFFICE_REVIEWER, () -> records.comments(imported.id()));
        assertThat(comments).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("结转结余率未完成，请说明原因并整改。");
            assertThat(c.indicatorRow()).isEqualTo(7);
            assertThat(c.author()).isEqualTo(TestDirectory.FINANCE_REVIEWER);
            assertThat(c.stage()).isEqualTo(EvaluationStatus.DRAFTING);
            assertThat(c.id()).isEqualTo(comment.id());
        });
        assertThat(jdbc.queryForObject("select file_name from attachment", String.class))
                .isEqualTo("2021年度绩效自评报告.pdf");
        assertThat(as(users, OFFICE_DRAFTER, () -> evaluations.summary(imported.id())).version())
                .isEqualTo(imported.version());

        repository.deleteAll();
        assertThat(jdbc.queryForObject("select count(*) from review_comment", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from attachment", Integer.class)).isZero();
    }

    @Test
    void anEditThatDropsRowsAndReportSectionsRemovesThem() {
        EvaluationSummary imported = importSeed();
        SelfEvaluationDocument d = seed();
        Map<ReportSection, String> sections = new EnumMap<>(ReportSection.class);
        sections.put(ReportSection.values()[0], "部门概况");
        sections.put(ReportSection.values()[1], "绩效目标");
        EvaluationSummary reported = as(users, OFFICE_DRAFTER, () -> evaluations.update(imported.id(),
                imported.version(), edited(d, d.tasks().size(), d.indicators().size(), sections)));
        sections.remove(ReportSection.values()[0]);
        SelfEvaluationDocument shorter = edited(d, d.tasks().size() - 1, d.indicators().size() - 2, sections);

        as(users, OFFICE_DRAFTER, () -> evaluations.update(imported.id(), reported.version(), shorter));

        SelfEvaluationDocument stored = as(users, OFFICE_DRAFTER, () -> evaluations.export(imported.id()));
        assertThat(json(stored)).isEqualTo(json(shorter));
        assertThat(jdbc.queryForObject("select count(*) from indicator", Integer.class))
                .isEqualTo(d.indicators().size() - 2);
        assertThat(jdbc.queryForObject("select count(*) from report_section", Integer.class)).isEqualTo(1);
    }

    /** {@code d} with its first {@code tasks} tasks and {@code indicators} indicator rows, and the given report. */
    private static SelfEvaluationDocument edited(SelfEvaluationDocument d, int tasks, int indicators,
                                                 Map<ReportSection, String> report) {
        return new SelfEvaluationDocument(d.kind(), d.scheme(), d.department(), d.project(), d.year(),
                d.amountUnit(), d.annualGoal(), d.tasks().subList(0, tasks), d.budget(), d.level1(),
                d.indicators().subList(0, indicators), d.selfReported(), report);
    }

    @Test
    void aCommentOrAttachmentFromOutsideTheDepartmentOrWithoutContentIsRefused() {
        EvaluationSummary imported = importSeed();

        assertThatThrownBy(() -> as(users, TestDirectory.EDUCATION_REVIEWER,
                () -> records.comment(imported.id(), null, "看看")))
                .as("another department's form is missing to them").isInstanceOf(EvaluationNotFoundException.class);
        assertThatThrownBy(() -> as(users, TestDirectory.OFFICE_REVIEWER,
                () -> records.comment(imported.id(), 30, " ")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("/body").hasMessageContaining("/indicatorRow");
        assertThatThrownBy(() -> as(users, TestDirectory.EDUCATION_DRAFTER, () -> records.attach(imported.id(),
                new NewAttachment("a.pdf", "application/pdf", 1, "b".repeat(64)))))
                .isInstanceOf(EvaluationNotFoundException.class);
        assertThatThrownBy(() -> as(users, OFFICE_DRAFTER, () -> records.attach(imported.id(),
                new NewAttachment("a.pdf", "application/pdf", -1, "xyz")))).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("/sizeBytes").hasMessageContaining("/sha256");
        assertThat(jdbc.queryForObject("select count(*) from review_comment", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from attachment", Integer.class)).isZero();
    }

    /** Documents are equal when they write the same JSON: 110 and 110.0000 are the same amount. */
    static String json(SelfEvaluationDocument document) {
        return new DocumentWriter().write(document);
    }

    static SelfEvaluationDocument seed() {
        return new DocumentReader().read(Samples.jinshui2021Json()).document();
    }

    /** The document with row {@code index}'s actual and deviation reason replaced. */
    static SelfEvaluationDocument withRow(SelfEvaluationDocument d, int index, String actual, String reason) {
        List<Indicator> rows = new ArrayList<>(d.indicators());
        Indicator row = rows.get(index);
        rows.set(index, new Indicator(row.level1(), row.level2(), row.level3(), row.target(), row.unit(), actual,
                row.weight(), row.selfScore(), row.tier(), reason, row.notApplicable(), row.direction()));
        return new SelfEvaluationDocument(d.kind(), d.scheme(), d.department(), d.project(), d.year(), d.amountUnit(),
                d.annualGoal(), d.tasks(), d.budget(), d.level1(), rows, d.selfReported(), d.report());
    }
}
