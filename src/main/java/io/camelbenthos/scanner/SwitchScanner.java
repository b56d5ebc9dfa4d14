package io.camelbenthos.scanner;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** {@code switch}: the first case whose {@code re_match_name} matches the source's name (or that has none) scans it. */
record SwitchScanner(List<Case> cases) implements ScannerFactory {
    /** @param namePattern null for a catch-all case */
    record Case(Pattern namePattern, ScannerFactory scanner) {
    }

    @Override
    public Scanner open(InputStream in, String sourceName) throws IOException {
        for (Case c : cases) {
            if (c.namePattern() == null || c.namePattern().matcher(sourceName).find()) {
                return c.scanner().open(in, sourceName);
            }
        }
        in.close();
        throw new IOException("source details did not match against any scanners");
    }
}
