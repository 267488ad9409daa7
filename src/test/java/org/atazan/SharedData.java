package org.atazan;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/** Locates the real data in ../shared/data; a missing file fails the test with a clear message. */
public final class SharedData {
    private SharedData() {
    }

    /** ../shared/data beside the project root, or ATAZAN_SHARED_DATA when the checkout lives elsewhere. */
    public static Path dir() {
        String configured = System.getProperty("atazan.shared-data");
        Path dir = (configured != null ? Path.of(configured) : Path.of("..", "shared", "data")).toAbsolutePath().normalize();
        String env = System.getenv("ATAZAN_SHARED_DATA");
        if (!Files.isDirectory(dir) && env != null && !env.isBlank()) dir = Path.of(env).toAbsolutePath().normalize();
        return dir;
    }

    public static Path file(String name) {
        Path p = dir().resolve(name);
        if (!Files.isRegularFile(p)) {
            fail("Real test data missing: " + p + " (tests read ../shared/data beside the project root)");
        }
        return p;
    }
}
