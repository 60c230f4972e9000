package cn.gov.sed.notification.publicity;

import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Recording the offline publicity activities of the district bureaus, and reading them in the caller's scope. */
@ApplicationScoped
public class RecordingOutreach {
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** An activity of the caller's district (the default; another district is 403). */
    @Transactional
    public OutreachView record(OutreachRequest request) {
        String district = NotificationScope.of(caller).districtOfNew(request.district());
        caller.requireDistrictInScope(district);
        OutreachActivity activity = OutreachActivity.record(request.campaign(), request.target(), request.date(),
                district, request.participants(), request.description(), caller.sub(), clock.instant());
        activity.persist();
        return OutreachView.of(activity);
    }

    /** One activity of the caller's scope; 404 outside it. */
    public OutreachView get(UUID id) {
        Where where = NotificationScope.of(caller).districtRecords().eq("id", id);
        return OutreachActivity.<OutreachActivity>find(where.hql(), where.hqlParams()).firstResultOptional()
                .map(OutreachView::of)
                .orElseThrow(() -> ProblemException.notFound("outreach activity"));
    }

    public PageResponse<OutreachView> list(PageRequest page) {
        Where where = NotificationScope.of(caller).districtRecords();
        return PageResponse.of(OutreachActivity.<OutreachActivity>find(where.hql(), page.sort(), where.hqlParams()),
                page, OutreachView::of);
    }
}
