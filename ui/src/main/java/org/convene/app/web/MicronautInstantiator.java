package org.convene.app.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.NonUniqueBeanException;
import java.util.stream.Stream;
import org.convene.ui.base.ConveneI18NProvider;

/**
 * Lets Micronaut build Vaadin's views, layouts and listeners, so they get their services by
 * constructor injection. Types Micronaut does not know are left to Vaadin.
 */
public class MicronautInstantiator extends DefaultInstantiator {
    private final ApplicationContext context;
    private final I18NProvider i18n;

    public MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
        // Overridden because DefaultInstantiator caches its provider in a static field, once per JVM.
        this.i18n = context.getBean(ConveneI18NProvider.class);
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        try {
            if (context.findBeanDefinition(type).isPresent()) {
                return context.getBean(type);
            }
        } catch (NonUniqueBeanException e) {
            // Several beans fit an interface type: let Vaadin decide as it would without us.
        }
        return super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return getOrCreate(componentClass);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
