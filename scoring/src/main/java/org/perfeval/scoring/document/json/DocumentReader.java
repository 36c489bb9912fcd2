package org.perfeval.scoring.document.json;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.AnnualGoal;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.json.Violation.Problem;
import org.perfeval.scoring.text.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the interchange format strictly: every missing required field, wrong type, negative amount or weight and
 * unknown enum value is reported with its JSON pointer and its place on the form, and a document comes back only
 * when there is none. Unknown fields are ignored.
 */
public final class DocumentReader {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final JsonMapper DOUBLES = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Text GRADES = JsonFields.choices(Arrays.stream(Grade.values())
            .<Object>map(grade -> JsonFields.choice(grade.symbol(), grade)).toList());

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    /** Level-1 indicators are a handful (决策, 过程, 产出, 效益 and the like); a score per name at most this many. */
    static final int MAX_LEVEL1 = 20;

    public ReadResult read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JacksonException e) {
            return malformed(e);
        } catch (NumberFormatException e) {
            return beyondNumbers(json);
        }
    }

    /**
     * A number no BigDecimal holds (1e2147483648): read again as doubles, where it becomes infinite, to name the
     * field it stands in.
     */
    private static ReadResult beyondNumbers(String json) {
        JsonFields fields = new JsonFields(DocumentPlaces::of);
        try {
            JsonPointers.infinite(DOUBLES.readTree(json), "").forEach(pointer -> fields.add(pointer,
                    Problem.OUT_OF_RANGE, BigDecimal.ZERO, JsonFields.MAX_AMOUNT.toPlainString()));
        } catch (JacksonException | NumberFormatException e) {
            fields.add("", Problem.BEYOND_LIMITS, e.getMessage());
        }
        if (!fields.hasViolations()) {
            fields.add("", Problem.BEYOND_LIMITS, "number");
        }
        return new ReadResult(null, fields.violations());
    }

    /** Reads a stream; a stream that fails while being read throws, as it says nothing about the document. */
    public ReadResult read(InputStream json) throws IOException {
        try {
            return read(MAPPER.readTree(json));
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            return malformed(e);
        } catch (NumberFormatException e) {
            JsonFields fields = new JsonFields(DocumentPlaces::of);
            fields.add("", Problem.BEYOND_LIMITS, e.getMessage());
            return new ReadResult(null, fields.violations());
        }
    }

    public ReadResult read(JsonNode root) {
        JsonFields fields = new JsonFields(DocumentPlaces::of);
        if (root == null || root.isMissingNode()) {
            fields.add("", Problem.EMPTY);
            return new ReadResult(null, fields.violations());
        }
        fields.checkCharacters(root, "");
        if (fields.hasViolations()) {
            return new ReadResult(null, fields.violations());
        }
        SelfEvaluationDocument document = document(fields, root);
        return fields.hasViolations() ? new ReadResult(null, fields.violations()) : new ReadResult(document, List.of());
    }

    private static ReadResult malformed(JacksonException e) {
        JsonFields fields = new JsonFields(DocumentPlaces::of);
        fields.malformed(e);
        return new ReadResult(null, fields.violations());
    }

    private static SelfEvaluationDocument document(JsonFields f, JsonNode root) {
        if (!f.isObject(root, "")) {
            return null;
        }
        String format = f.requiredText(root, "", "format");
        if (format != null && !SelfEvaluationDocument.FORMAT.equals(format)) {
            f.add("/format", Problem.WRONG_FORMAT, SelfEvaluationDocument.FORMAT);
        }
        EvaluationKind kind = f.requiredEnum(root, "", "kind", EvaluationKind.class);
        String scheme = f.optionalText(root, "", "scheme");
        String department = f.requiredText(root, "", "department");
        String project = f.optionalText(root, "", "project");
        if (kind == EvaluationKind.PROJECT && (project == null || project.isBlank()) && f.noViolationAt("/project")) {
            f.add("/project", Problem.REQUIRED);
        }
        Integer year = f.requiredYear(root);
        AmountUnit unit = f.requiredAmountUnit(root);
        AnnualGoal goal = annualGoal(f, root.get("annualGoal"));
        List<MainTask> tasks = f.requiredArray(root, "", "tasks", (node, p) -> task(f, node, p));
        Budget budget = budget(f, root.get("budget"));
        List<Level1Weight> level1 = root.get("level1") == null || root.get("level1").isNull() ? null
                : f.requiredArray(root, "", "level1", MAX_LEVEL1, (node, p) -> level1(f, node, p));
        List<Indicator> indicators = f.requiredArray(root, "", "indicators", (node, p) -> indicator(f, node, p));
        SelfReported selfReported = selfReported(f, root.get("selfReported"));
        Map<ReportSection, String> report = report(f, root.get("report"));
        if (f.hasViolations()) {
            return null;
        }
        return new SelfEvaluationDocument(kind, blankToNull(scheme), department, blankToNull(project), year, unit,
                goal, tasks, budget, level1, indicators, selfReported, report);
    }

    private static AnnualGoal annualGoal(JsonFields f, JsonNode node) {
        if (node == null || node.isNull() || !f.isObject(node, "/annualGoal")) {
            return null;
        }
        return new AnnualGoal(f.optionalText(node, "/annualGoal", "text"),
                f.optionalText(node, "/annualGoal", "completion"));
    }

    private static MainTask task(JsonFields f, JsonNode node, String p) {
        if (!f.isObject(node, p)) {
            return null;
        }
        return new MainTask(f.requiredText(node, p, "name"), f.optionalText(node, p, "content"),
                f.requiredAmount(node, p, "budget"), f.optionalAmount(node, p, "fiscalBudget"),
                f.requiredAmount(node, p, "executed"), f.optionalAmount(node, p, "fiscalExecuted"),
                f.optionalText(node, p, "completion"));
    }

    private static Budget budget(JsonFields f, JsonNode node) {
        if (node == null || node.isNull()) {
            f.add("/budget", Problem.REQUIRED);
            return null;
        }
        if (!f.isObject(node, "/budget")) {
            return null;
        }
        return new Budget(f.requiredAmount(node, "/budget", "initial"), f.optionalAmount(node, "/budget", "adjusted"),
                f.requiredAmount(node, "/budget", "executed"), budgetLine(f, node, "fiscal"),
                budgetLine(f, node, "other"), budgetLine(f, node, "basic"), budgetLine(f, node, "project"));
    }

    private static BudgetLine budgetLine(JsonFields f, JsonNode budget, String name) {
        JsonNode node = budget.get(name);
        String p = "/budget/" + name;
        if (node == null || node.isNull() || !f.isObject(node, p)) {
            return null;
        }
        return new BudgetLine(f.requiredAmount(node, p, "initial"), f.optionalAmount(node, p, "adjusted"),
                f.requiredAmount(node, p, "executed"));
    }

    private static Level1Weight level1(JsonFields f, JsonNode node, String p) {
        if (!f.isObject(node, p)) {
            return null;
        }
        return new Level1Weight(f.requiredText(node, p, "name"), f.requiredAmount(node, p, "weight"));
    }

    private static Indicator indicator(JsonFields f, JsonNode node, String p) {
        if (!f.isObject(node, p)) {
            return null;
        }
        return new Indicator(f.requiredText(node, p, "level1"), f.requiredText(node, p, "level2"),
                f.requiredText(node, p, "level3"), f.requiredTextMayBeEmpty(node, p, "target"),
                f.requiredTextMayBeEmpty(node, p, "unit"), f.optionalText(node, p, "actual"),
                f.requiredAmount(node, p, "weight"), f.optionalAmount(node, p, "selfScore"),
                f.optionalEnum(node, p, "tier", Tier.class), f.optionalText(node, p, "deviationReason"),
                f.optionalBoolean(node, p, "notApplicable"), direction(f, node, p));
    }

    /**
     * 指标性质 by its name or as forms print it (正向, 反向, 定性, 时效); 定量/定量指标 (Chongqing) says only that the
     * row is quantitative, so its direction is left to infer; anything else is refused like an enum.
     */
    private static Direction direction(JsonFields f, JsonNode node, String p) {
        JsonNode value = node.get("direction");
        if (value == null || value.isNull()
                || value.isString() && Direction.isUndirectedQuantitative(value.stringValue())) {
            return null;
        }
        Direction direction = value.isString() ? Direction.parse(value.stringValue()) : null;
        return direction != null ? direction : f.optionalEnum(node, p, "direction", Direction.class);
    }

    private static SelfReported selfReported(JsonFields f, JsonNode node) {
        String p = "/selfReported";
        if (node == null || node.isNull() || !f.isObject(node, p)) {
            return null;
        }
        Map<String, BigDecimal> level1Scores = new LinkedHashMap<>();
        JsonNode scores = node.get("level1Scores");
        if (scores != null && !scores.isNull() && f.isObject(scores, p + "/level1Scores")
                && scores.size() > MAX_LEVEL1) {
            f.add(p + "/level1Scores", Problem.TOO_MANY, MAX_LEVEL1);
        } else if (scores != null && !scores.isNull() && scores.isObject()) {
            for (Map.Entry<String, JsonNode> entry : scores.properties()) {
                level1Scores.put(entry.getKey(), f.amount(entry.getValue(),
                        JsonPointers.child(p + "/level1Scores", entry.getKey())));
            }
        }
        Grade grade = null;
        String gradeText = f.optionalText(node, p, "grade");
        if (gradeText != null) {
            grade = Grade.fromSymbol(gradeText.strip()).orElse(null);
            if (grade == null) {
                f.add(p + "/grade", Problem.NOT_ONE_OF, GRADES);
            }
        }
        return new SelfReported(f.optionalAmount(node, p, "budgetScore"), level1Scores,
                f.optionalAmount(node, p, "total"), grade);
    }

    private static Map<ReportSection, String> report(JsonFields f, JsonNode node) {
        Map<ReportSection, String> report = new LinkedHashMap<>();
        if (node == null || node.isNull() || !f.isObject(node, "/report")) {
            return report;
        }
        for (ReportSection section : ReportSection.values()) {
            String text = f.optionalText(node, "/report", section.jsonName());
            if (text != null) {
                report.put(section, text);
            }
        }
        return report;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
