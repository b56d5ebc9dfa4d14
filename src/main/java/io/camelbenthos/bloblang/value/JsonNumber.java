package io.camelbenthos.bloblang.value;

/**
 * A number decoded from input JSON, kept as its original text (Go's {@code json.Number}) until arithmetic touches it,
 * so that copying {@code 1.50} writes {@code 1.50} again.
 */
public record JsonNumber(String text) {
    @Override
    public String toString() {
        return text;
    }
}
