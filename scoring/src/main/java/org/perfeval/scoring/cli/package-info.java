/** The command-line scorer: {@code java -jar perfeval-scoring.jar score FILE...}. */
package org.perfeval.scoring.cli;
