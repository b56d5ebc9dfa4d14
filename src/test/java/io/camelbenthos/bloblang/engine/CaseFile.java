package io.camelbenthos.bloblang.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads data-driven test cases from a resource:
 * <pre>
 * === name of the case
 * --- mapping
 * root = this.a
 * --- input
 * {"a":1}
 * --- output
 * 1
 * </pre>
 * Section bodies keep their inner line breaks; the final line break before the next marker is dropped.
 */
final class CaseFile {
    /** One case: its name and its sections by name. */
    record Case(String name, int line, Map<String, String> sections) {
        String get(String section) {
            return sections.get(section);
        }

        boolean has(String section) {
            return sections.containsKey(section);
        }

        @Override
        public String toString() {
            return name + " (line " + line + ")";
        }
    }

    private CaseFile() {
    }

    static List<Case> load(String resource) throws IOException {
        String text;
        try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String name = null;
        int caseLine = 0;
        Map<String, String> sections = null;
        String section = null;
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean caseStart = l.startsWith("=== ");
            boolean sectionStart = l.startsWith("--- ");
            if ((caseStart || sectionStart) && section != null) {
                sections.put(section, trimLastNewline(body));
                section = null;
            }
            if (caseStart) {
                if (name != null) {
                    out.add(new Case(name, caseLine, sections));
                }
                name = l.substring(4).strip();
                caseLine = i + 1;
                sections = new LinkedHashMap<>();
            } else if (sectionStart) {
                section = l.substring(4).strip();
                body.setLength(0);
            } else if (section != null) {
                body.append(l).append('\n');
            }
        }
        if (section != null) {
            sections.put(section, trimLastNewline(body));
        }
        if (name != null) {
            out.add(new Case(name, caseLine, sections));
        }
        return out;
    }

    private static String trimLastNewline(StringBuilder b) {
        String s = b.toString();
        // a section ends at the line break before the next marker; blank separator lines are not content
        while (s.endsWith("\n\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
