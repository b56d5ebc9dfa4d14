package io.camelbenthos.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Builds an exported step bean from its class name and its properties as JSON: exported Camel YAML declares each
 * bean with {@code builderClass: io.camelbenthos.export.ExportedBean} and two builder properties, {@code beanType}
 * and {@code json}. Plain {@code properties:} on the bean itself cannot carry these values: Camel resolves property
 * placeholders in them, binds {@code #bean:} prefixes, kebab-cases map keys and cannot bind nested maps, so a
 * Bloblang mapping or a header map would not survive. Jackson sets the properties through the bean's own setters.
 */
public final class ExportedBean {
    /** Only properties with both a getter and a setter: exactly what {@link BeanJson} writes. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(MapperFeature.REQUIRE_SETTERS_FOR_GETTERS)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

    private String beanType;
    private String json = "{}";

    /** The bean's class, which must have a public no-argument constructor. */
    public void setBeanType(String beanType) {
        this.beanType = beanType;
    }

    /** The bean's properties as a JSON object. */
    public void setJson(String json) {
        this.json = json;
    }

    public Object build() throws ReflectiveOperationException, JsonProcessingException {
        Class<?> beanClass = Class.forName(beanType, true, contextLoader());
        Object bean = beanClass.getDeclaredConstructor().newInstance();
        return JSON.readerForUpdating(bean).readValue(json);
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : ExportedBean.class.getClassLoader();
    }
}
