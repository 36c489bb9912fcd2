package org.perfeval.scoring.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.json.JsonFields;
import org.perfeval.scoring.document.json.Violation;
import org.perfeval.scoring.document.json.Violation.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes schemes as JSON, the form administrators see, copy and edit. Reading checks every field with
 * {@link SchemeValidator}, so a scheme that comes back is one the engine can apply.
 */
public final class SchemeCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** A scheme read from JSON, or why it is not one. */
    public record Result(ScoringScheme scheme, List<Violation> violations) {
        public Result {
            violations = List.copyOf(violations);
        }

        public boolean isValid() {
            return scheme != null;
        }
    }

    public Result read(String json) {
        JsonFields f = new JsonFields(SchemePlaces.PLACES::of);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            f.malformed(e);
            return new Result(null, f.violations());
        }
        if (root == null || root.isMissingNode()) {
            f.add("", Problem.EMPTY);
            return new Result(null, f.violations());
        }
        if (!f.isObject(root, "")) {
            return new Result(null, f.violations());
        }
        ScoringScheme scheme = scheme(f, root);
        if (!f.hasViolations()) {
            SchemeValidator.validate(scheme, f);
        }
        return f.hasViolations() ? new Result(null, f.violations()) : new Result(scheme, List.of());
    }

    private static ScoringScheme scheme(JsonFields f, JsonNode root) {
        String id = f.requiredText(root, "", "id");
        Integer version = f.requiredInt(root, "", "version", 1, Integer.MAX_VALUE);
        JsonNode name = root.get("name");
        String nameZh = null;
        String nameEn = null;
        if (name == null || name.isNull()) {
            f.add("/name", Problem.REQUIRED);
        } else if (f.isObject(name, "/name")) {
            nameZh = f.requiredText(name, "/name", "zh");
            nameEn = f.requiredText(name, "/name", "en");
        }
        EvaluationKind kind = f.requiredEnum(root, "", "kind", EvaluationKind.class);
        BigDecimal total = f.requiredAmount(root, "", "total");
        List<Level1Definition> level1 = f.requiredArray(root, "", "level1", (node, p) -> level1(f, node, p));
        BudgetRule budget = budget(f, root.get("budget"));
        LowerIsBetterRule lower = lowerIsBetter(f, root.get("lowerIsBetter"));
        List<TierBand> tiers = f.requiredArray(root, "", "tiers", (node, p) -> !f.isObject(node, p) ? null
                : new TierBand(f.requiredEnum(node, p, "tier", Tier.class), f.requiredAmount(node, p, "min"),
                f.requiredAmount(node, p, "max")));
        Rounding rounding = rounding(f, root.get("rounding"));
        List<GradeBand> grades = f.requiredArray(root, "", "grades", (node, p) -> !f.isObject(node, p) ? null
                : new GradeBand(f.requiredEnum(node, p, "grade", Grade.class), f.requiredAmount(node, p, "min")));
        BigDecimal threshold = f.requiredAmount(root, "", "overAchievementThreshold");
        List<String> units = f.requiredArray(root, "", "qualitativeUnits", (node, p) -> {
            if (!node.isString() || node.stringValue().isBlank()) {
                f.add(p, Problem.BLANK);
                return null;
            }
            return node.stringValue().strip();
        });
        Wording wording = wording(f, root.get("wording"));
        if (f.hasViolations()) {
            return null;
        }
        return new ScoringScheme(id.strip(), version, nameZh, nameEn, kind, total, level1, budget, lower, tiers,
                rounding, grades, threshold, units, wording);
    }

    /** Optional: a scheme stored before wording was data reads with the default wording. */
    private static Wording wording(JsonFields f, JsonNode node) {
        if (node == null || node.isNull()) {
            return Wording.DEFAULT;
        }
        if (!f.isObject(node, "/wording")) {
            return null;
        }
        Wording d = Wording.DEFAULT;
        return new Wording(words(f, node, "achievedWords", d.achievedWords()),
                words(f, node, "partialWords", d.partialWords()),
                words(f, node, "notAchievedWords", d.notAchievedWords()),
                words(f, node, "lowerIsBetterNames", d.lowerIsBetterNames()),
                words(f, node, "onTimeWords", d.onTimeWords()));
    }

    private static List<String> words(JsonFields f, JsonNode parent, String name, List<String> fallback) {
        if (parent.get(name) == null || parent.get(name).isNull()) {
            return fallback;
        }
        List<String> words = f.requiredArray(parent, "/wording", name, (node, p) -> {
            if (!node.isString() || node.stringValue().isBlank()) {
                f.add(p, Problem.BLANK);
                return null;
            }
            return node.stringValue().strip();
        });
        return words == null ? fallback : words;
    }

    private static Level1Definition level1(JsonFields f, JsonNode node, String p) {
        if (!f.isObject(node, p)) {
            return null;
        }
        return new Level1Definition(f.requiredText(node, p, "name"), f.requiredAmount(node, p, "weight"),
                f.optionalBoolean(node, p, "fixed"), f.optionalBoolean(node, p, "budget"));
    }

    private static BudgetRule budget(JsonFields f, JsonNode node) {
        if (node == null || node.isNull()) {
            f.add("/budget", Problem.REQUIRED);
            return null;
        }
        if (!f.isObject(node, "/budget")) {
            return null;
        }
        return new BudgetRule(f.requiredEnum(node, "/budget", "denominator", BudgetDenominator.class),
                f.optionalAmount(node, "/budget", "explainRateBelow"));
    }

    private static LowerIsBetterRule lowerIsBetter(JsonFields f, JsonNode node) {
        if (node == null || node.isNull()) {
            f.add("/lowerIsBetter", Problem.REQUIRED);
            return null;
        }
        if (!f.isObject(node, "/lowerIsBetter")) {
            return null;
        }
        return new LowerIsBetterRule(f.requiredEnum(node, "/lowerIsBetter", "formula", LowerIsBetterFormula.class),
                f.optionalAmount(node, "/lowerIsBetter", "deductionPerPoint"),
                f.optionalAmount(node, "/lowerIsBetter", "floor"));
    }

    private static Rounding rounding(JsonFields f, JsonNode node) {
        if (node == null || node.isNull()) {
            f.add("/rounding", Problem.REQUIRED);
            return null;
        }
        if (!f.isObject(node, "/rounding")) {
            return null;
        }
        Integer scale = f.requiredInt(node, "/rounding", "scale", 0, 4);
        RoundingMode mode = f.requiredEnum(node, "/rounding", "mode", RoundingMode.class);
        return scale == null || mode == null ? null : new Rounding(scale, mode);
    }

    public String write(ScoringScheme scheme) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", scheme.id());
        root.put("version", scheme.version());
        root.putObject("name").put("zh", scheme.nameZh()).put("en", scheme.nameEn());
        root.put("kind", scheme.kind().name());
        root.put("total", scheme.total());
        ArrayNode level1 = root.putArray("level1");
        for (Level1Definition definition : scheme.level1()) {
            ObjectNode node = level1.addObject().put("name", definition.name()).put("weight", definition.weight());
            node.put("fixed", definition.fixed());
            node.put("budget", definition.budget());
        }
        ObjectNode budget = root.putObject("budget").put("denominator", scheme.budget().denominator().name());
        budget.put("explainRateBelow", scheme.budget().explainRateBelow());
        ObjectNode lower = root.putObject("lowerIsBetter").put("formula", scheme.lowerIsBetter().formula().name());
        lower.put("deductionPerPoint", scheme.lowerIsBetter().deductionPerPoint());
        lower.put("floor", scheme.lowerIsBetter().floor());
        ArrayNode tiers = root.putArray("tiers");
        scheme.tiers().forEach(t -> tiers.addObject().put("tier", t.tier().name()).put("min", t.min())
                .put("max", t.max()));
        root.putObject("rounding").put("scale", scheme.rounding().scale())
                .put("mode", scheme.rounding().mode().name());
        ArrayNode grades = root.putArray("grades");
        scheme.grades().forEach(g -> grades.addObject().put("grade", g.grade().name()).put("min", g.min()));
        root.put("overAchievementThreshold", scheme.overAchievementThreshold());
        ArrayNode units = root.putArray("qualitativeUnits");
        scheme.qualitativeUnits().forEach(units::add);
        ObjectNode wording = root.putObject("wording");
        scheme.wording().achievedWords().forEach(wording.putArray("achievedWords")::add);
        scheme.wording().partialWords().forEach(wording.putArray("partialWords")::add);
        scheme.wording().notAchievedWords().forEach(wording.putArray("notAchievedWords")::add);
        scheme.wording().lowerIsBetterNames().forEach(wording.putArray("lowerIsBetterNames")::add);
        scheme.wording().onTimeWords().forEach(wording.putArray("onTimeWords")::add);
        return MAPPER.writeValueAsString(root);
    }
}
