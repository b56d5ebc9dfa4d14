package io.camelbenthos.export;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A step bean's properties as JSON that Camel passes through untouched: inside strings, braces are written as the
 * JSON escapes {@code \u007b} / {@code \u007d}, and between two closing braces there is a space, so the text never
 * holds {@code {{}, {@code }}} (property placeholders) or {@code ${} (Camel's own expressions).
 */
final class BeanJson {
    private BeanJson() {
    }

    static String write(Object bean) {
        String compact;
        try {
            compact = ExportedBean.JSON.writeValueAsString(bean);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the properties of " + bean.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
        return shield(compact);
    }

    static String shield(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    out.append(c).append(json.charAt(++i));
                    continue;
                }
                if (c == '"') {
                    inString = false;
                    out.append(c);
                } else if (c == '{') {
                    out.append("\\u007b");
                } else if (c == '}') {
                    out.append("\\u007d");
                } else {
                    out.append(c);
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == '}') {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }
}
