package cn.gov.sed.notification.publicity;

import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Reading publications in the caller's scope (the city all, a district bureau its district's). */
@ApplicationScoped
public class FindingPublications {
    @Inject
    Caller caller;

    public PublicationView get(UUID id) {
        return PublicationView.of(visible(id));
    }

    public PageResponse<PublicationView> list(PublicationStatus status, PublicationType type, PageRequest page) {
        Where where = NotificationScope.of(caller).districtRecords().eq("status", status).eq("type", type);
        return PageResponse.of(Publication.<Publication>find(where.hql(), page.sort(), where.hqlParams()), page,
                PublicationView::of);
    }

    /** The publication, when it lies in the caller's scope (404 otherwise). */
    public Publication visible(UUID id) {
        Where where = NotificationScope.of(caller).districtRecords().eq("id", id);
        return Publication.<Publication>find(where.hql(), where.hqlParams()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("publication"));
    }
}
