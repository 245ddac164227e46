package org.convene.app;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.convene.app.web.WebServer;
import org.convene.testing.TestDatabase;

/**
 * The whole application on a free port and a fresh schema of the test JVM's embedded MariaDB,
 * started the way {@link Application#main} starts it.
 */
public final class TestApp implements AutoCloseable {
    private final ApplicationContext context;
    private final WebServer server;

    private TestApp(ApplicationContext context, WebServer server) {
        this.context = context;
        this.server = server;
    }

    public static TestApp start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshSchemaProperties());
        properties.put("micronaut.server.port", 0);
        properties.putAll(extra);
        ApplicationContext context = ApplicationContext.builder(Application.class).properties(properties).start();
        WebServer server = context.getBean(WebServer.class);
        server.start();
        return new TestApp(context, server);
    }

    public static TestApp start() {
        return start(Map.of());
    }

    public ApplicationContext context() {
        return context;
    }

    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    @Override
    public void close() {
        server.stop();
        context.close();
    }
}
