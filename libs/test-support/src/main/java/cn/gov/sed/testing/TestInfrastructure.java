package cn.gov.sed.testing;

import java.util.Locale;

/**
 * Where the tests' PostgreSQL server and Kafka broker come from, chosen by {@code -Dsed.infra}:
 * <ul>
 *   <li>absent (or {@code embedded}): started in the test's own process from Maven artifacts (embedded PostgreSQL,
 *       an in-process KRaft broker). What CI runs: it needs no Docker engine.</li>
 *   <li>{@code testcontainers}: the {@code postgres:17} and {@code apache/kafka:4.1.2} images through Testcontainers,
 *       for a developer with a Docker engine and a registry. Not exercised by our CI (it has no Docker engine).</li>
 * </ul>
 * The environment variables {@code TEST_PG_URL} and {@code TEST_KAFKA_BOOTSTRAP} still win over either.
 */
enum TestInfrastructure {
    EMBEDDED,
    TESTCONTAINERS;

    static final String PROPERTY = "sed.infra";

    /** The provider the running tests asked for. */
    static TestInfrastructure chosen() {
        return of(System.getProperty(PROPERTY));
    }

    /** The provider named by a value of {@code sed.infra}; a value that names none is refused, naming the allowed ones. */
    static TestInfrastructure of(String value) {
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        for (TestInfrastructure provider : values()) {
            if (provider.propertyValue().equals(value.trim())) {
                return provider;
            }
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " is not a test infrastructure: allowed are "
                + "embedded (the default: PostgreSQL and Kafka started in the test's process) and testcontainers "
                + "(postgres:17 and apache/kafka:4.1.2 through a Docker engine)");
    }

    String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
