package org.perfeval.core.scheme;

import java.util.ArrayList;
import java.util.List;

import org.perfeval.scoring.engine.Scorer;
import org.perfeval.scoring.scheme.SchemeCodec;
import org.perfeval.scoring.scheme.SchemeRegistry;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The scorer with the published schemes and the stored ones, rebuilt when a stored scheme changes. Every score the
 * platform computes goes through {@link #current()}, and its time is told to the {@link ScoringTimer}, if there is one.
 */
@Component
public class Scoring {

    private final StoredSchemes stored;
    private final ObjectProvider<ScoringTimer> timer;
    private final SchemeCodec codec = new SchemeCodec();
    private volatile Scorer current;

    Scoring(StoredSchemes stored, ObjectProvider<ScoringTimer> timer) {
        this.stored = stored;
        this.timer = timer;
    }

    public Scorer current() {
        Scorer scorer = current;
        if (scorer == null) {
            ScoringTimer timing = timer.getIfAvailable(() -> nanos -> { });
            scorer = new Scorer(SchemeRegistry.builtIn().with(storedSchemes()), timing::scored);
            current = scorer;
        }
        return scorer;
    }

    void invalidate() {
        current = null;
    }

    private List<ScoringScheme> storedSchemes() {
        List<ScoringScheme> schemes = new ArrayList<>();
        for (StoredScheme scheme : stored.findAllByOrderBySchemeIdAsc()) {
            SchemeCodec.Result read = codec.read(scheme.getJson());
            if (read.isValid()) {
                schemes.add(read.scheme());
            }
        }
        return schemes;
    }
}
