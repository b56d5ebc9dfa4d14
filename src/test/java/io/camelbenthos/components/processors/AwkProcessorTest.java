package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import org.junit.jupiter.api.Test;

/** {@code awk} is not built: refused at lint with a message naming the alternative. */
class AwkProcessorTest {
    @Test
    void awkIsRejectedAtLintNamingTheAlternative() {
        assertThatThrownBy(() -> harness("- awk: {codec: text, program: '{ print $1 }'}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageMatching("(?s).*:\\d+:\\d+: awk: the awk processor is not supported.*`mapping`.*");
    }
}
