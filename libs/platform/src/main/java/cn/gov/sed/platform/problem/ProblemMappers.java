package cn.gov.sed.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import cn.gov.sed.platform.inbox.TransientFailures;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every failure becomes an RFC 9457 problem; never a stack trace, never a 5xx for what a client sent. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.problem().instance(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return new ValidationException(violations).problem().instance(path(uri)).toResponse();
    }

    /** Named explicitly: the REST layer has its own mapper for this subtype, which would answer without a body. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidJsonValue(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "body";
        String message;
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "'" + f.getValue() + "' is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException f) {
            message = "'" + f.getValue() + "' is not a valid " + simpleType(f.getTargetType());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be " + simpleType(m.getTargetType());
        } else {
            message = "the body is not valid JSON";
        }
        return ValidationException.of(field.isEmpty() ? "body" : field, message).problem().instance(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return new Problem("forbidden", "Forbidden", 403, "your role may not do this").instance(path(uri)).toResponse();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentUpdate(Exception e, UriInfo uri) {
        return new Problem("concurrent-modification", "Concurrent modification", 409,
                "the resource was changed by someone else; read it again and retry").instance(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500 && TransientFailures.isDatabaseUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return serverError(uri);
        }
        String slug = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "bad-request";
        };
        String title = Response.Status.fromStatusCode(status) == null ? "Bad request"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri); // e.g. a number too large for its field: name the field
        }
        if (status == 400) {
            return ValidationException.of("request", e.getMessage() == null ? "bad request" : e.getMessage())
                    .problem().instance(path(uri)).toResponse();
        }
        return new Problem(slug, title, status, e.getMessage()).instance(path(uri)).toResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isDatabaseUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        if (isUniqueViolation(e)) {
            // the backstop for a race two requests lost to a UNIQUE constraint at commit (API.md v1.1 "races");
            // use cases that know the key flush first and name it
            return ProblemException.duplicate("a record with the same key was stored at the same moment")
                    .problem().instance(path(uri)).toResponse();
        }
        LOG.error("unexpected failure", e);
        return serverError(uri);
    }

    private static boolean isUniqueViolation(Throwable e) {
        // causes and suppressed failures alike: a violation found at commit may arrive only as a suppressed one
        return cn.gov.sed.platform.inbox.TransientFailures.causes(e).stream()
                .anyMatch(t -> t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()));
    }

    /** The database is down or restarting: nothing was done, the client may send the same request again soon. */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("database unavailable: %s", TransientFailures.describe(e));
        return Response.fromResponse(new Problem("unavailable", "Service unavailable", 503,
                        "the database is not reachable for the moment; retry the same request shortly")
                        .instance(path(uri)).toResponse())
                .header("Retry-After", "5").build();
    }

    private static Response unauthorizedResponse(UriInfo uri) {
        return Response.fromResponse(new Problem("unauthorized", "Unauthorized", 401,
                        "a valid bearer token is required").instance(path(uri)).toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    private static Response serverError(UriInfo uri) {
        return new Problem("internal", "Internal error", 500, "the server failed; the request may be retried")
                .instance(path(uri)).toResponse();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** The field of a violation: the path below the method's parameter (e.g. {@code inspectors[0].name}). */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    field.setLength(0);
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                // A body parameter's own name (arg0, body ...) says nothing to a client: start at its fields.
                if (field.length() > 0 && !field.toString().contains(".") && isBodyParameter(field.toString())) {
                    field.setLength(0);
                } else if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static boolean isBodyParameter(String name) {
        return name.equals("body") || name.equals("request") || name.startsWith("arg");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "an ISO-8601 instant with offset";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "an object";
    }
}
