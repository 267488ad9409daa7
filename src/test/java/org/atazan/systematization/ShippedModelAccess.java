package org.atazan.systematization;

import java.nio.file.Path;

/** The shipped test model's directory, for the CLI tests in another package. */
public final class ShippedModelAccess {
    private ShippedModelAccess() {
    }

    public static Path dir() {
        return ShippedModel.dir();
    }
}
