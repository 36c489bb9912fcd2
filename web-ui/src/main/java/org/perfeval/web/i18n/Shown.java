package org.perfeval.web.i18n;

import java.math.BigDecimal;
import java.util.Locale;

import org.perfeval.core.i18n.Translator;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;

/**
 * Texts and labels as the current screen shows them: in its language, through the platform's one translator, so a
 * refusal, a finding or a stage reads the same here as in the API and the mails.
 */
public final class Shown {

    private Shown() {
    }

    public static String text(Text text) {
        return translator().render(text, locale());
    }

    public static String label(Labelled value) {
        return label(value, locale());
    }

    /** A label in a given language: the form's own words are Chinese, whatever the screen's language. */
    public static String label(Labelled value, Locale locale) {
        return value == null ? "" : translator().label(value, locale);
    }

    /** A recomputed total with its grade, and "待认定" with the rows still to decide while it is provisional. */
    public static String total(ScoreResult score) {
        String total = score.total().toPlainString() + " " + label(score.grade());
        Text note = score.provisionalNote();
        return note == null ? total : total + " · " + text(note);
    }

    /** A stored computed total with its grade, and "待认定" while {@code pendingRows} rows are still to decide. */
    public static String total(BigDecimal total, Labelled grade, int pendingRows) {
        if (total == null) {
            return "—";
        }
        String shown = total.stripTrailingZeros().toPlainString() + " " + label(grade);
        return pendingRows == 0 ? shown : shown + " · " + text(Text.of("fragment.provisional", pendingRows));
    }

    /** The language of the screen being drawn; Chinese outside one. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Languages.CHINESE;
    }

    private static Translator translator() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(Translator.class);
    }
}
