package org.perfeval.scoring.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.perfeval.scoring.scheme.Level1Definition;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.text.Text;

/**
 * What the scorer looks up in a scheme for every form (its 一级 names, exact and loosely matched, and its name for
 * findings), worked out once per scheme rather than once per form.
 */
final class SchemeIndex {

    private static final Map<String, SchemeIndex> CACHE = new ConcurrentHashMap<>();

    final ScoringScheme scheme;
    /** The scheme's name as findings give it; a scheme carries it in both languages, as data. */
    final Text name;
    final Map<String, Integer> byName = new HashMap<>();
    final Map<String, Integer> byKey = new HashMap<>();

    private SchemeIndex(ScoringScheme scheme) {
        this.scheme = scheme;
        this.name = Text.of("fragment.schemeName", scheme.nameZh(), scheme.nameEn());
        List<Level1Definition> level1 = scheme.level1();
        for (int i = 0; i < level1.size(); i++) {
            byName.put(level1.get(i).name(), i);
            byKey.put(Level1Blocks.key(level1.get(i).name()), i);
        }
    }

    /** The index of {@code scheme}; an edited scheme under the same id is a different instance and is indexed anew. */
    static SchemeIndex of(ScoringScheme scheme) {
        SchemeIndex index = CACHE.get(scheme.id());
        if (index == null || index.scheme != scheme) {
            index = new SchemeIndex(scheme);
            CACHE.put(scheme.id(), index);
        }
        return index;
    }

    int indexOf(String name) {
        if (name == null) {
            return -1;
        }
        Integer index = byName.get(name);
        if (index == null) {
            index = byKey.get(Level1Blocks.key(name));
        }
        return index == null ? -1 : index;
    }
}
