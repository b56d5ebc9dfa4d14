package io.camelbenthos.cli;

import io.camelbenthos.BuildInfo;
import picocli.CommandLine;

/** {@code --version}: prints {@code Version: X} and {@code Date: Y} like Benthos, from the build's stamps. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Version: " + BuildInfo.version(), "Date: " + BuildInfo.built()};
    }
}
