package cn.gov.sed.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The console's settings ({@code console.*} in application.properties; production sets them from the environment). */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /** Where each service answers, by service name ({@code inspection-service} …): the only hosts the route calls. */
    Map<String, URI> upstream();

    Proxy proxy();

    DevSignIn devSignIn();

    Oidc oidc();

    interface Proxy {
        /** A service that does not accept the connection within this time: 504. */
        @WithDefault("5S")
        Duration connectTimeout();

        /** A service silent for this long (no header, no byte of the body): 504; a streaming export keeps it alive. */
        @WithDefault("120S")
        Duration idleTimeout();
    }

    /** The local sign-in with the demo identities: the local and dev profiles only. */
    interface DevSignIn {
        @WithDefault("false")
        boolean enabled();

        /** The committed dev key (PKCS#8 PEM) that the services of the local suite trust. */
        @WithDefault("../deploy/local/jwt/privateKey.pem")
        String keyLocation();
    }

    /** The identity provider the page signs in with (authorisation code + PKCE, a public client). */
    interface Oidc {
        Optional<URI> issuer();

        Optional<String> clientId();

        @WithDefault("openid")
        String scope();
    }
}
