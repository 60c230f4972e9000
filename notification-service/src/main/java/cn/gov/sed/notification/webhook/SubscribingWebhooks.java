package cn.gov.sed.notification.webhook;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscribing webhooks of other government systems (departments, the city), reading and deleting them: a
 * department its own department's, the city all ({@link cn.gov.sed.notification.NotificationScope}).
 */
@ApplicationScoped
public class SubscribingWebhooks {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    WebhookTargetPolicy targets;

    /** Checks outside a transaction (the URL check may wait for DNS), then stores in a short one. */
    public SubscriptionView subscribe(SubscriptionRequest request) {
        boolean department = !caller.isCity();
        if (department && caller.department() == null) {
            throw ProblemException.forbidden("a department token without a department claim may not subscribe");
        }
        ValidationException.Builder errors = ValidationException.builder();
        targets.problemAtRegistration(request.url()).ifPresent(problem -> errors.add("url", problem));
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String name = request.eventTypes().get(i);
            Optional<EventType> type = EventType.byName(name);
            errors.check(type.isPresent(), "eventTypes[" + i + "]", "unknown event type " + name);
            errors.check(type.isEmpty() || !department || NotificationScope.departmentMaySubscribe(type.get()),
                    "eventTypes[" + i + "]", "a department receives hazard events (of the hazards it reported) only");
        }
        errors.throwIfAny();
        return QuarkusTransaction.requiringNew().call(() -> store(request, department));
    }

    private SubscriptionView store(SubscriptionRequest request, boolean department) {
        Subscription s = Subscription.register(request.url(), request.eventTypes(), request.secret(), caller.sub(),
                department ? caller.department() : null, department ? caller.district() : null, clock.instant());
        s.persist();
        return SubscriptionView.of(s);
    }

    public PageResponse<SubscriptionView> list(PageRequest page) {
        Where where = NotificationScope.of(caller).subscriptions();
        return PageResponse.of(Subscription.<Subscription>find(where.hql(), page.sort(), where.hqlParams()), page,
                SubscriptionView::of);
    }

    /** One subscription of the caller's scope (the city: any), without its secret; 404 outside it. */
    public SubscriptionView get(UUID id) {
        return SubscriptionView.of(visible(id));
    }

    @Transactional
    public void unsubscribe(UUID id) {
        visible(id).delete(); // its deliveries go with it (ON DELETE CASCADE)
    }

    private Subscription visible(UUID id) {
        Where where = NotificationScope.of(caller).subscriptions().eq("id", id);
        return Subscription.<Subscription>find(where.hql(), where.hqlParams()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("subscription"));
    }
}
