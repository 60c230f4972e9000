package cn.gov.sed.console.routing;

import java.util.Map;
import java.util.Optional;

/**
 * The route table: the first segment after {@code /api/v1/} names the service that owns it, as the services' specs
 * ({@code docs/openapi/*.yaml}) say; {@code ApiRoutesTest} keeps the two equal. {@code /api/v1/outbox} exists in every
 * service (operators' view of its outbox) and is therefore not routed: an operator calls the service itself.
 */
public final class ApiRoutes {
    public static final String PREFIX = "/api/v1/";

    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("checklist-items", "inspection-service"),
            Map.entry("departments", "inspection-service"),
            Map.entry("districts", "inspection-service"),
            Map.entry("enforcement-actions", "inspection-service"),
            Map.entry("equipment", "inspection-service"),
            Map.entry("equipment-categories", "inspection-service"),
            Map.entry("industries", "inspection-service"),
            Map.entry("inspections", "inspection-service"),
            Map.entry("units", "inspection-service"),
            Map.entry("hazard-list", "hazard-service"),
            Map.entry("hazard-statistics", "hazard-service"),
            Map.entry("hazards", "hazard-service"),
            Map.entry("measures", "hazard-service"),
            Map.entry("measures-list", "hazard-service"),
            Map.entry("battle-map", "task-service"),
            Map.entry("meetings", "task-service"),
            Map.entry("tasks", "task-service"),
            Map.entry("contacts", "notification-service"),
            Map.entry("deliveries", "notification-service"),
            Map.entry("messages", "notification-service"),
            Map.entry("notification-rules", "notification-service"),
            Map.entry("notifications", "notification-service"),
            Map.entry("outreach-activities", "notification-service"),
            Map.entry("publications", "notification-service"),
            Map.entry("subscriptions", "notification-service"));

    private ApiRoutes() {
    }

    /** The service owning a (raw, already checked) path under {@code /api/v1/}, or empty when none does. */
    public static Optional<String> owner(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(OWNER.get(first));
    }

    public static Map<String, String> table() {
        return OWNER;
    }
}
