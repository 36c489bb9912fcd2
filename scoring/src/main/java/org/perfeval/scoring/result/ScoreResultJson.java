package org.perfeval.scoring.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.perfeval.scoring.text.Text;
import org.perfeval.scoring.text.Texts;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A score result as JSON: what the command-line scorer prints and what score snapshots keep. Codes, rules and
 * grades are written as data (the grade as its form symbol); messages and explanations in both languages.
 */
public final class ScoreResultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Texts TEXTS = Texts.scoring();

    private ScoreResultJson() {
    }

    public static String write(ScoreResult result, boolean pretty) {
        return pretty ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(result))
                : MAPPER.writeValueAsString(toTree(result));
    }

    public static String writeFindings(List<Finding> findings) {
        ArrayNode array = NODES.arrayNode();
        findings.forEach(f -> finding(array.addObject(), f));
        return MAPPER.writeValueAsString(array);
    }

    public static ObjectNode toTree(ScoreResult r) {
        ObjectNode root = NODES.objectNode();
        root.putObject("scheme").put("id", r.schemeId()).put("version", r.schemeVersion());
        root.put("total", r.total());
        root.put("grade", r.grade().symbol());
        root.put("provisional", r.provisional());
        root.put("unverified", r.unverifiedCount());
        ObjectNode self = root.putObject("selfReported");
        self.put("total", r.selfTotal());
        self.put("grade", r.selfGrade() == null ? null : r.selfGrade().symbol());
        self.put("difference", r.totalDifference());
        root.set("budget", budget(r.budget()));
        ArrayNode level1 = root.putArray("level1");
        for (Level1Result block : r.level1()) {
            level1.addObject().put("name", block.name()).put("weight", block.weight())
                    .put("weightSum", block.weightSum()).put("score", block.score())
                    .put("selfScore", block.selfScore()).put("difference", block.difference())
                    .put("fixed", block.fixed()).put("budget", block.budget());
        }
        ArrayNode rows = root.putArray("indicators");
        r.indicators().forEach(row -> indicator(rows.addObject(), row));
        ArrayNode findings = root.putArray("findings");
        r.findings().forEach(f -> finding(findings.addObject(), f));
        root.put("errors", r.errors().size());
        return root;
    }

    private static ObjectNode budget(BudgetResult b) {
        ObjectNode node = NODES.objectNode();
        node.put("name", b.name()).put("rate", b.rate()).put("score", b.score()).put("weight", b.weight());
        node.put("denominator", b.denominator()).put("adjustedUsed", b.adjustedUsed()).put("executed", b.executed());
        node.put("selfScore", b.selfScore()).put("difference", b.difference());
        return node;
    }

    private static void indicator(ObjectNode node, RowResult row) {
        node.put("index", row.index()).put("pointer", row.pointer());
        node.put("level1", row.level1()).put("level2", row.level2()).put("level3", row.level3());
        node.put("weight", row.weight()).put("score", row.score()).put("rule", row.rule().name());
        node.put("unverified", row.unverified()).put("adjudicated", row.adjudicated());
        message(node.putObject("explanation"), row.explanation());
        node.put("selfScore", row.selfScore()).put("difference", row.difference());
        Arithmetic a = row.arithmetic();
        ObjectNode arithmetic = node.putObject("arithmetic");
        if (a.comparison() != null) {
            arithmetic.put("comparison", a.comparison().name());
        }
        putIfPresent(arithmetic, "target", a.target());
        putIfPresent(arithmetic, "actual", a.actual());
        putIfPresent(arithmetic, "unrounded", a.unrounded());
        putIfPresent(arithmetic, "deductionPerPoint", a.deductionPerPoint());
        if (a.tier() != null) {
            arithmetic.put("tier", a.tier().name());
            arithmetic.put("tierLow", a.tierLow()).put("tierHigh", a.tierHigh());
        }
        if (a.reason() != null) {
            arithmetic.put("reason", a.reason().name());
        }
    }

    private static void finding(ObjectNode node, Finding f) {
        node.put("code", f.code().name()).put("severity", f.severity().name()).put("pointer", f.pointer());
        message(node.putObject("message"), f.text());
    }

    private static void message(ObjectNode node, Text text) {
        node.put("zh", TEXTS.render(text, Locale.CHINESE)).put("en", TEXTS.render(text, Locale.ENGLISH));
    }

    private static void putIfPresent(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
