package io.camelbenthos.camel.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading through Camel's own RoutesLoader, as Main or JBang would, with a stand-in translation. */
class YamlRoutesBuilderLoaderTest {
    private static final String BENTHOS = "input:\n  generate:\n    mapping: root = 1\noutput:\n  drop: {}\n";
    private static final String CAMEL_YAML = "- route:\n    id: plain\n    from:\n      uri: direct:plain\n"
            + "      steps:\n        - setBody:\n            constant: camel\n";

    @TempDir
    Path dir;
    private final FakeTranslator translator = new FakeTranslator();
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void pluginBindsTheYamlLoaderInAPlainContext() {
        context = new DefaultCamelContext();
        assertThat(context.getRegistry().lookupByName(BenthosLoaderPlugin.YAML_LOADER_NAME))
                .isInstanceOf(YamlRoutesBuilderLoader.class);
    }

    @Test
    void benthosAndCamelYamlFilesLoadSideBySide() throws Exception {
        startWithFakeTranslation(write("upper.yaml", BENTHOS), write("plain.yaml", CAMEL_YAML),
                write("lower.benthos.yaml", BENTHOS), write("orders.v1.yaml", BENTHOS));

        assertThat(request("direct:upper")).isEqualTo("benthos:" + dir.resolve("upper.yaml"));
        assertThat(request("direct:lower")).isEqualTo("benthos:" + dir.resolve("lower.benthos.yaml"));
        assertThat(request("direct:orders")).isEqualTo("benthos:" + dir.resolve("orders.v1.yaml"));
        assertThat(request("direct:plain")).isEqualTo("camel");
        assertThat(translator.translated).hasSize(3);
    }

    @Test
    void aBrokenBenthosFileFailsWithFileLineAndReason() throws Exception {
        Path broken = write("bad.yaml", "input:\n  broken: {}\n");
        assertThatThrownBy(() -> startWithFakeTranslation(broken))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("bad.yaml") + ":2:3: field broken not recognised");
    }

    static Stream<Arguments> yamlMistakes() {
        String anchor = "input:\n  http_server: {}&\n";
        String anchorError = ":2:19: failed to parse YAML: while scanning an anchor: unexpected character found '\\n'";
        String duplicate = "input:\n  stdin: {}\ninput:\n  stdin: {}\noutput:\n  drop: {}\n";
        String duplicateError = ":3:1: mapping key \"input\" already defined at line 1";
        return Stream.of(
                Arguments.of("bad.yaml", anchor, anchorError),
                Arguments.of("bad.benthos.yaml", anchor, anchorError),
                Arguments.of("bad.yaml", "input:\n%\n", ":2:2: failed to parse YAML: while scanning a directive: "
                        + "expected alphabetic or numeric character, but found '\\n'"),
                Arguments.of("dup.yaml", duplicate, duplicateError),
                Arguments.of("dup.benthos.yaml", duplicate, duplicateError));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("yamlMistakes")
    void aBenthosFileWithAYamlMistakeFailsWithOneLineAtItsPosition(String name, String text, String error) throws Exception {
        Path file = write(name, text);
        assertThatThrownBy(() -> start(BenthosTranslator.DEFAULT, file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + error);
    }

    @Test
    void aDedicatedExtensionIsAlwaysBenthosEvenWhenItLooksLikeCamel() throws Exception {
        startWithFakeTranslation(write("odd.benthos.yaml", CAMEL_YAML));
        assertThat(translator.translated).containsExactly(dir.resolve("odd.benthos.yaml").toString());
    }

    @Test
    void theExtensionLoaderIsFoundOnTheClasspathWithoutThePlugin() throws Exception {
        context = new DefaultCamelContext();
        assertThat(PluginHelper.getRoutesLoader(context).getRoutesLoader(BenthosFileRoutesBuilderLoader.EXTENSION))
                .isInstanceOf(BenthosFileRoutesBuilderLoader.class);
    }

    private void startWithFakeTranslation(Path... files) throws Exception {
        start(translator, files);
    }

    /** Binds loaders using {@code translator} under the names Camel looks up first, then loads the files. */
    private void start(BenthosTranslator translator, Path... files) throws Exception {
        context = new DefaultCamelContext(false);
        YamlRoutesBuilderLoader yaml = new YamlRoutesBuilderLoader(translator);
        BenthosFileRoutesBuilderLoader benthos = new BenthosFileRoutesBuilderLoader(translator);
        context.getRegistry().bind(BenthosLoaderPlugin.YAML_LOADER_NAME, yaml);
        context.getRegistry().bind("routes-builder-loader-" + BenthosFileRoutesBuilderLoader.EXTENSION, benthos);
        context.build();
        yaml.start();
        Resource[] resources = new Resource[files.length];
        for (int i = 0; i < files.length; i++) {
            resources[i] = ResourceHelper.resolveMandatoryResource(context, "file:" + files[i]);
        }
        PluginHelper.getRoutesLoader(context).loadRoutes(resources);
        context.start();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private String request(String uri) {
        return context.createProducerTemplate().requestBody(uri, "", String.class);
    }

}
