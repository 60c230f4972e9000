package cn.gov.sed.contracts.events;

import cn.gov.sed.contracts.vocabulary.Labelled;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Generates the AsyncAPI 2.6 document of the event catalogue ({@code docs/events/asyncapi.yaml}) from the event
 * records themselves, so the document cannot drift from the code (a test compares it with the committed file).
 */
public final class AsyncApiDocument {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private AsyncApiDocument() {
    }

    public static String yaml() {
        try {
            return YAML.writeValueAsString(build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode build() {
        ObjectNode doc = YAML.createObjectNode();
        doc.put("asyncapi", "2.6.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Special-equipment safety campaign events (特种设备安全专项整治 事件)");
        info.put("version", "1.0.0");
        info.put("description", "Events the four services tell each other and integrators through Kafka. "
                + "CloudEvents 1.0 in binary mode: the ce_* attributes travel as Kafka headers, the payload is JSON "
                + "(camelCase; instants ISO-8601 with +08:00; dates YYYY-MM-DD). The record key is the aggregate id, "
                + "so one aggregate's events stay in order. An event is published if and only if its transaction "
                + "committed (outbox). Consumers act once per ce_id; a message that cannot be read or breaks the "
                + "contract goes to <topic>.dlq with the reason in the dead-letter-reason header.");
        doc.put("defaultContentType", "application/json");
        ObjectNode servers = doc.putObject("servers");
        ObjectNode local = servers.putObject("local");
        local.put("url", "localhost:9092");
        local.put("protocol", "kafka");
        local.put("description", "the broker of the local suite (./run)");

        ObjectNode channels = doc.putObject("channels");
        Set<String> topics = Arrays.stream(EventType.values()).map(EventType::topic)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String topic : topics) {
            ObjectNode channel = channels.putObject(topic);
            List<EventType> events = Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic)).toList();
            channel.put("description", "Published by " + events.get(0).service() + " through its outbox.");
            ObjectNode subscribe = channel.putObject("subscribe");
            subscribe.put("operationId", "receive-" + topic);
            ArrayNode oneOf = subscribe.putObject("message").putArray("oneOf");
            events.forEach(t -> oneOf.addObject().put("$ref", "#/components/messages/" + t.eventName()));
            ObjectNode dlq = channels.putObject(Topics.deadLetter(topic));
            dlq.put("description", "Messages of " + topic + " that a consumer could not read or that broke the "
                    + "contract, unchanged, with headers dead-letter-reason, dead-letter-cause, dead-letter-topic, "
                    + "dead-letter-partition and dead-letter-offset.");
        }

        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        for (EventType type : EventType.values()) {
            ObjectNode message = messages.putObject(type.eventName());
            message.put("name", type.eventName());
            message.put("title", type.ceType());
            message.put("contentType", "application/json");
            message.set("headers", headers(type));
            ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
            key.put("type", "string");
            key.put("description", "the aggregate id (" + aggregateName(type) + ")");
            message.putObject("payload").put("$ref", "#/components/schemas/" + type.eventName());
            schemas.set(type.eventName(), schemaOf(type.payloadClass(), schemas));
        }
        return doc;
    }

    private static String aggregateName(EventType type) {
        return switch (type) {
            case INSPECTION_COMPLETED -> "inspectionId";
            case HAZARD_FOUND -> "findingId";
            case ENFORCEMENT_ACTION_TAKEN -> "unitId";
            case TASK_ASSIGNED, MILESTONE_OVERDUE, TASK_COMPLETED -> "taskId";
            default -> "hazardId";
        };
    }

    private static ObjectNode headers(EventType type) {
        ObjectNode headers = YAML.createObjectNode();
        headers.put("type", "object");
        ObjectNode p = headers.putObject("properties");
        p.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        p.putObject("ce_id").put("type", "string").put("format", "uuid").put("description", "unique per event; consumers act once per ce_id");
        p.putObject("ce_type").put("type", "string").put("const", type.ceType());
        p.putObject("ce_source").put("type", "string").put("const", type.ceSource());
        p.putObject("ce_time").put("type", "string").put("format", "date-time");
        p.putObject("ce_subject").put("type", "string").put("description", "the aggregate id, as the key");
        // optional W3C trace context of the request or event that wrote this one (the outbox keeps it); a consumer
        // continues that trace, and ignores a header it cannot read
        p.putObject("traceparent").put("type", "string").put("maxLength", 55)
                .put("description", "W3C trace context (optional): the trace of the request or event that wrote this "
                        + "event; consumers continue it and ignore a malformed value");
        p.putObject("tracestate").put("type", "string").put("maxLength", 512)
                .put("description", "W3C trace state (optional), sent with traceparent");
        p.putObject("content-type").put("type", "string").put("const", "application/json");
        ArrayNode required = headers.putArray("required");
        List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject").forEach(required::add);
        return headers;
    }

    private static ObjectNode schemaOf(Class<?> record, ObjectNode schemas) {
        ObjectNode schema = YAML.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), typeOf(component.getGenericType(), schemas));
        }
        return schema;
    }

    private static ObjectNode typeOf(Type type, ObjectNode schemas) {
        ObjectNode node = YAML.createObjectNode();
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            node.put("type", "array");
            node.set("items", typeOf(p.getActualTypeArguments()[0], schemas));
            return node;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            node.put("type", "string");
        } else if (c == UUID.class) {
            node.put("type", "string").put("format", "uuid");
        } else if (c == OffsetDateTime.class) {
            node.put("type", "string").put("format", "date-time");
        } else if (c == LocalDate.class) {
            node.put("type", "string").put("format", "date");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            node.put("type", "integer");
        } else if (c.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            StringBuilder labels = new StringBuilder();
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
                if (constant instanceof Labelled l) {
                    labels.append(labels.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name())
                            .append(" = ").append(l.label());
                }
            }
            node.put("description", labels.toString());
        } else if (c.isRecord()) {
            if (!schemas.has(c.getSimpleName())) {
                schemas.set(c.getSimpleName(), schemaOf(c, schemas));
            }
            node.put("$ref", "#/components/schemas/" + c.getSimpleName());
        } else {
            throw new IllegalStateException("no schema mapping for " + c);
        }
        return node;
    }
}
