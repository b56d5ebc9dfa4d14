package io.camelbenthos.http;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.message.Message;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders the stored responses of one request as http_server does (semantics §1.7). */
public final class SyncResponseRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(SyncResponseRenderer.class);
    /** The default of {@code sync_response.headers}; a user map replaces it entirely. */
    public static final Map<String, String> DEFAULT_HEADERS = Map.of("Content-Type", "application/octet-stream");

    private final InterpolatedString status;
    /** Keys as the user wrote them, values compiled. */
    private final Map<String, InterpolatedString> headers;
    private final MetadataFilter metadataHeaders;
    /**
     * §1.7 multipart: a part's Content-Type comes from {@code headers["content-type"]} only when the key is literally
     * lower-case. The docs (3.59 changelog) claim case-insensitivity; we follow the code, which lost the lower-casing.
     */
    private final InterpolatedString partContentType;

    public SyncResponseRenderer(String status, Map<String, String> headers, MetadataFilter metadataHeaders) {
        this.status = InterpolatedString.parse(status);
        Map<String, InterpolatedString> compiled = new LinkedHashMap<>();
        headers.forEach((k, v) -> compiled.put(k, InterpolatedString.parse(v)));
        this.headers = compiled;
        this.metadataHeaders = metadataHeaders;
        this.partContentType = compiled.get("content-type");
    }

    /**
     * Where a reply is written: an HTTP response (http_server), or a Camel reply message (the {@code camel} input
     * on a request/reply consumer). Header names arrive Go-canonical.
     */
    public interface ReplyTarget {
        void setHeader(String name, String value);

        boolean hasHeader(String name);

        /** Ends the reply; {@code body} is null for none. */
        void end(int status, Buffer body);
    }

    /** Writes the reply for a request whose transaction was acked. */
    public void render(List<Message> responses, HttpServerResponse response) {
        render(responses, new ReplyTarget() {
            @Override
            public void setHeader(String name, String value) {
                response.headers().set(name, value);
            }

            @Override
            public boolean hasHeader(String name) {
                return response.headers().contains(name);
            }

            @Override
            public void end(int status, Buffer body) {
                response.setStatusCode(status);
                if (body == null) {
                    response.end();
                } else {
                    response.end(body);
                }
            }
        });
    }

    /** Writes the reply for a transaction that was acked, as http_server does, onto any target. */
    public void render(List<Message> responses, ReplyTarget out) {
        if (responses.isEmpty()) {
            out.end(200, null); // Go writes nothing: 200, empty body, no Content-Type
            return;
        }
        Message first = responses.get(0);
        for (Map.Entry<String, InterpolatedString> h : headers.entrySet()) {
            try {
                out.setHeader(GoHttp.canonicalHeaderKey(h.getKey()), h.getValue().render(first));
            } catch (RuntimeException e) {
                LOG.error("Failed to interpolate sync response header {}: {}", h.getKey(), e.getMessage());
            }
        }
        int code = statusOf(first);
        if (code < 0) {
            out.end(502, null); // Benthos: a bad status is 502 with an empty body, headers kept
            return;
        }
        if (responses.size() == 1) {
            copyMetadataHeaders(first, out);
            if (!out.hasHeader("Content-Type")) {
                out.setHeader("Content-Type", ContentSniffer.detect(first.content()));
            }
            out.end(code, Buffer.buffer(first.content()));
            return;
        }
        List<byte[]> bodies = new ArrayList<>(responses.size());
        List<String> types = new ArrayList<>(responses.size());
        for (Message part : responses) {
            copyMetadataHeaders(part, out); // on the top-level headers: a later part overwrites an earlier one
            bodies.add(part.content());
            types.add(partContentType(part));
        }
        String boundary = Multipart.newBoundary();
        out.setHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
        out.end(code, Multipart.write(boundary, bodies, types));
    }

    private String partContentType(Message part) {
        if (partContentType != null) {
            try {
                return partContentType.render(part);
            } catch (RuntimeException e) {
                LOG.debug("Falling back to sniffing a part's content type: {}", e.getMessage());
            }
        }
        return ContentSniffer.detect(part.content());
    }

    /** The interpolated status, or -1 when it is not an integer (or fails to interpolate). */
    private int statusOf(Message first) {
        String text;
        try {
            text = status.render(first);
        } catch (RuntimeException e) {
            LOG.error("Failed to interpolate sync response status: {}", e.getMessage());
            return -1;
        }
        if ("200".equals(text)) {
            return 200;
        }
        try {
            int code = Integer.parseInt(text); // like Go's strconv.Atoi: no trimming
            // Go's WriteHeader panics outside 1xx-9xx three-digit codes; Vert.x needs a valid one too.
            return code >= 100 && code <= 999 ? code : -1;
        } catch (NumberFormatException e) {
            LOG.error("Sync response status is not an integer: {}", text);
            return -1;
        }
    }

    private void copyMetadataHeaders(Message message, ReplyTarget out) {
        if (metadataHeaders.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Object> e : message.metadata().entrySet()) {
            if (e.getValue() != null && metadataHeaders.matches(e.getKey())) {
                out.setHeader(GoHttp.canonicalHeaderKey(e.getKey()), String.valueOf(e.getValue()));
            }
        }
    }
}
