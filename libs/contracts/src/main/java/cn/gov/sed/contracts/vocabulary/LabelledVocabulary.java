package cn.gov.sed.contracts.vocabulary;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The labelled enums a module brings, found with the {@link ServiceLoader} (a line naming the implementation in
 * {@code META-INF/services/cn.gov.sed.contracts.vocabulary.LabelledVocabulary}). The platform's OpenAPI filter asks
 * every one of them, so each enum's Chinese labels reach the spec from where the enum lives, not from a list in the
 * platform.
 */
public interface LabelledVocabulary {
    List<Class<? extends Enum<?>>> enums();

    /** Every labelled enum on the class path. */
    static List<Class<? extends Enum<?>>> all() {
        return ServiceLoader.load(LabelledVocabulary.class, LabelledVocabulary.class.getClassLoader()).stream()
                .flatMap(provider -> provider.get().enums().stream()).distinct().toList();
    }

    /** The shared vocabulary of the contracts (API.md, DOMAIN.md). */
    final class Shared implements LabelledVocabulary {
        @Override
        public List<Class<? extends Enum<?>>> enums() {
            return Stream.<Class<? extends Enum<?>>>of(Severity.class, HazardType.class, UsageEnvironment.class,
                    InspectionMethod.class, EnforcementType.class, OverdueLevel.class, HazardSource.class,
                    HazardStatus.class).toList();
        }
    }
}
