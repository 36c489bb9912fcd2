package org.perfeval.core.print;

import java.time.Clock;
import java.util.Locale;

import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.i18n.Translator;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.ScoreResult;
import org.springframework.stereotype.Service;

/**
 * A self-evaluation as a PDF for stamping, for whoever may read the form (the evaluation service checks that: a form
 * of another department is not found). Chinese unless the reader asks for English.
 */
@Service
public class EvaluationPdf {

    private final EvaluationService evaluations;
    private final PdfRenderer renderer;
    private final Translator translator;
    private final Clock clock;

    EvaluationPdf(EvaluationService evaluations, PdfRenderer renderer, Translator translator, Clock clock) {
        this.evaluations = evaluations;
        this.renderer = renderer;
        this.translator = translator;
        this.clock = clock;
    }

    @LoggedIn
    public PdfFile evaluation(long id, Locale locale) {
        EvaluationSummary summary = evaluations.summary(id);
        SelfEvaluationDocument document = evaluations.export(id);
        ScoreResult score = evaluations.score(id);
        Locale language = language(locale);
        Words words = new Words(translator, language);
        EvaluationSheet sheet = new EvaluationSheet(words, summary, document, score);
        String footer = words.get("print.evaluation.footer", summary.departmentName(), summary.year(),
                words.label(summary.kind()), clock.instant());
        byte[] pdf = renderer.render(new PrintLayout(sheet.title(), footer, language.toLanguageTag()), words,
                sheet.body());
        return new PdfFile("self-evaluation-" + summary.departmentCode() + "-" + summary.year() + "-" + id + ".pdf",
                pdf);
    }

    /** The two languages of the platform: English for a reader who asks for it, Chinese for everyone else. */
    public static Locale language(Locale requested) {
        return requested != null && requested.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
