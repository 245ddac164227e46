package org.convene.app;

import io.micronaut.context.ApplicationContext;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.app.demo.DemoData;
import org.convene.app.web.WebServer;
import org.convene.identity.UserView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Convene: the database (embedded unless one is configured), the Micronaut context, and
 * the one Jetty port that serves the UI, the API and /health.
 */
@OpenAPIDefinition(
        info = @Info(title = "convene", version = "1", description = "Convene API: summit set-up and the chair troika.",
                license = @License(name = "AGPL-3.0")))
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public final class Application {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        try {
            start(args);
        } catch (RuntimeException e) {
            // Exit instead of lingering: the embedded database's threads would keep the JVM alive.
            LOG.error("Convene did not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    private static void start(String[] args) {
        long started = System.nanoTime();
        DatabaseChoice database = DatabaseChoice.fromEnvironment();
        ApplicationContext context = ApplicationContext.builder(Application.class)
                .args(args)
                .properties(database.properties())
                .start();
        List<UserView> demoUsers = context.getBean(DemoData.class).loadIfEmpty();
        WebServer server = context.getBean(WebServer.class);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            context.close();
            database.close();
        }, "convene-shutdown"));
        LOG.info("Convene is up at {} (started in {} ms)", server.url(), (System.nanoTime() - started) / 1_000_000);
        if (!demoUsers.isEmpty()) {
            // Printed once, when the demo is first loaded; the README lists the same accounts.
            LOG.info("Demo accounts (password '{}'): {}", DemoData.DEMO_PASSWORD,
                    demoUsers.stream().map(UserView::email).collect(Collectors.joining(", ")));
        }
    }
}
