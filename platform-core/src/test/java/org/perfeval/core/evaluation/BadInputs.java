package org.perfeval.core.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perfeval.core.evaluation.form.ColumnLimits;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.JsonPointers;
import org.perfeval.scoring.document.json.Samples;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile bodies built from the seed form, each with the field it must be refused for ("" for the body as a whole):
 * truncated JSON, a wrong type at every field, huge and non-finite numbers, deep nesting, a large body, invalid
 * UTF-8, a BOM, NUL, emoji and CJK one past every text limit, duplicate keys and injection strings.
 */
final class BadInputs {

    record Case(String name, byte[] body, String pointer) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEED = Samples.jinshui2021Json();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<Case> cases = new ArrayList<>();

    private BadInputs() {
    }

    static List<Case> all() {
        BadInputs inputs = new BadInputs();
        inputs.truncated();
        inputs.wrongTypes(JSON.readTree(SEED), "");
        inputs.numbers(JSON.readTree(SEED), "");
        inputs.nesting();
        inputs.encodings();
        inputs.limits();
        inputs.duplicates();
        inputs.injections();
        return inputs.cases;
    }

    private void add(String name, String body, String pointer) {
        cases.add(new Case(name, body.getBytes(StandardCharsets.UTF_8), pointer));
    }

    private void truncated() {
        byte[] seed = SEED.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 40; i++) {
            int length = (int) ((long) seed.length * i / 40);
            byte[] cut = new byte[length];
            System.arraycopy(seed, 0, cut, 0, length);
            cases.add(new Case("truncated at byte " + length, cut, ""));
        }
    }

    /** Every field once with a value of another type; fields the format ignores are no bad input and are left. */
    private void wrongTypes(JsonNode node, String pointer) {
        if (!pointer.isEmpty()) {
            JsonNode wrong = node.isString() ? NODES.numberNode(42) : node.isNumber() ? NODES.stringNode("四十二")
                    : node.isBoolean() ? NODES.stringNode("yes") : node.isObject() ? NODES.arrayNode().add(1)
                    : node.isArray() ? NODES.stringNode("x") : NODES.objectNode().put("a", 1);
            String body = replaced(pointer, wrong);
            if (!new DocumentReader().read(body).violations().isEmpty()) {
                add("wrong type at " + pointer, body, pointer);
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                wrongTypes(entry.getValue(), JsonPointers.child(pointer, entry.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(node.size(), 3); i++) {
                wrongTypes(node.get(i), JsonPointers.child(pointer, i));
            }
        }
    }

    private void numbers(JsonNode node, String pointer) {
        if (node.isNumber()) {
            for (String number : new String[]{"1e2147483648", "-1e2147483648", "12345678901234567890.5", "-1"}) {
                String body = replacedRaw(pointer, number);
                if (!new DocumentReader().read(body).violations().isEmpty()) {
                    add(number + " at " + pointer, body, pointer);
                }
            }
            add("NaN at " + pointer, replacedRaw(pointer, "NaN"), "");
            add("Infinity at " + pointer, replacedRaw(pointer, "Infinity"), "");
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                numbers(entry.getValue(), JsonPointers.child(pointer, entry.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(node.size(), 1); i++) {
                numbers(node.get(i), JsonPointers.child(pointer, i));
            }
        }
    }

    private void nesting() {
        for (int depth : new int[]{600, 5_000, 100_000}) {
            add("tasks nested " + depth + " deep", SEED.replaceFirst("\"tasks\": \\[",
                    "\"tasks\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"x\": ["), "");
        }
        add("a 2 MiB report", SEED.replaceFirst("\\{", "{\"report\": {\"overview\": \"" + "绩".repeat(700_000)
                + "\"}, "), "");
        add("an empty body", "", "");
        add("null", "null", "");
        add("an array", "[]", "");
        add("a string", "\"form\"", "");
    }

    private void encodings() {
        byte[] seed = SEED.getBytes(StandardCharsets.UTF_8);
        int text = SEED.substring(0, SEED.indexOf("金水")).getBytes(StandardCharsets.UTF_8).length;
        byte[][] broken = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xE7, (byte) 0xBB},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
        for (byte[] bad : broken) {
            for (int at : new int[]{text, 1, seed.length - 2}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(seed, 0, at);
                out.writeBytes(bad);
                out.write(seed, at, seed.length - at);
                cases.add(new Case("invalid UTF-8 " + hex(bad) + " at byte " + at, out.toByteArray(), ""));
            }
        }
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(seed);
        cases.add(new Case("a byte order mark", bom.toByteArray(), ""));
        add("a raw NUL in a text", SEED.replaceFirst("金水", "金\u0000水"), "");
        add("an escaped NUL in the department", SEED.replaceFirst("\"department\": \"", "\"department\": \"\\\\u0000"),
                "/department");
        add("an escaped NUL in a task", replaced("/tasks/0/name", NODES.stringNode("任务\u0000")), "/tasks/0/name");
        add("a lone high surrogate", replacedRaw("/tasks/0/name", "\"任务\\ud800\""), "/tasks/0/name");
        add("a lone low surrogate", replacedRaw("/indicators/0/unit", "\"\\udc00元\""), "/indicators/0/unit");
        add("a reversed surrogate pair", replacedRaw("/tasks/0/name", "\"\\ude00\\ud83d\""), "/tasks/0/name");
        add("a lone surrogate in a level-1 name", SEED.replaceFirst("\"预算执行率\": 7.42", "\"预算\\\\udfff\": 7.42"),
                "/selfReported/level1Scores");
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X", b));
        }
        return out.toString();
    }

    /** Emoji and CJK one character past each text limit; at the limit is the emoji test's. */
    private void limits() {
        Object[][] fields = {{"/annualGoal/text", ColumnLimits.ANNUAL_GOAL},
                {"/annualGoal/completion", ColumnLimits.GOAL_COMPLETION}, {"/tasks/0/name", ColumnLimits.TASK_NAME},
                {"/tasks/0/content", ColumnLimits.TASK_CONTENT}, {"/tasks/0/completion", ColumnLimits.TASK_COMPLETION},
                {"/level1/0/name", ColumnLimits.LEVEL1}, {"/indicators/0/level1", ColumnLimits.LEVEL1},
                {"/indicators/0/level2", ColumnLimits.LEVEL2}, {"/indicators/0/level3", ColumnLimits.LEVEL3},
                {"/indicators/0/target", ColumnLimits.TARGET}, {"/indicators/0/unit", ColumnLimits.UNIT},
                {"/indicators/0/actual", ColumnLimits.ACTUAL},
                {"/indicators/0/deviationReason", ColumnLimits.DEVIATION_REASON},
                {"/scheme", ColumnLimits.SCHEME}};
        for (Object[] field : fields) {
            String pointer = (String) field[0];
            int limit = (Integer) field[1];
            for (String character : new String[]{"😀", "绩", "𠀀", "👩‍💻"}) {
                int count = character.equals("👩‍💻") ? limit / 3 + 1 : limit + 1;
                add(count + " × " + character + " at " + pointer,
                        replaced(pointer, NODES.stringNode(character.repeat(count))), pointer);
            }
        }
    }

    private void duplicates() {
        for (String key : new String[]{"format", "kind", "department", "year", "amountUnit", "tasks", "budget"}) {
            add("duplicate key " + key, SEED.replaceFirst("\\{", "{\"" + key + "\": null, "), "");
        }
        add("duplicate key in a task", SEED.replaceFirst("\"tasks\": \\[\\s*\\{", "\"tasks\": [{\"name\": \"x\", "),
                "");
    }

    private void injections() {
        String[] hostile = {"'; DROP TABLE self_evaluation; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
                "../../../../etc/passwd", "\" OR 1=1 --", "{{7*7}}", "%00%0d%0aSet-Cookie: a=b"};
        for (String value : hostile) {
            for (String pointer : new String[]{"/format", "/kind", "/department", "/year", "/amountUnit",
                    "/selfReported/grade"}) {
                add("injection " + value + " at " + pointer, replaced(pointer, NODES.stringNode(value)), pointer);
            }
        }
    }

    private static String replaced(String pointer, JsonNode value) {
        ObjectNode root = (ObjectNode) JSON.readTree(SEED);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return JSON.writeValueAsString(root);
    }

    /** The seed with the value at {@code pointer} replaced by a raw token, such as a number Jackson cannot hold. */
    private static String replacedRaw(String pointer, String token) {
        String marker = "\"@@replace@@\"";
        return replaced(pointer, NODES.stringNode("@@replace@@")).replace(marker, token);
    }
}
