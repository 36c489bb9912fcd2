package org.perfeval.scoring.engine;

import org.perfeval.scoring.result.Comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How targets and actuals are read, including what is refused. */
class QuantityParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥99         | AT_LEAST  | 99     | ''
            ≧735        | AT_LEAST  | 735    | ''
            >=95        | AT_LEAST  | 95     | ''
            ＞＝９５．５ | AT_LEAST  | 95.5   | ''
            ═100        | EQUAL     | 100    | ''
            ＝100       | EQUAL     | 100    | ''
            100%        | NONE      | 100    | %
            100％       | NONE      | 100    | %
            5≤          | AT_MOST   | 5      | ''
            ≦5          | AT_MOST   | 5      | ''
            <=5         | AT_MOST   | 5      | ''
            20万元      | NONE      | 20     | 万元
            ≥266米      | AT_LEAST  | 266    | 米
            ' ≥ 9 9 '   | AT_LEAST  | 99     | ''
            1,234.5     | NONE      | 1234.5 | ''
            不少于3个   | AT_LEAST  | 3      | 个
            95%及以上   | AT_LEAST  | 95     | %
            3天以内     | AT_MOST   | 3      | 天
            -5          | NONE      | -5     | ''
            0.05        | NONE      | 0.05   | ''
            1234567890123456789012.5 | NONE | 1234567890123456789012.5 | ''
            """)
    void readsTheSpellingsOfRealForms(String text, Comparison comparison, String value, String unit) {
        Quantity quantity = QuantityParser.parse(text);

        assertThat(quantity).isNotNull();
        assertThat(quantity.comparison()).isEqualTo(comparison);
        assertThat(quantity.value()).isEqualByComparingTo(value);
        assertThat(quantity.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "\"{0}\" is unreadable")
    @CsvSource(delimiter = '|', textBlock = """
            相关
            ''
            ≥
            95-100
            ≥5≤
            ≥≥5
            5.
            .5
            1,00
            约95
            95以上以下
            ≥95%以下
            """)
    void refusesWhatIsNotAQuantity(String text) {
        assertThat(QuantityParser.parse(text)).isNull();
    }

    @Test
    void everyCharacterTheRewriteChangesIsCaughtByTheFastCheck() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            boolean rewritten = !QuantityParser.rewrite(one).equals(one);
            if (rewritten) {
                assertThat(QuantityParser.needsNormalizing((char) c)).as("U+%04X", c).isTrue();
            } else if (c >= ' ') {
                assertThat(QuantityParser.needsNormalizing((char) c)).as("U+%04X", c).isFalse();
            }
        }
    }
}
