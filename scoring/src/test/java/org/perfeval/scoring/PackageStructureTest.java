package org.perfeval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The scorer's packages stay small and layered: at most 20 classes each, each with its package-info, and no cycle
 * between them. Read from the sources, so that the scorer needs no ArchUnit; the platform's ArchitectureTest checks
 * the same over all modules.
 */
class PackageStructureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_CLASSES = 20;
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A use of another scoring package: in an import, a static import or a fully qualified name. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.perfeval\\.scoring(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    private record Source(String packageName, String fileName, String text) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher matcher = PACKAGE.matcher(text);
                assertThat(matcher.find()).as(file.toString()).isTrue();
                sources.add(new Source(matcher.group(1), file.getFileName().toString(), text));
            }
        }
        return sources;
    }

    /** Package → the other scoring packages it uses. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Source source : sources()) {
            Set<String> used = uses.computeIfAbsent(source.packageName(), p -> new TreeSet<>());
            Matcher matcher = REFERENCE.matcher(PACKAGE.matcher(source.text()).replaceFirst(""));
            while (matcher.find()) {
                if (!matcher.group(1).equals(source.packageName())) {
                    used.add(matcher.group(1));
                }
            }
        }
        return uses;
    }

    @Test
    void noPackageHoldsMoreThanTwentyClassesAndEachHasItsPackageInfo() throws IOException {
        Map<String, Integer> classes = new TreeMap<>();
        Set<String> described = new HashSet<>();
        for (Source source : sources()) {
            if (source.fileName().equals("package-info.java")) {
                described.add(source.packageName());
            } else {
                classes.merge(source.packageName(), 1, Integer::sum);
            }
        }

        assertThat(classes).containsKeys("org.perfeval.scoring.engine", "org.perfeval.scoring.result",
                "org.perfeval.scoring.document", "org.perfeval.scoring.document.json");
        assertThat(classes).allSatisfy((name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(MAX_CLASSES));
        assertThat(described).containsExactlyInAnyOrderElementsOf(classes.keySet());
    }

    @Test
    void thePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = dependencies();

        assertThat(uses.get("org.perfeval.scoring.engine")).contains("org.perfeval.scoring.result");
        for (String start : uses.keySet()) {
            assertThat(cycleFrom(start, start, uses, new ArrayList<>(List.of(start)), new HashSet<>()))
                    .as("a cycle through " + start).isEmpty();
        }
    }

    /** A path from {@code at} back to {@code start}, or an empty list. */
    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                          Set<String> visited) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (visited.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, uses, path, visited);
                if (!found.isEmpty()) {
                    return found;
                }
                path.removeLast();
            }
        }
        return List.of();
    }
}
