package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.scheme.Level1Definition;
import org.perfeval.scoring.scheme.ScoringScheme;

/**
 * The 一级指标 blocks a form is scored in: the scheme's, with the weights the document gives where the scheme lets
 * it. Names match loosely (spaces and a trailing 指标 ignored), as forms print "投入管理 指标" or "产出".
 */
final class Level1Blocks {

    /** One block and, when the document lists it, its position in the document's level1 array. */
    record Block(Level1Definition definition, BigDecimal weight, int documentIndex) {
        String pointer(String fallback) {
            return documentIndex >= 0 ? "/level1/" + documentIndex : fallback;
        }
    }

    private final List<Block> blocks;
    private final Map<String, Integer> byKey;

    private Level1Blocks(List<Block> blocks) {
        this.blocks = blocks;
        this.byKey = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            byKey.put(key(blocks.get(i).definition().name()), i);
        }
    }

    static Level1Blocks of(ScoringScheme scheme, List<Level1Weight> documentLevel1, Findings findings) {
        List<Block> blocks = new ArrayList<>();
        Map<String, Integer> documentIndex = new HashMap<>();
        if (documentLevel1 != null) {
            for (int i = 0; i < documentLevel1.size(); i++) {
                Level1Weight given = documentLevel1.get(i);
                String key = key(given == null ? null : given.name());
                if (scheme.level1().stream().noneMatch(d -> key(d.name()).equals(key))) {
                    findings.add(FindingCode.LEVEL1_UNKNOWN, "/level1/" + i, given == null ? "" : given.name(),
                            scheme.id());
                } else if (documentIndex.putIfAbsent(key, i) != null) {
                    findings.add(FindingCode.LEVEL1_DUPLICATE, "/level1/" + i, given.name());
                }
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Level1Definition definition : scheme.level1()) {
            int index = documentIndex.getOrDefault(key(definition.name()), -1);
            BigDecimal weight = definition.weight();
            BigDecimal given = index < 0 ? null : documentLevel1.get(index).weight();
            if (given != null && given.compareTo(weight) != 0) {
                if (definition.fixed()) {
                    findings.add(FindingCode.LEVEL1_FIXED_WEIGHT_CHANGED, "/level1/" + index + "/weight",
                            definition.name(), weight, given);
                } else {
                    weight = given;
                }
            }
            sum = sum.add(weight);
            blocks.add(new Block(definition, weight, index));
        }
        if (sum.compareTo(scheme.total()) != 0) {
            findings.add(FindingCode.LEVEL1_TOTAL_NOT_100, documentLevel1 == null ? "" : "/level1", sum,
                    scheme.total());
        }
        return new Level1Blocks(blocks);
    }

    List<Block> all() {
        return blocks;
    }

    /** The index of the block a row's 一级指标 names, or -1. */
    int indexOf(String name) {
        Integer index = byKey.get(key(name));
        return index == null ? -1 : index;
    }

    int budgetIndex() {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).definition().budget()) {
                return i;
            }
        }
        return -1;
    }

    BigDecimal weightSum() {
        return blocks.stream().map(Block::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String key = QuantityParser.normalize(name);
        if (key.endsWith("指标") && key.length() > 2) {
            key = key.substring(0, key.length() - 2);
        }
        return key;
    }
}
