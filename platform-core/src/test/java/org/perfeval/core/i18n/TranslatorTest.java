package org.perfeval.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.scoring.text.Text;

/** Texts rendered through the platform's message source, with their arguments, in English and Chinese. */
class TranslatorTest {

    private final Translator translator = new Translator(new MessagesConfiguration().messageSource(),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void aPointInTimeIsShownInThePlatformsZoneToTheMinute() {
        Text conflict = new EditConflictException(3, 4, "office.drafter", Instant.parse("2026-11-29T07:14:19Z"))
                .text();

        assertThat(translator.render(conflict, Locale.ENGLISH))
                .isEqualTo("Changed by office.drafter at 2026-11-29 15:14 (version 4; you edited version 3); "
                        + "reload and apply your change again");
        assertThat(translator.render(conflict, Locale.CHINA))
                .isEqualTo("已由 office.drafter 于 2026-11-29 15:14 修改（版本 4，您修改的是版本 3），请重新载入后再修改");
    }

    @Test
    void labelledValuesAreShownByTheirLabelAndNumbersWithoutGrouping() {
        Text locked = Text.of("core.evaluation.locked", 12345L, EvaluationStatus.FINANCE_CHECK);

        assertThat(translator.render(locked, Locale.ENGLISH))
                .startsWith("Evaluation 12345 is at the stage Finance check");
        assertThat(translator.render(locked, Locale.SIMPLIFIED_CHINESE)).startsWith("自评表 12345 处于“财政审核”环节");
        assertThat(translator.label(Role.FINANCE_REVIEWER, Locale.CHINESE)).isEqualTo("财政审核人");
    }

    @Test
    void textsWithinTextsAreRenderedInTheSameLanguageAndDecimalsAsWritten() {
        assertThat(translator.render(Text.of("core.account.unknown", Text.of("role.ADMIN")), Locale.CHINESE))
                .isEqualTo("没有用户 管理员");
        assertThat(translator.render(Text.of("core.account.unknown", new BigDecimal("1E+3")), Locale.ENGLISH))
                .isEqualTo("No user 1000");
    }

    @Test
    void quotesAreShownOnceAndALanguageWithoutBundleGetsEnglishWhateverTheServersLocale() {
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.CHINA);
        try {
            assertThat(translator.render(Text.of("core.scheme.id", 3, 64), Locale.FRENCH))
                    .isEqualTo("3 to 64 lower-case letters, digits or '-'");
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void aMissingKeyIsShownAsItselfRatherThanFailing() {
        assertThat(translator.render(Text.of("core.no.such.key"), Locale.ENGLISH)).isEqualTo("core.no.such.key");
    }
}
