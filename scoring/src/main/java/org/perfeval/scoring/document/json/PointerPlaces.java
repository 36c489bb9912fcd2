package org.perfeval.scoring.document.json;

import java.util.Map;

import org.perfeval.scoring.text.Text;

/**
 * Names the field a JSON pointer points to as people would, from the labels of the fields on its way and the
 * numbers of the array elements, counted from 1 ("年度主要任务第 2 项·预算数" for /tasks/1/budget). A field is labelled
 * by its path without indices ("tasks.budget"), as one property name means different things in different places.
 * A pointer that goes below what is labelled is named by its deepest labelled field: a place is never a pointer.
 *
 * @param whole  the place of the empty pointer, and of anything nothing is labelled for
 * @param fields the label of each field by its path
 */
public record PointerPlaces(Text whole, Map<String, Text> fields) {

    public PointerPlaces {
        fields = Map.copyOf(fields);
    }

    public Text of(String pointer) {
        Text place = null;
        String path = "";
        for (String token : JsonPointers.tokens(pointer)) {
            int index = JsonPointers.index(token);
            if (place != null && index >= 0) {
                place = Text.of("place.item", place, index + 1);
                continue;
            }
            String field = path.isEmpty() ? token : path + "." + token;
            Text label = fields.get(field);
            if (label == null) {
                break;
            }
            path = field;
            place = place == null ? label : Text.of("place.in", place, label);
        }
        return place == null ? whole : place;
    }
}
