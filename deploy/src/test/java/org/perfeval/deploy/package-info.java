/** Checks of the deployment descriptors, read as Kubernetes and Docker would read them. */
package org.perfeval.deploy;
