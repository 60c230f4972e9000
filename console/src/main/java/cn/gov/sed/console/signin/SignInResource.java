package cn.gov.sed.console.signin;

import cn.gov.sed.console.ConsoleConfig;
import cn.gov.sed.console.routing.Problems;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the page needs to sign in. {@code GET /console/settings}: which sign-in this console offers (the local demo
 * identities, or the identity provider). {@code GET/POST /console/dev-sign-in…}: the demo identities and their tokens,
 * signed with the committed dev key; only where {@code console.dev-sign-in.enabled} (the local and dev profiles),
 * otherwise 404, as if the endpoint did not exist.
 */
@Path("/console")
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {
    private final ConsoleConfig config;
    private volatile PrivateKey devKey;

    public SignInResource(ConsoleConfig config) {
        this.config = config;
    }

    @GET
    @Path("settings")
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("devSignIn", config.devSignIn().enabled());
        if (config.oidc().issuer().isPresent() && config.oidc().clientId().isPresent()) {
            settings.put("oidc", Map.of("issuer", config.oidc().issuer().get().toString(),
                    "clientId", config.oidc().clientId().get(), "scope", config.oidc().scope()));
        } else {
            settings.put("oidc", null);
        }
        return settings;
    }

    @GET
    @Path("dev-sign-in")
    public Response identities() {
        if (!config.devSignIn().enabled()) {
            return notFound();
        }
        List<Map<String, Object>> list = DemoIdentity.ALL.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("label", i.label());
            m.put("role", i.role());
            m.put("district", i.district());
            m.put("department", i.department());
            return m;
        }).toList();
        return Response.ok(list).build();
    }

    @POST
    @Path("dev-sign-in/{identity}")
    public Response signIn(@PathParam("identity") String id) throws IOException, GeneralSecurityException {
        if (!config.devSignIn().enabled()) {
            return notFound();
        }
        DemoIdentity identity = DemoIdentity.find(id);
        if (identity == null) {
            return Response.status(404).type(Problems.MEDIA_TYPE)
                    .entity(Problems.body("not-found", "Not Found", 404, "no demo identity " + id).getBytes()).build();
        }
        JwtClaimsBuilder claims = Jwt.issuer("sed-local").subject(identity.sub()).upn(identity.sub())
                .groups(Set.of(identity.role())).expiresIn(Duration.ofHours(8));
        if (identity.district() != null) {
            claims.claim("district", identity.district());
        }
        if (identity.department() != null) {
            claims.claim("department", identity.department());
        }
        return Response.ok(Map.of("token", claims.sign(devKey()))).build();
    }

    private PrivateKey devKey() throws IOException, GeneralSecurityException {
        if (devKey == null) {
            String location = config.devSignIn().keyLocation().replaceFirst("^file:", "");
            String base64 = Files.readString(Paths.get(location)).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            devKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
        return devKey;
    }

    private static Response notFound() {
        return Response.status(404).type(Problems.MEDIA_TYPE)
                .entity(Problems.body("not-found", "Not Found", 404, "the local sign-in is off").getBytes()).build();
    }
}
