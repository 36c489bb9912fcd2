package org.perfeval.workflow.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A notification's message arguments as stored: a JSON array whose items are strings, numbers, moments
 * ({@code {"time": "2026-03-01T02:00:00Z"}}) or texts to render in the reader's language ({@code {"key": ...,
 * "args": [...]}}, which is also how a label such as a stage is kept).
 */
final class MessageArguments {

    static final int MAX_LENGTH = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MessageArguments() {
    }

    static String write(List<Object> args) {
        String json = JSON.writeValueAsString(array(args));
        if (json.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("message arguments longer than " + MAX_LENGTH + " characters");
        }
        return json;
    }

    static Text text(String key, String json) {
        return new Text(key, json == null ? List.of() : read(JSON.readTree(json)));
    }

    private static ArrayNode array(List<Object> args) {
        ArrayNode array = NODES.arrayNode();
        for (Object arg : args) {
            switch (arg) {
                case null -> array.addNull();
                case Text text -> array.add(object(text));
                case Labelled labelled -> array.add(object(Text.of(labelled.labelKey())));
                case Instant time -> array.add(NODES.objectNode().put("time", time.toString()));
                case BigDecimal number -> array.add(number);
                case Integer number -> array.add(number);
                case Long number -> array.add(number);
                default -> array.add(arg.toString());
            }
        }
        return array;
    }

    private static ObjectNode object(Text text) {
        ObjectNode node = NODES.objectNode().put("key", text.key());
        if (!text.args().isEmpty()) {
            node.set("args", array(text.args()));
        }
        return node;
    }

    private static List<Object> read(JsonNode array) {
        List<Object> args = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isNull()) {
                args.add(null);
            } else if (item.isNumber()) {
                args.add(item.decimalValue());
            } else if (item.isObject() && item.has("time")) {
                args.add(Instant.parse(item.get("time").asString()));
            } else if (item.isObject()) {
                args.add(new Text(item.get("key").asString(),
                        item.has("args") ? read(item.get("args")) : List.of()));
            } else {
                args.add(item.asString());
            }
        }
        return args;
    }
}
