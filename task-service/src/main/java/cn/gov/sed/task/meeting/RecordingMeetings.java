package cn.gov.sed.task.meeting;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.task.task.TaskScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;

/** Recording joint meetings (联席会) and symposiums (座谈会), and listing them within the caller's scope. */
@ApplicationScoped
public class RecordingMeetings {
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public MeetingView record(MeetingRequest request) {
        String district = TaskScope.of(caller).meetingDistrict(request.district());
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(district == null || ReferenceData.get().districts().contains(district), "district",
                "unknown district");
        var departments = request.departments() == null ? new ArrayList<String>() : new ArrayList<>(request.departments());
        for (int i = 0; i < departments.size(); i++) {
            String code = departments.get(i);
            errors.check(code != null && ReferenceData.get().departments().contains(code), "departments[" + i + "]",
                    "unknown department " + code);
        }
        errors.throwIfAny();
        Meeting meeting = Meeting.of(request, district, departments, caller.sub(), clock.instant());
        meeting.persist();
        return MeetingView.of(meeting);
    }

    /** The city's all; a district bureau's its own and the city meetings. */
    public PageResponse<MeetingView> list(PageRequest page) {
        Where where = TaskScope.of(caller).visible();
        return PageResponse.of(Meeting.<Meeting>find(where.hql(), page.sort(), where.hqlParams()), page,
                MeetingView::of);
    }
}
