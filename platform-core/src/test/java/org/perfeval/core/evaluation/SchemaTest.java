package org.perfeval.core.evaluation;

import org.springframework.boot.test.context.SpringBootTest;

/** The schema as migrated on H2. */
@SpringBootTest
class SchemaTest extends SchemaContract {

    @Override
    int unitsPerCharacter() {
        return 2;
    }
}
