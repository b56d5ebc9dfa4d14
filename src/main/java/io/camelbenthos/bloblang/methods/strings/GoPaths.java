package io.camelbenthos.bloblang.methods.strings;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code path/filepath} on a Unix host ({@code /} separator), which is what Benthos's doc examples assume:
 * {@code Join} skips empty elements and cleans the result; {@code Split} cuts after the last separator.
 */
final class GoPaths {
    private GoPaths() {
    }

    static String join(List<String> elems) {
        StringBuilder sb = new StringBuilder();
        for (String e : elems) {
            if (e.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(e);
        }
        return sb.length() == 0 ? "" : clean(sb.toString());
    }

    /** Go {@code path.Clean}: collapse separators, drop {@code .}, resolve {@code ..} lexically. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        List<String> out = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add("..");
                }
                continue;
            }
            out.add(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** Go {@code filepath.Split}: {dir, file} with {@code dir} keeping its trailing separator. */
    static String[] split(String path) {
        int i = path.lastIndexOf('/');
        return new String[] {path.substring(0, i + 1), path.substring(i + 1)};
    }
}
