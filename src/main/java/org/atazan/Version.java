package org.atazan;

import picocli.CommandLine;

/** Reads the version from the jar manifest, for {@code atazan --version}. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Atazan.class.getPackage().getImplementationVersion();
        return new String[]{"atazan " + (v == null ? "development build" : v)};
    }
}
