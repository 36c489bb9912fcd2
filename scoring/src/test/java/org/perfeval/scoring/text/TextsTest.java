package org.perfeval.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.Grade;

/** How a text becomes words: MessageFormat patterns, plain numbers, nested texts and labels, and no fallbacks. */
class TextsTest {

    private final Texts texts = new Texts(List.of("i18n/texts-test", "i18n/scoring"));

    @Test
    void numbersArePlainAndNeverGrouped() {
        assertThat(texts.render(Text.of("test.amount", new BigDecimal("1.2E+4")), Locale.ENGLISH))
                .isEqualTo("12000 yuan");
        assertThat(texts.render(Text.of("test.amount", 1234567), Locale.CHINESE)).isEqualTo("1234567 元");
        assertThat(texts.render(Text.of("test.amount", new BigDecimal("0.50")), Locale.ENGLISH))
                .isEqualTo("0.50 yuan");
    }

    @Test
    void aNullValueShowsAsNothing() {
        assertThat(texts.render(Text.of("test.nested", (Object) null), Locale.ENGLISH)).isEqualTo("()");
        assertThat(Text.of("test.nested", (Object) null).args()).containsExactly((Object) null);
    }

    @Test
    void aTextBuiltFromAnImmutableListIsAccepted() {
        assertThat(new Text("test.nested", List.of("x")).args()).containsExactly("x");
        assertThat(new Text("test.nested", List.of()).args()).isEmpty();
    }

    @Test
    void anApostropheWrittenTwiceShowsOnce() {
        assertThat(texts.render(Text.of("test.apostrophe", 7), Locale.ENGLISH))
                .isEqualTo("the department's total is 7");
    }

    @Test
    void aTextWithinATextAndALabelAreRenderedInTheSameLanguageFromAnyOfTheBundles() {
        Text graded = Text.of("test.nested", Text.of("test.grade", Grade.GOOD));

        assertThat(texts.render(graded, Locale.CHINESE)).isEqualTo("（等级为良）");
        assertThat(texts.render(graded, Locale.ENGLISH)).isEqualTo("(graded Good)");
        assertThat(texts.label(Grade.POOR, Locale.CHINESE)).isEqualTo("差");
    }

    @Test
    void aFormValueIsShownAsWrittenEvenWhenItLooksLikeAPattern() {
        assertThat(texts.render(Text.of("test.nested", "{0} 'x'"), Locale.ENGLISH)).isEqualTo("({0} 'x')");
    }

    @Test
    void aMissingKeyFailsLoudlyInsteadOfShowingTheKey() {
        assertThatThrownBy(() -> texts.render(Text.of("test.nowhere"), Locale.ENGLISH))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("test.nowhere");
        assertThatThrownBy(() -> Texts.scoring().render(Text.of("test.amount", 1), Locale.CHINESE))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void englishIsTheBaseBundleEvenOnAMachineWhoseDefaultLocaleIsChinese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(texts.render(Text.of("test.amount", 5), Locale.ENGLISH)).isEqualTo("5 yuan");
            assertThat(texts.render(Text.of("test.amount", 5), Locale.FRENCH)).isEqualTo("5 yuan");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everySpellingOfSimplifiedChineseFindsTheChineseBundle() {
        for (Locale chinese : List.of(Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("zh-Hans"),
                Locale.forLanguageTag("zh-Hans-CN"))) {
            assertThat(texts.render(Text.of("test.amount", 5), chinese)).as(chinese.toLanguageTag())
                    .isEqualTo("5 元");
        }
    }

    @Test
    void textsWithTheSameKeyAndValuesAreEqual() {
        assertThat(Text.of("test.amount", new BigDecimal("5"))).isEqualTo(Text.of("test.amount", new BigDecimal("5")))
                .isNotEqualTo(Text.of("test.amount", new BigDecimal("6")));
        assertThat(Text.of("test.amount").args()).isEmpty();
    }
}
