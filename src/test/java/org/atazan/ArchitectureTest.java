package org.atazan;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Modulith does not check (see {@link ModularityTests} for the module graph): the domain
 * core of every module, and its command line, is plain Java, free of Spring, SQL and HTTP, which live
 * at the edges ({@code web}, {@code persistence}, {@code config}, {@code demo}). The modules are found,
 * not listed: a new top-level package is checked the day it appears.
 */
class ArchitectureTest {

    /** Top-level packages that are not domain modules. */
    static final Set<String> SHARED = Set.of("kernel", "platform");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.atazan");
    }

    static List<String> domainModules() {
        if (classes == null) importClasses();
        return classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("org.atazan."))
                .map(p -> p.substring("org.atazan.".length()).split("\\.")[0])
                .filter(m -> !SHARED.contains(m)).distinct().sorted().toList();
    }

    /** Classes of a module that are Spring/SQL/HTTP adapters, and the package metadata Modulith reads. */
    static DescribedPredicate<JavaClass> edge() {
        return DescribedPredicate.describe("an edge adapter (web, persistence, config, demo) or package metadata", c -> {
            String p = c.getPackageName();
            return p.contains(".web") || p.contains(".persistence") || p.contains(".config") || p.contains(".demo")
                    || c.getSimpleName().equals("package-info");
        });
    }

    @Test
    void theDomainModulesAreFound() {
        assertThat(domainModules()).contains("charter", "voting");
    }

    @ParameterizedTest
    @MethodSource("domainModules")
    void domainCoreIsPlainJava(String module) {
        noClasses()
                .that().resideInAPackage("org.atazan." + module + "..")
                .and(DescribedPredicate.not(edge()))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
                        "org.postgresql..", "com.zaxxer..", "io.zonky..", "org.thymeleaf..", "org.atazan.platform..")
                .because("the domain core is plain Java: Spring, SQL and HTTP live at the edges")
                .check(classes);
    }

    @Test
    void kernelIsPlainJavaAndDependsOnNoModule() {
        noClasses().that().resideInAPackage("org.atazan.kernel..")
                .and(DescribedPredicate.not(edge()))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "jakarta..")
                .orShould().dependOnClassesThat(DescribedPredicate.describe("another package of org.atazan",
                        c -> c.getPackageName().startsWith("org.atazan.") && !c.getPackageName().startsWith("org.atazan.kernel")))
                .check(classes);
    }
}
