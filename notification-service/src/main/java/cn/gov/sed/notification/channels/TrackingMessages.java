package cn.gov.sed.notification.channels;

import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** What went out by e-mail and SMS, in the caller's scope, with the gateway's answers. */
@ApplicationScoped
public class TrackingMessages {
    @Inject
    Caller caller;

    public PageResponse<MessageView> list(MessageChannel channel, MessageStatus status, String subject,
                                          PageRequest page) {
        Where where = NotificationScope.of(caller).messages().eq("channel", channel).eq("status", status)
                .eq("subject", subject);
        return PageResponse.of(OutboundMessage.<OutboundMessage>find(where.hql(), page.sort(), where.hqlParams()),
                page, MessageView::of);
    }

    public MessageView get(UUID id) {
        Where where = NotificationScope.of(caller).messages().eq("id", id);
        return OutboundMessage.<OutboundMessage>find(where.hql(), where.hqlParams()).firstResultOptional()
                .map(MessageView::of).orElseThrow(() -> ProblemException.notFound("message"));
    }
}
