package cn.gov.sed.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/** The target policy with the configured allow-list ({@code sed.webhooks.allowed-hosts}, empty unless set). */
@ApplicationScoped
public class WebhookTargetPolicyProducer {
    @ConfigProperty(name = "sed.webhooks.allowed-hosts")
    Optional<List<String>> allowedHosts;

    @Produces
    @ApplicationScoped
    WebhookTargetPolicy policy() {
        return WebhookTargetPolicy.of(allowedHosts.orElse(List.of()));
    }
}
