package cn.gov.sed.platform.openapi;

import cn.gov.sed.contracts.vocabulary.Labelled;
import cn.gov.sed.contracts.vocabulary.LabelledVocabulary;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the API conventions of API.md into every service's OpenAPI document, so integrators see them on each
 * operation: the RFC 9457 problem schema with examples (validation, not found, illegal transition, stale
 * If-Match, duplicate), and the Chinese labels of the shared enums in their schema descriptions.
 * Registered with {@code mp.openapi.filter=cn.gov.sed.platform.openapi.ApiConventionsFilter}.
 */
public class ApiConventionsFilter implements OASFilter {
    /** The labelled enums of the contracts and of the service, each module naming its own (LabelledVocabulary). */
    private static final List<Class<? extends Enum<?>>> LABELLED = LabelledVocabulary.all();
    private static final String PROBLEM = "application/problem+json";

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values == null || values.isEmpty()) {
            return schema;
        }
        Set<String> names = values.stream().map(String::valueOf).collect(Collectors.toSet());
        for (Class<? extends Enum<?>> type : LABELLED) {
            Enum<?>[] constants = type.getEnumConstants();
            if (Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet()).equals(names)) {
                String labels = Arrays.stream(constants)
                        .map(c -> c.name() + " = " + ((Labelled) c).label()).collect(Collectors.joining(", "));
                String description = schema.getDescription();
                if (description == null || !description.contains(labels)) {
                    schema.setDescription(description == null || description.isBlank() ? labels : description + " (" + labels + ")");
                }
                break;
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("Violation", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        Schema problemSchema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json); members that do not apply are left out")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("a relative URI /problems/<slug>"))
                .addProperty("title", string(null))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string(null))
                .addProperty("instance", string("the path of the request"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("/problems/validation: each field and what is wrong with it")
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .addProperty("currentStatus", string("/problems/illegal-transition: the resource's status now"))
                .addProperty("allowedActions", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("/problems/illegal-transition: what may be done in that status")
                        .items(string(null)))
                .addProperty("currentVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int64").description("/problems/precondition-failed: the version an If-Match must name"))
                .addProperty("maxBytes", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int64").description("/problems/payload-too-large: the limit"))
                .addProperty("total", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("an import refused: rows read"))
                .addProperty("imported", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("an import refused: rows stored (0: all or none)"))
                .addProperty("failed", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("an import refused: rows in error"))
                .addProperty("rows", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("an import refused: the result of each row")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));
        components.addSchema("Problem", problemSchema);

        Map<String, Object> validation = example("validation", "Invalid request", 400, "deadline: must not be in the past");
        Map<String, Object> violation = new java.util.LinkedHashMap<>(); // a stable order, so the exported spec is too
        violation.put("field", "deadline");
        violation.put("message", "must not be in the past");
        validation.put("violations", List.of(violation));
        components.addResponse("ValidationProblem", problem("Bad input: syntax, types, rules or unknown codes; nothing changed", validation));
        components.addResponse("NotFoundProblem", problem("Not found, or outside the caller's scope",
                example("not-found", "Not found", 404, "hazard not found")));
        Map<String, Object> transition = example("illegal-transition", "Illegal state transition", 409,
                "'verification' is not allowed while LISTED");
        transition.put("currentStatus", "LISTED");
        transition.put("allowedActions", List.of("rectification-plan"));
        components.addResponse("ConflictProblem", problem("An illegal state transition or a duplicate", transition));
        components.addResponse("PreconditionFailedProblem", problem("If-Match names a stale version; nothing changed",
                example("precondition-failed", "Precondition failed", 412, "If-Match does not match the current version 3")));
        components.addResponse("UnauthorizedProblem", problem("No bearer token, or one that is invalid or expired",
                example("unauthorized", "Unauthorized", 401, "a valid bearer token is required")));
        components.addResponse("ForbiddenProblem", problem("The caller's role or district may not do this",
                example("forbidden", "Forbidden", 403, "your role may not do this")));
        components.addResponse("PayloadTooLargeProblem", problem("The body is over its limit (JSON 1 MB, files and imports as documented)",
                example("payload-too-large", "Payload too large", 413, "the JSON body is over 1048576 bytes")));
        components.addResponse("UnsupportedMediaTypeProblem", problem("The Content-Type is not one this operation reads",
                example("unsupported-media-type", "Unsupported media type", 415, "text/plain is not accepted here")));
        components.addResponse("IdempotencyProblem", problem("The Idempotency-Key was used before with another body",
                example("idempotency-key-reused", "Idempotency key reused", 422, "this Idempotency-Key was used with another request body")));
        components.addResponse("UnavailableProblem", problem("The database is out of reach for a moment; retry after Retry-After seconds",
                example("unavailable", "Service unavailable", 503, "the database is unavailable; retry later")));

        describeTheService(openAPI);
        SchemaConventions.apply(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String service = serviceName();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(new java.util.ArrayList<>()); // open: say so (security: [])
                }
                if (path.getKey().startsWith("/api/v1/outbox/parked-events")) {
                    // the platform's operations are in every service: their ids name the service, unique in the suite
                    operation.setOperationId(parkedEventsOperationId(path.getKey(), service));
                }
            }
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean hasId = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                documentProblemBodies(operation);
                boundQueryStrings(operation);
                documentHeaders(op.getKey(), hasId, operation);
                boolean writes = op.getKey() != PathItem.HttpMethod.GET && op.getKey() != PathItem.HttpMethod.DELETE;
                addIfAbsent(operation, "400", "ValidationProblem"); // bodies, and query filters of lists
                if (hasId) {
                    addIfAbsent(operation, "404", "NotFoundProblem");
                }
                if (writes && hasId) {
                    addIfAbsent(operation, "409", "ConflictProblem");
                    if (!createsOne(operation)) {
                        addIfAbsent(operation, "412", "PreconditionFailedProblem");
                    }
                }
                if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
                    addIfAbsent(operation, "401", "UnauthorizedProblem");
                    addIfAbsent(operation, "403", "ForbiddenProblem");
                }
                if (operation.getRequestBody() != null) {
                    addIfAbsent(operation, "413", "PayloadTooLargeProblem");
                    addIfAbsent(operation, "415", "UnsupportedMediaTypeProblem");
                }
                if (op.getKey() == PathItem.HttpMethod.POST) {
                    addIfAbsent(operation, "422", "IdempotencyProblem");
                }
                addIfAbsent(operation, "503", "UnavailableProblem");
            }
        }
    }

    /** "hazard-service" → "HazardService", from quarkus.application.name. */
    private static String serviceName() {
        String name = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.application.name", String.class).orElse("service");
        return Arrays.stream(name.split("-")).filter(p -> !p.isEmpty())
                .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1)).collect(Collectors.joining());
    }

    static String parkedEventsOperationId(String path, String service) {
        if (path.endsWith("/requeue")) {
            return "requeue" + service + "ParkedEvent";
        }
        if (path.endsWith("/discard")) {
            return "discard" + service + "ParkedEvent";
        }
        return "list" + service + "ParkedEvents";
    }

    /** servers, contact and licence, the same for every service (API.md v1.1: generated clients read them). */
    private static void describeTheService(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            int port = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
            openAPI.addServer(OASFactory.createServer().url("http://localhost:" + port)
                    .description("the local suite (./run); in Kubernetes the Ingress host of the API"));
        }
        if (openAPI.getInfo() != null) {
            if (openAPI.getInfo().getContact() == null) {
                openAPI.getInfo().setContact(OASFactory.createContact()
                        .name("特种设备安全专项整治 suite team (天津市市场监督管理委员会)")
                        .email("sed-api@scjg.tj.gov.cn"));
            }
            if (openAPI.getInfo().getLicense() == null) {
                openAPI.getInfo().setLicense(OASFactory.createLicense()
                        .name("Government software of 天津市市场监督管理委员会; use by agencies under agreement"));
            }
        }
    }

    /**
     * The headers of API.md's common rules, documented on every operation they apply to: Idempotency-Key on every
     * POST, If-Match on writes to an existing resource, ETag on reads and writes of one resource, Location on 201.
     */
    private static void documentHeaders(PathItem.HttpMethod method, boolean hasId, Operation operation) {
        if (method == PathItem.HttpMethod.POST) {
            addHeaderParameter(operation, "Idempotency-Key", "optional; the same key and body within 24 h replays the "
                    + "first answer and does nothing again (per caller), another body with it is 422", 200);
        }
        // If-Match guards a change to the resource itself; a POST that creates a sub-resource (201) does not read it
        boolean writesOne = hasId && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.POST) && !createsOne(operation);
        if (writesOne) {
            addHeaderParameter(operation, "If-Match", "optional; the ETag last read (\"<version>\"): a stale one is 412 "
                    + "and changes nothing", 100);
        }
        if (operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            APIResponse value = response.getValue();
            if (value.getRef() != null) {
                continue;
            }
            if (response.getKey().equals("201")) {
                addResponseHeader(value, "Location", "the URL of the created resource");
            }
            if (response.getKey().equals("200") && hasId && method != PathItem.HttpMethod.DELETE && answersJson(value)) {
                addResponseHeader(value, "ETag", "\"<version>\" of the resource, for a later If-Match (on versioned resources)");
            }
        }
    }

    /** A string query parameter with nothing narrower says the limit every service enforces (QueryValueLimit). */
    private static void boundQueryStrings(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (org.eclipse.microprofile.openapi.models.parameters.Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY
                    && schema != null && schema.getRef() == null && schema.getType() != null
                    && schema.getType().contains(Schema.SchemaType.STRING) && schema.getEnumeration() == null
                    && schema.getFormat() == null && schema.getPattern() == null && schema.getMaxLength() == null) {
                schema.setMaxLength(cn.gov.sed.platform.validation.Limits.QUERY_VALUE);
            }
        }
    }

    /** A POST answering 201: it creates something (a finding, a supervision, an attachment) under the resource. */
    private static boolean createsOne(Operation operation) {
        return operation.getResponses() != null && operation.getResponses().getAPIResponse("201") != null;
    }

    /** ETags are versions of JSON resources; a download (PDF, image) carries none. */
    private static boolean answersJson(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaType("application/json") != null;
    }

    private static void addHeaderParameter(Operation operation, String name, String description, int maxLength) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> name.equalsIgnoreCase(p.getName()) && p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(name)
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength)));
    }

    private static void addResponseHeader(APIResponse response, String name, String description) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    /** A 4xx a resource declares itself gets the Problem body too: every 4xx answers application/problem+json. */
    private static void documentProblemBodies(Operation operation) {
        if (operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            APIResponse value = response.getValue();
            if (!response.getKey().startsWith("4") || value.getRef() != null) {
                continue;
            }
            if (value.getContent() == null || value.getContent().getMediaType(PROBLEM) == null) {
                Content content = value.getContent() == null ? OASFactory.createContent() : value.getContent();
                content.addMediaType(PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
                value.setContent(content);
            }
        }
    }

    private static Schema string(String description) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return description == null ? schema : schema.description(description);
    }

    private static void addIfAbsent(Operation operation, String status, String response) {
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + response));
        }
    }

    private static APIResponse problem(String description, Map<String, Object> example) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .example(example);
        Content content = OASFactory.createContent().addMediaType(PROBLEM, media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Map<String, Object> example(String slug, String title, int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "/problems/" + slug);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/hazards/3f1c9a5e-8d0b-4c53-9a57-2b9e6f0d1a42");
        return example;
    }
}
