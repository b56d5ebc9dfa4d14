package io.camelbenthos.bloblang.go;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Go's view of time zones: {@code time.LoadLocation}, the process-local zone, zone abbreviations and the
 * "fabricated" zones {@code time.Parse} creates for abbreviations it cannot resolve.
 *
 * <p>Go's UTC is {@link ZoneOffset#UTC}; Go's {@code Local} is {@link ZoneId#systemDefault()} (so it follows
 * {@code TZ} and {@code -Duser.timezone}); a Go {@code FixedZone("", offset)} is a {@link ZoneOffset}.
 */
public final class GoZones {
    /** Region-id prefix of fabricated zones; the remainder is {@code <abbreviation>/<offset seconds>}. */
    private static final String FABRICATED_PREFIX = "GoFixed/";
    /** Fabricated zones are registered globally with java.time, so their number is bounded. */
    private static final int MAX_FABRICATED = 512;
    private static final Map<String, ZoneId> FABRICATED = new ConcurrentHashMap<>();
    /** Zone ids java.time accepts but Go's LoadLocation does not (offsets and prefixed offsets). */
    private static final Pattern JAVA_ONLY_ID = Pattern.compile("[+-].*|Z|UT|(UTC|GMT|UT)[+-].*");

    private GoZones() {
    }

    /** Go's {@code time.Local}: the process default zone. */
    public static ZoneId local() {
        return ZoneId.systemDefault();
    }

    /**
     * Go {@code time.LoadLocation}: {@code ""} and {@code UTC} give UTC, {@code Local} the process zone, anything
     * else an IANA name.
     *
     * @throws GoTimeException {@code unknown time zone X} or {@code time: invalid location name}, as Go words them
     */
    public static ZoneId loadLocation(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (name.equals("Local")) {
            return local();
        }
        if (name.contains("..") || name.startsWith("/") || name.startsWith("\\")) {
            throw new GoTimeException("time: invalid location name");
        }
        if (JAVA_ONLY_ID.matcher(name).matches() || name.startsWith(FABRICATED_PREFIX)) {
            throw new GoTimeException("unknown time zone " + name);
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new GoTimeException("unknown time zone " + name);
        }
    }

    /**
     * The zone abbreviation Go prints for the {@code MST} layout element, or {@code ""} when the zone has no name
     * (Go then prints the numeric offset, {@code -0700}).
     */
    public static String abbreviation(ZonedDateTime t) {
        ZoneId zone = t.getZone();
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "";
        }
        String id = zone.getId();
        if (id.startsWith(FABRICATED_PREFIX)) {
            return id.substring(FABRICATED_PREFIX.length(), id.lastIndexOf('/'));
        }
        Instant instant = t.toInstant();
        ZoneRules rules = zone.getRules();
        int offset = rules.getOffset(instant).getTotalSeconds();
        boolean daylight = rules.isDaylightSavings(instant);
        return TzifAbbreviations.forZone(id).flatMap(z -> z.at(instant.getEpochSecond(), offset, daylight))
                .orElseGet(() -> javaDisplayName(zone, daylight));
    }

    /**
     * Go {@code Location.lookupName}: the offset that abbreviation {@code name} had in {@code zone} around
     * {@code unixSeconds}, preferring a type that was actually in effect then.
     */
    static OptionalInt lookupName(ZoneId zone, String name, long unixSeconds) {
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 && name.equals("UTC") ? OptionalInt.of(0) : OptionalInt.empty();
        }
        Optional<TzifAbbreviations> tzif = TzifAbbreviations.forZone(zone.getId());
        int[] candidates = tzif.map(z -> z.offsetsNamed(name)).orElseGet(() -> javaCandidates(zone, name,
                unixSeconds));
        for (int candidate : candidates) {
            ZonedDateTime at = ZonedDateTime.ofInstant(Instant.ofEpochSecond(unixSeconds - candidate), zone);
            if (abbreviation(at).equals(name)) {
                return OptionalInt.of(at.getOffset().getTotalSeconds());
            }
        }
        return candidates.length > 0 ? OptionalInt.of(candidates[0]) : OptionalInt.empty();
    }

    /** Go {@code time.FixedZone(name, offset)}: an unnamed one is a plain {@link ZoneOffset}. */
    static ZoneId fixedZone(String name, int offsetSeconds) {
        if (name.isEmpty()) {
            return ZoneOffset.ofTotalSeconds(offsetSeconds);
        }
        return fabricated(name, offsetSeconds);
    }

    /**
     * A named Go {@code FixedZone(name, offset)}: a zone that prints as {@code name} for {@code MST}. It is registered
     * with java.time under a private id; past {@value #MAX_FABRICATED} distinct names the plain offset is used
     * (the instant stays right, only the printed name is lost).
     */
    static ZoneId fabricated(String name, int offsetSeconds) {
        String id = FABRICATED_PREFIX + name + "/" + offsetSeconds;
        ZoneId existing = FABRICATED.get(id);
        if (existing != null) {
            return existing;
        }
        synchronized (FABRICATED) {
            existing = FABRICATED.get(id);
            if (existing != null) {
                return existing;
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds);
            if (FABRICATED.size() >= MAX_FABRICATED) {
                return offset;
            }
            ZoneId zone;
            try {
                ZoneRulesProvider.registerProvider(new FixedZoneProvider(id, ZoneRules.of(offset)));
                zone = ZoneId.of(id);
            } catch (DateTimeException e) {
                zone = offset;
            }
            FABRICATED.put(id, zone);
            return zone;
        }
    }

    private static int[] javaCandidates(ZoneId zone, String name, long unixSeconds) {
        TimeZone tz = TimeZone.getTimeZone(zone);
        ZoneRules rules = zone.getRules();
        Instant at = Instant.ofEpochSecond(unixSeconds);
        int standard = rules.getStandardOffset(at).getTotalSeconds();
        if (name.equals(javaDisplayName(zone, false))) {
            return new int[] {standard};
        }
        if (tz.useDaylightTime() && name.equals(javaDisplayName(zone, true))) {
            return new int[] {standard + tz.getDSTSavings() / 1000};
        }
        return new int[0];
    }

    /** Java's short display name, with {@code GMT+04:00} rewritten the way the tz database writes it: {@code +04}. */
    private static String javaDisplayName(ZoneId zone, boolean daylight) {
        String name = TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.US);
        if (name.length() == 9 && name.startsWith("GMT") && (name.charAt(3) == '+' || name.charAt(3) == '-')) {
            String minutes = name.substring(7, 9);
            return name.substring(3, 6) + (minutes.equals("00") ? "" : minutes);
        }
        return name;
    }

    /** Supplies one fixed-offset region id to java.time. */
    private static final class FixedZoneProvider extends ZoneRulesProvider {
        private final String id;
        private final ZoneRules rules;

        FixedZoneProvider(String id, ZoneRules rules) {
            this.id = id;
            this.rules = rules;
        }

        @Override
        protected Set<String> provideZoneIds() {
            return Set.of(id);
        }

        @Override
        protected ZoneRules provideRules(String zoneId, boolean forCaching) {
            return rules;
        }

        @Override
        protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
            return new TreeMap<>(Map.of("go", rules));
        }
    }
}
