package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RectificationReportCheckTest {
    private static final OffsetDateTime DONE = OffsetDateTime.parse("2026-11-29T16:00:00+08:00");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T09:00:00+08:00");
    private static final UUID PHOTO = UUID.randomUUID();

    @Test
    void aGeneralHazardsReportNeedsNoEvidence() {
        RectificationReport report = RectificationReportCheck.check(new ReportSubmission(" 已更换闸瓦 ", DONE, null),
                Severity.GENERAL, List.of(), Set.of(), NOW, "unit");
        assertEquals("已更换闸瓦", report.description());
        assertEquals(List.of(), report.evidence());
        assertEquals("unit", report.submittedBy());
    }

    @Test
    void aMajorOneNeedsEvidenceThatIsTheHazardsOwn() {
        assertEquals(List.of("evidence"), fields(() -> RectificationReportCheck.check(
                new ReportSubmission("已整改", DONE, List.of()), Severity.MAJOR, List.of(), Set.of(), NOW, "u")));
        UUID foreign = UUID.randomUUID();
        assertEquals(List.of("evidence[1]"), fields(() -> RectificationReportCheck.check(
                new ReportSubmission("已整改", DONE, List.of(PHOTO, foreign)), Severity.MAJOR, List.of(PHOTO, foreign),
                Set.of(PHOTO), NOW, "u")));
        assertEquals(List.of(PHOTO), RectificationReportCheck.check(new ReportSubmission("已整改", DONE, List.of(PHOTO)),
                Severity.MAJOR, List.of(PHOTO), Set.of(PHOTO), NOW, "u").evidence());
    }

    @Test
    void everyBrokenFieldIsNamedAtOnceAndABodyIsRequired() {
        assertEquals(List.of("description", "completedAt", "evidence"), fields(() -> RectificationReportCheck.check(
                new ReportSubmission(" ", null, null), Severity.MAJOR, List.of(), Set.of(), NOW, "u")));
        assertEquals(List.of("body"), fields(() -> RectificationReportCheck.evidenceOf(null)));
        assertEquals(List.of(PHOTO), RectificationReportCheck.evidenceOf(new ReportSubmission("a", DONE, List.of(PHOTO, PHOTO))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Executable check) {
        ValidationException e = assertThrows(ValidationException.class, check);
        return ((List<Violation>) e.problem().getExtensions().get("violations")).stream().map(Violation::field).toList();
    }
}
