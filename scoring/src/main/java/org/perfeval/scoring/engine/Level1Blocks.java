package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.result.FindingCode;
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
    private final SchemeIndex index;

    private Level1Blocks(List<Block> blocks, SchemeIndex index) {
        this.blocks = blocks;
        this.index = index;
    }

    static Level1Blocks of(ScoringScheme scheme, List<Level1Weight> documentLevel1, Findings findings) {
        SchemeIndex schemeIndex = SchemeIndex.of(scheme);
        List<Block> blocks = new ArrayList<>(scheme.level1().size());
        int[] documentIndex = new int[scheme.level1().size()];
        Arrays.fill(documentIndex, -1);
        if (documentLevel1 != null) {
            for (int i = 0; i < documentLevel1.size(); i++) {
                Level1Weight given = documentLevel1.get(i);
                int block = schemeIndex.indexOf(given.name());
                if (block < 0) {
                    findings.add(FindingCode.LEVEL1_UNKNOWN, "/level1/" + i, Places.level1(given.name()),
                            schemeIndex.name);
                } else if (documentIndex[block] >= 0) {
                    findings.add(FindingCode.LEVEL1_DUPLICATE, "/level1/" + i, Places.level1(given.name()));
                } else {
                    documentIndex[block] = i;
                }
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int b = 0; b < scheme.level1().size(); b++) {
            Level1Definition definition = scheme.level1().get(b);
            int index = documentIndex[b];
            BigDecimal weight = definition.weight();
            BigDecimal given = index < 0 ? null : documentLevel1.get(index).weight();
            if (given != null && given.compareTo(weight) != 0) {
                if (definition.fixed()) {
                    findings.add(FindingCode.LEVEL1_FIXED_WEIGHT_CHANGED, "/level1/" + index + "/weight",
                            Places.level1Weight(definition.name()), weight, given);
                } else {
                    weight = given;
                }
            }
            sum = sum.add(weight);
            blocks.add(new Block(definition, weight, index));
        }
        if (sum.compareTo(scheme.total()) != 0) {
            findings.add(FindingCode.LEVEL1_TOTAL_NOT_100, documentLevel1 == null ? "" : "/level1",
                    documentLevel1 == null ? Places.FORM : Places.LEVEL1_ALL, sum, scheme.total());
        }
        return new Level1Blocks(blocks, schemeIndex);
    }

    List<Block> all() {
        return blocks;
    }

    /** The index of the block a row's 一级指标 names, or -1. */
    int indexOf(String name) {
        return index.indexOf(name);
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
