package cn.gov.sed.platform.openapi;

import io.smallrye.openapi.internal.models.media.SchemaSupport;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The schema rules of API.md "The spec as generated clients see it", applied to the scanned model so that no
 * resource has to remember them:
 * <ul>
 * <li>scalar Java types (LocalDate, OffsetDateTime, UUID …) are written inline, never as named schemas: those names
 * clash with generators' own types ({@code LocalDate} in a Java client, {@code UUID} in Swift);</li>
 * <li>a list is a named page schema, {@code HazardPage = {items: [Hazard], page, size, total}}, not
 * {@code PageResponseHazardView};</li>
 * <li>a schema only ever answered (never sent) lists every property as {@code required}: Jackson writes every
 * record component, a {@code null} too; a component that can be null says {@code @Schema(nullable = true)};</li>
 * <li>a nullable reference is written {@code allOf: [$ref] + nullable: true}, the OpenAPI 3.0 form generators read
 * (a {@code nullable} beside a {@code $ref} is ignored by 3.0 tools);</li>
 * <li>a nullable scalar (a {@code UUID}, a date) is the inline scalar with {@code nullable: true}, not the scanner's
 * {@code anyOf: [scalar, enum: [null]]}.</li>
 * </ul>
 */
final class SchemaConventions {
    private static final String SCHEMAS = "#/components/schemas/";
    /** Java scalars the scanner may register as components; inlined wherever they are referenced. */
    private static final Set<String> SCALARS = Set.of("LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime",
            "ZonedDateTime", "Instant", "UUID", "URI", "URL", "BigDecimal", "BigInteger", "Duration", "Period");

    private SchemaConventions() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        inlineScalars(openAPI);
        everySchema(openAPI, SchemaConventions::collapseNullableScalars);
        namePages(openAPI);
        requireAnsweredFields(openAPI);
        everySchema(openAPI, SchemaConventions::wrapNullableReferences);
    }

    private static void inlineScalars(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, Schema> scalars = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (SCALARS.contains(name) && schema.getProperties() == null) {
                scalars.put(SCHEMAS + name, schema);
            }
        });
        if (scalars.isEmpty()) {
            return;
        }
        everySchema(openAPI, schema -> {
            Schema scalar = schema.getRef() == null ? null : scalars.get(schema.getRef());
            if (scalar != null) {
                schema.setRef(null);
                schema.setType(scalar.getType());
                schema.setFormat(scalar.getFormat());
                if (scalar.getPattern() != null) {
                    schema.setPattern(scalar.getPattern());
                }
            }
        });
        scalars.keySet().forEach(ref -> openAPI.getComponents().removeSchema(ref.substring(SCHEMAS.length())));
    }

    /**
     * A nullable scalar component ({@code @Schema(nullable = true) OffsetDateTime publishedAt}) is scanned as
     * {@code anyOf: [$ref OffsetDateTime, {type: null}]} (written {@code enum: [null]} in 3.0, which validators and
     * generators misread); once the scalar is inlined it becomes the scalar itself with {@code nullable: true}.
     */
    private static void collapseNullableScalars(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return;
        }
        Schema value = isNull(anyOf.get(0)) ? anyOf.get(1) : isNull(anyOf.get(1)) ? anyOf.get(0) : null;
        if (value == null || isNull(value) || value.getRef() != null || value.getType() == null
                || value.getProperties() != null || value.getItems() != null) {
            return;
        }
        schema.setAnyOf(null);
        schema.setType(new ArrayList<>(value.getType()));
        schema.setFormat(value.getFormat());
        if (value.getPattern() != null) {
            schema.setPattern(value.getPattern());
        }
        SchemaSupport.setNullable(schema, Boolean.TRUE);
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && (List.of(Schema.SchemaType.NULL).equals(schema.getType())
                || (schema.getEnumeration() != null && schema.getEnumeration().size() == 1
                && schema.getEnumeration().get(0) == null));
    }

    /** PageResponse&lt;HazardView&gt; (scanned as PageResponseHazardView) → HazardPage, after its item schema. */
    private static void namePages(OpenAPI openAPI) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> entry : new LinkedHashMap<>(openAPI.getComponents().getSchemas()).entrySet()) {
            Schema page = entry.getValue();
            Schema items = page.getProperties() == null ? null : page.getProperties().get("items");
            if (!entry.getKey().startsWith("PageResponse") || items == null || items.getItems() == null
                    || items.getItems().getRef() == null) {
                continue;
            }
            String item = items.getItems().getRef().substring(SCHEMAS.length());
            String name = item + "Page";
            page.setDescription("one page of " + item + ": items, the page asked for (from 0), its size, the total "
                    + "(exact unless totalIsEstimate) and the cursor of the next page (lists paged by cursor)");
            page.setRequired(List.of("items", "page", "size", "total", "totalIsEstimate", "next"));
            openAPI.getComponents().removeSchema(entry.getKey());
            openAPI.getComponents().addSchema(name, page);
            renamed.put(SCHEMAS + entry.getKey(), SCHEMAS + name);
        }
        everySchema(openAPI, schema -> {
            if (schema.getRef() != null && renamed.containsKey(schema.getRef())) {
                schema.setRef(renamed.get(schema.getRef()));
            }
        });
    }

    /** Schemas only answered: all properties required (always written, maybe as null). Sent ones keep their rules. */
    private static void requireAnsweredFields(OpenAPI openAPI) {
        Set<String> sent = new HashSet<>();
        Set<String> answered = new HashSet<>();
        forEachOperation(openAPI, operation -> {
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent()).forEach(s -> reachable(openAPI, s, sent));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(Parameter::getSchema)
                        .forEach(s -> reachable(openAPI, s, sent));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    contentSchemas(response.getContent()).forEach(s -> reachable(openAPI, s, answered));
                }
            }
        });
        answered.removeAll(sent);
        answered.remove("Problem"); // written without its null members (RFC 9457): its own required list
        for (String name : answered) {
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void wrapNullableReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : new LinkedHashMap<>(schema.getProperties()).entrySet()) {
            Schema value = property.getValue();
            if (value.getRef() != null && Boolean.TRUE.equals(SchemaSupport.getNullable(value))) {
                Schema wrapper = OASFactory.createSchema()
                        .allOf(List.of(OASFactory.createSchema().ref(value.getRef())))
                        .description(value.getDescription());
                SchemaSupport.setNullable(wrapper, Boolean.TRUE);
                schema.addProperty(property.getKey(), wrapper);
            }
        }
    }

    private static List<Schema> contentSchemas(Content content) {
        List<Schema> schemas = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                if (media.getSchema() != null) {
                    schemas.add(media.getSchema());
                }
            }
        }
        return schemas;
    }

    /** Adds the names of the component schemas reachable from {@code root} to {@code names}. */
    private static void reachable(OpenAPI openAPI, Schema root, Set<String> names) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String name = schema.getRef().substring(SCHEMAS.length());
                Schema target = openAPI.getComponents().getSchemas().get(name);
                if (names.add(name) && target != null) {
                    todo.push(target);
                }
            }
            children(schema).forEach(todo::push);
        }
    }

    /** Visits every schema object of the document once: components, parameters, bodies, responses, headers. */
    static void everySchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getSchemas() != null) {
                todo.addAll(openAPI.getComponents().getSchemas().values());
            }
            if (openAPI.getComponents().getResponses() != null) {
                openAPI.getComponents().getResponses().values().forEach(r -> todo.addAll(responseSchemas(r)));
            }
        }
        forEachOperation(openAPI, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(Parameter::getSchema).filter(s -> s != null).forEach(todo::add);
            }
            if (operation.getRequestBody() != null) {
                todo.addAll(contentSchemas(operation.getRequestBody().getContent()));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> todo.addAll(responseSchemas(r)));
            }
        });
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (seen.add(schema)) {
                visitor.accept(schema);
                children(schema).forEach(todo::push);
            }
        }
    }

    private static List<Schema> responseSchemas(APIResponse response) {
        List<Schema> schemas = contentSchemas(response.getContent());
        if (response.getHeaders() != null) {
            for (Header header : response.getHeaders().values()) {
                if (header.getSchema() != null) {
                    schemas.add(header.getSchema());
                }
            }
        }
        return schemas;
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                children.addAll(list);
            }
        }
        if (schema.getNot() != null) {
            children.add(schema.getNot());
        }
        return children;
    }

    static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().forEach(action);
        }
    }
}
