package io.camelbenthos.bloblang.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the plugin services file complete and sorted, so parallel branches merge cleanly. */
class PluginRegistryTest {
    private static final String SERVICES = "META-INF/services/" + BloblangPlugin.class.getName();

    @Test
    void servicesFileIsSortedWithoutDuplicates() throws IOException {
        List<String> lines = listed();
        assertThat(lines).as(SERVICES + " must be sorted, one class per line").isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyPluginClassIsListed() throws Exception {
        Path classes = Path.of(BloblangPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io/camelbenthos/bloblang"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (BloblangPlugin.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    found.add(name);
                }
            }
        }
        assertThat(listed()).as("plugin classes missing from " + SERVICES).containsAll(found);
    }

    @Test
    void standardRegistryLoadsWithoutConflicts() {
        PluginRegistry r = PluginRegistry.standard();
        assertThat(r.methods()).containsKey("uppercase");
    }

    private static List<String> listed() throws IOException {
        try (var in = PluginRegistryTest.class.getClassLoader().getResourceAsStream(SERVICES)) {
            assertThat(in).as(SERVICES).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

}
