package org.convene.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root package of a domain module. The architecture test reads it: a module may use
 * only the modules it names here, and only through their public (non-{@code internal}) packages.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ApplicationModule {
    String name();

    String[] allowedDependencies() default {};
}
