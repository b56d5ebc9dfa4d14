package io.camelbenthos.bloblang.functions.ids;

import io.camelbenthos.bloblang.plugin.Errors;
import java.security.SecureRandom;

/** go-nanoid: uniformly random characters of an alphabet from a secure source. */
final class RandomIds {
    /** go-nanoid's default alphabet. */
    static final String NANOID_ALPHABET = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** {@code length} characters of {@code alphabet} (its code points), each chosen uniformly. */
    static String nanoid(String alphabet, long length) {
        int[] chars = alphabet.codePoints().toArray();
        if (alphabet.equals(NANOID_ALPHABET)) {
            if (length == 0) {
                return "";
            }
        } else if (length <= 0) {
            throw Errors.failure("size must be positive integer");
        }
        if (chars.length == 0 || chars.length > 255) {
            throw Errors.failure("alphabet must not be empty and contain no more than 255 chars");
        }
        if (length > 1_000_000) {
            throw Errors.failure("size %d is too large", length);
        }
        StringBuilder b = new StringBuilder((int) length);
        for (long i = 0; i < length; i++) {
            b.appendCodePoint(chars[RANDOM.nextInt(chars.length)]);
        }
        return b.toString();
    }
}
