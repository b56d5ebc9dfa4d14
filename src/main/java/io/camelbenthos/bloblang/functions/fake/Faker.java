package io.camelbenthos.bloblang.functions.fake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Random fake values with the shapes of go-faker's generators, for Connect's {@code fake()}: the same value types
 * (strings, a float64 for coordinates, an int64 for unix times) and formats (e.g. {@code 2006-01-02 15:04:05}
 * timestamps, {@code xx:xx:xx:xx:xx:xx} MAC addresses); the word lists are small English samples.
 */
final class Faker {
    private static final List<String> FIRST_MALE = List.of("James", "John", "Robert", "Michael", "David", "Tomas", "Ali");
    private static final List<String> FIRST_FEMALE = List.of("Mary", "Linda", "Susan", "Sarah", "Emma", "Aiko", "Lena");
    private static final List<String> LAST = List.of("Smith", "Johnson", "Brown", "Garcia", "Miller", "Tanaka", "Okafor");
    private static final List<String> CHINESE_FIRST = List.of("伟", "芳", "娜", "敏", "静", "磊", "洋");
    private static final List<String> CHINESE_LAST = List.of("王", "李", "张", "刘", "陈", "杨", "黄");
    private static final List<String> WORDS = List.of("alias", "consequatur", "aut", "perferendis", "sit", "voluptatem",
            "accusantium", "doloremque", "aperiam", "eaque", "ipsa", "quae", "ab", "illo", "inventore", "veritatis");
    private static final List<String> TLDS = List.of("com", "net", "org", "info", "biz");
    private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Asia/Tokyo", "Africa/Lagos",
            "Australia/Sydney", "America/Sao_Paulo");
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF", "BRL", "INR");
    private static final List<String> CARD_TYPES = List.of("VISA", "Mastercard", "American Express", "Discover");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    static final Map<String, Function<Random, Object>> GENERATORS = Map.ofEntries(
            Map.entry("latitude", r -> r.nextDouble() * 180 - 90),
            Map.entry("longitude", r -> r.nextDouble() * 360 - 180),
            Map.entry("unix_time", r -> unixTime(r)),
            Map.entry("date", r -> DATE.format(dateTime(r))),
            Map.entry("time_string", r -> TIME.format(dateTime(r))),
            Map.entry("month_name", r -> dateTime(r).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)),
            Map.entry("year_string", r -> Integer.toString(dateTime(r).getYear())),
            Map.entry("day_of_week", r -> dateTime(r).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)),
            Map.entry("day_of_month", r -> String.format("%02d", dateTime(r).getDayOfMonth())),
            Map.entry("timestamp", r -> TIMESTAMP.format(dateTime(r))),
            Map.entry("century", r -> pick(r, List.of("XVIII", "XIX", "XX", "XXI"))),
            Map.entry("timezone", r -> pick(r, ZONES)),
            Map.entry("time_period", r -> r.nextBoolean() ? "AM" : "PM"),
            Map.entry("email", r -> username(r) + "@" + domain(r)),
            Map.entry("mac_address", r -> hexPairs(r, 6, ":")),
            Map.entry("domain_name", r -> domain(r)),
            Map.entry("url", r -> "http://www." + domain(r) + "/"),
            Map.entry("username", r -> username(r)),
            Map.entry("ipv4", r -> r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256)),
            Map.entry("ipv6", r -> hexPairs(r, 16, "").replaceAll("(.{4})(?!$)", "$1:")),
            Map.entry("password", r -> letters(r, 50)),
            Map.entry("jwt", r -> jwt(r)),
            Map.entry("word", r -> pick(r, WORDS)),
            Map.entry("sentence", r -> sentence(r)),
            Map.entry("paragraph", r -> sentence(r) + " " + sentence(r) + " " + sentence(r)),
            Map.entry("cc_type", r -> pick(r, CARD_TYPES)),
            Map.entry("cc_number", r -> "4" + digits(r, 15)),
            Map.entry("currency", r -> pick(r, CURRENCIES)),
            Map.entry("amount_with_currency", r -> pick(r, CURRENCIES) + " " + r.nextInt(100000) + "." + digits(r, 2)),
            Map.entry("title_male", r -> pick(r, List.of("Mr.", "Dr.", "Prof.", "Lord", "King", "Prince"))),
            Map.entry("title_female", r -> pick(r, List.of("Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Lady", "Queen"))),
            Map.entry("first_name", r -> r.nextBoolean() ? pick(r, FIRST_MALE) : pick(r, FIRST_FEMALE)),
            Map.entry("first_name_male", r -> pick(r, FIRST_MALE)),
            Map.entry("first_name_female", r -> pick(r, FIRST_FEMALE)),
            Map.entry("last_name", r -> pick(r, LAST)),
            Map.entry("name", r -> (r.nextBoolean() ? pick(r, FIRST_MALE) : pick(r, FIRST_FEMALE)) + " " + pick(r, LAST)),
            Map.entry("gender", r -> r.nextBoolean() ? "Male" : "Female"),
            Map.entry("chinese_first_name", r -> pick(r, CHINESE_FIRST)),
            Map.entry("chinese_last_name", r -> pick(r, CHINESE_LAST)),
            Map.entry("chinese_name", r -> pick(r, CHINESE_LAST) + pick(r, CHINESE_FIRST)),
            Map.entry("phone_number", r -> (200 + r.nextInt(800)) + "-" + digits(r, 3) + "-" + digits(r, 4)),
            Map.entry("toll_free_phone_number", r -> "(888) " + digits(r, 3) + "-" + digits(r, 4)),
            Map.entry("e164_phone_number", r -> "+" + (1 + r.nextInt(9)) + digits(r, 10)),
            Map.entry("uuid_hyphenated", r -> new UUID(r.nextLong(), r.nextLong()).toString()),
            Map.entry("uuid_digit", r -> new UUID(r.nextLong(), r.nextLong()).toString().replace("-", "")));

    private Faker() {
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static long unixTime(Random r) {
        return (long) (r.nextDouble() * 2_000_000_000L);
    }

    private static ZonedDateTime dateTime(Random r) {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(unixTime(r)), ZoneOffset.UTC);
    }

    private static String username(Random r) {
        return letters(r, 6 + r.nextInt(6)).toLowerCase(Locale.ROOT);
    }

    private static String domain(Random r) {
        return letters(r, 8).toLowerCase(Locale.ROOT) + "." + pick(r, TLDS);
    }

    private static String letters(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String hexPairs(Random r, int n, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(String.format("%02x", r.nextInt(256)));
        }
        return sb.toString();
    }

    private static String sentence(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 4 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            String w = pick(r, WORDS);
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return sb.append('.').toString();
    }

    private static String jwt(Random r) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + username(r) + "\"}").getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(letters(r, 32).getBytes(StandardCharsets.UTF_8));
    }
}
