package cn.gov.sed.testing;

import cn.gov.sed.infra.EmbeddedPostgresServer.Databases;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/** A fresh database {@code test_<random>} on a real PostgreSQL server for a Quarkus test run, dropped after it. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private String adminUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        adminUrl = SharedInfrastructure.acquirePostgresAdminUrl();
        database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Databases.ensure(adminUrl, SharedInfrastructure.pgUser(), SharedInfrastructure.pgPassword(), database);
        return Map.of(
                "quarkus.datasource.jdbc.url", Databases.url(adminUrl, database),
                "quarkus.datasource.username", SharedInfrastructure.pgUser(),
                "quarkus.datasource.password", SharedInfrastructure.pgPassword());
    }

    @Override
    public void stop() {
        if (database != null) {
            Databases.drop(adminUrl, SharedInfrastructure.pgUser(), SharedInfrastructure.pgPassword(), database);
            database = null;
        }
        SharedInfrastructure.releasePostgres();
    }

}
