package org.perfeval.scoring.document.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfeval.scoring.text.Text;

/**
 * What a refused cell holds, by the heading of its column: "分值" for /indicators/7/weight, since the cell already
 * names the row; other fields by the place the interchange format gives them ("预算情况·年初预算数").
 */
final class CellPlaces {

    private static final Pattern ROW_FIELD = Pattern.compile("^/indicators/\\d+/(\\w+)$");

    private CellPlaces() {
    }

    static Text field(String pointer, Text documentPlace) {
        Matcher m = ROW_FIELD.matcher(pointer);
        return m.matches() ? Text.of("place.field.indicators." + m.group(1)) : documentPlace;
    }
}
