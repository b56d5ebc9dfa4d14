package io.camelbenthos.bloblang.go;

/**
 * Go's textual IP addresses: {@code net.ParseIP} (through {@code netip.ParseAddr}) and {@code net.IP.String}. Java's
 * {@link java.net.InetAddress} is not a substitute: it resolves host names, accepts octal-looking IPv4 fields and
 * prints IPv6 addresses uncompressed.
 */
public final class GoIp {
    private GoIp() {
    }

    /**
     * Go {@code net.ParseIP}: the 16-byte form of a dotted IPv4 ({@code 1.2.3.4}, no leading zeros) or IPv6 address
     * (with {@code ::} and an optional trailing dotted IPv4), or null when {@code s} is not one. Zones
     * ({@code fe80::1%eth0}) are rejected, as {@code net.ParseIP} does.
     */
    public static byte[] parse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                byte[] v4 = new byte[4];
                return parseIpv4Fields(s, v4, 0) ? mapped(v4) : null;
            }
            if (c == ':') {
                return parseIpv6(s);
            }
            if (c == '%') {
                return null;
            }
        }
        return null;
    }

    /** Go {@code net.IP.To4}: the 4-byte address when {@code ip} is an IPv4-mapped IPv6 address, else null. */
    public static byte[] to4(byte[] ip) {
        if (ip.length == 4) {
            return ip;
        }
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return null;
            }
        }
        if (ip[10] != (byte) 0xff || ip[11] != (byte) 0xff) {
            return null;
        }
        return new byte[] {ip[12], ip[13], ip[14], ip[15]};
    }

    /** Go {@code net.IP.String}: dotted IPv4 for 4-byte and IPv4-mapped addresses, RFC 5952 IPv6 otherwise. */
    public static String format(byte[] ip) {
        byte[] v4 = to4(ip);
        if (v4 != null) {
            return (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "." + (v4[2] & 0xff) + "." + (v4[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (ip[2 * i] & 0xff) << 8 | (ip[2 * i + 1] & 0xff);
        }
        // The longest run of two or more zero groups (the first one on a tie) becomes "::"
        int zeroStart = -1;
        int zeroLength = 0;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i >= 2 && j - i > zeroLength) {
                zeroStart = i;
                zeroLength = j - i;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == zeroStart) {
                sb.append("::");
                i += zeroLength - 1;
                continue;
            }
            if (i > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    private static byte[] mapped(byte[] v4) {
        byte[] ip = new byte[16];
        ip[10] = (byte) 0xff;
        ip[11] = (byte) 0xff;
        System.arraycopy(v4, 0, ip, 12, 4);
        return ip;
    }

    /** Go {@code netip.parseIPv4Fields}: exactly four decimal fields of 0-255 without leading zeros. */
    private static boolean parseIpv4Fields(String s, byte[] out, int at) {
        int val = 0;
        int pos = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 1 && val == 0) {
                    return false;
                }
                val = val * 10 + (c - '0');
                digits++;
                if (val > 255) {
                    return false;
                }
            } else if (c == '.') {
                if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.' || pos == 3) {
                    return false;
                }
                out[at + pos++] = (byte) val;
                val = 0;
                digits = 0;
            } else {
                return false;
            }
        }
        if (pos < 3) {
            return false;
        }
        out[at + 3] = (byte) val;
        return true;
    }

    /** Go {@code netip.parseIPv6}, minus zones (which {@code net.ParseIP} rejects anyway). */
    private static byte[] parseIpv6(String in) {
        if (in.indexOf('%') >= 0) {
            return null;
        }
        byte[] ip = new byte[16];
        String s = in;
        int ellipsis = -1;
        if (s.length() >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return ip;
            }
        }
        int i = 0;
        while (i < 16) {
            int off = 0;
            int acc = 0;
            for (; off < s.length(); off++) {
                int d = Character.digit(s.charAt(off), 16);
                if (d < 0 || s.charAt(off) > 'f') {
                    break;
                }
                if (off > 3) {
                    return null;
                }
                acc = (acc << 4) + d;
            }
            if (off == 0) {
                return null;
            }
            if (off < s.length() && s.charAt(off) == '.') {
                // A trailing dotted IPv4 fills the last four bytes
                if ((ellipsis < 0 && i != 12) || i + 4 > 16) {
                    return null;
                }
                if (!parseIpv4Fields(s, ip, i)) {
                    return null;
                }
                s = "";
                i += 4;
                break;
            }
            ip[i] = (byte) (acc >> 8);
            ip[i + 1] = (byte) acc;
            i += 2;
            s = s.substring(off);
            if (s.isEmpty()) {
                break;
            }
            if (s.charAt(0) != ':' || s.length() == 1) {
                return null;
            }
            s = s.substring(1);
            if (s.charAt(0) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                s = s.substring(1);
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        if (!s.isEmpty()) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                ip[j + n] = ip[j];
            }
            for (int j = ellipsis; j < ellipsis + n; j++) {
                ip[j] = 0;
            }
        } else if (ellipsis >= 0) {
            return null;
        }
        return ip;
    }
}
