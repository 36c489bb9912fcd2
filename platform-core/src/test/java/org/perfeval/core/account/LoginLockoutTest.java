package org.perfeval.core.account;

import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The login lock on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
@Import(LoginLockoutContract.Counting.class)
class LoginLockoutTest extends LoginLockoutContract {
}
