package io.camelbenthos.bloblang.methods.objects;

/** Byte-array search, as Go's {@code bytes.Contains} needs. */
final class Bytes {
    private Bytes() {
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
