package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.XmlParser;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code xml} processor's {@code to_json} step: the document becomes JSON with the conventions of the Bloblang
 * {@code parse_xml} method (root element as the only key, attributes as {@code -name}, text beside them as
 * {@code #text}, repeated elements as arrays; with {@code cast}, numbers and booleans typed), keys sorted. As mxj's
 * non-strict decoder, an entity XML does not define ({@code &ndash;}) stays as written and an encoding declared in
 * the prolog is honoured. A document that does not parse flags the message, unchanged.
 */
public class XmlStep extends PerMessageStep {
    private static final Pattern PROLOG_ENCODING =
            Pattern.compile("\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    /** An entity reference that is not one of XML's five or a character reference. */
    private static final Pattern UNKNOWN_ENTITY =
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)([A-Za-z_][\\w.-]*;)");

    private boolean cast;

    /** Whether numbers and booleans become typed values. */
    public boolean isCast() {
        return cast;
    }

    public void setCast(boolean cast) {
        this.cast = cast;
    }

    @Override
    protected Message process(Message message) {
        String text = UNKNOWN_ENTITY.matcher(decode(message.content())).replaceAll("&amp;$1");
        try {
            return message.setContent(GoJson.encodeBytes(XmlParser.parse(text, cast)));
        } catch (FormatException e) {
            throw new ProcessingError(e.getMessage());
        }
    }

    /** The content as text, in the charset its prolog declares (UTF-8 otherwise); the prolog's claim is dropped. */
    private static String decode(byte[] content) {
        String ascii = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = PROLOG_ENCODING.matcher(ascii);
        if (m.find()) {
            try {
                Charset cs = Charset.forName(m.group(1));
                String text = new String(content, cs);
                // the text is decoded now: a remaining encoding="…" would make the parser decode again
                return text.replaceFirst("(<\\?xml[^>]*?)encoding\\s*=\\s*[\"'][^\"']*[\"']", "$1");
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // Go's decoder fails on it too; let the parser say so below with UTF-8 text
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
