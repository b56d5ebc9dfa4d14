package io.camelbenthos.scanner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code json_documents} (a message per JSON document of a stream, any whitespace between) and {@code json_array}
 * (a message per element of top-level arrays). Documents are read as they stream in; each message is the document
 * as Go renders a decoded value (compact, object keys sorted).
 */
record JsonDocumentsScanner(boolean array) implements ScannerFactory {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Scanner open(InputStream in, String sourceName) throws IOException {
        JsonParser parser = new JsonFactory(MAPPER).createParser(in);
        if (array) {
            expect(parser, parser.nextToken(), JsonToken.START_ARRAY, "failed to read opening token: ",
                    "expected opening '[' but got ");
        }
        return new SingleMessageScanner(in) {
            @Override
            protected Message nextMessage() throws IOException {
                JsonToken token = nextToken(parser);
                if (array) {
                    while (token == JsonToken.END_ARRAY) {
                        // the next top-level array, if any, continues the stream
                        JsonToken open = nextToken(parser);
                        if (open == null) {
                            return null;
                        }
                        expect(parser, open, JsonToken.START_ARRAY, "", "expected opening '[' but got ");
                        token = nextToken(parser);
                    }
                }
                if (token == null) {
                    if (array) {
                        throw new IOException("failed to read closing token: unexpected EOF");
                    }
                    return null;
                }
                JsonNode node = parser.readValueAsTree();
                Object value = GoJsonDecoder.unmarshal(MAPPER.writeValueAsString(node), true);
                return Message.of(GoJson.encodeBytes(value));
            }

            @Override
            public void close() throws IOException {
                parser.close();
                super.close();
            }
        };
    }

    private static JsonToken nextToken(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    private static void expect(JsonParser parser, JsonToken got, JsonToken want, String eofPrefix, String prefix)
            throws IOException {
        if (got == null) {
            throw new IOException(eofPrefix + "EOF");
        }
        if (got != want) {
            throw new IOException(prefix + parser.getText());
        }
    }
}
