package org.perfeval.scoring.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.document.json.Violation;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.scoring.engine.Scorer;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.ScoreResultJson;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.text.Text;
import org.perfeval.scoring.text.Texts;

/**
 * {@code score [--format json|text] [--scheme ID] [--lang zh|en] FILE...} prints each file's recomputed score (a
 * file in the interchange format or a filled 自评表 .xlsx workbook);
 * {@code schemes [--lang zh|en]} lists the schemes. Everything it says to people is in the language asked for,
 * Chinese by default. Exit status: 0 without ERROR findings, 1 with any, 2 when a file cannot be read or parsed
 * or the command is wrong.
 */
public final class ScoringCli {

    static final int OK = 0;
    static final int ERRORS_FOUND = 1;
    static final int UNUSABLE = 2;

    private static final Texts TEXTS = Texts.scoring();

    private final PrintStream out;
    private final PrintStream err;
    private final Scorer scorer = Scorer.withBuiltInSchemes();

    ScoringCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // POI logs through Log4j's API; without a provider it complains on stderr, which is the scorer's to speak on
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ScoringCli(out, err).run(args));
    }

    int run(String[] args) {
        Locale language = Options.language(args);
        if (args.length > 0 && args[0].equals("schemes") && isLanguageOnly(args)) {
            for (ScoringScheme scheme : scorer.schemes().all()) {
                out.println(scheme.id() + "\tv" + scheme.version() + "\t" + TEXTS.label(scheme.kind(), language)
                        + "\t" + TEXTS.render(Text.of("fragment.schemeName", scheme.nameZh(), scheme.nameEn()),
                        language));
            }
            return OK;
        }
        Options options = Options.parse(args, err, scorer);
        if (options == null) {
            err.println(Options.say(language, "cli.usage"));
            return UNUSABLE;
        }
        List<String> outputs = new ArrayList<>();
        boolean unreadable = false;
        boolean errors = false;
        for (String file : options.files()) {
            ReadResult read = read(Path.of(file), options.locale());
            if (read == null || !read.isValid()) {
                unreadable = true;
                continue;
            }
            ScoreResult result = scorer.score(read.document(), options.scheme());
            errors |= result.hasErrors();
            outputs.add(options.text()
                    ? TextReport.render(file, read.document(), result, scorer.schemes(), options.locale())
                    : ScoreResultJson.write(result, true));
        }
        print(options, outputs);
        return unreadable ? UNUSABLE : errors ? ERRORS_FOUND : OK;
    }

    /** {@code schemes}, alone or with {@code --lang zh|en}. */
    private static boolean isLanguageOnly(String[] args) {
        return args.length == 1 || (args.length == 3 && args[1].equals("--lang")
                && (args[2].equals("zh") || args[2].equals("en")));
    }

    /**
     * The file read, or null; either way what is wrong with it has been said on err, in the report's language and
     * by the place on the form. English adds the JSON pointer, for whoever fixes the file in an editor; Chinese
     * shows none, as no Chinese text does.
     */
    private ReadResult read(Path file, Locale locale) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            byte[] start = in.readNBytes(4);
            in.reset();
            // an .xlsx is told by its content (a zip), whatever the file is called
            ReadResult result = WorkbookReader.looksLikeWorkbook(start) ? new WorkbookReader().read(in)
                    : new DocumentReader().read(in);
            if (!result.isValid()) {
                boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
                for (Violation v : result.violations()) {
                    err.println(file + ": " + TEXTS.render(v.text(), locale)
                            + (english && !v.pointer().isEmpty() ? " [" + v.pointer() + "]" : ""));
                }
            }
            return result;
        } catch (IOException e) {
            err.println(file + ": " + TEXTS.render(Text.of("cli.unreadable", e.getMessage()), locale));
            return null;
        }
    }

    private void print(Options options, List<String> outputs) {
        if (options.text()) {
            outputs.forEach(out::println);
        } else if (options.files().size() == 1) {
            outputs.forEach(out::println);
        } else {
            out.println("[" + String.join(",\n", outputs) + "]");
        }
    }
}
