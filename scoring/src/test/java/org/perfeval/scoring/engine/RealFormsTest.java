package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.scheme.SchemeCodec;
import org.perfeval.scoring.scheme.SchemeRegistry;
import org.perfeval.scoring.scheme.ScoringScheme;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real published 自评表, transcribed into the interchange format under {@code src/test/resources/real-forms/}, each
 * with its source address, its province and the result the published rules give, worked by hand in its
 * {@code notes}: every row's score and rule, the total, the grade and how many rows stay unverified.
 */
class RealFormsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /**
     * Regions whose scheme is not built in are scored with their scheme stored as data, as an administrator stores
     * one: Chongqing's 部门整体 form (预算执行率 10 + 绩效指标 90).
     */
    private static final List<String> STORED_SCHEMES = List.of("chongqing-department-overall.json");

    static List<String> forms() {
        return List.of("anhui-chizhou-tangxi-2022-weituo.json", "anhui-chizhou-tangxi-2022-cunji.json",
                "sichuan-zhongjiang-shuili-2022-shuibiaochi.json", "sichuan-qingshen-fagai-2023-gongzi.json",
                "chongqing-kexuecheng-rongmeiti-2021-overall.json", "hubei-xinzhou-chujutuan-2020-yanchu.json",
                "hubei-changjiang-jinbu-2020-yuye.json", "hebei-langfang-shipin-2019-nuantong.json");
    }

    private static String read(String file) throws IOException {
        try (InputStream in = RealFormsTest.class.getResourceAsStream("/real-forms/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void scoresAsWorkedByHand(String file) throws IOException {
        String json = read(file);
        JsonNode fixture = MAPPER.readTree(json);
        assertThat(fixture.get("source").stringValue()).startsWith("http");
        assertThat(fixture.get("notes").size()).isPositive();
        ReadResult read = new DocumentReader().read(json);
        assertThat(read.violations()).isEmpty();

        ScoreResult result = scorer().score(read.document());

        JsonNode expected = fixture.get("expected");
        assertThat(result.schemeId()).isEqualTo(read.document().scheme());
        List<RowResult> rows = result.indicators();
        JsonNode expectedRows = expected.get("rows");
        assertThat(rows).hasSize(expectedRows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).score()).as("row %d", i + 1)
                    .isEqualByComparingTo(expectedRows.get(i).get(0).stringValue());
            assertThat(rows.get(i).rule().name()).as("row %d", i + 1)
                    .isEqualTo(expectedRows.get(i).get(1).stringValue());
        }
        assertThat(result.total()).isEqualByComparingTo(expected.get("total").stringValue());
        assertThat(result.grade().name()).isEqualTo(expected.get("grade").stringValue());
        assertThat(result.unverifiedCount()).isEqualTo(expected.get("unverified").intValue());
        assertThat(result.provisional()).isEqualTo(expected.get("unverified").intValue() > 0);
    }

    private static Scorer scorer() throws IOException {
        List<ScoringScheme> stored = new ArrayList<>();
        for (String file : STORED_SCHEMES) {
            SchemeCodec.Result scheme = new SchemeCodec().read(read("schemes/" + file));
            assertThat(scheme.violations()).as(file).isEmpty();
            stored.add(scheme.scheme());
        }
        return new Scorer(SchemeRegistry.builtIn().with(stored));
    }

    @Test
    void theFormsComeFromAtLeastFiveProvincesAndAreOfBothKinds() throws IOException {
        Set<String> provinces = new HashSet<>();
        Set<EvaluationKind> kinds = new HashSet<>();
        for (String file : forms()) {
            String json = read(file);
            provinces.add(MAPPER.readTree(json).get("province").stringValue());
            kinds.add(new DocumentReader().read(json).document().kind());
        }
        assertThat(forms()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(5);
        assertThat(kinds).containsExactlyInAnyOrder(EvaluationKind.DEPARTMENT_OVERALL, EvaluationKind.PROJECT);
    }
}
