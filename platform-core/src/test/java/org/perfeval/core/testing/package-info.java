/** Test support shared with the modules above: a real MariaDB database per test class, and a test directory. */
package org.perfeval.core.testing;
