package io.camelbenthos.cli;

import picocli.CommandLine;

/** {@code --version}: prints {@code Version: X} and {@code Date: Y} like Benthos. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The project version from the jar manifest, or {@code dev} when running from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        // No build date is recorded in the jar yet.
        return new String[] {"Version: " + version(), "Date: unknown"};
    }
}
