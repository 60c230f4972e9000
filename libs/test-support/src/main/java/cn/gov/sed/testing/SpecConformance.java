package cn.gov.sed.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A REST Assured filter that checks every answer of our API a test receives against the OpenAPI document the
 * answering service publishes ({@code /q/openapi}, equal to the committed {@code docs/openapi/<service>.yaml} by the
 * OpenApiContractTest): an undocumented status, a missing required field, a {@code null} where the spec forbids one,
 * a field the spec does not name, a wrong type or format fails the test (an AssertionError naming the violations).
 * Requests are not checked: the attack tests send bad ones on purpose, and their answers are checked like any other.
 * <p>
 * Library: swagger-request-validator (Atlassian), which reads OpenAPI 3.0, hence the services serve 3.0.3. One
 * translation before it reads the document: a nullable reference, {@code allOf: [$ref] + nullable: true} (the 3.0
 * form generators understand), becomes {@code anyOf: [$ref, {type: "null"}]}, the same meaning in the JSON Schema its
 * validator evaluates (which otherwise rejects the {@code null} inside the {@code allOf}).
 * <p>
 * Registered for every {@code @QuarkusTest} by {@link SpecConformanceCallback} and for the system tests by
 * {@link #install()}.
 */
public final class SpecConformance implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Adds the filter to REST Assured's defaults once (idempotent). */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof SpecConformance)) {
            RestAssured.filters(new SpecConformance());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/api/")) {
            return response; // health, metrics, the spec itself: not part of the API document
        }
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(origin, SpecConformance::validatorFor);
        Request validated = RestAssuredRequest.of(request);
        ValidationReport report = validator.validateResponse(uri.getPath(), validated.getMethod(),
                RestAssuredResponse.of(response));
        if (report.hasErrors()) {
            String body = response.asString();
            throw new AssertionError("the answer of " + request.getMethod() + " " + uri.getPath() + " ("
                    + response.statusCode() + ") does not match the service's OpenAPI document:\n  "
                    + report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n  "))
                    + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + " …" : body));
        }
        return response;
    }

    private static OpenApiInteractionValidator validatorFor(String origin) {
        try {
            HttpResponse<String> spec = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (spec.statusCode() != 200) {
                throw new AssertionError(origin + "/q/openapi answered " + spec.statusCode());
            }
            JsonNode document = JSON.readTree(spec.body());
            nullableReferencesAsAnyOf(document);
            return OpenApiInteractionValidator.createForInlineApiSpecification(JSON.writeValueAsString(document))
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withDefaultLevel(ValidationReport.Level.ERROR)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new AssertionError("cannot read the OpenAPI document of " + origin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted reading the OpenAPI document of " + origin, e);
        }
    }

    /** {@code {allOf: [X], nullable: true}} → {@code {anyOf: [X, {type: "null"}]}}, everywhere in the document. */
    static void nullableReferencesAsAnyOf(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (object.path("nullable").asBoolean(false) && allOf instanceof ArrayNode list && list.size() == 1) {
                object.remove("allOf"); // "nullable" stays: the validator reads it for a "type" beside (enums)
                ArrayNode anyOf = object.putArray("anyOf");
                anyOf.add(list.get(0));
                anyOf.addObject().put("type", "null");
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                nullableReferencesAsAnyOf(it.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SpecConformance::nullableReferencesAsAnyOf);
        }
    }
}
