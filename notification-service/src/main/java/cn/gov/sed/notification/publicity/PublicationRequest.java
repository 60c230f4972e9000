package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A draft publication; {@code district} defaults to the caller's (null for the city's own). At most one entry per
 * channel (four), texts within the v1.1 limits ({@link Limits}).
 */
@Schema(description = "a draft publication; district defaults to the caller's (the city's own have none)")
public record PublicationRequest(@NotNull @Schema(examples = "SAFETY_KNOWLEDGE") PublicationType type,
                                 @NotBlank @Size(max = Limits.NAME)
                                 @Schema(examples = "电梯安全乘梯小常识") String title,
                                 @NotBlank @Size(max = Limits.TEXT)
                                 @Schema(examples = "乘坐电梯时请勿倚靠轿门、勿超载；遇到困梯请保持冷静，按下警铃或拨打"
                                         + "轿厢内的应急救援电话，切勿强行扒门。") String body,
                                 @NotEmpty @Size(max = 4)
                                 @Schema(description = "where it appears; a channel named twice counts once",
                                         examples = "[\"WECHAT\", \"WEBSITE\"]")
                                 List<@NotNull Channel> channels,
                                 @Size(max = Limits.NAME)
                                 @Schema(description = "the district code (6 digits) it is for; a district bureau's"
                                         + " own when left out, none for the city's own; outside the caller's scope"
                                         + " is 403, an unknown district 400", examples = "120103") String district) {
}
