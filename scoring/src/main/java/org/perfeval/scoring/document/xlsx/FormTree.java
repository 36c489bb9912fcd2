package org.perfeval.scoring.document.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.perfeval.scoring.document.xlsx.Grid.At;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interchange document a sheet is read into, before it is validated as any imported document is, and the cell
 * each of its fields came from (or should have come from), so that a refusal names the cell.
 */
final class FormTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Grid grid;
    private final ObjectNode root = NODES.objectNode();
    private final Map<String, String> cells = new HashMap<>();

    FormTree(Grid grid) {
        this.grid = grid;
    }

    Grid grid() {
        return grid;
    }

    ObjectNode root() {
        return root;
    }

    Map<String, String> cells() {
        return cells;
    }

    ArrayNode array(ObjectNode parent, String field) {
        return parent.putArray(field);
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    void place(String pointer, At at) {
        if (at != null) {
            cells.put(pointer, grid.ref(at.row(), at.col()));
        }
    }

    /** A one-line text (a name, a target): wrapped lines joined; nothing put when the cell is empty. */
    void name(ObjectNode node, String pointer, String field, At at) {
        put(node, pointer, field, at, at == null ? null : CellText.oneLine(grid.text(at.row(), at.col())));
    }

    /** A long text (a goal, a reason), kept as written. */
    void block(ObjectNode node, String pointer, String field, At at) {
        put(node, pointer, field, at, at == null ? null : CellText.block(grid.text(at.row(), at.col())));
    }

    void put(ObjectNode node, String pointer, String field, At at, String value) {
        place(pointer + "/" + escape(field), at);
        if (value != null) {
            node.put(field, value);
        }
    }

    /**
     * An amount or score: a number cell as it is, a number typed as text read as one, anything else passed on as
     * text for the validation to refuse ("应为数字") at its cell; nothing put when the cell is empty.
     */
    void amount(ObjectNode node, String pointer, String field, At at) {
        place(pointer + "/" + escape(field), at);
        if (at == null) {
            return;
        }
        Object value = grid.value(at.row(), at.col());
        if (value instanceof BigDecimal number) {
            node.set(field, DecimalNode.valueOf(number));
        } else if (value instanceof String text && !CellText.isEmpty(text)) {
            BigDecimal number = CellText.number(text);
            if (number != null) {
                node.set(field, DecimalNode.valueOf(number));
            } else {
                node.put(field, text.strip());
            }
        }
    }

    void amount(ObjectNode node, String pointer, String field, At at, BigDecimal value) {
        place(pointer + "/" + escape(field), at);
        if (value != null) {
            node.set(field, DecimalNode.valueOf(value));
        }
    }
}
