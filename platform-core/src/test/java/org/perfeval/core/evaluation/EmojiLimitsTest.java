package org.perfeval.core.evaluation;

import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Emoji at the limits on H2, which counts an emoji as two units. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class EmojiLimitsTest extends EmojiLimitsContract {
}
