package org.convene.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.convene.app.Application;
import org.convene.app.web.MicronautInstantiator;
import org.convene.testing.TestDatabase;

/**
 * For browserless view tests: one Micronaut context (fresh schema) whose beans build the views,
 * handed to Vaadin's mock service through this InstantiatorFactory (listed in META-INF/services).
 * The static field is the bridge between JUnit's and Vaadin's lifecycles; the app itself passes
 * the context to its servlet directly.
 */
public class ViewTestContext implements InstantiatorFactory {
    private static ApplicationContext context;

    static synchronized ApplicationContext start() {
        if (context != null) {
            context.close();
        }
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshSchemaProperties());
        properties.put("convene.admin.password", "view-test-admin");
        context = ApplicationContext.builder(Application.class).properties(properties).start();
        return context;
    }

    static synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        if (context == null) {
            throw new IllegalStateException("ViewTestContext.start() was not called");
        }
        return new MicronautInstantiator(service, context);
    }
}
