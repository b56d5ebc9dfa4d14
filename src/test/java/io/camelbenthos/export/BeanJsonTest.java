package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BeanJsonTest {
    @Test
    void noPlaceholderOrExpressionSyntaxSurvives() throws Exception {
        String json = BeanJson.shield(new ObjectMapper().writeValueAsString(
                Map.of("m", "root = \"{{x}}\" + \"${! meta(\\\"a\\\") }\"", "nested", Map.of("inner", Map.of("k", "v")))));
        assertThat(json).doesNotContain("{{").doesNotContain("}}").doesNotContain("${");
        assertThat(new ObjectMapper().readTree(json)).isEqualTo(new ObjectMapper().readTree(
                "{\"m\":\"root = \\\"{{x}}\\\" + \\\"${! meta(\\\\\\\"a\\\\\\\") }\\\"\",\"nested\":{\"inner\":{\"k\":\"v\"}}}"));
    }
}
