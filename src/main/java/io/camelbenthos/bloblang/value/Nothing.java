package io.camelbenthos.bloblang.value;

/** The value of {@code nothing()}: assigning it skips the statement. */
public enum Nothing {
    INSTANCE;

    @Override
    public String toString() {
        return "nothing";
    }
}
