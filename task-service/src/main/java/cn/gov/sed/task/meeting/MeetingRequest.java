package cn.gov.sed.task.meeting;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A meeting; {@code district} defaults to the caller's (null for a city meeting). */
public record MeetingRequest(
        @NotNull MeetingKind kind,
        @Schema(description = "the day it was held", examples = "2026-11-20") @NotNull LocalDate date,
        @Schema(description = "district code; left out: the caller's district (the city's: a city meeting)", examples = "120103")
        @Size(max = Limits.NAME) String district,
        @Schema(description = "department codes of the authorities present", examples = "[\"HOUSING\", \"EDUCATION\"]")
        @Size(max = Limits.DEPARTMENTS) List<@Size(max = Limits.NAME) String> departments,
        @Schema(description = "会议纪要", examples = "通报全区电梯隐患排查整治进展，分析老旧住宅电梯曳引机制动器闸瓦磨损超标问题")
        @Size(max = Limits.TEXT) String minutes,
        @Schema(description = "议定事项", examples = "住建委督促物业单位12月底前落实整改资金；教育委员会排查学校电梯")
        @Size(max = Limits.TEXT) String decisions) {
}
