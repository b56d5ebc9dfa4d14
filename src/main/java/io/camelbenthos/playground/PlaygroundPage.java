package io.camelbenthos.playground;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The editor page, with the initial mapping and input filled in (HTML-escaped, as Go's html/template does). */
final class PlaygroundPage {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(MAPPING|INPUT)}}");
    private final String template;

    PlaygroundPage() {
        try (InputStream in = PlaygroundPage.class.getResourceAsStream("editor.html")) {
            if (in == null) {
                throw new IllegalStateException("editor.html missing from the jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(String mapping, String input) {
        // One pass over the template, so text that itself contains a placeholder is never substituted again.
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + mapping.length() + input.length());
        while (placeholder.find()) {
            String value = placeholder.group(1).equals("MAPPING") ? mapping : input;
            placeholder.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
