package org.perfeval.deploy;

import java.util.List;
import java.util.Map;

/** The {@code replace} and {@code add} operations of RFC 6902 on a parsed YAML tree, for {@link Kustomize}. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(Map<String, Object> document, Map<String, Object> operation) {
        String op = String.valueOf(operation.get("op"));
        String[] tokens = String.valueOf(operation.get("path")).substring(1).split("/");
        Object parent = document;
        for (int i = 0; i < tokens.length - 1; i++) {
            parent = step(parent, unescape(tokens[i]), operation);
        }
        String last = unescape(tokens[tokens.length - 1]);
        Object value = operation.get("value");
        if (parent instanceof Map<?, ?>) {
            Map<String, Object> map = Kustomize.map(parent);
            if (op.equals("replace") && !map.containsKey(last)) {
                throw new IllegalStateException("nothing to replace at " + operation.get("path"));
            }
            require(op, operation);
            map.put(last, value);
        } else {
            List<Object> list = Kustomize.list(parent);
            require(op, operation);
            if (op.equals("add")) {
                list.add(last.equals("-") ? list.size() : Integer.parseInt(last), value);
            } else {
                list.set(Integer.parseInt(last), value);
            }
        }
    }

    private static Object step(Object node, String token, Map<String, Object> operation) {
        Object next = node instanceof Map<?, ?> map ? map.get(token) : Kustomize.list(node).get(Integer.parseInt(token));
        if (next == null) {
            throw new IllegalStateException("no " + token + " on the way to " + operation.get("path"));
        }
        return next;
    }

    private static void require(String op, Map<String, Object> operation) {
        if (!op.equals("replace") && !op.equals("add")) {
            throw new IllegalStateException("unsupported patch operation " + operation);
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
