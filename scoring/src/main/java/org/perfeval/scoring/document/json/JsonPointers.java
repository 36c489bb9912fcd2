package org.perfeval.scoring.document.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Builds and takes apart RFC 6901 JSON pointers. */
public final class JsonPointers {

    /** Array indices beyond this many digits cannot be an element of anything read, and would overflow an int. */
    private static final int MAX_INDEX_DIGITS = 9;

    private JsonPointers() {
    }

    /** The pointer to {@code token} below {@code parent}, with "~" and "/" escaped as the RFC demands. */
    public static String child(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The reference tokens of a pointer, unescaped: "/selfReported/level1Scores/a~1b" gives its three names. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
            // "~1" first: "~01" is the escaped "~1", not "/"
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** The array index a token names, or -1 when it names a property. */
    public static int index(String token) {
        if (token.isEmpty() || token.length() > MAX_INDEX_DIGITS || (token.length() > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }

    /** The pointers of the numbers under {@code node} that are infinite or not a number as doubles. */
    static List<String> infinite(JsonNode node, String pointer) {
        List<String> found = new ArrayList<>();
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            found.add(pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(infinite(node.get(i), child(pointer, i)));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                found.addAll(infinite(entry.getValue(), child(pointer, entry.getKey())));
            }
        }
        return found;
    }
}
