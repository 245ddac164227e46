package org.convene.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module walls of the real code base. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convene");
    }

    @Test
    void modules_use_each_other_only_as_declared_and_only_through_public_packages() {
        ModuleRules.moduleBoundaries().check(classes);
    }

    @Test
    void ui_api_and_wiring_use_only_the_modules_public_apis() {
        ModuleRules.adaptersUseOnlyPublicApis().check(classes);
    }

    @Test
    void views_never_touch_persistence() {
        ModuleRules.viewsDoNotTouchPersistence().check(classes);
    }

    @Test
    void domain_modules_do_not_know_the_ui_or_the_api() {
        ModuleRules.modulesDoNotKnowTheAdapters().check(classes);
    }
}
