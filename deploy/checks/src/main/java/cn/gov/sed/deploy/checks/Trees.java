package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small accessors on rendered objects (trees). */
final class Trees {
    private Trees() {
    }

    static String kind(JsonNode o) {
        return o.path("kind").asText();
    }

    static String apiVersion(JsonNode o) {
        return o.path("apiVersion").asText();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    /** "Deployment/hazard-service", how messages name an object. */
    static String id(JsonNode o) {
        return kind(o) + "/" + name(o);
    }

    static ObjectNode object(ObjectNode parent, String field) {
        JsonNode child = parent.get(field);
        if (child instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(field);
    }
}
