package io.camelbenthos.bloblang.value;

/** The value of {@code deleted()}: assigning it removes the target (the message, a key, a variable). */
public enum Deleted {
    INSTANCE;

    @Override
    public String toString() {
        return "delete";
    }
}
