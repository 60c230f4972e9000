package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.RectificationTimeLimit;
import cn.gov.sed.contracts.vocabulary.Severity;

import java.time.LocalDate;

import static cn.gov.sed.contracts.vocabulary.RectificationTimeLimit.DAYS;

/**
 * How the instruction (监察指令书) words the time limit of a finding: minor hazards are fixed on the spot; general
 * and major ones within {@value RectificationTimeLimit#DAYS} days of the inspection's completion, a major one also
 * stops the equipment at once. The rule itself is the contracts' {@link RectificationTimeLimit}; the date travels
 * in {@code HazardFound.rectifyBy}. Plain Java, tested without Quarkus.
 */
public final class TimeLimitWording {
    private TimeLimitWording() {
    }

    /** The sentence printed beside a finding. */
    public static String wording(Severity severity, LocalDate completedOn) {
        LocalDate by = RectificationTimeLimit.rectifyBy(severity, completedOn);
        String date = by.getYear() + "年" + by.getMonthValue() + "月" + by.getDayOfMonth() + "日";
        return switch (severity) {
            case MINOR -> "当场整改（" + date + "）";
            case GENERAL -> "自检查完成之日起" + DAYS + "日内，即" + date + "前整改完毕";
            case MAJOR -> "立即停止使用该设备，自检查完成之日起" + DAYS + "日内，即" + date + "前整改完毕，整改期间实行挂牌督办";
        };
    }

    /** The general sentence at the foot of the instruction. */
    public static String footer() {
        return "一般隐患自检查完成之日起" + DAYS + "日内整改完毕；重大隐患立即停止使用相关设备。";
    }
}
