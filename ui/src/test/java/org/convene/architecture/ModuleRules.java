package org.convene.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.lang.ArchRule;
import org.convene.platform.ApplicationModule;

/** The walls of docs/architecture.md, as rules; shared by the real test and the test of the test. */
final class ModuleRules {
    private ModuleRules() {
    }

    /**
     * Each package annotated {@link ApplicationModule} is a module: it may use only the modules it
     * declares, only through their public packages (never {@code ..internal..}), with no cycles.
     */
    static ArchRule moduleBoundaries() {
        return modules()
                .definedByAnnotation(ApplicationModule.class, ApplicationModule::name)
                .should().respectTheirAllowedDependenciesDeclaredIn("allowedDependencies",
                        consideringOnlyDependenciesInAnyPackage("org.convene.."))
                .andShould().onlyDependOnEachOtherThroughClassesThat(not(resideInAPackage("..internal..")))
                .andShould().beFreeOfCycles();
    }

    /** The UI, the API and the application wiring use the modules' public APIs only. */
    static ArchRule adaptersUseOnlyPublicApis() {
        return noClasses().that().resideInAnyPackage("org.convene.ui..", "org.convene.api..", "org.convene.app..")
                .should().dependOnClassesThat().resideInAPackage("org.convene..internal..")
                .because("views and endpoints go through a module's facade, never its entities or repositories");
    }

    /** Views are thin: no SQL, no repositories, no data sources. */
    static ArchRule viewsDoNotTouchPersistence() {
        return noClasses().that().resideInAPackage("org.convene.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data..", "java.sql..", "javax.sql..");
    }

    /** Domain modules know nothing of the UI, the API or the application wiring. */
    static ArchRule modulesDoNotKnowTheAdapters() {
        return noClasses().that().resideInAnyPackage("org.convene.platform..", "org.convene.identity..", "org.convene.summit..",
                        "org.convene.delegations..", "org.convene.documents..", "org.convene.mail..", "org.convene.programme..",
                        "org.convene.consultations..", "org.convene.roundtables..", "org.convene.reports..",
                        "org.convene.marketplace..", "org.convene.partnerships..", "org.convene.openspace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convene.ui..", "org.convene.api..", "org.convene.app..", "com.vaadin..");
    }
}
