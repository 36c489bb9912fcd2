package org.perfeval.scoring.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.perfeval.scoring.engine.Scorer;

/** The parsed arguments of {@code score}. */
record Options(boolean text, String scheme, Locale locale, List<String> files) {

    /** The options, or null after saying on {@code err} what is wrong with the arguments. */
    static Options parse(String[] args, PrintStream err, Scorer scorer) {
        if (args.length == 0 || !args[0].equals("score")) {
            return null;
        }
        boolean text = false;
        Locale locale = Locale.CHINESE;
        String scheme = null;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (arg) {
                case "--format" -> {
                    String value = hasValue ? args[++i] : "";
                    if (!value.equals("json") && !value.equals("text")) {
                        err.println("--format takes json or text");
                        return null;
                    }
                    text = value.equals("text");
                }
                case "--scheme" -> {
                    scheme = hasValue ? args[++i] : "";
                    if (scorer.schemes().find(scheme).isEmpty()) {
                        err.println("unknown scheme '" + scheme + "'; known: "
                                + scorer.schemes().all().stream().map(s -> s.id()).toList());
                        return null;
                    }
                }
                case "--lang" -> {
                    String value = hasValue ? args[++i] : "";
                    if (!value.equals("zh") && !value.equals("en")) {
                        err.println("--lang takes zh or en");
                        return null;
                    }
                    locale = Locale.forLanguageTag(value);
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("unknown option " + arg);
                        return null;
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty()) {
            err.println("no file to score");
            return null;
        }
        return new Options(text, scheme, locale, files);
    }
}
