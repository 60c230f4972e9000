package cn.gov.sed.notification.publicface;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import cn.gov.sed.notification.publicity.PublicText;
import cn.gov.sed.notification.publicity.PublicationType;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What the public sees of a published website publication, and nothing more: its own id, type, title, body (a
 * warning exposure's as approved: the unit and the violation), the district and when. No author, reviewer, source
 * action or other channel's data is ever read into it. Texts are cleaned of what XML cannot carry.
 */
@TemplateData
public record PublicPublication(UUID id, PublicationType type, String title, String body, String district,
                                Instant publishedAt) {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    static PublicPublication of(UUID id, String type, String title, String body, String district, Instant publishedAt) {
        return new PublicPublication(id, PublicationType.valueOf(type), PublicText.clean(title), PublicText.clean(body),
                district, publishedAt);
    }

    /** 工作动态, 安全知识, 警示曝光. */
    public String typeLabel() {
        return type.label();
    }

    /** The district's Chinese name; 天津市 for the city's own. */
    public String districtName() {
        return district == null ? "天津市"
                : ReferenceData.get().districts().find(district).map(ReferenceEntry::nameZh).orElse("");
    }

    /** Atom's date-time (RFC 3339, +08:00). */
    public String updated() {
        return OffsetDateTime.ofInstant(publishedAt, CHINA).toString();
    }

    /** The day for people: 2026年11月30日. */
    public String day() {
        return OffsetDateTime.ofInstant(publishedAt, CHINA).format(DAY);
    }

    /** The body's paragraphs (one per line), for the page. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The first 140 characters, for the list and the feed's summary. */
    public String summary() {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= 140 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 140)) + "…";
    }
}
