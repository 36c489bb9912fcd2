/** System tests: the packaged platform started as separate processes, two nodes on one MariaDB database. */
package org.perfeval.deploy.cluster;
