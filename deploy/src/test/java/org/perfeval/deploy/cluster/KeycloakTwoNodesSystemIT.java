package org.perfeval.deploy.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same two-node journey in the keycloak profile: the real Keycloak holds the users and roles, both nodes are
 * resource servers checking its bearer tokens, on one MariaDB database of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakTwoNodesSystemIT {

    private static final String REALM_PASSWORD = "perfeval";

    private KeycloakDistribution keycloak;
    private SystemDatabase database;
    private TwoNodes nodes;

    @BeforeAll
    void start() {
        database = SystemDatabase.create();
        keycloak = KeycloakDistribution.start();
        nodes = TwoNodes.start("keycloak", database, "mysql,keycloak", keycloak.platformEnvironment());
        // the realm's users belong to departments the platform must know: the bureau and the office
        database.update("INSERT INTO department (code, name, finance_bureau, bureau_id, version) VALUES (?, ?, TRUE,"
                + " NULL, 0)", Organisation.BUREAU, Organisation.BUREAU_NAME);
        database.update("INSERT INTO department (code, name, finance_bureau, bureau_id, version) SELECT ?, ?, FALSE,"
                + " id, 0 FROM department WHERE code = ?", Organisation.OFFICE, Organisation.OFFICE_NAME,
                Organisation.BUREAU);
    }

    @AfterAll
    void stop() {
        if (nodes != null) {
            nodes.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aFormSubmittedOnNodeAIsApprovedOnNodeBWithKeycloakTokens() {
        Map<String, Supplier<String>> tokens = new HashMap<>();
        for (String user : new String[] {"drafter", "reviewer", "finance"}) {
            String token = keycloak.token(user, REALM_PASSWORD);
            tokens.put(user, () -> token);
        }
        FormAcrossNodes.submittedOnAApprovedOnB(staff("A", nodes.a(), tokens), staff("B", nodes.b(), tokens));
    }

    private static Staff staff(String name, PlatformNode node, Map<String, Supplier<String>> tokens) {
        return new Staff(name, PlatformApi.bearer(node, tokens.get("drafter")),
                PlatformApi.bearer(node, tokens.get("reviewer")), PlatformApi.bearer(node, tokens.get("finance")));
    }
}
