package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real published 自评表, transcribed into the interchange format under {@code src/test/resources/real-forms/}, each
 * with its source address and the result the published rules give, worked by hand in its {@code notes}.
 */
class RealFormsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<String> forms() {
        return Stream.of("anhui-chizhou-tangxi-2022-weituo.json", "anhui-chizhou-tangxi-2022-cunji.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void scoresAsWorkedByHand(String file) throws IOException {
        String json;
        try (InputStream in = RealFormsTest.class.getResourceAsStream("/real-forms/" + file)) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JsonNode fixture = MAPPER.readTree(json);
        assertThat(fixture.get("source").stringValue()).startsWith("http");
        ReadResult read = new DocumentReader().read(json);
        assertThat(read.violations()).isEmpty();

        ScoreResult result = Scorer.withBuiltInSchemes().score(read.document());

        JsonNode expected = fixture.get("expected");
        assertThat(result.schemeId()).isEqualTo(read.document().scheme());
        assertThat(result.total()).isEqualByComparingTo(expected.get("total").stringValue());
        assertThat(result.grade().name()).isEqualTo(expected.get("grade").stringValue());
        assertThat(result.unverifiedCount()).isEqualTo(expected.get("unverified").intValue());
        List<RowResult> rows = result.indicators();
        JsonNode expectedRows = expected.get("rows");
        assertThat(rows).hasSize(expectedRows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).score()).as("row %d", i + 1)
                    .isEqualByComparingTo(expectedRows.get(i).get(0).stringValue());
            assertThat(rows.get(i).rule().name()).as("row %d", i + 1)
                    .isEqualTo(expectedRows.get(i).get(1).stringValue());
        }
    }
}
