package cn.gov.sed.platform.idempotency;

import cn.gov.sed.platform.http.Versioned;
import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on POST: the same key and body replays the first status and body and does nothing
 * again; the same key with another body → 422; the same key while the first is still running → 409. A request
 * that fails with an exception forgets its key, so that the client may retry it.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class IdempotencyInterceptor {
    public static final String HEADER = "Idempotency-Key";

    @Inject
    CurrentVertxRequest request;
    @Inject
    Caller caller;
    @Inject
    IdempotencyStore store;
    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        if (!ctx.getMethod().isAnnotationPresent(POST.class) || request.getCurrent() == null) {
            return ctx.proceed();
        }
        String key = request.getCurrent().request().getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ValidationException.of(HEADER, "must be 1 to 200 characters");
        }
        String sub = caller.sub();
        String hash = requestHash(ctx);
        IdempotencyStore.Outcome outcome = store.begin(sub, key, hash);
        if (outcome instanceof IdempotencyStore.Mismatch) {
            throw new ProblemException(new Problem("idempotency-key-reused", "Idempotency key reused", 422,
                    "this Idempotency-Key was used with another request body"));
        }
        if (outcome instanceof IdempotencyStore.InFlight) {
            throw new ProblemException(new Problem("idempotency-key-in-flight", "Request in progress", 409,
                    "a request with this Idempotency-Key is still being processed; retry later"));
        }
        if (outcome instanceof IdempotencyStore.Replay replay) {
            Class<?> returns = ctx.getMethod().getReturnType();
            if (!Response.class.isAssignableFrom(returns) && replay.body() != null) {
                // a method declared to return a view answers 200 with it: replay the same view
                return mapper.readValue(replay.body(), mapper.constructType(ctx.getMethod().getGenericReturnType()));
            }
            Response.ResponseBuilder b = Response.status(replay.status()).header("Idempotent-Replayed", "true");
            if (replay.body() != null) {
                b.entity(replay.body()).type(replay.contentType());
            }
            if (replay.location() != null) {
                b.header("Location", replay.location());
            }
            if (replay.etag() != null) {
                b.header("ETag", replay.etag());
            }
            return b.build();
        }
        Object result;
        try {
            result = ctx.proceed();
        } catch (Exception | Error e) {
            store.abandon(sub, key);
            throw e;
        }
        remember(sub, key, result);
        return result;
    }

    private void remember(String sub, String key, Object result) throws IOException {
        int status = 200;
        Object entity = result;
        String location = null;
        String contentType = "application/json";
        if (result instanceof Response r) {
            status = r.getStatus();
            entity = r.getEntity();
            location = r.getLocation() == null ? null : r.getLocation().toString();
            if (r.getMediaType() != null) {
                contentType = r.getMediaType().toString();
            }
        }
        if (status >= 500) {
            store.abandon(sub, key);
            return;
        }
        byte[] body = entity == null ? null
                : entity instanceof byte[] bytes ? bytes
                : entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : mapper.writeValueAsBytes(entity);
        String etag = entity instanceof Versioned v ? "\"" + v.version() + "\"" : null;
        store.complete(sub, key, status, body, contentType, location, etag);
    }

    private String requestHash(InvocationContext ctx) throws IOException {
        MessageDigest digest = sha256();
        digest.update(request.getCurrent().request().path().getBytes(StandardCharsets.UTF_8));
        for (Object parameter : ctx.getParameters()) {
            digest.update((byte) 0);
            if (parameter == null || parameter instanceof UriInfo || parameter instanceof HttpHeaders
                    || parameter instanceof SecurityContext || parameter instanceof Request) {
                continue;
            }
            if (parameter instanceof FileUpload upload) {
                try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
                digest.update(String.valueOf(upload.contentType()).getBytes(StandardCharsets.UTF_8));
            } else if (parameter instanceof CharSequence || parameter instanceof Number || parameter instanceof Enum<?>
                    || parameter instanceof java.util.UUID) {
                digest.update(parameter.toString().getBytes(StandardCharsets.UTF_8));
            } else {
                digest.update(mapper.writeValueAsBytes(parameter));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
