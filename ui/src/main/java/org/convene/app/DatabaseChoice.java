package org.convene.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.convene.platform.db.EmbeddedMariaDb;

/**
 * An external MariaDB when {@code DATASOURCES_DEFAULT_URL} (or the system property
 * {@code datasources.default.url}) is set; otherwise an embedded one under {@code CONVENE_DATA_DIR}.
 */
final class DatabaseChoice implements AutoCloseable {
    private final EmbeddedMariaDb embedded;
    private final Map<String, Object> properties;

    private DatabaseChoice(EmbeddedMariaDb embedded, Map<String, Object> properties) {
        this.embedded = embedded;
        this.properties = properties;
    }

    static DatabaseChoice fromEnvironment() {
        String url = setting("DATASOURCES_DEFAULT_URL", "datasources.default.url");
        if (url != null) {
            return new DatabaseChoice(null, Map.of());
        }
        Path dataDir = Path.of(firstNonBlank(setting("CONVENE_DATA_DIR", "convene.data-dir"), "data")).toAbsolutePath();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("server"), dataDir.resolve("db"), false);
        db.createDatabase("convene");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl("convene"));
        props.put("datasources.default.username", "root");
        props.put("datasources.default.password", "");
        props.put("convene.database.embedded", true);
        return new DatabaseChoice(db, props);
    }

    Map<String, Object> properties() {
        return properties;
    }

    private static String setting(String env, String property) {
        return firstNonBlank(System.getenv(env), System.getProperty(property));
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
