package org.perfeval.scoring.scheme;

import java.util.List;

/**
 * How the forms of a region word what the rules read, as data: the tier labels written as actuals (checked in the
 * order 未达成, 部分达成, 达成, so the longer label wins), the name parts that make a row without an operator
 * lower-is-better, and the words that mean "on time" in a time indicator (时效指标).
 */
public record Wording(List<String> achievedWords, List<String> partialWords, List<String> notAchievedWords,
                      List<String> lowerIsBetterNames, List<String> onTimeWords) {

    /** What published forms of every province seen so far write; a stored scheme without wording gets these. */
    public static final Wording DEFAULT = new Wording(
            List.of("达成预期指标", "达成预期目标", "达成预期", "达到预期", "已达成", "已达到", "达成", "完成", "已完成",
                    "全部完成", "全面完成"),
            List.of("部分达成预期指标并具有一定效果", "部分达成预期指标", "部分达成", "基本达成", "基本完成", "部分完成"),
            List.of("未达成预期指标且效果较差", "未达成预期指标", "未达成", "未达到", "未完成"),
            List.of("控制率", "调整率", "结转结余率", "结余率", "变动率", "投诉率", "事故率", "差错率", "发生率", "超支率",
                    "成本", "偏差率", "损失率", "违规", "空置率"),
            List.of("按期", "按时", "及时", "按期完成", "按时完成", "及时完成", "已按期完成", "已完成", "完成", "是", "已按时完成",
                    "年底前完成", "提前完成"));

    public Wording {
        achievedWords = List.copyOf(achievedWords);
        partialWords = List.copyOf(partialWords);
        notAchievedWords = List.copyOf(notAchievedWords);
        lowerIsBetterNames = List.copyOf(lowerIsBetterNames);
        onTimeWords = List.copyOf(onTimeWords);
    }
}
