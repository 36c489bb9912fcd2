package org.perfeval.deploy.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A form imported and submitted on node A, approved by the office's reviewer and then by the finance bureau on
 * node B; after every step each node's API shows what the other did: the stage, the computed score, the timeline.
 */
final class FormAcrossNodes {

    private FormAcrossNodes() {
    }

    /** The evaluation's id, now waiting for publication. */
    static long submittedOnAApprovedOnB(Staff a, Staff b) {
        JsonNode imported = a.drafter().post("/api/evaluations/import", Organisation.seedForm());
        long id = imported.get("id").asLong();
        assertThat(imported.get("status").asString()).isEqualTo("DRAFTING");
        assertStage(id, "DRAFTING", a, b);

        a.drafter().post(path(id, "submit"), Map.of());
        assertStage(id, "INTERNAL_REVIEW", a, b);
        assertThat(actions(b.reviewer(), id)).as("what node B offers the reviewer").contains("APPROVE");

        b.reviewer().post(path(id, "approve"), Map.of("remark", "内部审核通过（节点B）"));
        assertStage(id, "FINANCE_CHECK", a, b);

        b.finance().post(path(id, "approve"), Map.of("remark", "财政审核通过（节点B）"));
        assertStage(id, "PUBLICATION", a, b);

        List<String> timelineOnA = timeline(a.drafter(), id);
        assertThat(timelineOnA.stream().filter(entry -> entry.contains(" SUBMIT ") || entry.contains(" APPROVE ")))
                .as("the steps in the timeline on node A").containsExactly(
                "drafter SUBMIT DRAFTING→INTERNAL_REVIEW",
                "reviewer APPROVE INTERNAL_REVIEW→FINANCE_CHECK",
                "finance APPROVE FINANCE_CHECK→PUBLICATION");
        assertThat(timeline(b.reviewer(), id)).as("the timeline on node B").isEqualTo(timelineOnA);

        JsonNode scoreOnA = a.drafter().get(path(id, "score"));
        assertThat(b.finance().get(path(id, "score"))).as("the score computed on node B").isEqualTo(scoreOnA);
        String totalOnA = a.drafter().get("/api/evaluations/" + id).path("computedTotal").asString();
        assertThat(totalOnA).as("the computed total on node A").isNotBlank()
                .isEqualTo(b.finance().get("/api/evaluations/" + id).path("computedTotal").asString());
        assertThat(a.drafter().get(path(id, "score-history")).size()).as("score snapshots seen on node A")
                .isEqualTo(b.reviewer().get(path(id, "score-history")).size()).isPositive();
        return id;
    }

    private static void assertStage(long id, String stage, Staff a, Staff b) {
        for (Staff staff : List.of(a, b)) {
            for (PlatformApi user : List.of(staff.drafter(), staff.reviewer(), staff.finance())) {
                assertThat(user.get("/api/evaluations/" + id).get("status").asString())
                        .as("the stage on node " + staff.node()).isEqualTo(stage);
            }
        }
    }

    private static List<String> actions(PlatformApi user, long id) {
        List<String> actions = new ArrayList<>();
        user.get(path(id, "actions")).forEach(action -> actions.add(action.asString()));
        return actions;
    }

    private static List<String> timeline(PlatformApi user, long id) {
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : user.get(path(id, "timeline"))) {
            entries.add(entry.path("actor").asString() + " " + entry.path("action").asString() + " "
                    + entry.path("fromStage").asString() + "→" + entry.path("toStage").asString());
        }
        return entries;
    }

    private static String path(long id, String what) {
        return "/api/evaluations/" + id + "/" + what;
    }
}
