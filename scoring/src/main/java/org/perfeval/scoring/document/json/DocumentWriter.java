package org.perfeval.scoring.document.json;

import java.math.BigDecimal;
import java.util.Map;

import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.Decimals;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a document in the interchange format, fields in the order of the format's table. Decimals are written
 * plain and without trailing zeros (110, 83.42), so what was imported comes out as it went in.
 */
public final class DocumentWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public String write(SelfEvaluationDocument document) {
        return MAPPER.writeValueAsString(toTree(document));
    }

    /** The canonical text of a document: fields in the format's order, no white space; what disclosure hashes. */
    public String writeCanonical(SelfEvaluationDocument document) {
        return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(document));
    }

    public ObjectNode toTree(SelfEvaluationDocument d) {
        ObjectNode root = NODES.objectNode();
        root.put("format", SelfEvaluationDocument.FORMAT);
        root.put("kind", d.kind().name());
        putIfPresent(root, "scheme", d.scheme());
        root.put("department", d.department());
        putIfPresent(root, "project", d.project());
        root.put("year", d.year());
        root.put("amountUnit", d.amountUnit().symbol());
        if (d.annualGoal() != null) {
            ObjectNode goal = root.putObject("annualGoal");
            putIfPresent(goal, "text", d.annualGoal().text());
            putIfPresent(goal, "completion", d.annualGoal().completion());
        }
        ArrayNode tasks = root.putArray("tasks");
        for (MainTask task : d.tasks()) {
            ObjectNode node = tasks.addObject();
            node.put("name", task.name());
            putIfPresent(node, "content", task.content());
            putAmountIfPresent(node, "budget", task.budget());
            putAmountIfPresent(node, "fiscalBudget", task.fiscalBudget());
            putAmountIfPresent(node, "executed", task.executed());
            putAmountIfPresent(node, "fiscalExecuted", task.fiscalExecuted());
            putIfPresent(node, "completion", task.completion());
        }
        root.set("budget", budget(d.budget()));
        if (d.level1() != null) {
            ArrayNode level1 = root.putArray("level1");
            d.level1().forEach(l -> level1.addObject().put("name", l.name()).put("weight", plain(l.weight())));
        }
        ArrayNode indicators = root.putArray("indicators");
        d.indicators().forEach(indicator -> indicator(indicators.addObject(), indicator));
        if (d.selfReported() != null) {
            root.set("selfReported", selfReported(d.selfReported()));
        }
        if (!d.report().isEmpty()) {
            ObjectNode report = root.putObject("report");
            d.report().forEach((section, text) -> report.put(section.jsonName(), text));
        }
        return root;
    }

    private static ObjectNode budget(Budget budget) {
        ObjectNode node = budgetLine(budget.total());
        node.set("fiscal", budget.fiscal() == null ? NODES.nullNode() : budgetLine(budget.fiscal()));
        node.set("other", budget.other() == null ? NODES.nullNode() : budgetLine(budget.other()));
        node.set("basic", budget.basic() == null ? NODES.nullNode() : budgetLine(budget.basic()));
        node.set("project", budget.project() == null ? NODES.nullNode() : budgetLine(budget.project()));
        return node;
    }

    private static ObjectNode budgetLine(BudgetLine line) {
        ObjectNode node = NODES.objectNode();
        node.put("initial", plain(line.initial()));
        if (line.adjusted() == null) {
            node.putNull("adjusted");
        } else {
            node.put("adjusted", plain(line.adjusted()));
        }
        node.put("executed", plain(line.executed()));
        return node;
    }

    private static void indicator(ObjectNode node, Indicator row) {
        node.put("level1", row.level1());
        node.put("level2", row.level2());
        node.put("level3", row.level3());
        node.put("target", row.target());
        node.put("unit", row.unit());
        putIfPresent(node, "actual", row.actual());
        node.put("weight", plain(row.weight()));
        putAmountIfPresent(node, "selfScore", row.selfScore());
        if (row.tier() != null) {
            node.put("tier", row.tier().name());
        }
        putIfPresent(node, "deviationReason", row.deviationReason());
        if (row.notApplicable()) {
            node.put("notApplicable", true);
        }
        if (row.direction() != null) {
            node.put("direction", row.direction().name());
        }
    }

    private static ObjectNode selfReported(SelfReported self) {
        ObjectNode node = NODES.objectNode();
        putAmountIfPresent(node, "budgetScore", self.budgetScore());
        if (!self.level1Scores().isEmpty()) {
            ObjectNode scores = node.putObject("level1Scores");
            for (Map.Entry<String, BigDecimal> entry : self.level1Scores().entrySet()) {
                scores.put(entry.getKey(), plain(entry.getValue()));
            }
        }
        putAmountIfPresent(node, "total", self.total());
        if (self.grade() != null) {
            node.put("grade", self.grade().symbol());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putAmountIfPresent(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, plain(value));
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        return Decimals.plain(value);
    }
}
