package org.convene.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules themselves must bite: fixture modules under org.convene.fixture break them on purpose
 * (beta imports alpha's internal class; gamma uses alpha without declaring it).
 */
class ModuleRulesTest {
    private static JavaClasses fixture(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    @Test
    void importing_another_modules_internal_class_breaks_the_module_rule() {
        JavaClasses classes = fixture("org.convene.fixture.alpha", "org.convene.fixture.beta", "org.convene.platform");
        assertThatThrownBy(() -> ModuleRules.moduleBoundaries().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.convene.fixture.alpha.internal.AlphaSecret");
    }

    @Test
    void using_an_undeclared_module_breaks_the_module_rule() {
        JavaClasses classes = fixture("org.convene.fixture.alpha", "org.convene.fixture.gamma", "org.convene.platform");
        assertThatThrownBy(() -> ModuleRules.moduleBoundaries().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("gamma");
    }

    @Test
    void using_a_declared_modules_public_api_passes() {
        JavaClasses classes = fixture("org.convene.fixture.alpha", "org.convene.platform");
        assertThatCode(() -> ModuleRules.moduleBoundaries().check(classes)).doesNotThrowAnyException();
    }
}
