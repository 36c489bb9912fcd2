package org.perfeval.core.scheme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.perfeval.core.evaluation.EditConflictException;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.scoring.document.Violation;
import org.perfeval.scoring.scheme.SchemeCodec;
import org.perfeval.scoring.scheme.SchemeRegistry;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring schemes for administrators: the published ones to read and copy, stored copies to edit. Every stored
 * scheme is validated field by field before it is kept; the published ones are never changed.
 */
@Service
@Transactional(readOnly = true)
public class SchemeService {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private final StoredSchemes stored;
    private final Scoring scoring;
    private final Clock clock;
    private final SchemeCodec codec = new SchemeCodec();

    SchemeService(StoredSchemes stored, Scoring scoring, Clock clock) {
        this.stored = stored;
        this.scoring = scoring;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SchemeView> all() {
        List<SchemeView> views = new ArrayList<>();
        for (ScoringScheme scheme : SchemeRegistry.builtIn().all()) {
            views.add(view(scheme, true, codec.write(scheme), 0, null, null));
        }
        for (StoredScheme scheme : stored.findAllByOrderBySchemeIdAsc()) {
            SchemeCodec.Result read = codec.read(scheme.getJson());
            if (read.isValid()) {
                views.add(view(read.scheme(), false, scheme.getJson(), scheme.getVersion(), scheme.getUpdatedBy(),
                        scheme.getUpdatedAt()));
            }
        }
        return views;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<SchemeView> find(String id) {
        return all().stream().filter(scheme -> scheme.id().equals(id)).findFirst();
    }

    /** A stored copy of {@code sourceId} under {@code newId}, version 1, to edit from there. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SchemeView copy(String sourceId, String newId) {
        SchemeView source = find(sourceId).orElseThrow(() -> refused("/id", "no scheme " + sourceId,
                "没有评分方案 " + sourceId));
        if (newId == null || !ID.matcher(newId).matches()) {
            throw refused("/id", "3 to 64 lower-case letters, digits or '-'", "方案编号须为 3–64 位小写字母、数字或“-”");
        }
        if (find(newId).isPresent()) {
            throw refused("/id", "scheme " + newId + " exists", "评分方案 " + newId + " 已存在");
        }
        ScoringScheme copy = codec.read(source.json()).scheme();
        String json = codec.write(new ScoringScheme(newId, 1, copy.nameZh() + "（副本）", copy.nameEn() + " (copy)",
                copy.kind(), copy.total(), copy.level1(), copy.budget(), copy.lowerIsBetter(), copy.tiers(),
                copy.rounding(), copy.grades(), copy.overAchievementThreshold(), copy.qualitativeUnits()));
        StoredScheme saved = stored.saveAndFlush(new StoredScheme(newId, json, CurrentUsers.require().username(),
                clock.instant()));
        scoring.invalidate();
        return find(saved.getSchemeId()).orElseThrow();
    }

    /** Replaces a stored scheme's JSON, if it is valid, names the same id, and nobody saved since {@code rowVersion}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SchemeView save(String id, String json, long rowVersion) {
        if (SchemeRegistry.builtIn().find(id).isPresent()) {
            throw refused("/id", "published schemes are read-only; copy one to change it",
                    "已发布的评分方案只读，请复制后修改");
        }
        StoredScheme scheme = stored.findById(id).orElseThrow(() -> refused("/id", "no stored scheme " + id,
                "没有已保存的评分方案 " + id));
        SchemeCodec.Result read = codec.read(json);
        if (!read.isValid()) {
            throw new SchemeRefusedException(read.violations());
        }
        if (!read.scheme().id().equals(id)) {
            throw refused("/id", "the id cannot change (" + id + ")", "方案编号不能修改（" + id + "）");
        }
        if (scheme.getVersion() != rowVersion) {
            throw new EditConflictException(0, rowVersion, scheme.getVersion(), scheme.getUpdatedBy(),
                    scheme.getUpdatedAt());
        }
        scheme.change(codec.write(read.scheme()), CurrentUsers.require().username(), clock.instant());
        stored.saveAndFlush(scheme);
        scoring.invalidate();
        return find(id).orElseThrow();
    }

    private static SchemeView view(ScoringScheme scheme, boolean builtIn, String json, long rowVersion,
                                   String updatedBy, java.time.Instant updatedAt) {
        return new SchemeView(scheme.id(), scheme.version(), scheme.nameZh(), scheme.nameEn(), scheme.kind(), builtIn,
                json, rowVersion, updatedBy, updatedAt);
    }

    private static SchemeRefusedException refused(String pointer, String message, String messageZh) {
        return new SchemeRefusedException(List.of(new Violation(pointer, message, messageZh)));
    }
}
