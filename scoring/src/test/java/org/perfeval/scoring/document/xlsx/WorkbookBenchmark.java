package org.perfeval.scoring.document.xlsx;

import java.util.ArrayList;
import java.util.List;
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
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.document.json.Samples;

/**
 * Milliseconds per operation on one thread (the goal: each under 1000): importing a filled workbook of 200 indicator
 * rows, and exporting the seed as a workbook.
 * Run: {@code ./mvnw -pl scoring -Pbench verify -DskipTests -Djmh.args=WorkbookBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WorkbookBenchmark {

    private final SelfEvaluationDocument seed = Samples.jinshui2021();
    private final byte[] rows200 = FormWorkbooks.henan(withRows(seed, 200));
    private final WorkbookReader reader = new WorkbookReader();
    private final WorkbookWriter writer = new WorkbookWriter();

    /** The seed with its indicator rows repeated, each named apart, up to {@code count}. */
    static SelfEvaluationDocument withRows(SelfEvaluationDocument d, int count) {
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; rows.size() < count; i++) {
            Indicator x = d.indicators().get(i % d.indicators().size());
            rows.add(new Indicator(x.level1(), x.level2(), x.level3() + (i / d.indicators().size() + 1), x.target(),
                    x.unit(), x.actual(), x.weight(), x.selfScore(), x.tier(), x.deviationReason(), false));
        }
        rows.sort(java.util.Comparator.comparing(Indicator::level1));
        return new SelfEvaluationDocument(d.kind(), d.scheme(), d.department(), d.project(), d.year(),
                d.amountUnit(), d.annualGoal(), d.tasks(), d.budget(), d.level1(), rows, d.selfReported(), d.report());
    }

    @Benchmark
    public ReadResult import200RowWorkbook() {
        ReadResult read = reader.read(rows200);
        if (!read.isValid() || read.document().indicators().size() != 200) {
            throw new IllegalStateException("the 200-row workbook does not read: " + read.violations());
        }
        return read;
    }

    @Benchmark
    public byte[] exportSeed() {
        return writer.write(seed);
    }
}
