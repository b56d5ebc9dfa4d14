package io.camelbenthos.bloblang.value;

/**
 * A number decoded from input JSON, kept as its original text (Go's {@code json.Number}) until arithmetic touches it,
 * so that copying {@code 1.50} writes {@code 1.50} again.
 *
 * <p>Most input numbers are plain integers: those remember their int64 value, so arithmetic does not parse the text
 * again, and when decoded from JSON their text (always the canonical decimal then) is only built if asked for.
 * Equality is by text, as for Go's string-typed {@code json.Number}.
 */
public final class JsonNumber {
    /** The original text; null until asked for when built from a decoded integer. */
    private String text;
    private final long int64;
    private final boolean isInt64;

    /** A number with the given JSON text. */
    public JsonNumber(String text) {
        this.text = text;
        Long v = Values.parseInt64(text);
        this.isInt64 = v != null;
        this.int64 = v == null ? 0 : v;
    }

    private JsonNumber(long value) {
        this.int64 = value;
        this.isInt64 = true;
    }

    /**
     * A decoded JSON integer whose text is the canonical decimal of {@code value} (no sign for zero, no leading
     * zeros: what JSON's grammar allows, except {@code -0}, which callers must build from its text).
     */
    static JsonNumber ofCanonical(long value) {
        return new JsonNumber(value);
    }

    /** The text as read ({@code json.Number}'s string). */
    public String text() {
        String t = text;
        if (t == null) {
            // benign race: every thread computes the same immutable string, as String.hashCode does
            t = Long.toString(int64);
            text = t;
        }
        return t;
    }

    /** True when the text is a strict Go int64 ({@code strconv.ParseInt(text, 10, 64)} succeeds). */
    public boolean isInt64() {
        return isInt64;
    }

    /** The int64 value; only meaningful when {@link #isInt64()}. */
    public long int64() {
        return int64;
    }

    /** Writes the text into the encoder's buffer without building it. */
    void writeTo(Utf8Sink out) {
        String t = text;
        if (t == null) {
            out.decimal(int64);
        } else {
            out.text(t);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNumber n && text().equals(n.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
