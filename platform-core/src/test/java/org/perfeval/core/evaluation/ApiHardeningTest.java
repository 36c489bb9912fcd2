package org.perfeval.core.evaluation;

import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The API's answers to wrong requests on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class ApiHardeningTest extends ApiHardeningContract {
}
