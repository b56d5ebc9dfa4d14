package io.camelbenthos.http;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code http.DetectContentType}: the WHATWG MIME sniffing subset Go implements, looking at the first 512 bytes.
 * Benthos uses it for sync responses without a Content-Type (semantics §1.7), so JSON comes out as
 * {@code text/plain; charset=utf-8}, never {@code application/json}.
 */
public final class ContentSniffer {
    private static final int SNIFF_LEN = 512;
    private static final String TEXT_UTF8 = "text/plain; charset=utf-8";
    private static final String OCTET = "application/octet-stream";

    /** HTML signatures: matched case-insensitively after leading whitespace, then a tag-terminating byte. */
    private static final String[] HTML_TAGS = {
        "<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE",
        "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--"
    };

    /** Exact prefixes, in Go's table order, with their types. */
    private static final Object[][] EXACT = {
        {bytes("%PDF-"), "application/pdf"},
        {bytes("%!PS-Adobe-"), "application/postscript"},
        {new byte[] {(byte) 0xFE, (byte) 0xFF}, "text/plain; charset=utf-16be"},
        {new byte[] {(byte) 0xFF, (byte) 0xFE}, "text/plain; charset=utf-16le"},
        {new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT_UTF8},
        {new byte[] {0, 0, 1, 0}, "image/x-icon"},
        {new byte[] {0, 0, 2, 0}, "image/x-icon"},
        {bytes("BM"), "image/bmp"},
        {bytes("GIF87a"), "image/gif"},
        {bytes("GIF89a"), "image/gif"},
        {new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "image/png"},
        {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg"},
        {bytes("ID3"), "audio/mpeg"},
        {new byte[] {'O', 'g', 'g', 'S', 0}, "application/ogg"},
        {new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6}, "audio/midi"},
        {new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, "video/webm"},
        {bytes("wOFF"), "font/woff"},
        {bytes("wOF2"), "font/woff2"},
        {new byte[] {0, 1, 0, 0}, "font/ttf"},
        {bytes("OTTO"), "font/otf"},
        {bytes("ttcf"), "font/collection"},
        {new byte[] {0x1F, (byte) 0x8B, 0x08}, "application/x-gzip"},
        {new byte[] {'P', 'K', 3, 4}, "application/zip"},
        {new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0}, "application/x-rar-compressed"},
        {new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 1, 0}, "application/x-rar-compressed"},
        {new byte[] {0, 'a', 's', 'm'}, "application/wasm"},
    };

    private ContentSniffer() {
    }

    /** The content type Go would detect for these bytes; never null. */
    public static String detect(byte[] data) {
        int len = Math.min(data.length, SNIFF_LEN);
        int start = 0;
        while (start < len && isWhitespace(data[start])) {
            start++;
        }
        for (String tag : HTML_TAGS) {
            if (matchesHtml(data, start, len, tag)) {
                return "text/html; charset=utf-8";
            }
        }
        if (startsWith(data, start, len, bytes("<?xml"))) {
            return "text/xml; charset=utf-8";
        }
        for (Object[] sig : EXACT) {
            if (startsWith(data, 0, len, (byte[]) sig[0])) {
                return (String) sig[1];
            }
        }
        String riff = riffType(data, len);
        if (riff != null) {
            return riff;
        }
        if (isMp4(data, len)) {
            return "video/mp4";
        }
        for (int i = 0; i < len; i++) {
            if (isBinary(data[i])) {
                return OCTET;
            }
        }
        return TEXT_UTF8;
    }

    private static String riffType(byte[] data, int len) {
        if (len < 12 || data[0] != 'R' || data[1] != 'I' || data[2] != 'F' || data[3] != 'F') {
            return null;
        }
        String kind = new String(data, 8, 4, StandardCharsets.ISO_8859_1);
        switch (kind) {
            case "WEBP":
                return len >= 14 && data[12] == 'V' && data[13] == 'P' ? "image/webp" : null;
            case "AVI ":
                return "video/avi";
            case "WAVE":
                return "audio/wave";
            default:
                return null;
        }
    }

    /** The WHATWG mp4 signature: a box size, then "ftyp", then a brand starting with "mp4" somewhere in the box. */
    private static boolean isMp4(byte[] data, int len) {
        if (len < 12) {
            return false;
        }
        int boxSize = ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        if (boxSize % 4 != 0 || boxSize < 12 || len < boxSize) {
            return false;
        }
        if (data[4] != 'f' || data[5] != 't' || data[6] != 'y' || data[7] != 'p') {
            return false;
        }
        for (int i = 8; i + 3 <= boxSize; i += 4) {
            if (i == 12) {
                continue; // the minor version, not a brand
            }
            if (data[i] == 'm' && data[i + 1] == 'p' && data[i + 2] == '4') {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesHtml(byte[] data, int start, int len, String tag) {
        int n = tag.length();
        if (len - start < n + 1) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int b = data[start + i];
            if (b >= 'a' && b <= 'z') {
                b -= 32; // the signature is upper-case; Go masks with 0xDF for letters
            }
            if (b != tag.charAt(i)) {
                return false;
            }
        }
        byte end = data[start + n];
        return end == ' ' || end == '>';
    }

    private static boolean startsWith(byte[] data, int start, int len, byte[] prefix) {
        if (len - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == '\t' || b == '\n' || b == 0x0C || b == '\r' || b == ' ';
    }

    /** WHATWG "binary data byte": control bytes other than TAB, LF, FF, CR and ESC. */
    private static boolean isBinary(byte b) {
        return (b >= 0 && b <= 0x08) || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
