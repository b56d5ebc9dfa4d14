package io.camelbenthos;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The project's version and build date, stamped by Maven into {@code io/camelbenthos/build.properties} (resource
 * filtering), so they are the same from the runnable jar, the library jar and from classes in tests. Benthos's build
 * stamps: {@code --version} prints them, the service-wide {@code /version} endpoint serves them.
 */
public final class BuildInfo {
    /** What Benthos reports when a build was not stamped. */
    private static final String UNKNOWN = "unknown";

    private static final Properties STAMPS = load();

    private BuildInfo() {
    }

    /** The pom's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return stamp("version");
    }

    /** The Apache Camel version this build is on ({@code 4.18.0}): the version of extra components to add. */
    public static String camelVersion() {
        return stamp("camel");
    }

    /** When the build ran, in UTC: {@code 2006-01-02T15:04:05Z}, the form of Benthos's release builds. */
    public static String built() {
        return stamp("built");
    }

    /** An unfiltered placeholder (classes built without Maven) is no stamp at all. */
    private static String stamp(String key) {
        String value = STAMPS.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Unreadable stamps: both values report unknown.
        }
        return properties;
    }
}
