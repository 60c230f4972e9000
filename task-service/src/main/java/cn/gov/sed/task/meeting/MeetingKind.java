package cn.gov.sed.task.meeting;

import cn.gov.sed.contracts.vocabulary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "JOINT_MEETING 联席会, SYMPOSIUM 座谈会")
public enum MeetingKind implements Labelled {
    JOINT_MEETING("联席会"),
    SYMPOSIUM("座谈会");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
