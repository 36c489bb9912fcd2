package org.perfeval.scoring.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfeval.scoring.document.EvaluationKind;

/**
 * The schemes the scorer knows, by id. The built-in ones are JSON resources beside this class; the platform adds
 * administrators' copies with {@link #with}.
 */
public final class SchemeRegistry {

    public static final String HENAN_DEPARTMENT_OVERALL = "henan-department-overall";
    public static final String NATIONAL_PROJECT = "national-project";
    public static final String HUBEI_PROJECT = "hubei-project";
    public static final String HUBEI_DEPARTMENT = "hubei-department";

    private static final List<String> BUILT_IN = List.of(HENAN_DEPARTMENT_OVERALL, NATIONAL_PROJECT, HUBEI_PROJECT,
            HUBEI_DEPARTMENT);
    private static final SchemeRegistry BUILT_IN_REGISTRY = loadBuiltIn();

    private final Map<String, ScoringScheme> schemes;

    private SchemeRegistry(Map<String, ScoringScheme> schemes) {
        this.schemes = schemes;
    }

    public static SchemeRegistry builtIn() {
        return BUILT_IN_REGISTRY;
    }

    /** A registry with {@code extra} added; a scheme with an id already here replaces the older one. */
    public SchemeRegistry with(List<ScoringScheme> extra) {
        Map<String, ScoringScheme> all = new LinkedHashMap<>(schemes);
        extra.forEach(s -> all.put(s.id(), s));
        return new SchemeRegistry(all);
    }

    public Optional<ScoringScheme> find(String id) {
        return Optional.ofNullable(id == null ? null : schemes.get(id.strip()));
    }

    /** The scheme a form of this kind is scored with when it names none. */
    public ScoringScheme defaultFor(EvaluationKind kind) {
        return schemes.get(kind == EvaluationKind.PROJECT ? NATIONAL_PROJECT : HENAN_DEPARTMENT_OVERALL);
    }

    public List<ScoringScheme> all() {
        return List.copyOf(schemes.values());
    }

    private static SchemeRegistry loadBuiltIn() {
        SchemeCodec codec = new SchemeCodec();
        Map<String, ScoringScheme> schemes = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            SchemeCodec.Result result = codec.read(resource(id + ".json"));
            if (!result.isValid()) {
                throw new IllegalStateException("built-in scheme " + id + " is invalid: " + result.violations());
            }
            schemes.put(id, result.scheme());
        }
        return new SchemeRegistry(schemes);
    }

    private static String resource(String name) {
        try (InputStream in = SchemeRegistry.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing scheme resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> builtInIds() {
        return new ArrayList<>(BUILT_IN);
    }
}
