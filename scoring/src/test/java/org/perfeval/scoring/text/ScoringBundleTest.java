package org.perfeval.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.json.Violation;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.Severity;
import org.perfeval.scoring.result.UnscorableReason;
import org.perfeval.scoring.scheme.BudgetDenominator;
import org.perfeval.scoring.scheme.LowerIsBetterFormula;

/** The English base bundle and the Chinese one say the same things, and say everything the code asks for. */
class ScoringBundleTest {

    private static final Properties ENGLISH = load("i18n/scoring.properties");
    private static final Properties CHINESE = load("i18n/scoring_zh.properties");
    /** Keys the code names as literals, such as "place.row" or "cli.total". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:finding|rule|reason|grade|tier|severity|kind"
            + "|section|denominator|formula|place|fragment|violation|cli)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** Scheme violations are checked in the scheme package, whose problems are its own. */
    private static final String SCHEME_VIOLATIONS = "violation.scheme.";

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ScoringBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> enumKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.of(Grade.values(), Tier.values(), Severity.values(), EvaluationKind.values(), FindingCode.values(),
                ReportSection.values(), UnscorableReason.values(), BudgetDenominator.values(),
                LowerIsBetterFormula.values(), Direction.values()).flatMap(Arrays::stream)
                .forEach(constant -> keys.add(((Labelled) constant).labelKey()));
        Arrays.stream(RowRule.values()).forEach(rule -> keys.add("rule." + rule.name()));
        Arrays.stream(Violation.Problem.values()).forEach(problem -> keys.add(problem.key()));
        return keys;
    }

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void theEnglishAndChineseBundlesHaveExactlyTheSameKeys() {
        assertThat(CHINESE.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
    }

    @Test
    void everyLabelledConstantFindingRuleReasonAndProblemHasATextInBothLanguages() {
        assertThat(ENGLISH.stringPropertyNames()).containsAll(enumKeys());
        assertThat(CHINESE.stringPropertyNames()).containsAll(enumKeys());
    }

    @Test
    void everyKeyTheCodeNamesExistsInBothLanguages() throws IOException {
        Set<String> named = literalKeys();

        assertThat(named).contains("place.row", "cli.total", "fragment.atCap");
        assertThat(ENGLISH.stringPropertyNames()).containsAll(named);
        assertThat(CHINESE.stringPropertyNames()).containsAll(named);
    }

    @Test
    void everyTextInTheBundlesIsUsed() throws IOException {
        Set<String> used = new HashSet<>(enumKeys());
        used.addAll(literalKeys());

        assertThat(ENGLISH.stringPropertyNames()).filteredOn(key -> !key.startsWith(SCHEME_VIOLATIONS))
                .allMatch(used::contains, "named by the code");
    }

    @Test
    void everyPatternIsAMessageFormatWithItsApostrophesWrittenTwice() {
        for (Properties bundle : new Properties[]{ENGLISH, CHINESE}) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern)).as(key).doesNotThrowAnyException();
                assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    /**
     * Texts whose values differ between the languages on purpose: a scheme names itself in each language; Chinese
     * shows an allowed value by its label only, without its code; and Jackson's explanation of bad JSON is English
     * prose, which only the English texts show.
     */
    private static final Set<String> DIFFERING = Set.of("fragment.schemeName", "violation.choice",
            "violation.MALFORMED", "violation.BEYOND_LIMITS");

    @Test
    void bothLanguagesShowTheSameValuesExceptWhereTheyDifferOnPurpose() {
        for (String key : ENGLISH.stringPropertyNames()) {
            if (!DIFFERING.contains(key)) {
                assertThat(placeholders(CHINESE.getProperty(key))).as(key)
                        .isEqualTo(placeholders(ENGLISH.getProperty(key)));
            }
        }
        assertThat(ENGLISH.getProperty("fragment.schemeName")).isEqualTo("{1}");
        assertThat(CHINESE.getProperty("fragment.schemeName")).isEqualTo("{0}");
        assertThat(ENGLISH.getProperty("violation.choice")).isEqualTo("{0} ({1})");
        assertThat(CHINESE.getProperty("violation.choice")).isEqualTo("{1}");
        assertThat(ENGLISH.getProperty("violation.MALFORMED")).contains("{0}", "{1}", "{2}");
        assertThat(placeholders(CHINESE.getProperty("violation.MALFORMED"))).containsExactly("0", "1");
        assertThat(ENGLISH.getProperty("violation.BEYOND_LIMITS")).contains("{0}");
        assertThat(placeholders(CHINESE.getProperty("violation.BEYOND_LIMITS"))).isEmpty();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
