package org.perfeval.scoring.document.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.json.Violation.Problem;

import tools.jackson.databind.JsonNode;

/** Reads typed fields from JSON nodes and collects what is wrong with each, by JSON pointer. */
public final class JsonFields {
    private final List<Violation> violations = new ArrayList<>();

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    public void addViolation(Violation violation) {
        violations.add(violation);
    }

    public void add(String pointer, Problem problem, Object... args) {
        violations.add(Violation.of(pointer, problem, args));
    }

    public boolean noViolationAt(String pointer) {
        return violations.stream().noneMatch(v -> v.pointer().equals(pointer));
    }

    public boolean isObject(JsonNode node, String pointer) {
        if (!node.isObject()) {
            add(pointer, Problem.NOT_OBJECT);
            return false;
        }
        return true;
    }

    public String requiredText(JsonNode parent, String p, String name) {
        String text = requiredTextMayBeEmpty(parent, p, name);
        if (text != null && text.isBlank()) {
            add(p + "/" + name, Problem.BLANK);
            return null;
        }
        return text;
    }

    public String requiredTextMayBeEmpty(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            add(p + "/" + name, Problem.REQUIRED);
            return null;
        }
        return text(node, p + "/" + name);
    }

    public String optionalText(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : text(node, p + "/" + name);
    }

    private String text(JsonNode node, String pointer) {
        if (!node.isString()) {
            add(pointer, Problem.NOT_STRING);
            return null;
        }
        return node.stringValue();
    }

    public BigDecimal requiredAmount(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            add(p + "/" + name, Problem.REQUIRED);
            return null;
        }
        return amount(node, p + "/" + name);
    }

    public BigDecimal optionalAmount(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : amount(node, p + "/" + name);
    }

    public BigDecimal amount(JsonNode node, String pointer) {
        if (!node.isNumber()) {
            add(pointer, Problem.NOT_NUMBER);
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            add(pointer, Problem.NEGATIVE);
            return null;
        }
        return value;
    }

    public boolean optionalBoolean(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            add(p + "/" + name, Problem.NOT_BOOLEAN);
            return false;
        }
        return node.booleanValue();
    }

    public Integer requiredInt(JsonNode parent, String p, String name, int min, int max) {
        JsonNode node = parent.get(name);
        String pointer = p + "/" + name;
        if (node == null || node.isNull()) {
            add(pointer, Problem.REQUIRED);
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            add(pointer, Problem.NOT_INTEGER);
            return null;
        }
        if (node.intValue() < min || node.intValue() > max) {
            add(pointer, Problem.OUT_OF_RANGE, min, max);
            return null;
        }
        return node.intValue();
    }

    public Integer requiredYear(JsonNode root) {
        return requiredInt(root, "", "year", DocumentReader.MIN_YEAR, DocumentReader.MAX_YEAR);
    }

    public AmountUnit requiredAmountUnit(JsonNode root) {
        String symbol = requiredText(root, "", "amountUnit");
        if (symbol == null) {
            return null;
        }
        AmountUnit unit = AmountUnit.fromSymbol(symbol.strip()).orElse(null);
        if (unit == null) {
            add("/amountUnit", Problem.NOT_ONE_OF, "万元, 元");
        }
        return unit;
    }

    public <E extends Enum<E>> E requiredEnum(JsonNode parent, String p, String name, Class<E> type) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            add(p + "/" + name, Problem.REQUIRED);
            return null;
        }
        return enumValue(node, p + "/" + name, type);
    }

    public <E extends Enum<E>> E optionalEnum(JsonNode parent, String p, String name, Class<E> type) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : enumValue(node, p + "/" + name, type);
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String pointer, Class<E> type) {
        String text = text(node, pointer);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        add(pointer, Problem.NOT_ONE_OF, Arrays.toString(type.getEnumConstants()));
        return null;
    }

    public <T> List<T> requiredArray(JsonNode parent, String p, String name, ElementReader<T> reader) {
        JsonNode node = parent.get(name);
        String pointer = p + "/" + name;
        if (node == null || node.isNull()) {
            add(pointer, Problem.REQUIRED);
            return List.of();
        }
        if (!node.isArray()) {
            add(pointer, Problem.NOT_ARRAY);
            return List.of();
        }
        List<T> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(reader.read(node.get(i), JsonPointers.child(pointer, i)));
        }
        return items;
    }

    @FunctionalInterface
    public interface ElementReader<T> {
        T read(JsonNode node, String pointer);
    }
}
