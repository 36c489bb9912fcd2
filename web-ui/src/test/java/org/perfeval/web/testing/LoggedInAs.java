package org.perfeval.web.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The demo user a {@link ScreenTest} acts as from the start of each of its tests (on the class) or of one test (on
 * the method, which wins), looked up through the real account lookup; after each test nobody is logged in.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LoggedInAs {

    /** The demo user name: drafter, reviewer, finance, admin, edu-drafter, edu-reviewer. */
    String value();
}
