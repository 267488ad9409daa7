package org.atazan;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, enforced: one top-level package per domain module; the domain core (and
 * the command line) free of Spring, SQL and HTTP; no module reaching into another's sub-packages.
 */
class ArchitectureTest {

    static final String[] MODULES = {"charter", "voting"};
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.atazan");
    }

    /** Classes of a module that are Spring/SQL/HTTP adapters: web, persistence, wiring. */
    static DescribedPredicate<JavaClass> edge() {
        return DescribedPredicate.describe("an edge adapter (web, persistence, config)", c -> {
            String p = c.getPackageName();
            return p.contains(".web") || p.contains(".persistence") || p.contains(".config") || p.contains(".demo");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"charter", "voting"})
    void domainCoreIsPlainJava(String module) {
        ArchRule rule = noClasses()
                .that().resideInAPackage("org.atazan." + module + "..")
                .and(DescribedPredicate.not(edge()))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
                        "org.postgresql..", "com.zaxxer..", "io.zonky..", "org.thymeleaf..", "org.atazan.platform..")
                .because("the domain core is plain Java: Spring, SQL and HTTP live at the edges");
        rule.check(classes);
    }

    @Test
    void kernelIsPlainJavaAndDependsOnNoModule() {
        noClasses().that().resideInAPackage("org.atazan.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.atazan.charter..", "org.atazan.voting..", "org.atazan.platform..", "jakarta..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"charter", "voting"})
    void noModuleReachesIntoAnotherModulesInternals(String module) {
        String root = "org.atazan." + module;
        DescribedPredicate<JavaClass> internals = DescribedPredicate.describe(
                "internals of " + root + " (its sub-packages)", c -> c.getPackageName().startsWith(root + "."));
        noClasses()
                .that().resideOutsideOfPackages(root + "..", "org.atazan")
                .should().dependOnClassesThat(internals)
                .because("modules talk through the public types in each module's root package")
                .check(classes);
    }

    @Test
    void platformDependsOnNoDomainModule() {
        noClasses().that().resideInAPackage("org.atazan.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.atazan.charter..", "org.atazan.voting..")
                .because("the platform is shared infrastructure that every module may use, not the other way round")
                .check(classes);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("org.atazan.(*)..").should().beFreeOfCycles().check(classes);
    }
}
