package org.perfeval.core.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.perfeval.scoring.text.Text;
import org.springframework.http.HttpStatus;

/**
 * Something a service refused to do; nothing was changed. It says why as a {@link Text}, rendered in the caller's
 * language by whoever shows it, and, when fields were at fault, which ones. Every PerfEval controller answers it the
 * same way (see {@code ApiErrors}), so a module's refusals need no error handler of their own.
 * {@link #getMessage()} is for logs only: it shows keys and arguments, not language.
 */
public abstract class RefusedException extends RuntimeException {

    /** What kind of refusal it is, and so the HTTP status the API answers with. */
    public enum Kind {
        /** The request itself is wrong: a field, a document, a name. */
        BAD_REQUEST(HttpStatus.BAD_REQUEST),
        /** What the request names does not exist. */
        NOT_FOUND(HttpStatus.NOT_FOUND),
        /** The request is fine but clashes with the current state: edited meanwhile, locked, a duplicate. */
        CONFLICT(HttpStatus.CONFLICT),
        /** The request is larger than the platform reads: refused unread. */
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE);

        private final HttpStatus status;

        Kind(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Kind kind;
    private final Text text;
    private final transient List<FieldRefusal> fields;

    protected RefusedException(Kind kind, Text text) {
        this(kind, text, List.of());
    }

    protected RefusedException(Kind kind, Text text, List<FieldRefusal> fields) {
        super(describe(text, fields));
        this.kind = kind;
        this.text = text;
        this.fields = List.copyOf(fields);
    }

    public Kind kind() {
        return kind;
    }

    /** Why, in one sentence: the problem's detail. */
    public Text text() {
        return text;
    }

    /** The fields at fault, each with its own reason; empty when the refusal concerns no field. */
    public List<FieldRefusal> fields() {
        return fields;
    }

    /** A heading for the refusal as a whole, if it has one; otherwise the API uses the status's name. */
    public Optional<Text> title() {
        return Optional.empty();
    }

    /** Further facts a client can act on, such as the version that won an edit conflict. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** The detail of a field refusal: the one reason when there is one, else the list of fields at fault. */
    protected static Text summary(List<FieldRefusal> fields) {
        if (fields.size() == 1) {
            return fields.getFirst().text();
        }
        return Text.of("core.refused.fields", fields.stream().map(FieldRefusal::shownPointer)
                .collect(Collectors.joining(", ")));
    }

    private static String describe(Text text, List<FieldRefusal> fields) {
        String message = describe(text);
        if (fields.isEmpty()) {
            return message;
        }
        return message + ": " + fields.stream().map(field -> field.shownPointer() + " " + describe(field.text()))
                .collect(Collectors.joining("; "));
    }

    private static String describe(Text text) {
        return text.args().isEmpty() ? text.key() : text.key() + text.args();
    }
}
