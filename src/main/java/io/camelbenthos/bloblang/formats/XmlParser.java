package io.camelbenthos.bloblang.formats;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses XML into an object following {@code clbanning/mxj} conventions, as Connect's {@code parse_xml} does:
 * {@code {"root":{...}}}, attributes as {@code -name}, text next to attributes or children as {@code #text},
 * repeated elements as arrays, an element with neither text nor children as {@code ""}; text is trimmed; comments,
 * processing instructions and directives are dropped. With {@code cast}, numeric text becomes float64 and Go
 * {@code strconv.ParseBool} words become booleans ({@code nan}/{@code inf} stay strings).
 */
public final class XmlParser {
    private static final Pattern GO_FLOAT = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private XmlParser() {
    }

    public static Map<String, Object> parse(String xml, boolean cast) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no external entities: never read files or URLs
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml));
            Deque<Element> stack = new ArrayDeque<>();
            Map<String, Object> root = null;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element e = new Element(r.getLocalName());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String prefix = r.getAttributePrefix(i);
                            String name = prefix == null || prefix.isEmpty() ? r.getAttributeLocalName(i)
                                    : prefix + ":" + r.getAttributeLocalName(i);
                            e.fields.put("-" + name, castValue(r.getAttributeValue(i), cast));
                        }
                        stack.push(e);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            String t = r.getText().strip();
                            if (!t.isEmpty()) {
                                stack.peek().text = t;
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Element e = stack.pop();
                        Object value = e.value(cast);
                        if (stack.isEmpty()) {
                            root = new LinkedHashMap<>();
                            root.put(e.name, value);
                        } else {
                            stack.peek().addChild(e.name, value);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new FormatException("XML syntax error on line 1: unexpected EOF");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            String msg = e.getMessage();
            int idx = msg.indexOf("Message: ");
            throw new FormatException("XML syntax error on line " + line + ": "
                    + (idx >= 0 ? msg.substring(idx + 9) : msg), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    /** mxj's {@code cast}: float64 first, then Go {@code ParseBool} for words starting with t/f. */
    static Object castValue(String s, boolean cast) {
        if (!cast) {
            return s;
        }
        if (GO_FLOAT.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        switch (s) {
            case "t", "T", "true", "TRUE", "True":
                return Boolean.TRUE;
            case "f", "F", "false", "FALSE", "False":
                return Boolean.FALSE;
            default:
                return s;
        }
    }

    private static final class Element {
        final String name;
        final Map<String, Object> fields = new LinkedHashMap<>();
        boolean hasChildren;
        String text;

        Element(String name) {
            this.name = name;
        }

        void addChild(String key, Object value) {
            hasChildren = true;
            Object prev = fields.get(key);
            if (prev == null && !fields.containsKey(key)) {
                fields.put(key, value);
            } else if (prev instanceof RepeatedList l) {
                l.add(value);
            } else {
                RepeatedList l = new RepeatedList();
                l.add(prev);
                l.add(value);
                fields.put(key, l);
            }
        }

        Object value(boolean cast) {
            if (fields.isEmpty()) {
                return text == null ? "" : castValue(text, cast);
            }
            if (text != null) {
                fields.put("#text", castValue(text, cast));
            }
            // Arrays built for repeated elements are plain lists to the caller.
            fields.replaceAll((k, v) -> v instanceof RepeatedList l ? new ArrayList<>(l) : v);
            return fields;
        }
    }

    /** Marks lists made from repeated elements, so a repeated element whose value is a list is not confused. */
    private static final class RepeatedList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }

}
