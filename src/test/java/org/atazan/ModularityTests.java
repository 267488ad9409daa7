package org.atazan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module graph, verified by Spring Modulith: each module uses only the modules it declares and
 * only their public faces; no cycles. Writes the module documentation (PlantUML and AsciiDoc) to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AtazanApplication.class);

    @Test
    void theModuleGraphIsVerified() {
        modules.verify();
    }

    @Test
    void everyTopLevelPackageIsAModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("kernel", "platform", "charter", "voting");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
    }
}
