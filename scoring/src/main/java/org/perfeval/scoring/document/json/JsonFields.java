package org.perfeval.scoring.document.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.json.Violation.Problem;
import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/** Reads typed fields from JSON nodes and collects what is wrong with each, by JSON pointer and by place. */
public final class JsonFields {
    private final List<Violation> violations = new ArrayList<>();
    private final Function<String, Text> places;

    /** {@code places}: the place people know the field at a pointer by, such as {@link PointerPlaces#of}. */
    public JsonFields(Function<String, Text> places) {
        this.places = places;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /**
     * Refuses every text (value or name) under {@code node} that holds an unpaired surrogate, which an escape such as
     * "\\ud800" can put there and no store keeps, or a control character other than tab and line breaks.
     */
    public void checkCharacters(JsonNode node, String pointer) {
        if (node.isString()) {
            if (badCharacter(node.stringValue())) {
                add(pointer, Problem.BAD_CHARACTER);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkCharacters(node.get(i), JsonPointers.child(pointer, i));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String child = JsonPointers.child(pointer, entry.getKey());
                if (badCharacter(entry.getKey())) {
                    add(child, Problem.BAD_CHARACTER);
                }
                checkCharacters(entry.getValue(), child);
            }
        }
    }

    private static boolean badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n'
                    && c != '\r')) {
                return true;
            }
        }
        return false;
    }

    /** The largest amount a form may state: what the store's sixteen integer digits hold. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999");

    /** The most elements of any array, or entries of any object, in a document. */
    public static final int MAX_ELEMENTS = 1000;

    public void add(String pointer, Problem problem, Object... args) {
        add(pointer, problem.text(args));
    }

    public void add(String pointer, Text problem) {
        violations.add(new Violation(pointer, places.apply(pointer), problem));
    }

    /**
     * A text that is not JSON, refused as a whole with where the parser stopped. Jackson's explanation is English
     * prose: it goes last among the values, where only the English pattern shows it.
     */
    public void malformed(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        // Jackson places every syntax error; only a limit exceeded (nesting depth, length of a number or a string)
        // comes without a position
        if (e instanceof StreamConstraintsException || at == null || at.getLineNr() < 1) {
            add("", Problem.BEYOND_LIMITS, e.getOriginalMessage());
        } else {
            add("", Problem.MALFORMED, at.getLineNr(), at.getColumnNr(), e.getOriginalMessage());
        }
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
        BigDecimal value;
        try {
            value = node.decimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            add(pointer, Problem.OUT_OF_RANGE, BigDecimal.ZERO, MAX_AMOUNT.toPlainString());
            return null;
        }
        if (value.signum() < 0) {
            add(pointer, Problem.NEGATIVE);
            return null;
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            add(pointer, Problem.OUT_OF_RANGE, BigDecimal.ZERO, MAX_AMOUNT.toPlainString());
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
            List<Object> symbols = new ArrayList<>();
            for (AmountUnit known : AmountUnit.values()) {
                symbols.add(known.symbol());
            }
            add("/amountUnit", Problem.NOT_ONE_OF, choices(symbols));
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
        List<Object> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant instanceof Labelled labelled ? choice(constant.name(), labelled) : constant.name());
        }
        add(pointer, Problem.NOT_ONE_OF, choices(names));
        return null;
    }

    /**
     * A value the format allows, as written in JSON and by its label: English shows both, "ACHIEVED (achieved)";
     * Chinese the label only, "达成预期指标", so that no code shows in a Chinese text.
     */
    public static Text choice(String written, Labelled label) {
        return Text.of("violation.choice", written, label);
    }

    /**
     * The two or more values a field allows, listed in one text: choices, or strings shown as written (万元, 元).
     * A field that allows one value only says so with {@link Problem#WRONG_FORMAT}.
     */
    public static Text choices(List<Object> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("a list of choices needs two or more: " + values);
        }
        Text list = Text.of("violation.choices", values.get(values.size() - 2), values.getLast());
        for (int i = values.size() - 3; i >= 0; i--) {
            list = Text.of("violation.choices", values.get(i), list);
        }
        return list;
    }

    /**
     * The elements of a required array, refused past {@value #MAX_ELEMENTS} elements: no form has that many, and
     * every element is stored as a row and shown on every later answer.
     */
    public <T> List<T> requiredArray(JsonNode parent, String p, String name, ElementReader<T> reader) {
        return requiredArray(parent, p, name, MAX_ELEMENTS, reader);
    }

    public <T> List<T> requiredArray(JsonNode parent, String p, String name, int max, ElementReader<T> reader) {
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
        if (node.size() > max) {
            add(pointer, Problem.TOO_MANY, max);
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
