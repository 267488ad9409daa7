package org.atazan.trial;

import com.tngtech.archunit.core.importer.ImportOption;
import org.atazan.AtazanApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new top-level package that uses the charter and voting faces as consultation, commission and
 * the public record will, verified with the application's modules: it needs no edit anywhere else.
 */
class TrialModuleTest {

    /** The application's classes plus the trial module's own classes (not the tests that drive it). */
    static final java.util.regex.Pattern TEST_CLASS = java.util.regex.Pattern.compile(".*Test(\\$.*)?\\.class");
    static final ImportOption APPLICATION_AND_TRIAL = location -> !location.contains("/test-classes/")
            || location.contains("/org/atazan/trial/") && !location.matches(TEST_CLASS);

    @Test
    void theTrialModuleFitsTheVerifiedGraph() {
        ApplicationModules modules = ApplicationModules.of(AtazanApplication.class, APPLICATION_AND_TRIAL);
        modules.verify();

        ApplicationModule trial = modules.getModuleByName("trial").orElseThrow();
        assertThat(trial.getDirectDependencies(modules).contains(modules.getModuleByName("charter").orElseThrow())).isTrue();
        assertThat(trial.getDirectDependencies(modules).contains(modules.getModuleByName("voting").orElseThrow())).isTrue();
    }
}
