package org.perfeval.deploy.cluster;

/** The office's drafter and reviewer and the bureau's finance reviewer, each calling one node's API. */
record Staff(String node, PlatformApi drafter, PlatformApi reviewer, PlatformApi finance) {
}
