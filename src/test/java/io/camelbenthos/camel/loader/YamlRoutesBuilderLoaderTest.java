package io.camelbenthos.camel.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Binds loaders using the fake translation under the names Camel looks up first, then loads the files. */
    private void startWithFakeTranslation(Path... files) throws Exception {
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
