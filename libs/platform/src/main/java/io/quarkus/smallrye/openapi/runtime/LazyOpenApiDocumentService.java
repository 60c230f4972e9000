package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jboss.logging.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service's OpenAPI document, prepared on the first request of {@code /q/openapi} instead of during the start.
 * <p>
 * Why: Quarkus 3.31–3.33 parses the build-time document, runs its filters and writes it out as JSON and as YAML on
 * the main thread of every start (quarkusio/quarkus#54826): about 0.4 s of a 3 s budget (docs/footprint.md), for
 * a document most starts never serve. quarkusio/quarkus#55538 makes that lazy upstream; delete this class with the
 * Quarkus upgrade that carries it. Nothing else changes: the same preparation, with the same filters and the same
 * output, runs once, under a lock, before the first document is served; a failure is retried by the next request.
 * <p>
 * Why this package: Quarkus's recorder calls the package-private {@code prepareDocument} at start, and only a class
 * of the same package, loaded by the same class loader, overrides it (and gets the superclass's package-private
 * injected {@code config}). That holds in the packaged service, what the image, {@code ./run}, the system tests and
 * the benchmarks run; it does not under {@code @QuarkusTest}'s class loaders, where the superclass's field stayed
 * unset. So the bean exists only in a prod build ({@code mvn package}); tests and dev mode keep the extension's own
 * service. The alternative wins over the extension's bean wherever the type is looked up.
 */
@IfBuildProfile("prod")
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable // looked up by type at run time (the recorder, the handler), never injected: ArC would drop it
public class LazyOpenApiDocumentService extends OpenApiDocumentService {
    private static final Logger LOG = Logger.getLogger(LazyOpenApiDocumentService.class);

    private final List<Runnable> pending = new ArrayList<>();
    private volatile boolean prepared = true;

    @Override
    void prepareDocument(AutoSecurityFilter autoSecurityFilter, Map<OpenApiFilter.RunStage, List<String>> filters,
                         String documentName) {
        synchronized (pending) {
            pending.add(() -> super.prepareDocument(autoSecurityFilter, filters, documentName));
            prepared = false;
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!prepared) {
            synchronized (pending) {
                long started = System.nanoTime();
                int documents = pending.size();
                while (!pending.isEmpty()) {
                    pending.get(0).run(); // throws to the request on failure; the next request tries again
                    pending.remove(0);
                }
                if (!prepared) {
                    prepared = true;
                    LOG.infof("OpenAPI document prepared on its first request, in %d ms (%d document(s))",
                            (System.nanoTime() - started) / 1_000_000, documents);
                }
            }
        }
        return super.getDocument(documentName, format);
    }
}
