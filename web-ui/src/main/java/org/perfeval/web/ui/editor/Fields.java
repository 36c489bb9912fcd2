package org.perfeval.web.ui.editor;

import java.math.BigDecimal;
import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Text and number fields that write straight into a draft as the user types, numbers checked as they go. */
final class Fields {

    private Fields() {
    }

    static TextField text(String label, String value, int maxLength, Consumer<String> into, Runnable changed) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value);
        field.setMaxLength(maxLength);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.addValueChangeListener(event -> {
            into.accept(event.getValue());
            changed.run();
        });
        return field;
    }

    static TextArea area(String label, String value, int maxLength, Consumer<String> into, Runnable changed) {
        TextArea area = new TextArea(label);
        area.setValue(value == null ? "" : value);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.ON_BLUR);
        area.addValueChangeListener(event -> {
            into.accept(event.getValue());
            changed.run();
        });
        return area;
    }

    /** A decimal: an empty field is null; anything else must be a number, or the field says so and keeps the old. */
    static TextField number(String label, BigDecimal value, String notANumber, Consumer<BigDecimal> into,
                            Runnable changed) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value.toPlainString());
        field.setAllowedCharPattern("[0-9.\\-]");
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.addValueChangeListener(event -> {
            String text = event.getValue().strip();
            try {
                into.accept(text.isEmpty() ? null : new BigDecimal(text));
                field.setInvalid(false);
                changed.run();
            } catch (NumberFormatException e) {
                field.setErrorMessage(notANumber);
                field.setInvalid(true);
            }
        });
        return field;
    }
}
