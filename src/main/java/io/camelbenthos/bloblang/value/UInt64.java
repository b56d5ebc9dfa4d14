package io.camelbenthos.bloblang.value;

/** Go's uint64, produced by the {@code uint64()} cast: the bits of {@code value} read as unsigned. */
public record UInt64(long value) {
    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
