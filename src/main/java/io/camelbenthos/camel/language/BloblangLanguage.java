package io.camelbenthos.camel.language;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import org.apache.camel.ExpressionIllegalSyntaxException;
import org.apache.camel.spi.annotations.Language;
import org.apache.camel.support.LanguageSupport;

/**
 * {@code bloblang} as a Camel language, usable wherever Camel takes an expression or a predicate:
 * {@code .transform().language("bloblang", "root = this.name.uppercase()")}, {@code filter}, {@code choice}, and
 * Camel YAML DSL ({@code language: {language: bloblang, expression: ...}}). Found by Camel under
 * {@code META-INF/services/org/apache/camel/language/bloblang}. The mapping may also be loaded with
 * {@code resource:classpath:...} or {@code resource:file:...}.
 */
@Language("bloblang")
public class BloblangLanguage extends LanguageSupport {

    @Override
    public BloblangExpression createExpression(String expression) {
        String mapping = loadResource(expression);
        try {
            // Parsed once here, so a syntax error fails route creation instead of every exchange.
            return new BloblangExpression(mapping, Bloblang.parse(mapping));
        } catch (BloblangException e) {
            // Camel's message shows only the expression: append the positioned Bloblang error, which says what is wrong.
            throw new ExpressionIllegalSyntaxException(mapping + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public BloblangExpression createPredicate(String expression) {
        return createExpression(expression);
    }
}
