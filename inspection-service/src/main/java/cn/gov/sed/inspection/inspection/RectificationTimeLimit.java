package cn.gov.sed.inspection.inspection;

import cn.gov.sed.contracts.vocabulary.Severity;

import java.time.LocalDate;

/**
 * The time limit the instruction (监察指令书) sets to rectify a finding: minor hazards are fixed on the spot; general
 * and major ones within 15 days of the inspection's completion (the hazard list's default), a major one also
 * stops the equipment at once. Plain Java, tested without Quarkus.
 */
public final class RectificationTimeLimit {
    public static final int DAYS = 15;

    private RectificationTimeLimit() {
    }

    public static LocalDate deadline(Severity severity, LocalDate completedOn) {
        return severity == Severity.MINOR ? completedOn : completedOn.plusDays(DAYS);
    }

    /** The sentence printed on the instruction. */
    public static String wording(Severity severity, LocalDate completedOn) {
        LocalDate by = deadline(severity, completedOn);
        String date = by.getYear() + "年" + by.getMonthValue() + "月" + by.getDayOfMonth() + "日";
        return switch (severity) {
            case MINOR -> "当场整改（" + date + "）";
            case GENERAL -> "自检查完成之日起" + DAYS + "日内，即" + date + "前整改完毕";
            case MAJOR -> "立即停止使用该设备，自检查完成之日起" + DAYS + "日内，即" + date + "前整改完毕，整改期间实行挂牌督办";
        };
    }
}
