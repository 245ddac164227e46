package org.convene.app.web;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * One Jetty 12 server on one port: Micronaut's servlet engine serves {@code /api/*} and
 * {@code /health}, Vaadin serves everything else, in the same servlet context.
 * See docs/decisions/0002-one-port-micronaut-servlet-and-vaadin-in-jetty.md.
 */
@Singleton
public class WebServer {
    private final ApplicationContext context;
    private final int configuredPort;
    private Server server;

    public WebServer(ApplicationContext context, @Value("${micronaut.server.port:8080}") int configuredPort) {
        this.context = context;
        this.configuredPort = configuredPort;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(Math.max(configuredPort, 0));
        server.addConnector(connector);
        server.setHandler(servletContext());
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("The web server did not start on port " + configuredPort + ": " + e.getMessage(), e);
        }
    }

    private ServletContextHandler servletContext() {
        ServletContextHandler handler = new ServletContextHandler("/", ServletContextHandler.SESSIONS);
        // Without the class loader Vaadin's initialisers fail; without the base resource jar resources 404.
        handler.setClassLoader(WebServer.class.getClassLoader());
        handler.setBaseResource(ResourceFactory.of(handler).newClassLoaderResource("META-INF/resources"));
        SessionHandler sessions = handler.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval(8 * 60 * 60);

        handler.addServletContainerInitializer(new LookupServletContainerInitializer(), LookupInitializer.class);
        handler.addServletContainerInitializer(new RouteRegistryInitializer(), beanClassesWith(Route.class));
        handler.addServletContainerInitializer(new ErrorNavigationTargetInitializer(), errorViews());
        handler.addServletContainerInitializer(new VaadinAppShellInitializer(), AppShell.class);

        ServletHolder api = new ServletHolder("micronaut", new DefaultMicronautServlet(context));
        // With async on, Jetty 12 recycles the request before the engine's end-of-request event.
        api.setAsyncSupported(false);
        handler.addServlet(api, "/api/*");
        handler.addServlet(api, "/health");

        ServletHolder vaadin = new ServletHolder("vaadin", new ConveneVaadinServlet(context));
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        handler.addServlet(vaadin, "/*");
        return handler;
    }

    private Class<?>[] beanClassesWith(Class<? extends java.lang.annotation.Annotation> annotation) {
        return context.getBeanDefinitions(Qualifiers.byStereotype(annotation)).stream()
                .map(BeanDefinition::getBeanType).distinct().toArray(Class<?>[]::new);
    }

    private Class<?>[] errorViews() {
        return context.getBeanDefinitions(HasErrorParameter.class).stream()
                .map(BeanDefinition::getBeanType).distinct().toArray(Class<?>[]::new);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    @PreDestroy
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            server = null;
        }
    }
}
