package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.go.GoUtf8;
import java.io.ByteArrayOutputStream;

/**
 * A URL split the way Go's {@code net/url.Parse} splits it, with its field semantics ({@code Opaque} for
 * {@code mailto:x}, {@code RawPath}/{@code RawFragment} only when the escaping is not the default one, the
 * fragment unescaped) and its error texts ({@code parse "x": missing protocol scheme}).
 *
 * @param user the user name, or null when the URL has no user info
 * @param password the password, or null when the user info has no {@code :}
 */
public record GoUrl(String scheme, String opaque, String user, String password, String host, String path,
        String rawPath, String rawQuery, String fragment, String rawFragment) {

    private enum Mode { PATH, HOST, USER_PASSWORD, QUERY_COMPONENT, FRAGMENT }

    /** Go's {@code url.Parse}. */
    public static GoUrl parse(String raw) {
        int hash = raw.indexOf('#');
        String u = hash >= 0 ? raw.substring(0, hash) : raw;
        String frag = hash >= 0 ? raw.substring(hash + 1) : "";
        Builder b;
        try {
            b = parseNoFragment(u);
        } catch (FormatException e) {
            throw new FormatException("parse " + goQuote(u) + ": " + e.getMessage());
        }
        if (!frag.isEmpty()) {
            try {
                b.fragment = unescape(frag, Mode.FRAGMENT);
            } catch (FormatException e) {
                throw new FormatException("parse " + goQuote(raw) + ": " + e.getMessage());
            }
            b.rawFragment = escape(b.fragment, Mode.FRAGMENT).equals(frag) ? "" : frag;
        }
        return new GoUrl(b.scheme, b.opaque, b.user, b.password, b.host, b.path, b.rawPath, b.rawQuery, b.fragment,
                b.rawFragment);
    }

    private static final class Builder {
        String scheme = "";
        String opaque = "";
        String user;
        String password;
        String host = "";
        String path = "";
        String rawPath = "";
        String rawQuery = "";
        String fragment = "";
        String rawFragment = "";
    }

    private static Builder parseNoFragment(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new FormatException("net/url: invalid control character in URL");
            }
        }
        Builder b = new Builder();
        if (raw.equals("*")) {
            b.path = "*";
            return b;
        }
        String rest = raw;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (letter) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    break;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new FormatException("missing protocol scheme");
                }
                b.scheme = raw.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                rest = raw.substring(i + 1);
            }
            break;
        }
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            rest = rest.substring(0, rest.length() - 1); // ForceQuery: an empty query
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                b.rawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!b.scheme.isEmpty()) {
                b.opaque = rest;
                return b;
            }
            int slash = rest.indexOf('/');
            String segment = slash >= 0 ? rest.substring(0, slash) : rest;
            if (segment.contains(":")) {
                throw new FormatException("first path segment in URL cannot contain colon");
            }
        }
        if ((!b.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int slash = authority.indexOf('/');
            if (slash >= 0) {
                rest = authority.substring(slash);
                authority = authority.substring(0, slash);
            }
            parseAuthority(authority, b);
        }
        b.path = unescape(rest, Mode.PATH);
        b.rawPath = escape(b.path, Mode.PATH).equals(rest) ? "" : rest;
        return b;
    }

    private static void parseAuthority(String authority, Builder b) {
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            b.host = parseHost(authority);
            return;
        }
        b.host = parseHost(authority.substring(at + 1));
        String userinfo = authority.substring(0, at);
        for (int i = 0; i < userinfo.length(); i++) {
            char c = userinfo.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0 || c >= 0x80;
            if (!ok) {
                throw new FormatException("net/url: invalid userinfo");
            }
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            b.user = unescape(userinfo, Mode.USER_PASSWORD);
        } else {
            b.user = unescape(userinfo.substring(0, colon), Mode.USER_PASSWORD);
            b.password = unescape(userinfo.substring(colon + 1), Mode.USER_PASSWORD);
        }
    }

    private static String parseHost(String host) {
        if (host.startsWith("[")) {
            int close = host.lastIndexOf(']');
            if (close < 0) {
                throw new FormatException("missing ']' in host");
            }
            String colonPort = host.substring(close + 1);
            if (!validOptionalPort(colonPort)) {
                throw new FormatException("invalid port " + goQuote(colonPort) + " after host");
            }
        } else {
            int colon = host.lastIndexOf(':');
            if (colon >= 0) {
                String colonPort = host.substring(colon);
                if (!validOptionalPort(colonPort)) {
                    throw new FormatException("invalid port " + goQuote(colonPort) + " after host");
                }
            }
        }
        return unescape(host, Mode.HOST);
    }

    private static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean shouldEscape(int c, Mode mode) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return false;
        }
        if (mode == Mode.HOST && "!$&'()*+,;=:[]<>\"".indexOf(c) >= 0) {
            return false;
        }
        if ("-_.~".indexOf(c) >= 0) {
            return false;
        }
        if ("$&+,/:;=?@".indexOf(c) >= 0) {
            return switch (mode) {
                case PATH -> c == '?';
                case USER_PASSWORD -> c == '@' || c == '/' || c == '?' || c == ':';
                case QUERY_COMPONENT -> true;
                case FRAGMENT -> false;
                case HOST -> true;
            };
        }
        if (mode == Mode.FRAGMENT && "!()*".indexOf(c) >= 0) {
            return false;
        }
        return true;
    }

    /** Go's {@code url.QueryUnescape}: {@code +} is a space; errors as {@link FormatException}. */
    public static String queryUnescape(String s) {
        return unescape(s, Mode.QUERY_COMPONENT);
    }

    private static String unescape(String s, Mode mode) {
        byte[] in = GoUtf8.encode(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '%') {
                if (i + 2 >= in.length || hex(in[i + 1]) < 0 || hex(in[i + 2]) < 0) {
                    String bad = GoUtf8.string(in, i, i + Math.min(3, in.length - i));
                    throw new FormatException("invalid URL escape " + goQuote(bad));
                }
                out.write(hex(in[i + 1]) << 4 | hex(in[i + 2]));
                i += 2;
            } else if (c == '+' && mode == Mode.QUERY_COMPONENT) {
                out.write(' ');
            } else {
                if (mode == Mode.HOST && c < 0x80 && shouldEscape(c, mode)) {
                    throw new FormatException("invalid character " + goQuote(String.valueOf((char) c))
                            + " in host name");
                }
                out.write(c);
            }
        }
        return GoUtf8.string(out.toByteArray());
    }

    private static String escape(String s, Mode mode) {
        StringBuilder sb = new StringBuilder();
        for (byte x : GoUtf8.encode(s)) {
            int c = x & 0xff;
            if (shouldEscape(c, mode)) {
                if (c == ' ' && mode == Mode.QUERY_COMPONENT) {
                    sb.append('+');
                } else {
                    sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
                }
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** Go's {@code %q}, as net/url's errors quote the offending text. */
    static String goQuote(String s) {
        return io.camelbenthos.bloblang.go.GoStrconv.quote(s);
    }
}
