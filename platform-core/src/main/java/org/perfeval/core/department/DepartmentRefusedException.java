package org.perfeval.core.department;

import java.util.List;
import java.util.Optional;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** A department was not registered: a field is wrong (its name in {@link #field()}), or it clashes with another. */
public class DepartmentRefusedException extends RefusedException {

    private final String field;

    /** {@code field} is the field of the registration at fault: code, name or bureauCode. */
    public DepartmentRefusedException(String field, Text text) {
        super(Kind.BAD_REQUEST, text, List.of(new FieldRefusal("/" + field, text)));
        this.field = field;
    }

    /** Another department with this code or name was registered at the same moment. */
    DepartmentRefusedException(Text text) {
        super(Kind.CONFLICT, text);
        this.field = null;
    }

    /** The field at fault, or null for a clash found only by the database. */
    public String field() {
        return field;
    }

    @Override
    public Optional<Text> title() {
        return Optional.of(Text.of("core.department.refused"));
    }
}
