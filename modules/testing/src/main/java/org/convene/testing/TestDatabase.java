package org.convene.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.convene.platform.db.EmbeddedMariaDb;

/**
 * One embedded MariaDB per test JVM, started on first use and stopped when the JVM exits.
 * Every Micronaut test context gets a schema of its own, so test classes never see each other's data.
 */
public final class TestDatabase {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedMariaDb server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            Path root = Path.of(System.getProperty("convene.test.dir", "target/test-data"));
            Path binaries = Path.of(System.getProperty("convene.test.mariadb.binaries", root.resolve("bin").toString()));
            Path data = root.resolve("db");
            deleteRecursively(data);
            server = EmbeddedMariaDb.start(binaries, data, true);
            EmbeddedMariaDb started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-mariadb-stop"));
        }
        return server;
    }

    /** Creates a fresh, empty schema and answers the Micronaut properties that point the app at it. */
    public static Map<String, String> freshSchemaProperties() {
        String schema = "test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        server().createDatabase(schema);
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", server().jdbcUrl(schema));
        properties.put("datasources.default.username", "root");
        properties.put("datasources.default.password", "");
        properties.put("datasources.default.driver-class-name", "org.mariadb.jdbc.Driver");
        properties.put("datasources.default.dialect", "MYSQL");
        properties.put("datasources.default.maximum-pool-size", "6");
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("convene.demo", "false");
        // Keep anything the app writes to its data directory inside the build's target folder.
        properties.put("convene.data-dir", Path.of(System.getProperty("convene.test.dir", "target/test-data"), "app").toString());
        properties.put("convene.badge.secret", "test-only-badge-secret-of-forty-characters");
        // No background mail sender racing the tests; a test of delivery switches it on or calls it.
        properties.put("convene.mail.sender.enabled", "false");
        return properties;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
