package org.perfeval.scoring.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.perfeval.scoring.engine.Scorer;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.text.Text;
import org.perfeval.scoring.text.Texts;

/** The parsed arguments of {@code score}. */
record Options(boolean text, String scheme, Locale locale, List<String> files) {

    private static final Texts TEXTS = Texts.scoring();

    /**
     * The language asked for with {@code --lang}, looked for before anything else is parsed, so that what is wrong
     * with the other arguments is said in it; Chinese without one, or with one the scorer does not speak.
     */
    static Locale language(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang") && args[i + 1].equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.CHINESE;
    }

    /** The options, or null after saying on {@code err} what is wrong with the arguments. */
    static Options parse(String[] args, PrintStream err, Scorer scorer) {
        if (args.length == 0 || !args[0].equals("score")) {
            return null;
        }
        Locale locale = language(args);
        boolean text = false;
        String scheme = null;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (arg) {
                case "--format" -> {
                    String value = hasValue ? args[++i] : "";
                    if (!value.equals("json") && !value.equals("text")) {
                        err.println(say(locale, "cli.error.format"));
                        return null;
                    }
                    text = value.equals("text");
                }
                case "--scheme" -> {
                    scheme = hasValue ? args[++i] : "";
                    if (scorer.schemes().find(scheme).isEmpty()) {
                        err.println(say(locale, "cli.error.scheme", scheme, String.join(", ",
                                scorer.schemes().all().stream().map(ScoringScheme::id).toList())));
                        return null;
                    }
                }
                case "--lang" -> {
                    String value = hasValue ? args[++i] : "";
                    if (!value.equals("zh") && !value.equals("en")) {
                        err.println(say(locale, "cli.error.lang"));
                        return null;
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println(say(locale, "cli.error.option", arg));
                        return null;
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty()) {
            err.println(say(locale, "cli.error.noFile"));
            return null;
        }
        return new Options(text, scheme, locale, files);
    }

    static String say(Locale locale, String key, Object... args) {
        return TEXTS.render(Text.of(key, args), locale);
    }
}
