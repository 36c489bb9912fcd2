package org.perfeval.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of a module's message bundles, the same for every module: the English base and the Chinese file have the same
 * keys, every key the module's code names is in both, and every message reads as MessageFormat means it.
 */
public final class Bundles {

    /** A quote on its own, which MessageFormat would swallow: a quote shown must be written twice. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private Bundles() {
    }

    /** Loads {@code i18n/NAME.properties} (English) or, with {@code _zh}, the Chinese one, as UTF-8. */
    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The base and the Chinese bundle of {@code name} have exactly the same keys. */
    public static void assertSameKeys(String name) {
        assertThat(load("i18n/" + name + "_zh.properties").stringPropertyNames())
                .isEqualTo(load("i18n/" + name + ".properties").stringPropertyNames());
    }

    /** Every message of the bundle is valid MessageFormat with its quotes doubled. */
    public static void assertValidPatterns(String resource) {
        Properties messages = load(resource);
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            assertThat(new MessageFormat(message).toPattern()).as(key).isNotNull();
            assertThat(LONE_QUOTE.matcher(message).find()).as(key + ": " + message).isFalse();
        }
    }

    /** The keys the module's main code names as string literals starting with {@code prefix}. */
    public static Set<String> keysInCode(String prefix) {
        // a literal ending in a dot is a prefix the code completes, such as "notification.kind." + name()
        Pattern literal = Pattern.compile("\"(" + Pattern.quote(prefix) + "[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
