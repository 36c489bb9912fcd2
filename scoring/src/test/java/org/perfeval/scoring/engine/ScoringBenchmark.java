package org.perfeval.scoring.engine;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.result.ScoreResult;

/**
 * Reports per second on one thread for the seed report: scoring a read document (the goal: 200,000), and reading
 * plus scoring from JSON, as the command-line scorer and the import do.
 * Run: {@code ./mvnw -pl scoring -am -Pbench verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    private final Scorer scorer = Scorer.withBuiltInSchemes();
    private final SelfEvaluationDocument seed = Samples.jinshui2021();
    private final String seedJson = Samples.jinshui2021Json();
    private final DocumentReader reader = new DocumentReader();

    @Benchmark
    public ScoreResult scoreSeedReport() {
        return scorer.score(seed);
    }

    @Benchmark
    public ScoreResult readAndScoreSeedReport() {
        return scorer.score(reader.read(seedJson).document());
    }
}
