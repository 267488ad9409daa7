package org.atazan.platform.demo;

import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A second start with --demo says the demo data is already there, and loads nothing twice. */
@ExtendWith(OutputCaptureExtension.class)
class DemoLoaderTest extends PlatformTest {
    @Autowired
    DemoLoader loader;

    @Test
    void runningAgainSaysTheDemoDataIsAlreadyThere(CapturedOutput output) {
        int before = output.getOut().length();
        loader.run(null);
        assertThat(output.getOut().substring(before))
                .contains("Demo data already in the database, kept as it is: " + String.join(", ", loader.names()))
                .doesNotContain("loaded in");
    }
}
