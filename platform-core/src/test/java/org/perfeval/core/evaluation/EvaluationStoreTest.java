package org.perfeval.core.evaluation;

import org.springframework.boot.test.context.SpringBootTest;

/** The store on the embedded H2 database. */
@SpringBootTest
class EvaluationStoreTest extends EvaluationStoreContract {
}
