package cn.gov.sed.notification.contacts;

import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.platform.validation.Limits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One entry of the contact directory, named by its addressee (recipientType, recipient, district): a PUT creates
 * it or replaces it.
 */
@Schema(name = "ContactRequest", description = "the e-mail and phone of one addressee and the channels it accepts;"
        + " the addressee is (recipientType, recipient, district) as notifications address it")
public record ContactRequest(
        @NotNull @Schema(description = "ROLE (district-admin, inspector of a district, or city), DEPARTMENT (a"
                + " department code, with its district when district-level) or USER (a sub); UNIT is refused: a"
                + " unit's phone arrives on the events", examples = "ROLE") RecipientType recipientType,
        @NotBlank @Size(max = Limits.NAME)
        @Schema(description = "district-admin | inspector | city for ROLE, a department code, or a user's sub",
                examples = "district-admin") String recipient,
        @Size(max = Limits.NAME) @Schema(description = "the district code (6 digits); null for the city role and"
                + " city-level departments; a district bureau may only give its own", examples = "120101")
        String district,
        @Size(max = Limits.NAME) @Schema(description = "who answers there", examples = "和平区市场监管局特种设备科")
        String name,
        @Size(max = Limits.NAME) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        @Schema(description = "an e-mail address", examples = "tzsb@hp.tj.gov.cn") String email,
        @Size(max = 20) @Pattern(regexp = "(\\+86)?1[3-9][0-9]{9}", message = "must be a mainland mobile number")
        @Schema(description = "a mainland mobile number for SMS (11 digits, optionally +86)",
                examples = "13802001234") String phone,
        @Size(max = 2) @Schema(description = "the channels accepted besides the inbox (default: both); the city's"
                + " rules decide which of them an event uses") List<@NotNull MessageChannel> channels) {
}
