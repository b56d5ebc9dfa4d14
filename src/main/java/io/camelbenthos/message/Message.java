package io.camelbenthos.message;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Benthos message: raw content bytes, typed metadata and an error flag.
 *
 * <p>Shared by the Bloblang engine and the streams runtime. Metadata values are Bloblang values (strings, numbers,
 * objects, ...); they are stringified only when they leave the process (HTTP or Kafka headers). A message is mutable
 * (the {@code mutation} processor edits in place); {@link #copy()} gives an independent deep-enough copy.
 */
public final class Message {
    private byte[] content;
    private final Map<String, Object> metadata;
    private Throwable error;
    /** Parsed form of {@link #content}, owned by the Bloblang engine; reset whenever the content changes. */
    private Object structuredCache;
    private boolean structuredCached;

    private Message(byte[] content, Map<String, Object> metadata, Throwable error) {
        this.content = Objects.requireNonNull(content, "content");
        this.metadata = metadata;
        this.error = error;
    }

    public static Message of(byte[] content) {
        return new Message(content, new LinkedHashMap<>(), null);
    }

    public static Message of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }

    public static Builder builder() {
        return new Builder();
    }

    public byte[] content() {
        return content;
    }

    public String contentAsString() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public Message setContent(byte[] newContent) {
        this.content = Objects.requireNonNull(newContent, "content");
        this.structuredCache = null;
        this.structuredCached = false;
        return this;
    }

    /** The live, mutable metadata map (insertion ordered). */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /** The processing error this message is flagged with, or null. */
    public Throwable error() {
        return error;
    }

    public boolean errored() {
        return error != null;
    }

    public Message setError(Throwable newError) {
        this.error = newError;
        return this;
    }

    /** Engine use: the cached parsed content, valid only while {@link #hasStructuredCache()} is true. */
    public Object structuredCache() {
        return structuredCache;
    }

    public boolean hasStructuredCache() {
        return structuredCached;
    }

    public void setStructuredCache(Object value) {
        this.structuredCache = value;
        this.structuredCached = true;
    }

    /** A copy with its own content array reference and its own metadata map (values are shared). */
    public Message copy() {
        Message m = new Message(content, new LinkedHashMap<>(metadata), error);
        m.structuredCache = structuredCache;
        m.structuredCached = structuredCached;
        return m;
    }

    @Override
    public String toString() {
        return "Message[" + contentAsString() + ", metadata=" + metadata + (error == null ? "" : ", error=" + error.getMessage()) + "]";
    }

    /** Builds a message with metadata and optionally an error flag. */
    public static final class Builder {
        private byte[] content = new byte[0];
        private final Map<String, Object> metadata = new LinkedHashMap<>();
        private Throwable error;

        public Builder content(byte[] bytes) {
            this.content = bytes;
            return this;
        }

        public Builder content(String text) {
            this.content = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Builder metadata(String key, Object value) {
            this.metadata.put(key, value);
            return this;
        }

        public Builder metadata(Map<String, ?> values) {
            this.metadata.putAll(values);
            return this;
        }

        public Builder error(Throwable e) {
            this.error = e;
            return this;
        }

        public Message build() {
            return new Message(content, metadata, error);
        }
    }
}
