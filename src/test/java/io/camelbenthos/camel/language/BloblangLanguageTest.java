package io.camelbenthos.camel.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ExpressionEvaluationException;
import org.apache.camel.ExpressionIllegalSyntaxException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** {@code bloblang} as a Camel language in the Java DSL (expression and predicate) and in Camel YAML DSL. */
class BloblangLanguageTest extends CamelTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:transform").transform().language("bloblang", "root = this.name.uppercase()");
                from("direct:meta").transform().language("bloblang", "meta greeting = \"hi \" + @name\nroot = content()");
                from("direct:delete").transform().language("bloblang", "root = deleted()");
                from("direct:filter").filter().language("bloblang", "this.n > 1").to("mock:big");
                from("direct:choice").choice()
                        .when().language("bloblang", "this.kind == \"a\"").setBody(constant("A"))
                        .otherwise().setBody(constant("other"));
            }
        };
    }

    @Test
    void transformsInTheJavaDsl() {
        assertThat(template.requestBody("direct:transform", "{\"name\":\"camel\"}", String.class)).isEqualTo("CAMEL");
    }

    @Test
    void metadataIsReadFromAndWrittenToHeaders() {
        var reply = template.request("direct:meta", e -> {
            e.getMessage().setBody("body");
            e.getMessage().setHeader("name", "benthos");
        });
        assertThat(reply.getMessage().getHeader("greeting")).isEqualTo("hi benthos");
        assertThat(reply.getMessage().getHeader("name")).isEqualTo("benthos");
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("body");
    }

    @Test
    void aDeletedMessageBecomesANullBody() {
        assertThat(template.requestBody("direct:delete", "x")).isNull();
    }

    @Test
    void filtersWithAPredicate() throws Exception {
        MockEndpoint big = getMockEndpoint("mock:big");
        big.expectedBodiesReceived("{\"n\":5}");
        template.sendBody("direct:filter", "{\"n\":0}");
        template.sendBody("direct:filter", "{\"n\":5}");
        big.assertIsSatisfied();
    }

    @Test
    void choosesWithAPredicate() {
        assertThat(template.requestBody("direct:choice", "{\"kind\":\"a\"}", String.class)).isEqualTo("A");
        assertThat(template.requestBody("direct:choice", "{\"kind\":\"b\"}", String.class)).isEqualTo("other");
    }

    @Test
    void aNonBooleanPredicateFailsTheExchange() {
        var predicate = context.resolveLanguage("bloblang").createPredicate("this.kind");
        var exchange = new org.apache.camel.support.DefaultExchange(context);
        exchange.getMessage().setBody("{\"kind\":\"a\"}");
        assertThatThrownBy(() -> predicate.matches(exchange)).isInstanceOf(ExpressionEvaluationException.class)
                .hasMessageContaining("expected bool");
    }

    @Test
    void executionErrorsCarryBenthossText() {
        assertThatThrownBy(() -> template.requestBody("direct:transform", "{\"name\":5}"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(ExpressionEvaluationException.class);
    }

    @Test
    void syntaxErrorsFailWhenTheExpressionIsCreated() {
        assertThatThrownBy(() -> context.resolveLanguage("bloblang").createExpression("root = "))
                .isInstanceOf(ExpressionIllegalSyntaxException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void worksInCamelYamlDsl() throws Exception {
        String yaml = """
                - route:
                    from:
                      uri: direct:yaml
                      steps:
                        - filter:
                            expression:
                              language:
                                language: bloblang
                                expression: this.keep
                            steps:
                              - transform:
                                  expression:
                                    language:
                                      language: bloblang
                                      expression: root = this.name.uppercase()
                """;
        Resource resource = ResourceHelper.fromString("yaml-route.yaml", yaml);
        PluginHelper.getRoutesLoader(context).loadRoutes(resource);
        assertThat(template.requestBody("direct:yaml", "{\"keep\":true,\"name\":\"yaml\"}", String.class)).isEqualTo("YAML");
        assertThat(template.requestBody("direct:yaml", "{\"keep\":false,\"name\":\"yaml\"}", String.class))
                .isEqualTo("{\"keep\":false,\"name\":\"yaml\"}");
    }
}
