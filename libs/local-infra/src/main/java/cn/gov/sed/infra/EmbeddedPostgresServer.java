package cn.gov.sed.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Real PostgreSQL binaries shipped as a Maven artifact (zonky), started as a child process. The tests use
 * a throw-away data directory; the local suite keeps its data so a second run finds it again.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code port} (0 = a free one). With {@code dataDir} null the data lives in a temporary
     * directory deleted on close; otherwise it is kept there. Server output goes to {@code logFile}.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, Path logFile) {
        return start(dataDir, port, logFile, dataDir != null);
    }

    /**
     * As {@link #start(Path, int, Path)}; {@code durable} false turns fsync off for a kept directory too (test data
     * that must survive a restart of the server, not a crash of the machine).
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, Path logFile, boolean durable) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? Ports.free() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("timezone", "UTC");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                ProcessBuilder.Redirect redirect = ProcessBuilder.Redirect.appendTo(logFile.toFile());
                builder.setOutputRedirector(redirect).setErrorRedirector(redirect);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of a database on this server. */
    public String jdbcUrl(String database) {
        return Databases.url("jdbc:postgresql://127.0.0.1:" + port() + "/postgres", database);
    }

    /** Creates {@code database} unless it exists. */
    public void ensureDatabase(String database) {
        Databases.ensure(jdbcUrl("postgres"), USER, PASSWORD, database);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Database housekeeping on any server reachable by JDBC (embedded or external). */
    public static final class Databases {
        private Databases() {
        }

        public static void ensure(String adminUrl, String user, String password, String database) {
            requireSafeName(database);
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE \"" + database + "\"");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not create database " + database, e);
            }
        }

        /** The JDBC URL of {@code database} on the server of {@code adminUrl} (query parameters kept). */
        public static String url(String adminUrl, String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?');
            return (slash < 0 ? adminUrl : adminUrl.substring(0, slash)) + "/" + database
                    + (query < 0 ? "" : adminUrl.substring(query));
        }

        public static void drop(String adminUrl, String user, String password, String database) {
            requireSafeName(database);
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop database " + database, e);
            }
        }

        private static void requireSafeName(String database) {
            if (!database.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("unsafe database name: " + database);
            }
        }
    }
}
