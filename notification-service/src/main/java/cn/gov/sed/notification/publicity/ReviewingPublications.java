package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The review path of a publication: submit, approve (four eyes), publish. Each loads the publication in the
 * caller's scope (404), checks If-Match (412) and lets the aggregate move (409 from another status).
 */
@ApplicationScoped
public class ReviewingPublications {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Preconditions preconditions;
    @Inject
    FindingPublications publications;
    @Inject
    ChannelAccounts accounts;

    /** DRAFT → PENDING_REVIEW. */
    @Transactional
    public PublicationView submit(UUID id) {
        Publication p = publications.visible(id);
        preconditions.checkIfMatch(p.version);
        p.submit();
        p.flush();
        return PublicationView.of(p);
    }

    /** PENDING_REVIEW → APPROVED by another reviewer than the author (403). */
    @Transactional
    public PublicationView approve(UUID id) {
        Publication p = publications.visible(id);
        // who may act is decided before preconditions: the author gets 403 whatever the If-Match or the status
        PublicationRules.requireMayApprove(p.createdBy, caller.sub());
        preconditions.checkIfMatch(p.version);
        p.approve(caller.sub());
        p.flush();
        return PublicationView.of(p);
    }

    /** APPROVED → PUBLISHED, recording the posts owed to its social channels (delivered after the commit). */
    @Transactional
    public PublicationView publish(UUID id) {
        Publication p = publications.visible(id);
        preconditions.checkIfMatch(p.version);
        p.publish(clock.instant(), accounts.configured());
        p.flush();
        return PublicationView.of(p);
    }
}
