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

    /** The application's classes plus this package's test classes; no other test code. */
    static final ImportOption APPLICATION_AND_TRIAL = location ->
            !location.contains("/test-classes/") || location.contains("/org/atazan/trial/");

    @Test
    void theTrialModuleFitsTheVerifiedGraph() {
        ApplicationModules modules = ApplicationModules.of(AtazanApplication.class, APPLICATION_AND_TRIAL);
        modules.verify();

        ApplicationModule trial = modules.getModuleByName("trial").orElseThrow();
        assertThat(trial.getDirectDependencies(modules).stream().map(ApplicationModule::getIdentifier)
                .map(Object::toString)).contains("charter", "voting");
    }
}
