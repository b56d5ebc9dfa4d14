package io.camelbenthos.export;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.ErrorHandlerFactory;
import org.apache.camel.model.RedeliveryPolicyDefinition;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;
import org.apache.camel.model.errorhandler.NoErrorHandlerDefinition;

/**
 * A route's error handler as Camel YAML DSL ({@code route: errorHandler: ...}). Camel's model dumper leaves it out,
 * yet it is behaviour: translated routes have none (an exception is the nack and must reach the input), and retry
 * routes redeliver with backoff. Only the two kinds the translation uses are supported; any other fails the
 * export rather than silently changing what the routes do.
 */
final class ErrorHandlerYaml {
    private ErrorHandlerYaml() {
    }

    /** The value of the route's {@code errorHandler} key, or null when the route uses the context's default. */
    static Map<String, Object> of(String routeId, ErrorHandlerFactory factory) {
        if (factory == null) {
            return null;
        }
        if (factory instanceof NoErrorHandlerDefinition) {
            return Map.of("noErrorHandler", Map.of());
        }
        if (factory instanceof DefaultErrorHandlerDefinition handler && handler.getClass() == DefaultErrorHandlerDefinition.class) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (handler.getRedeliveryPolicy() != null) {
                body.put("redeliveryPolicy", policy(handler.getRedeliveryPolicy()));
            }
            // retry routes (OutputRetry) decide and prepare each redelivery with named beans
            if (handler.getRetryWhileRef() != null) {
                body.put("retryWhileRef", handler.getRetryWhileRef());
            }
            if (handler.getOnRedeliveryRef() != null) {
                body.put("onRedeliveryRef", handler.getOnRedeliveryRef());
            }
            return Map.of("defaultErrorHandler", body);
        }
        throw new IllegalArgumentException("route " + routeId + " uses an error handler export cannot write: "
                + factory.getClass().getName());
    }

    /** Every option that was set (the model keeps them as strings, null when unset). */
    private static Map<String, Object> policy(RedeliveryPolicyDefinition policy) {
        Map<String, Object> options = new TreeMap<>();
        for (Method getter : RedeliveryPolicyDefinition.class.getMethods()) {
            if (!getter.getName().startsWith("get") || getter.getParameterCount() != 0 || getter.getReturnType() != String.class) {
                continue;
            }
            try {
                Object value = getter.invoke(policy);
                if (value != null) {
                    String name = getter.getName().substring(3);
                    options.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + getter, e);
            }
        }
        return options;
    }
}
