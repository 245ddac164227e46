package org.convene.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * Base for {@code @MicronautTest} classes that need the database: each class gets its own schema,
 * migrated by Flyway when the context starts. Annotate subclasses with
 * {@code @TestInstance(PER_CLASS)} (required by Micronaut for property providers).
 */
public abstract class DatabaseTest implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshSchemaProperties();
    }
}
