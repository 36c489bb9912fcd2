package org.perfeval.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.json.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Administrators copy a published scheme, edit the copy within the rules, and forms naming it are scored with it. */
@SpringBootTest
@WithTestDirectory
class SchemeServiceTest {

    @Autowired
    SchemeService schemes;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;

    @Test
    void aCopyWithStricterGradesScoresTheFormsThatNameIt() {
        SchemeView copy = as(TestDirectory.ADMIN, () -> schemes.copy("henan-department-overall", "henan-strict"));
        assertThat(copy.builtIn()).isFalse();
        assertThat(copy.nameZh()).endsWith("（副本）");
        // 优 from 98 instead of 90: the seed's 97.20 is no longer 优
        String stricter = copy.json().replaceFirst("\"min\"\\s*:\\s*90(\\.0+)?", "\"min\": 98");
        assertThat(stricter).isNotEqualTo(copy.json());
        SchemeView saved = as(TestDirectory.ADMIN, () -> schemes.save("henan-strict", stricter, copy.rowVersion()));
        assertThat(saved.rowVersion()).isEqualTo(copy.rowVersion() + 1);

        String form = Samples.jinshui2021Json().replace("\"scheme\": \"henan-department-overall\"",
                "\"scheme\": \"henan-strict\"");
        var score = as(TestDirectory.OFFICE_DRAFTER, () -> evaluations.preview(evaluations.parse(form)));
        assertThat(score.schemeId()).isEqualTo("henan-strict");
        assertThat(score.total()).isEqualByComparingTo("97.20");
        assertThat(score.grade()).isNotEqualTo(Grade.EXCELLENT);
    }

    @Test
    void publishedSchemesStayAsTheyAreAndABadCopyIsRefusedByField() {
        SchemeView published = as(TestDirectory.ADMIN, () -> schemes.find("national-project")).orElseThrow();
        assertThatThrownBy(() -> as(TestDirectory.ADMIN, () -> schemes.save("national-project", published.json(), 0)))
                .isInstanceOfSatisfying(SchemeRefusedException.class, refused -> assertThat(refused.text().key())
                        .isEqualTo("core.scheme.readOnly"));

        SchemeView copy = as(TestDirectory.ADMIN, () -> schemes.copy("national-project", "national-bad"));
        String broken = copy.json().replaceFirst("\"total\"\\s*:\\s*100(\\.0+)?", "\"total\": \"一百\"");
        assertThatThrownBy(() -> as(TestDirectory.ADMIN, () -> schemes.save("national-bad", broken, copy.rowVersion())))
                .isInstanceOfSatisfying(SchemeRefusedException.class, refused -> assertThat(refused.fields())
                        .extracting(FieldRefusal::pointer).contains("/total"));
        assertThat(as(TestDirectory.ADMIN, () -> schemes.find("national-bad")).orElseThrow().json())
                .isEqualTo(copy.json());

        assertThatThrownBy(() -> as(TestDirectory.ADMIN, () -> schemes.save("national-bad", copy.json(),
                copy.rowVersion() + 5))).isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> as(TestDirectory.ADMIN, () -> schemes.copy("national-project", "Bad Id")))
                .isInstanceOf(SchemeRefusedException.class);
        assertThatThrownBy(() -> as(TestDirectory.OFFICE_DRAFTER, () -> schemes.copy("national-project", "mine")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }
}
