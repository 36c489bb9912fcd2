package org.perfeval.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The people and departments a system test works with. The mysql profile creates no accounts and offers no way to
 * create the first administrator, so this inserts the finance bureau and one administrator straight into the
 * database (with a BCrypt hash, as the platform stores them); everything else goes through the REST API as that
 * administrator would do it.
 */
final class Organisation {

    static final String PASSWORD = "System-test-2026";
    static final String BUREAU = "JSCZ";
    static final String BUREAU_NAME = "郑州市金水区财政局";
    static final String OFFICE = "JSZF";
    static final String OFFICE_NAME = "郑州市金水区人民政府办公室";
    static final Path FIXTURE = Path.of(System.getProperty("perfeval.fixture",
            "../scoring/src/main/resources/org/perfeval/scoring/document/json/jinshui-2021.json"));

    private Organisation() {
    }

    /** The bureau and the administrator {@code admin}, in the database; run once both nodes have migrated it. */
    static void firstAdministrator(SystemDatabase database) {
        database.update("INSERT INTO department (code, name, finance_bureau, bureau_id, version) VALUES (?, ?, TRUE,"
                + " NULL, 0)", BUREAU, BUREAU_NAME);
        long bureau = database.number("SELECT id FROM department WHERE code = ?", BUREAU);
        database.update("INSERT INTO user_account (username, display_name, email, password_hash, department_id,"
                        + " enabled, version, created_at) VALUES ('admin', '周管理', NULL, ?, ?, TRUE, 0, ?)",
                new BCryptPasswordEncoder().encode(PASSWORD), bureau, Timestamp.from(Instant.now()));
        long admin = database.number("SELECT id FROM user_account WHERE username = 'admin'");
        database.update("INSERT INTO user_role (user_id, role) VALUES (?, 'ADMIN')", admin);
    }

    /** The office with its drafter, reviewer, and the bureau's finance reviewer, created over the API. */
    static void office(PlatformApi admin) {
        department(admin, OFFICE, OFFICE_NAME);
        user(admin, "drafter", "王晓填", OFFICE, "DRAFTER");
        user(admin, "reviewer", "李审文", OFFICE, "DEPT_REVIEWER");
        user(admin, "finance", "孙财审", BUREAU, "FINANCE_REVIEWER");
    }

    static void department(PlatformApi admin, String code, String name) {
        admin.post("/api/admin/departments", Map.of("code", code, "name", name, "bureauCode", BUREAU));
    }

    static void user(PlatformApi admin, String username, String displayName, String department, String role) {
        admin.post("/api/admin/users", Map.of("username", username, "displayName", displayName, "email",
                username + "@example.gov.cn", "password", PASSWORD, "departmentCode", department,
                "roles", List.of(role)));
    }

    /**
     * The seed report (金水区政府办 2021) in the interchange format, with its one misfiled row (提高业务工作水平, filed
     * under 产出指标 so that the block weighs 46 against 40) moved to 效益指标, so that the scorer finds no error and
     * the form may be submitted.
     */
    static String seedForm() {
        String misfiled = "\"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"";
        try {
            String seed = Files.readString(FIXTURE);
            if (!seed.contains("\"产出指标\", " + misfiled)) {
                throw new IllegalStateException("the seed form " + FIXTURE + " no longer has its misfiled row");
            }
            return seed.replace("\"产出指标\", " + misfiled, "\"效益指标\", " + misfiled);
        } catch (IOException e) {
            throw new UncheckedIOException("the seed form " + FIXTURE, e);
        }
    }
}
