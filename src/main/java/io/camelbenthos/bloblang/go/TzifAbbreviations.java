package io.camelbenthos.bloblang.go;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Zone abbreviations ({@code EST}, {@code CEST}, {@code +04}) as Go prints them for the {@code MST} layout element.
 * Java's time-zone data carries offsets but no abbreviations, and its locale display names differ from the tz
 * database ({@code GST} where Go prints {@code +04}), so this reads the same TZif files Go reads on Linux
 * ({@code /usr/share/zoneinfo}). Without those files, callers fall back to Java's display names.
 */
final class TzifAbbreviations {
    private static final Path[] ZONEINFO_DIRS = {
        Path.of("/usr/share/zoneinfo"), Path.of("/usr/share/lib/zoneinfo"), Path.of("/usr/lib/locale/TZ"),
        Path.of("/etc/zoneinfo"),
    };
    private static final Map<String, Optional<TzifAbbreviations>> CACHE = new ConcurrentHashMap<>();

    private final long[] transitions;
    private final int[] transitionTypes;
    private final int[] offsets;
    private final boolean[] daylight;
    private final String[] names;

    private TzifAbbreviations(long[] transitions, int[] transitionTypes, int[] offsets, boolean[] daylight,
            String[] names) {
        this.transitions = transitions;
        this.transitionTypes = transitionTypes;
        this.offsets = offsets;
        this.daylight = daylight;
        this.names = names;
    }

    /** The zone data for an IANA id, or empty when no TZif file is readable for it. */
    static Optional<TzifAbbreviations> forZone(String id) {
        if (id.isEmpty() || id.contains("..") || id.startsWith("/")) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(id, TzifAbbreviations::load);
    }

    /**
     * The abbreviation in effect at {@code epochSecond}. After the last recorded transition the rule-based future
     * is matched by offset and DST flag, which Java's rules supply.
     */
    Optional<String> at(long epochSecond, int offsetSeconds, boolean isDaylight) {
        if (names.length == 0) {
            return Optional.empty();
        }
        if (transitions.length == 0 || epochSecond < transitions[0]) {
            // Go uses the first standard-time type before the first transition.
            for (int i = 0; i < names.length; i++) {
                if (!daylight[i]) {
                    return Optional.of(names[i]);
                }
            }
            return Optional.of(names[0]);
        }
        int idx = Arrays.binarySearch(transitions, epochSecond);
        int transition = idx >= 0 ? idx : -idx - 2;
        int type = transitionTypes[transition];
        if (transition < transitions.length - 1 || offsets[type] == offsetSeconds) {
            return Optional.of(names[type]);
        }
        return byOffset(offsetSeconds, isDaylight);
    }

    /** The offsets of every type with that name, in file order, as Go's {@code lookupName} scans them. */
    int[] offsetsNamed(String name) {
        return java.util.stream.IntStream.range(0, names.length).filter(i -> names[i].equals(name))
                .map(i -> offsets[i]).toArray();
    }

    private Optional<String> byOffset(int offsetSeconds, boolean isDaylight) {
        for (int t = transitions.length - 1; t >= 0; t--) {
            int type = transitionTypes[t];
            if (offsets[type] == offsetSeconds && daylight[type] == isDaylight) {
                return Optional.of(names[type]);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (offsets[i] == offsetSeconds) {
                return Optional.of(names[i]);
            }
        }
        return Optional.empty();
    }

    private static Optional<TzifAbbreviations> load(String id) {
        for (Path dir : ZONEINFO_DIRS) {
            Path file = dir.resolve(id);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return Optional.of(parse(new DataInputStream(in)));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static TzifAbbreviations parse(DataInputStream in) throws IOException {
        int[] header = readHeader(in);
        int version = header[6];
        if (version >= '2') {
            // Skip the 32-bit block and read the 64-bit one, which covers all of time.
            skip(in, header[3] * 5L + header[4] * 6L + header[5] + header[2] * 8L + header[1] + header[0]);
            header = readHeader(in);
            return readBlock(in, header, 8);
        }
        return readBlock(in, header, 4);
    }

    /** Returns {isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt, version}. */
    private static int[] readHeader(DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (!"TZif".equals(new String(magic, StandardCharsets.US_ASCII))) {
            throw new IOException("not a TZif file");
        }
        int version = in.readUnsignedByte();
        skip(in, 15);
        int[] h = new int[7];
        for (int i = 0; i < 6; i++) {
            h[i] = in.readInt();
        }
        h[6] = version;
        return h;
    }

    private static TzifAbbreviations readBlock(DataInputStream in, int[] h, int timeSize) throws IOException {
        int timeCount = h[3];
        int typeCount = h[4];
        long[] transitions = new long[timeCount];
        for (int i = 0; i < timeCount; i++) {
            transitions[i] = timeSize == 8 ? in.readLong() : in.readInt();
        }
        int[] transitionTypes = new int[timeCount];
        for (int i = 0; i < timeCount; i++) {
            transitionTypes[i] = in.readUnsignedByte();
        }
        int[] offsets = new int[typeCount];
        boolean[] daylight = new boolean[typeCount];
        int[] nameIndex = new int[typeCount];
        for (int i = 0; i < typeCount; i++) {
            offsets[i] = in.readInt();
            daylight[i] = in.readUnsignedByte() != 0;
            nameIndex[i] = in.readUnsignedByte();
        }
        byte[] chars = in.readNBytes(h[5]);
        String[] names = new String[typeCount];
        for (int i = 0; i < typeCount; i++) {
            int end = nameIndex[i];
            while (end < chars.length && chars[end] != 0) {
                end++;
            }
            names[i] = new String(chars, nameIndex[i], end - nameIndex[i], StandardCharsets.US_ASCII);
        }
        return new TzifAbbreviations(transitions, transitionTypes, offsets, daylight, names);
    }

    private static void skip(DataInputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }
}
