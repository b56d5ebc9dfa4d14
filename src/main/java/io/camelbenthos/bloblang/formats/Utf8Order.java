package io.camelbenthos.bloblang.formats;

import java.util.Comparator;

/** Orders strings by their UTF-8 bytes, i.e. by code point, which is how Go sorts map keys. */
public final class Utf8Order {
    /** Code point order; differs from {@link String#compareTo} for characters outside the BMP. */
    public static final Comparator<String> COMPARATOR = Utf8Order::compare;

    private Utf8Order() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
