package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code xml}, rules from the processors reference §18. */
class XmlProcessorTest {

    private static String run(String xml, String body) throws Exception {
        try (StreamHarness h = harness("- xml: " + xml)) {
            Exchange e = send(h, body);
            Throwable error = BenthosExchange.error(e);
            return error != null ? "error: " + error.getMessage() : StreamHarness.body(e);
        }
    }

    @Test
    void theDocsExample() throws Exception {
        assertThat(run("{operator: to_json}", """
                <root><title>This is a title</title><content>This is some content</content></root>""")).isEqualTo(
                "{\"root\":{\"content\":\"This is some content\",\"title\":\"This is a title\"}}");
    }

    @Test
    void attributesTextAndRepeatedElements() throws Exception {
        assertThat(run("{operator: to_json}", """
                <root><!-- c --><b id="1">foo1</b><b id="2">foo2</b><b>foo3</b></root>""")).isEqualTo(
                "{\"root\":{\"b\":[{\"#text\":\"foo1\",\"-id\":\"1\"},{\"#text\":\"foo2\",\"-id\":\"2\"},\"foo3\"]}}");
    }

    @Test
    void castTypesNumbersAndBooleansAttributesIncluded() throws Exception {
        assertThat(run("{operator: to_json, cast: true}", """
                <root><n id="99">1.5</n><b>True</b><s>text</s></root>""")).isEqualTo(
                "{\"root\":{\"b\":true,\"n\":{\"#text\":1.5,\"-id\":99},\"s\":\"text\"}}");
    }

    @Test
    void unknownEntitiesStayAndDeclaredEncodingsAreHonoured() throws Exception {
        assertThat(run("{operator: to_json}", "<a>x &ndash; y &amp; z</a>")).isEqualTo("{\"a\":\"x &ndash; y & z\"}");
        try (StreamHarness h = harness("- xml: {operator: to_json}")) {
            byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\u00e9</a>"
                    .getBytes(StandardCharsets.ISO_8859_1);
            Exchange e = h.camel().createProducerTemplate().send("direct:test.in", x -> x.getMessage().setBody(latin1));
            assertThat(StreamHarness.body(e)).isEqualTo("{\"a\":\"caf\u00e9\"}");
        }
    }

    @Test
    void aDocumentThatDoesNotParseIsFlaggedUnchanged() throws Exception {
        assertThat(run("{operator: to_json}", "<a><b></a>")).startsWith("error: XML syntax error on line 1");
    }

    @Test
    void anOperatorOtherThanToJsonIsAConfigError() {
        assertThatThrownBy(() -> harness("- xml: {}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("operator not recognised: ");
    }
}
