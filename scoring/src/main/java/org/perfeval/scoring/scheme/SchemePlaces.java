package org.perfeval.scoring.scheme;

import java.util.Map;

import org.perfeval.scoring.document.json.PointerPlaces;
import org.perfeval.scoring.text.Text;

/** Where a field of a scheme's JSON is, in the words of the scheme editor: "档次第 2 项·上限" for /tiers/1/max. */
final class SchemePlaces {

    static final PointerPlaces PLACES = new PointerPlaces(Text.of("place.scheme"), Map.ofEntries(
            Map.entry("id", Text.of("place.schemeField.id")),
            Map.entry("version", Text.of("place.schemeField.version")),
            Map.entry("name", Text.of("place.schemeField.name")),
            Map.entry("name.zh", Text.of("place.schemeField.name.zh")),
            Map.entry("name.en", Text.of("place.schemeField.name.en")),
            Map.entry("kind", Text.of("place.schemeField.kind")),
            Map.entry("total", Text.of("place.schemeField.total")),
            Map.entry("level1", Text.of("place.schemeField.level1")),
            Map.entry("level1.name", Text.of("place.schemeField.level1.name")),
            Map.entry("level1.weight", Text.of("place.schemeField.level1.weight")),
            Map.entry("level1.fixed", Text.of("place.schemeField.level1.fixed")),
            Map.entry("level1.budget", Text.of("place.schemeField.level1.budget")),
            Map.entry("budget", Text.of("place.schemeField.budget")),
            Map.entry("budget.denominator", Text.of("place.schemeField.budget.denominator")),
            Map.entry("budget.explainRateBelow", Text.of("place.schemeField.budget.explainRateBelow")),
            Map.entry("lowerIsBetter", Text.of("place.schemeField.lowerIsBetter")),
            Map.entry("lowerIsBetter.formula", Text.of("place.schemeField.lowerIsBetter.formula")),
            Map.entry("lowerIsBetter.deductionPerPoint", Text.of("place.schemeField.lowerIsBetter.deductionPerPoint")),
            Map.entry("lowerIsBetter.floor", Text.of("place.schemeField.lowerIsBetter.floor")),
            Map.entry("tiers", Text.of("place.schemeField.tiers")),
            Map.entry("tiers.tier", Text.of("place.schemeField.tiers.tier")),
            Map.entry("tiers.min", Text.of("place.schemeField.min")),
            Map.entry("tiers.max", Text.of("place.schemeField.max")),
            Map.entry("rounding", Text.of("place.schemeField.rounding")),
            Map.entry("rounding.scale", Text.of("place.schemeField.rounding.scale")),
            Map.entry("rounding.mode", Text.of("place.schemeField.rounding.mode")),
            Map.entry("grades", Text.of("place.schemeField.grades")),
            Map.entry("grades.grade", Text.of("place.schemeField.grades.grade")),
            Map.entry("grades.min", Text.of("place.schemeField.min")),
            Map.entry("overAchievementThreshold", Text.of("place.schemeField.overAchievementThreshold")),
            Map.entry("qualitativeUnits", Text.of("place.schemeField.qualitativeUnits"))));

    private SchemePlaces() {
    }
}
